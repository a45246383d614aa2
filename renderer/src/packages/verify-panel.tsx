import { useState, type FormEvent } from 'react';
import type { PackageVerification } from '../../../shared/packages/types';
import { call, fileToSource } from '../api/client';
import { formatBytes } from '../components/documents';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { usePackages } from './store';

/** The bytes packages.verify takes from the window: its base64 limit of 200 MiB holds 150 MiB. */
const MAX_WINDOW_VERIFY_BYTES = 150 * 1024 * 1024;

/** Which package record a PDF is (by its SHA-256), e.g. the copy an authority or a colleague holds. */
export function VerifyPanel() {
  const select = usePackages((s) => s.select);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PackageVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      // The window sends the file's bytes whole; the command line reads a file of any size as a stream.
      if (file.size > MAX_WINDOW_VERIFY_BYTES) {
        throw new Error(`${file.name} is ${formatBytes(file.size)}, larger than the ${formatBytes(MAX_WINDOW_VERIFY_BYTES)} this window can check. Check it with exportdesk package verify FILE, which reads a file of any size as a stream.`);
      }
      const { name, base64 } = await fileToSource(file);
      setResult(await call('packages.verify', { base64, fileName: name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="detail" data-testid="packages-verify">
      <h2>Verify a PDF</h2>
      <p className="muted">Pick a package PDF. Its SHA-256 is compared with every package recorded in this workspace; one changed byte makes it match none.</p>
      <form onSubmit={(e) => void verify(e)} className="verify-form">
        <input type="file" accept="application/pdf,.pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="packages-verify-file" />
        <button type="submit" className="button primary" disabled={!file || busy} data-testid="packages-verify-run">
          {busy ? 'Checking…' : 'Verify'}
        </button>
      </form>
      <ErrorBox error={error} title="The file could not be verified." testId="packages-verify-error" />
      {result && (
        <div className={`verify-result ${result.match ? 'verify-ok' : 'verify-none'}`} role="status" data-testid="packages-verify-result" data-match={result.match ? 'true' : 'false'}>
          <p>{result.message}</p>
          <p className="mono">SHA-256 {result.sha256}</p>
          {result.match && (
            <button type="button" className="link-button" onClick={() => void select(result.match!.id)} data-testid="packages-verify-open-match">
              Open package #{result.match.id}: {result.match.title} ({formatDateTime(result.match.generatedAt)}) →
            </button>
          )}
        </div>
      )}
    </section>
  );
}
