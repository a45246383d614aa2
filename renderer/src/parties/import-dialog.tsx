import { useState, type FormEvent } from 'react';
import { PARTY_CSV_COLUMNS, REQUIRED_PARTY_CSV_COLUMNS } from '../../../shared/parties/csv-columns';
import type { ImportPreview } from '../../../shared/parties/types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { useParties } from './store';

const SHOWN_ROWS = 200;

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ImportPreview; source: { name: string; base64: string } }
  | { kind: 'importing'; preview: ImportPreview }
  | { kind: 'done'; imported: number; fileName: string };

/**
 * Import of a party spreadsheet saved as CSV: every row is checked first and shown with its
 * errors; the import writes every row or, when any row has an error, nothing.
 */
export function ImportDialog() {
  const { setImportOpen, refresh } = useParties();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);

  async function check(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setStep({ kind: 'checking' });
    try {
      const source = await fileToSource(file);
      const preview = await call('parties.importPreview', { source });
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
      const r = await call('parties.import', { source, expectedSha256: preview.sha256 });
      setStep({ kind: 'done', imported: r.imported, fileName: r.fileName });
      await refresh();
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
  const close = () => setImportOpen(false);

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="party-import-title" data-testid="party-import" onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id="party-import-title">Import parties from a spreadsheet</h2>
        <p className="field-help">
          Save the spreadsheet as CSV (UTF-8). The first line names the columns: {REQUIRED_PARTY_CSV_COLUMNS.join(', ')} are required; ExportDesk also reads{' '}
          {PARTY_CSV_COLUMNS.filter((c) => !REQUIRED_PARTY_CSV_COLUMNS.includes(c)).join(', ')}. Separate several names or roles in one cell with “;”.
        </p>
        <form className="import-form" onSubmit={check}>
          <label className="field field-file">
            <span className="field-label">CSV file</span>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="party-import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStep({ kind: 'choose' });
                setError(null);
              }}
            />
          </label>
          <button type="submit" className="button" disabled={!file || step.kind === 'checking' || step.kind === 'importing'} data-testid="party-import-check">
            {step.kind === 'checking' ? 'Checking…' : 'Check the file'}
          </button>
        </form>
        <ErrorBox error={error} title="Nothing was imported." testId="party-import-error" />
        {preview && (
          <>
            {preview.warnings.map((w) => (
              <div key={w} className="notice warning">
                {w}
              </div>
            ))}
            <div className={preview.errorCount ? 'error-box' : 'notice success'} role="status" data-testid="party-import-summary">
              {preview.errorCount
                ? `${countOf(badRows.length, 'row has', 'rows have')} errors (${preview.errorCount} in all). Correct the spreadsheet and check it again: nothing is imported while any row has an error.`
                : `${countOf(preview.rowCount, 'row', 'rows')} checked, no errors. Ready to import.`}
            </div>
            <div className="table-wrap import-preview">
              <table className="data-table compact" data-testid="party-import-rows">
                <thead>
                  <tr>
                    <th className="num">Row</th>
                    <th>Legal name</th>
                    <th>Kind</th>
                    <th>Country</th>
                    <th>Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.row} className={r.errors.length ? 'has-error' : undefined} data-testid="party-import-row" data-row={r.row}>
                      <td className="num">{r.row}</td>
                      <td>{r.legalName || <span className="muted">(empty)</span>}</td>
                      <td>{r.kind}</td>
                      <td>{r.country}</td>
                      <td>
                        {r.errors.map((e, i) => (
                          <div key={i} className="error-text" data-testid="party-import-row-error">
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
        {step.kind === 'done' && (
          <div className="notice success" role="status" data-testid="party-import-result">
            Imported {countOf(step.imported, 'party', 'parties')} from {step.fileName}.
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} data-testid="party-import-close">
            {step.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          {preview && (
            <button type="button" className="button primary" disabled={preview.errorCount > 0 || step.kind === 'importing'} onClick={() => void importAll()} data-testid="party-import-submit">
              {step.kind === 'importing' ? 'Importing…' : `Import ${countOf(preview.rowCount, 'party', 'parties')}`}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
