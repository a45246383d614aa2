import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { Progress } from '../../../shared/contract';
import { DESTINATION_NAMES, type DetectedFile, type ImportOutcome } from '../../../shared/imports/detected-file';
import { ApiError, call, fileToSource, onProgress } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { countOf, newJobId } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { useControlLists } from '../control-lists/store';
import { useItems } from '../items/store';
import { useParties } from '../parties/store';
import { listVersion } from '../screening/labels';
import { useScreening } from '../screening/store';
import { useImports } from './store';
import { isTruncatedFile, withoutCliHint } from '../components/truncated-file';

type Source = { name: string; base64: string };

type Detection =
  | { state: 'idle' }
  | { state: 'detecting' }
  | { state: 'known'; detected: DetectedFile; source: Source }
  | { state: 'failed'; error: unknown };

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'failed'; error: unknown; truncated: boolean };

let detectSeq = 0;

/** The one import entry point: pick any file, see what ExportDesk takes it for, import it. */
export function ImportAnyPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [detection, setDetection] = useState<Detection>({ state: 'idle' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [versionLabel, setVersionLabel] = useState('');
  const [listId, setListId] = useState('');
  const [listName, setListName] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [acceptTruncated, setAcceptTruncated] = useState(false);
  const [dragging, setDragging] = useState(false);
  const jobRef = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
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

  // A file handed over by another page (a list panel that could not read it).
  useEffect(() => {
    const pending = useImports.getState().takePendingFile();
    if (pending) void pick(pending);
  }, []);

  const running = status.kind === 'running';
  const detected = detection.state === 'known' ? detection.detected : null;

  async function pick(f: File | null) {
    const mine = ++detectSeq;
    setFile(f);
    setStatus({ kind: 'idle' });
    setAcceptTruncated(false);
    if (!f) return setDetection({ state: 'idle' });
    setDetection({ state: 'detecting' });
    try {
      const source = await fileToSource(f);
      const d = await call('imports.detect', { source });
      if (mine === detectSeq) setDetection({ state: 'known', detected: d, source });
    } catch (error) {
      if (mine === detectSeq) setDetection({ state: 'failed', error });
    }
  }

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (detection.state !== 'known' || detection.detected.kind === 'elsewhere' || running) return;
    const d = detection.detected;
    const jobId = newJobId('import-any');
    jobRef.current = jobId;
    setStatus({ kind: 'running', progress: null });
    const csvList = (d.kind === 'control-list' && d.format === 'csv') || (d.kind === 'screening-list' && d.format === 'custom-csv');
    let outcome: ImportOutcome | null = null;
    try {
      outcome = await call('imports.run', {
        source: detection.source,
        jobId,
        ...(d.kind === 'control-list' && versionLabel.trim() ? { versionLabel: versionLabel.trim() } : {}),
        ...(csvList && listId.trim() ? { listId: listId.trim() } : {}),
        ...(csvList && listName.trim() ? { listName: listName.trim() } : {}),
        ...(d.kind === 'control-list' && d.format === 'csv' && effectiveDate ? { effectiveDate } : {}),
        ...(d.kind === 'screening-list' && publishedAt ? { publishedAt } : {}),
        ...(d.kind === 'screening-list' && acceptTruncated ? { acceptTruncated: true } : {}),
      });
      setStatus({ kind: 'done', outcome });
      setFile(null);
      setDetection({ state: 'idle' });
      setVersionLabel('');
      setPublishedAt('');
      setAcceptTruncated(false);
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setStatus({ kind: 'failed', error: withoutCliHint(err), truncated: d.kind === 'screening-list' && isTruncatedFile(err) });
    } finally {
      jobRef.current = null;
    }
    await Promise.all([loadInfo(), useControlLists.getState().loadSnapshots(), useScreening.getState().loadSnapshots()]);
    // A new current screening list changes what every party is screened against, as on the Screening page.
    if (outcome?.kind === 'screening-list' && outcome.snapshot.isCurrent) {
      void useScreening.getState().rescreenAll(`${outcome.snapshot.listName} of ${listVersion(outcome.snapshot)} imported`);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f && !running) void pick(f);
  }

  return (
    <section
      className={`panel import-panel import-any${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="import-any-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="import-any-panel"
    >
      <h2 id="import-any-title" className="panel-title">
        Import a list file
      </h2>
      <p className="field-help import-help">
        Pick or drop any file ExportDesk reads: ExportDesk recognises it from its content and imports it as a new version of its list.
      </p>
      <form className="import-form" onSubmit={submit}>
        <label className="field field-file">
          <span className="field-label">File</span>
          <input ref={fileInput} type="file" data-testid="import-any-file" disabled={running} onChange={(e) => void pick(e.target.files?.[0] ?? null)} />
        </label>
        {detected && detected.kind === 'control-list' && (
          <label className="field">
            <span className="field-label">Version label (optional)</span>
            <input type="text" value={versionLabel} placeholder="Taken from the file" maxLength={200} data-testid="import-any-label" disabled={running} onChange={(e) => setVersionLabel(e.target.value)} />
          </label>
        )}
        {detected && detected.kind === 'control-list' && detected.format === 'csv' && (
          <label className="field">
            <span className="field-label">Effective date</span>
            <input type="date" value={effectiveDate} data-testid="import-any-effective-date" disabled={running} onChange={(e) => setEffectiveDate(e.target.value)} />
          </label>
        )}
        {detected && detected.kind === 'screening-list' && (
          <label className="field">
            <span className="field-label">Publication date (optional)</span>
            <input type="date" value={publishedAt} data-testid="import-any-date" disabled={running} onChange={(e) => setPublishedAt(e.target.value)} />
          </label>
        )}
        {detected && ((detected.kind === 'control-list' && detected.format === 'csv') || (detected.kind === 'screening-list' && detected.format === 'custom-csv')) && (
          <>
            <label className="field">
              <span className="field-label">List id</span>
              <input type="text" value={listId} placeholder="own-list" data-testid="import-any-list-id" disabled={running} onChange={(e) => setListId(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">List name</span>
              <input type="text" value={listName} placeholder="Own list" data-testid="import-any-list-name" disabled={running} onChange={(e) => setListName(e.target.value)} />
            </label>
          </>
        )}
        <button type="submit" className="button primary" disabled={!detected || detected.kind === 'elsewhere' || running} data-testid="import-any-submit">
          {running ? 'Importing…' : 'Import'}
        </button>
      </form>
      {detection.state === 'detecting' && (
        <p className="muted" role="status" data-testid="import-any-detecting">
          Recognising {file?.name ?? 'the file'}…
        </p>
      )}
      {detected && detected.kind !== 'elsewhere' && status.kind !== 'done' && (
        <p className="import-detected" role="status" data-testid="import-any-detected" data-kind={detected.kind} data-format={detected.format}>
          <span className="strong">{detected.fileName}</span> is the <span className="strong">{detected.label}</span>.
          {detected.kind === 'destinations' && ' Its issue date and version are read from the file.'}
        </p>
      )}
      {detected && detected.kind === 'elsewhere' && <ElsewhereNotice detected={detected} />}
      {detection.state === 'failed' && <ErrorBox error={detection.error} title="ExportDesk cannot import this file; nothing was imported." testId="import-any-detect-error" />}
      {status.kind === 'running' && (
        <ProgressBar
          testId="import-any-progress"
          phase={status.progress?.phase ?? `Sending ${file?.name ?? 'the file'}`}
          done={status.progress?.done ?? 0}
          total={status.progress?.total ?? 0}
        />
      )}
      {status.kind === 'done' && <ImportedNotice outcome={status.outcome} />}
      {status.kind === 'failed' && (
        <>
          <ErrorBox error={status.error} title={status.truncated ? 'The file looks cut off; nothing was imported.' : 'Nothing was imported.'} testId="import-any-error" />
          {status.truncated && (
            <div className="truncated-retry">
              <label className="checkbox">
                <input type="checkbox" checked={acceptTruncated} onChange={(e) => setAcceptTruncated(e.target.checked)} data-testid="import-any-accept-truncated" />
                Leave out the incomplete last row and import the rest (the version records that a row was left out)
              </label>
              <button type="button" className="button" disabled={!acceptTruncated} onClick={() => void submit()} data-testid="import-any-retry">
                Import again
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** A party or item spreadsheet: imported on its own page, where each row is shown before anything is written. */
function ElsewhereNotice({ detected }: { detected: Extract<DetectedFile, { kind: 'elsewhere' }> }) {
  const open = () => {
    useApp.getState().setArea(detected.area);
    if (detected.area === 'parties') useParties.getState().setImportOpen(true);
    else useItems.getState().setImportOpen(true);
  };
  return (
    <div className="notice" role="status" data-testid="import-any-elsewhere" data-area={detected.area}>
      {detected.message}{' '}
      <button type="button" className="link-button" onClick={open} data-testid="import-any-open-elsewhere">
        Open the {detected.area === 'parties' ? 'party' : 'item'} import
      </button>
    </div>
  );
}

function ImportedNotice({ outcome }: { outcome: ImportOutcome }) {
  const rescreening = useScreening((s) => s.rescreen?.state.kind === 'running');
  const show = () => {
    if (outcome.kind === 'screening-list') {
      useApp.getState().setArea('screening');
      useScreening.getState().setTab('lists');
    } else {
      useApp.getState().setArea('control-lists');
      useControlLists.getState().setTab(outcome.kind === 'destinations' ? 'destinations' : 'snapshots');
    }
  };
  let text: string;
  if (outcome.kind === 'control-list') {
    const s = outcome.snapshot;
    text = `Imported ${s.listName} · ${s.versionLabel}: ${countOf(s.entryCount, 'entry', 'entries')}, ${countOf(s.paragraphCount, 'paragraph', 'paragraphs')}. ${
      s.isCurrent ? 'It is now the current version of the list.' : 'A newer version stays current.'
    }`;
  } else if (outcome.kind === 'screening-list') {
    const s = outcome.snapshot;
    text = `Imported ${s.listName} of ${listVersion(s)}: ${countOf(s.entryCount, 'entry', 'entries')}, ${countOf(s.nameCount, 'name and alias', 'names and aliases')}. ${
      s.isCurrent ? (rescreening ? 'It is now the current version; every party is being re-screened against it.' : 'It is now the current version of the list.') : 'A later publication stays current, so parties were not re-screened.'
    }`;
  } else {
    const s = outcome.snapshot;
    const name = DESTINATION_NAMES[s.kind];
    text = `Imported the ${name} ${s.versionLabel}: ${countOf(s.destinationCount, 'destination', 'destinations')}. ${
      s.isCurrent ? `It is now the current ${name}; the license determinations of applications not yet filed were made again against it.` : `A later issue of the ${name} stays current.`
    }`;
  }
  return (
    <div className="notice success" role="status" data-testid="import-any-result" data-kind={outcome.kind}>
      {text}{' '}
      <button type="button" className="link-button" onClick={show} data-testid="import-any-show">
        {outcome.kind === 'screening-list' ? 'Show the screening lists' : outcome.kind === 'destinations' ? 'Show the Country Chart and Groups' : 'Show the control lists'}
      </button>
    </div>
  );
}
