import { useRef, useState, type FormEvent } from 'react';
import type { Progress } from '../../../shared/contract';
import type { BatchRowResult } from '../../../shared/screening/record-types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf, formatCount } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { percent } from './labels';
import { useScreening, withProgress } from './store';

const PAGE = 200;

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; batchId: number; fileName: string; rows: BatchRowResult[] }
  | { kind: 'failed'; error: unknown };

/** A CSV of names (name, and optional id, country, type) screened and recorded row by row. */
export function BatchPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [onlyHits, setOnlyHits] = useState(true);
  const [limit, setLimit] = useState(PAGE);
  const fileInput = useRef<HTMLInputElement>(null);
  const { openScreening, loadQueue, queue } = useScreening();
  const running = status.kind === 'running';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || running) return;
    setStatus({ kind: 'running', progress: null });
    try {
      const source = await fileToSource(file);
      const out = await withProgress(
        'batch',
        (p) => setStatus((s) => (s.kind === 'running' ? { kind: 'running', progress: p } : s)),
        (jobId) => call('screening.batch', { source, jobId }),
      );
      setStatus({ kind: 'done', batchId: out.batchId, fileName: file.name, rows: out.rows });
      setLimit(PAGE);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      if (queue) void loadQueue();
    } catch (err) {
      setStatus({ kind: 'failed', error: err });
    }
  }

  const rows = status.kind === 'done' ? status.rows.filter((r) => !onlyHits || r.hits.length > 0) : [];
  const withHits = status.kind === 'done' ? status.rows.filter((r) => r.hits.length > 0).length : 0;

  return (
    <section className="panel" aria-labelledby="batch-title">
      <h2 id="batch-title" className="panel-title">
        Screen a file of names
      </h2>
      <form className="import-form" onSubmit={submit}>
        <label className="field field-file">
          <span className="field-label">CSV file</span>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            disabled={running}
            data-testid="batch-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              if (!running) setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" className="button primary" disabled={!file || running} data-testid="batch-submit">
          {running ? 'Screening…' : 'Screen and record'}
        </button>
      </form>
      <p className="field-help import-help">
        A header row with a <span className="mono">name</span> column and, optionally, <span className="mono">id</span>, <span className="mono">country</span> (name
        or ISO code) and <span className="mono">type</span> (individual, entity, vessel, aircraft). Every row is screened and recorded; hits go to the review
        queue.
      </p>
      {status.kind === 'running' && (
        <ProgressBar testId="batch-progress" phase={status.progress?.phase ?? `Sending ${file?.name ?? 'the file'}`} done={status.progress?.done ?? 0} total={status.progress?.total ?? 0} />
      )}
      {status.kind === 'failed' && <ErrorBox error={status.error} title="Nothing was screened." testId="batch-error" />}
      {status.kind === 'done' && (
        <>
          <div className="notice success" role="status" data-testid="batch-result" data-rows={status.rows.length} data-with-hits={withHits}>
            Screened and recorded {countOf(status.rows.length, 'name', 'names')} from {status.fileName} (batch #{status.batchId}):{' '}
            {withHits === 0 ? 'no hits.' : `${countOf(withHits, 'name has', 'names have')} possible matches to review.`}
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={onlyHits} onChange={(e) => setOnlyHits(e.target.checked)} data-testid="batch-only-hits" />
            Only names with possible matches
          </label>
          {rows.length > 0 && (
            <div className="table-wrap">
              <table className="data-table" data-testid="batch-table">
                <thead>
                  <tr>
                    <th className="num">Row</th>
                    <th>Id</th>
                    <th>Name</th>
                    <th className="num">Hits</th>
                    <th>Best possible match</th>
                    <th className="actions-col">Record</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, limit).map((r) => {
                    const best = r.hits[0];
                    return (
                      <tr key={r.row} data-testid="batch-row" data-row={r.row} data-hits={r.hits.length}>
                        <td className="num">{r.row}</td>
                        <td>{r.id ?? ''}</td>
                        <td>{r.name}</td>
                        <td className="num">{r.hits.length}</td>
                        <td>
                          {best ? (
                            <>
                              <span className="strong">{percent(best.score)}</span> {best.entryName}{' '}
                              <span className="sub">
                                {best.listName} · {best.listVersion ?? 'undated'}
                              </span>
                            </>
                          ) : (
                            <span className="muted">none</span>
                          )}
                        </td>
                        <td className="actions-col">
                          <button type="button" className="link-button" onClick={() => openScreening(r.screeningId)}>
                            #{r.screeningId}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {rows.length > limit && (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, rows.length - limit)} more of {formatCount(rows.length - limit)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
