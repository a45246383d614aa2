import { useState, type FormEvent } from 'react';
import type { EncryptionReport } from '../../../shared/contract/classifications';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { downloadText } from '../components/download';
import { countOf } from '../components/format';
import { useItems } from './store';

/**
 * The annual encryption self-classification report (15 CFR 740.17(b)(1); Supp. No. 8 to Part 742):
 * the CSV BIS and the ENC Encryption Request Coordinator receive by 1 February for the year before.
 */
export function ReportDialog() {
  const setReportOpen = useItems((s) => s.setReportOpen);
  const lastYear = new Date().getFullYear() - 1;
  const [mode, setMode] = useState<'year' | 'range'>('year');
  const [year, setYear] = useState(String(lastYear));
  const [from, setFrom] = useState(`${lastYear}-01-01`);
  const [to, setTo] = useState(`${lastYear}-12-31`);
  const [report, setReport] = useState<EncryptionReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => setReportOpen(false);

  async function build(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await call('reports.encryption', mode === 'year' ? { year: Number(year) } : { from, to }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog wide-dialog" role="dialog" aria-modal="true" aria-labelledby="report-title" data-testid="report-dialog" onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id="report-title">Encryption self-classification report</h2>
        <p className="field-help">
          Items with a final US classification for License Exception ENC or mass market (§ 740.17(b)(1)) made in the period, each product once, in the CSV format of
          Supplement No. 8 to Part 742. Send it to BIS and the ENC Encryption Request Coordinator by 1 February for the previous calendar year.
        </p>
        <form className="import-form" onSubmit={build}>
          <label className="field">
            <span className="field-label">Period</span>
            <select value={mode} onChange={(e) => setMode(e.target.value as 'year' | 'range')} data-testid="report-mode">
              <option value="year">Calendar year</option>
              <option value="range">Date range</option>
            </select>
          </label>
          {mode === 'year' ? (
            <label className="field">
              <span className="field-label">Year</span>
              <input type="number" min={1990} max={2200} value={year} onChange={(e) => setYear(e.target.value)} data-testid="report-year" className="year-input" />
            </label>
          ) : (
            <>
              <label className="field">
                <span className="field-label">From</span>
                <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="report-from" />
              </label>
              <label className="field">
                <span className="field-label">To</span>
                <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="report-to" />
              </label>
            </>
          )}
          <button type="submit" className="button" disabled={busy} data-testid="report-build">
            {busy ? 'Building…' : 'Build the report'}
          </button>
        </form>
        <ErrorBox error={error} title="The report was not built." testId="report-error" />
        {report && (
          <>
            <div className="notice success" role="status" data-testid="report-summary">
              {countOf(report.rowCount, 'product', 'products')} self-classified from {report.from} to {report.to}.
            </div>
            {report.rows.length > 0 && (
              <div className="table-wrap scroll-table">
                <table className="data-table compact" data-testid="report-rows">
                  <thead>
                    <tr>
                      <th>Product name</th>
                      <th>Model number</th>
                      <th>Manufacturer</th>
                      <th>ECCN</th>
                      <th>Authorization</th>
                      <th>Item type</th>
                      <th>Non-U.S. components</th>
                      <th>Non-U.S. manufacturing locations</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((r, i) => (
                      <tr key={i}>
                        <td>{r.productName}</td>
                        <td>{r.modelNumber ?? 'NONE'}</td>
                        <td>{r.manufacturer ?? 'N/A'}</td>
                        <td>{r.eccn}</td>
                        <td>{r.authorization}</td>
                        <td>{r.itemType}</td>
                        <td>{r.nonUsComponents ?? 'NONE'}</td>
                        <td>{r.nonUsManufacturingLocations ?? 'NONE'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {report.excluded.length > 0 && (
              <div className="table-wrap scroll-table">
                <table className="data-table compact" data-testid="report-excluded">
                  <caption>Self-classified in the range but not reported</caption>
                  <thead>
                    <tr>
                      <th>Product name</th>
                      <th>Model number</th>
                      <th>Why it is not reported</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.excluded.map((x, i) => (
                      <tr key={i}>
                        <td>{x.productName}</td>
                        <td>{x.modelNumber ?? 'NONE'}</td>
                        <td>{x.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} data-testid="report-close">
            Close
          </button>
          <button type="button" className="button primary" disabled={!report} onClick={() => report && downloadText(report.fileName, report.content, 'text/csv')} data-testid="report-download">
            Download CSV
          </button>
        </div>
      </div>
    </div>
  );
}
