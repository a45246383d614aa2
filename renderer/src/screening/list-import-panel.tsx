import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { Progress } from '../../../shared/contract';
import type { ScreeningListFormat, ScreeningSnapshot } from '../../../shared/screening/list-types';
import { ApiError, call, fileToSource } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { ImportElsewhereHint } from '../imports/elsewhere-hint';
import { OpenImportButton } from '../imports/open-import-button';
import { FORMAT_LABEL, listVersion } from './labels';
import { useScreening, withProgress } from './store';
import { isTruncatedFile, withoutCliHint } from '../components/truncated-file';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; snapshot: ScreeningSnapshot }
  | { kind: 'failed'; error: unknown; truncated: boolean; file: File | null };

export function ListImportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ScreeningListFormat | 'auto'>('auto');
  const [publishedAt, setPublishedAt] = useState('');
  const [listId, setListId] = useState('');
  const [listName, setListName] = useState('');
  const [acceptTruncated, setAcceptTruncated] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const { loadSnapshots, rescreenAll, rescreen } = useScreening();
  const loadInfo = useApp((s) => s.loadInfo);

  const running = status.kind === 'running';
  const isCustom = format === 'custom-csv';
  const rescreening = rescreen?.state.kind === 'running';

  async function submit(e?: FormEvent | MouseEvent) {
    e?.preventDefault();
    if (!file || running) return;
    setStatus({ kind: 'running', progress: null });
    let imported: ScreeningSnapshot | null = null;
    try {
      const source = await fileToSource(file);
      const { snapshot } = await withProgress(
        'list-import',
        (p) => setStatus((s) => (s.kind === 'running' ? { kind: 'running', progress: p } : s)),
        (jobId) =>
          call('lists.import', {
            source,
            jobId,
            ...(format !== 'auto' ? { format } : {}),
            ...(publishedAt ? { publishedAt } : {}),
            ...(isCustom && listId.trim() ? { listId: listId.trim() } : {}),
            ...(isCustom && listName.trim() ? { listName: listName.trim() } : {}),
            ...(acceptTruncated ? { acceptTruncated: true } : {}),
          }),
      );
      imported = snapshot;
      setStatus({ kind: 'done', snapshot });
      setFile(null);
      setPublishedAt('');
      setAcceptTruncated(false);
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setStatus({ kind: 'failed', error: withoutCliHint(err), truncated: isTruncatedFile(err), file });
    }
    await Promise.all([loadSnapshots(), loadInfo()]);
    // A new current list changes what every party is screened against: re-screen them all now.
    if (imported?.isCurrent) void rescreenAll(`${imported.listName} of ${listVersion(imported)} imported`);
  }

  return (
    <section className="panel import-panel" aria-labelledby="list-import-title">
      <h2 id="list-import-title" className="panel-title">
        Import a list
      </h2>
      <form className="import-form" onSubmit={submit}>
        <label className="field field-file">
          <span className="field-label">File</span>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.xml,.txt,text/csv,text/xml,application/xml,text/plain"
            data-testid="list-import-file"
            disabled={running}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setAcceptTruncated(false);
              if (!running) setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Format</span>
          <select value={format} data-testid="list-import-format" disabled={running} onChange={(e) => setFormat(e.target.value as ScreeningListFormat | 'auto')}>
            <option value="auto">Detect from the file</option>
            {(Object.keys(FORMAT_LABEL) as ScreeningListFormat[]).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Publication date (optional)</span>
          <input type="date" value={publishedAt} data-testid="list-import-date" disabled={running} onChange={(e) => setPublishedAt(e.target.value)} />
        </label>
        {isCustom && (
          <>
            <label className="field">
              <span className="field-label">List id</span>
              <input type="text" value={listId} placeholder="own-watch-list" data-testid="list-import-list-id" disabled={running} onChange={(e) => setListId(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">List name</span>
              <input type="text" value={listName} placeholder="Own watch list" data-testid="list-import-list-name" disabled={running} onChange={(e) => setListName(e.target.value)} />
            </label>
          </>
        )}
        <button type="submit" className="button primary" disabled={!file || running} data-testid="list-import-submit">
          {running ? 'Importing…' : 'Import'}
        </button>
      </form>
      <p className="field-help import-help">
        OFAC sdn.csv, the trade.gov Consolidated Screening List CSV, the UN consolidated list XML, the BIS Denied Persons List text file, or a list of your
        own. Each import is kept as a version of its own; the newest publication becomes current and every party is re-screened against it. A
        control list, the Commerce Country Chart or the Country Groups? <OpenImportButton /> recognises every file ExportDesk reads.
      </p>
      {running && (
        <ProgressBar
          testId="list-import-progress"
          phase={status.progress?.phase ?? `Sending ${file?.name ?? 'the file'}`}
          done={status.progress?.done ?? 0}
          total={status.progress?.total ?? 0}
        />
      )}
      {status.kind === 'done' && (
        <div className="notice success" role="status" data-testid="list-import-result">
          Imported {status.snapshot.listName} of {listVersion(status.snapshot)}: {countOf(status.snapshot.entryCount, 'entry', 'entries')},{' '}
          {countOf(status.snapshot.nameCount, 'name and alias', 'names and aliases')}.{' '}
          {status.snapshot.isCurrent
            ? rescreening
              ? 'It is now the current version; every party is being re-screened against it.'
              : 'It is now the current version of the list.'
            : 'A later publication stays current, so parties were not re-screened.'}
          {status.snapshot.notes && <div className="import-note">{status.snapshot.notes}</div>}
        </div>
      )}
      {status.kind === 'failed' && (
        <>
          <ErrorBox error={status.error} title={status.truncated ? 'The file looks cut off; nothing was imported.' : 'Nothing was imported.'} testId="list-import-error" />
          {!status.truncated && status.file && <ImportElsewhereHint file={status.file} panelKind="screening-list" what="a screening list" testId="list-import-elsewhere" />}
          {status.truncated && (
            <div className="truncated-retry" data-testid="list-import-truncated">
              <label className="checkbox">
                <input type="checkbox" checked={acceptTruncated} onChange={(e) => setAcceptTruncated(e.target.checked)} data-testid="list-import-accept-truncated" />
                Leave out the incomplete last row and import the rest (the version records that a row was left out)
              </label>
              <button type="button" className="button" disabled={!acceptTruncated || !file} onClick={(e) => void submit(e)} data-testid="list-import-retry">
                Import again
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
