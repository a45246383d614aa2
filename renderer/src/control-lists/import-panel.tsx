import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ControlListFormat, ListSnapshot } from '../../../shared/control-lists/types';
import type { Progress } from '../../../shared/contract';
import { call, fileToSource, onProgress } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { countOf, newJobId } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { ImportElsewhereHint } from '../imports/elsewhere-hint';
import { OpenImportButton } from '../imports/open-import-button';
import { useControlLists } from './store';

const FORMATS: { value: ControlListFormat | 'auto'; label: string }[] = [
  { value: 'auto', label: 'Detect from the file' },
  { value: 'ccl-json', label: 'US CCL (eCFR JSON)' },
  { value: 'eu-annex-json', label: 'EU Annex I (JSON)' },
  { value: 'exchange-json', label: 'ExportDesk exchange file' },
  { value: 'csv', label: 'CSV (code, parent, title, text)' },
];

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; snapshot: ListSnapshot }
  | { kind: 'failed'; error: unknown };

export function ImportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ControlListFormat | 'auto'>('auto');
  const [versionLabel, setVersionLabel] = useState('');
  const [listId, setListId] = useState('');
  const [listName, setListName] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** The file the last failed import was given, to hand to the import page that recognises every kind. */
  const [failedFile, setFailedFile] = useState<File | null>(null);
  const jobRef = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const loadSnapshots = useControlLists((s) => s.loadSnapshots);
  const loadInfo = useApp((s) => s.loadInfo);

  // Subscribed while the panel is shown, so the event stream is open before an import starts.
  useEffect(() => {
    try {
      return onProgress((p) => {
        if (p.jobId !== jobRef.current) return;
        setStatus((s) => (s.kind === 'running' ? { kind: 'running', progress: p } : s));
      });
    } catch {
      return undefined;
    }
  }, []);

  const isCsv = format === 'csv' || (format === 'auto' && !!file && /\.csv$/i.test(file.name));
  const running = status.kind === 'running';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || running) return;
    const jobId = newJobId('import');
    jobRef.current = jobId;
    setStatus({ kind: 'running', progress: null });
    try {
      const { snapshot } = await call('controls.import', {
        source: await fileToSource(file),
        jobId,
        ...(format !== 'auto' ? { format } : {}),
        ...(versionLabel.trim() ? { versionLabel: versionLabel.trim() } : {}),
        ...(isCsv && listId.trim() ? { listId: listId.trim() } : {}),
        ...(isCsv && listName.trim() ? { listName: listName.trim() } : {}),
        ...(isCsv && effectiveDate ? { effectiveDate } : {}),
      });
      setStatus({ kind: 'done', snapshot });
      setFile(null);
      setVersionLabel('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setStatus({ kind: 'failed', error: err });
      setFailedFile(file);
    } finally {
      jobRef.current = null;
    }
    await Promise.all([loadSnapshots(), loadInfo()]);
  }

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title" className="panel-title">
        Import a list version
      </h2>
      <form className="import-form" onSubmit={submit}>
        <label className="field field-file">
          <span className="field-label">File</span>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-file"
            disabled={running}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              if (status.kind !== 'running') setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Format</span>
          <select value={format} data-testid="import-format" disabled={running} onChange={(e) => setFormat(e.target.value as ControlListFormat | 'auto')}>
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Version label (optional)</span>
          <input
            type="text"
            value={versionLabel}
            placeholder="Taken from the file"
            data-testid="import-label"
            disabled={running}
            maxLength={200}
            onChange={(e) => setVersionLabel(e.target.value)}
          />
        </label>
        {isCsv && (
          <>
            <label className="field">
              <span className="field-label">List id</span>
              <input type="text" value={listId} placeholder="custom" data-testid="import-list-id" disabled={running} onChange={(e) => setListId(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">List name</span>
              <input type="text" value={listName} placeholder="Custom list" data-testid="import-list-name" disabled={running} onChange={(e) => setListName(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">Effective date</span>
              <input type="date" value={effectiveDate} data-testid="import-effective-date" disabled={running} onChange={(e) => setEffectiveDate(e.target.value)} />
            </label>
          </>
        )}
        <button type="submit" className="button primary" disabled={!file || running} data-testid="import-submit">
          {running ? 'Importing…' : 'Import'}
        </button>
      </form>
      {status.kind === 'running' && (
        <ProgressBar
          testId="import-progress"
          phase={status.progress?.phase ?? `Sending ${file?.name ?? 'the file'}`}
          done={status.progress?.done ?? 0}
          total={status.progress?.total ?? 0}
        />
      )}
      {status.kind === 'done' && (
        <div className="notice success" role="status" data-testid="import-result">
          Imported {status.snapshot.listName} · {status.snapshot.versionLabel}: {countOf(status.snapshot.entryCount, 'entry', 'entries')},{' '}
          {countOf(status.snapshot.paragraphCount, 'paragraph', 'paragraphs')}
          {status.snapshot.isCurrent ? '. It is now the current version of the list.' : '. A newer version stays current.'}
        </div>
      )}
      {status.kind === 'failed' && (
        <>
          <ErrorBox error={status.error} title="Nothing was imported." testId="import-error" />
          {failedFile && <ImportElsewhereHint file={failedFile} panelKind="control-list" what="a control list" testId="import-elsewhere" />}
        </>
      )}
      {status.kind !== 'failed' && (
        <p className="field-help import-help">
          The Commerce Country Chart, the Country Groups or a screening list? <OpenImportButton /> recognises every file ExportDesk reads.
        </p>
      )}
    </section>
  );
}
