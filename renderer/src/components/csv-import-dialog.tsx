import { useState, type FormEvent, type ReactNode } from 'react';
import type { CsvImportPreview, ImportRowError } from '../../../shared/imports/csv-preview';
import { fileToSource } from '../api/client';
import { ErrorBox } from './error-box';
import { countOf } from './format';
import { ProgressBar } from './progress-bar';
import { useJob } from './use-job';

const SHOWN_ROWS = 200;

type Source = { name: string; base64: string };
type PreviewRow = { row: number; errors: ImportRowError[] };

type Step<Row extends PreviewRow> =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: CsvImportPreview<Row>; source: Source }
  | { kind: 'importing'; preview: CsvImportPreview<Row> }
  | { kind: 'done'; imported: number; fileName: string; note?: string };

export interface PreviewColumn<Row> {
  header: string;
  numeric?: boolean;
  cell(row: Row): ReactNode;
}

export interface CsvImportDialogProps<Row extends PreviewRow> {
  /** "party-import", "item-import": the prefix of every data-testid and of the title's id. */
  testId: string;
  title: string;
  /** What the spreadsheet must hold, under the title. */
  help: ReactNode;
  /** "3 parties": how a number of records is said. */
  count(n: number): string;
  columns: PreviewColumn<Row>[];
  preview(source: Source): Promise<CsvImportPreview<Row>>;
  /** `jobId` names the progress reports of the call (the screening of imported parties follows the import). */
  commit(source: Source, expectedSha256: string, jobId: string): Promise<{ imported: number; fileName: string; note?: string }>;
  /** After a successful import, so the page shows the new records. */
  onImported(): Promise<void>;
  onClose(): void;
}

/**
 * Import of a spreadsheet saved as CSV: every row is checked first and shown with its errors; the
 * import writes every row or, when any row has an error, nothing.
 */
export function CsvImportDialog<Row extends PreviewRow>(props: CsvImportDialogProps<Row>) {
  const { testId, count, onClose: close } = props;
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step<Row>>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);
  // Subscribed while the dialog is open, so the event stream is there before the import starts.
  const { progress, run } = useJob(testId);

  async function check(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setStep({ kind: 'checking' });
    try {
      const source = await fileToSource(file);
      const preview = await props.preview(source);
      setStep({ kind: 'preview', preview, source });
    } catch (err) {
      setError(err);
      setStep({ kind: 'choose' });
    }
  }

  async function importAll() {
    if (step.kind !== 'preview') return;
    const { preview, source } = step;
    setError(null);
    setStep({ kind: 'importing', preview });
    try {
      const r = await run((jobId) => props.commit(source, preview.sha256, jobId));
      setStep({ kind: 'done', imported: r.imported, fileName: r.fileName, note: r.note });
      await props.onImported();
    } catch (err) {
      setError(err);
      setStep({ kind: 'preview', preview, source });
    }
  }

  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : null;
  const badRows = preview ? preview.rows.filter((r) => r.errors.length) : [];
  // A long file shows its faulty rows first; a short one stays in file order.
  const shown = !preview
    ? []
    : preview.rows.length <= SHOWN_ROWS
      ? preview.rows
      : [...badRows, ...preview.rows.filter((r) => !r.errors.length)].slice(0, SHOWN_ROWS);

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog wide-dialog" role="dialog" aria-modal="true" aria-labelledby={`${testId}-title`} data-testid={testId} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id={`${testId}-title`}>{props.title}</h2>
        <p className="field-help">{props.help}</p>
        <form className="import-form" onSubmit={check}>
          <label className="field field-file">
            <span className="field-label">CSV file</span>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid={`${testId}-file`}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStep({ kind: 'choose' });
                setError(null);
              }}
            />
          </label>
          <button type="submit" className="button" disabled={!file || step.kind === 'checking' || step.kind === 'importing'} data-testid={`${testId}-check`}>
            {step.kind === 'checking' ? 'Checking…' : 'Check the file'}
          </button>
        </form>
        <ErrorBox error={error} title="Nothing was imported." testId={`${testId}-error`} />
        {preview && (
          <>
            {preview.warnings.map((w) => (
              <div key={w} className="notice warning">
                {w}
              </div>
            ))}
            <div className={preview.errorCount ? 'error-box' : 'notice success'} role="status" data-testid={`${testId}-summary`}>
              {preview.errorCount
                ? `${countOf(badRows.length, 'row has', 'rows have')} errors (${preview.errorCount} in all). Correct the spreadsheet and check it again: nothing is imported while any row has an error.`
                : `${countOf(preview.rowCount, 'row', 'rows')} checked, no errors. Ready to import.`}
            </div>
            <div className="table-wrap scroll-table">
              <table className="data-table compact" data-testid={`${testId}-rows`}>
                <thead>
                  <tr>
                    <th className="num">Row</th>
                    {props.columns.map((c) => (
                      <th key={c.header} className={c.numeric ? 'num' : undefined}>
                        {c.header}
                      </th>
                    ))}
                    <th>Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.row} className={r.errors.length ? 'has-error' : undefined} data-testid={`${testId}-row`} data-row={r.row}>
                      <td className="num">{r.row}</td>
                      {props.columns.map((c) => (
                        <td key={c.header} className={c.numeric ? 'num' : undefined}>
                          {c.cell(r)}
                        </td>
                      ))}
                      <td>
                        {r.errors.map((e, i) => (
                          <div key={i} className="error-text" data-testid={`${testId}-row-error`}>
                            <span className="mono">{e.field}</span>: {e.message}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.rows.length > shown.length && <p className="muted">Showing {shown.length} of {preview.rows.length} rows, rows with errors first.</p>}
          </>
        )}
        {step.kind === 'importing' && progress && <ProgressBar phase={progress.phase} done={progress.done} total={progress.total} testId={`${testId}-progress`} />}
        {step.kind === 'done' && (
          <div className="notice success" role="status" data-testid={`${testId}-result`}>
            Imported {count(step.imported)} from {step.fileName}.
            {step.note && (
              <>
                {' '}
                <span data-testid={`${testId}-result-note`}>{step.note}</span>
              </>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} data-testid={`${testId}-close`}>
            {step.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          {preview && (
            <button type="button" className="button primary" disabled={preview.errorCount > 0 || step.kind === 'importing'} onClick={() => void importAll()} data-testid={`${testId}-submit`}>
              {step.kind === 'importing' ? 'Importing…' : `Import ${count(preview.rowCount)}`}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
