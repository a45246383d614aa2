import { useState } from 'react';
import { call } from '../api/client';
import { downloadBase64 } from '../components/download';
import { ErrorBox } from '../components/error-box';

/**
 * Saves a copy of a stored package: the whole PDF from the core (checked against its SHA-256), so
 * the browser build, which cannot open the workspace folder, can hand the file on too.
 */
export function PackageDownload({ packageId, testId, label = 'Download PDF', className = 'button' }: { packageId: number; testId: string; label?: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const f = await call('packages.file', { id: packageId });
      downloadBase64(f.pdfBase64, f.fileName, 'application/pdf');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={className} disabled={busy} onClick={() => void download()} data-testid={testId}>
        {busy ? 'Preparing the PDF…' : label}
      </button>
      <ErrorBox error={error} title="The PDF could not be downloaded." testId={`${testId}-error`} />
    </>
  );
}
