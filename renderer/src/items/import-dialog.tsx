import { useState, type FormEvent } from 'react';
import { ITEM_CSV_COLUMNS, REQUIRED_ITEM_CSV_COLUMNS } from '../../../shared/items/csv-columns';
import type { ItemImportPreview } from '../../../shared/items/types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { useItems } from './store';

const SHOWN_ROWS = 200;

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ItemImportPreview; source: { name: string; base64: string } }
  | { kind: 'importing'; preview: ItemImportPreview }
  | { kind: 'done'; imported: number; fileName: string };

/**
 * Import of an item spreadsheet saved as CSV: every row is checked first and shown with its errors;
 * the import writes every row or, when any row has an error, nothing.
 */
export function ItemImportDialog() {
  const { setImportOpen, refresh } = useItems();
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
      const preview = await call('items.importPreview', { source });
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
      const r = await call('items.import', { source, expectedSha256: preview.sha256 });
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
  const shown = !preview ? [] : preview.rows.length <= SHOWN_ROWS ? preview.rows : [...badRows, ...preview.rows.filter((r) => !r.errors.length)].slice(0, SHOWN_ROWS);
  const close = () => setImportOpen(false);

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog items-dialog" role="dialog" aria-modal="true" aria-labelledby="item-import-title" data-testid="item-import" onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id="item-import-title">Import items from a spreadsheet</h2>
        <p className="field-help">
          Save the spreadsheet as CSV (UTF-8). The first line names the columns: {REQUIRED_ITEM_CSV_COLUMNS.join(', ')} are required; ExportDesk also reads{' '}
          {ITEM_CSV_COLUMNS.filter((c) => !REQUIRED_ITEM_CSV_COLUMNS.includes(c)).join(', ')}. The item type is commodity, software or technology; the origin an ISO
          country code or name; parameters are written “Key length=256 [bit]; Throughput=10 [Gbit/s]”.
        </p>
        <form className="import-form" onSubmit={check}>
          <label className="field field-file">
            <span className="field-label">CSV file</span>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="item-import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStep({ kind: 'choose' });
                setError(null);
              }}
            />
          </label>
          <button type="submit" className="button" disabled={!file || step.kind === 'checking' || step.kind === 'importing'} data-testid="item-import-check">
            {step.kind === 'checking' ? 'Checking…' : 'Check the file'}
          </button>
        </form>
        <ErrorBox error={error} title="Nothing was imported." testId="item-import-error" />
        {preview && (
          <>
            {preview.warnings.map((w) => (
              <div key={w} className="notice warning">
                {w}
              </div>
            ))}
            <div className={preview.errorCount ? 'error-box' : 'notice success'} role="status" data-testid="item-import-summary">
              {preview.errorCount
                ? `${countOf(badRows.length, 'row has', 'rows have')} errors (${preview.errorCount} in all). Correct the spreadsheet and check it again: nothing is imported while any row has an error.`
                : `${countOf(preview.rowCount, 'row', 'rows')} checked, no errors. Ready to import.`}
            </div>
            <div className="table-wrap items-preview">
              <table className="data-table compact" data-testid="item-import-rows">
                <thead>
                  <tr>
                    <th className="num">Row</th>
                    <th>Name</th>
                    <th>Model</th>
                    <th>Type</th>
                    <th>Origin</th>
                    <th className="num">Parameters</th>
                    <th>Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.row} className={r.errors.length ? 'has-error' : undefined} data-testid="item-import-row" data-row={r.row}>
                      <td className="num">{r.row}</td>
                      <td>{r.name || <span className="muted">(empty)</span>}</td>
                      <td>{r.modelNumber}</td>
                      <td>{r.itemType}</td>
                      <td>{r.originCountry}</td>
                      <td className="num">{r.parameterCount}</td>
                      <td>
                        {r.errors.map((e, i) => (
                          <div key={i} className="error-text" data-testid="item-import-row-error">
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
          <div className="notice success" role="status" data-testid="item-import-result">
            Imported {countOf(step.imported, 'item', 'items')} from {step.fileName}.
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} data-testid="item-import-close">
            {step.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          {preview && (
            <button type="button" className="button primary" disabled={preview.errorCount > 0 || step.kind === 'importing'} onClick={() => void importAll()} data-testid="item-import-submit">
              {step.kind === 'importing' ? 'Importing…' : `Import ${countOf(preview.rowCount, 'item', 'items')}`}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
