import { useEffect, useState } from 'react';
import type { Application, ApplicationSummary } from '../../../shared/applications/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { today } from '../applications/status-actions';
import { useLicenses } from './store';

/** Records the license issued on an approved application. */
export function IssueForm() {
  const { issueFor, setPane, select, loadList } = useLicenses();
  const [approved, setApproved] = useState<ApplicationSummary[]>([]);
  const [appId, setAppId] = useState<number | null>(issueFor);
  const [app, setApp] = useState<Application | null>(null);
  const [number, setNumber] = useState('');
  const [validFrom, setValidFrom] = useState(today());
  const [validTo, setValidTo] = useState('');
  const [conditions, setConditions] = useState('');
  const [lines, setLines] = useState<Record<number, { quantity: string; value: string }>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([call('applications.list', { status: 'approved' }), call('applications.list', { status: 'approved-with-conditions' })])
      .then(([a, b]) => setApproved([...a, ...b]))
      .catch(setError);
  }, []);

  useEffect(() => setAppId(issueFor), [issueFor]);

  useEffect(() => {
    if (appId === null) return setApp(null);
    call('applications.get', { id: appId })
      .then((a) => {
        setApp(a);
        setConditions(a.conditions ?? '');
        setLines(Object.fromEntries(a.lines.map((l) => [l.lineNo, { quantity: l.quantity, value: l.total }])));
      })
      .catch(setError);
  }, [appId]);

  async function issue() {
    if (!app) return;
    setBusy(true);
    setError(null);
    try {
      const { license } = await call('licenses.issue', {
        applicationId: app.id,
        number,
        validFrom,
        validTo,
        conditions: conditions || null,
        items: app.lines.map((l) => ({ line: l.lineNo, quantity: lines[l.lineNo]?.quantity ?? l.quantity, value: lines[l.lineNo]?.value ?? l.total })),
      });
      await loadList();
      await select(license.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app-form" data-testid="license-issue-form">
      <h2>Issue a license</h2>
      <ErrorBox error={error} testId="license-issue-error" onDismiss={() => setError(null)} />
      <label className="field">
        <span className="field-label">Approved application</span>
        <select value={appId ?? ''} onChange={(e) => setAppId(e.target.value ? Number(e.target.value) : null)} data-testid="license-issue-application">
          <option value="">{approved.length ? 'Choose an approved application' : 'No approved application'}</option>
          {approved.map((a) => (
            <option key={a.id} value={a.id}>
              {a.reference} {a.externalNumber ? `(${a.externalNumber})` : ''} — {a.destination ?? ''}
            </option>
          ))}
        </select>
      </label>
      {app && (
        <>
          <div className="form-grid">
            <label className="field">
              <span className="field-label">License number</span>
              <input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="license-issue-number" />
            </label>
            <label className="field">
              <span className="field-label">First valid day</span>
              <input type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} data-testid="license-issue-from" />
            </label>
            <label className="field">
              <span className="field-label">Last valid day</span>
              <input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} data-testid="license-issue-to" />
            </label>
          </div>
          <label className="field">
            <span className="field-label">Conditions</span>
            <textarea rows={3} value={conditions} onChange={(e) => setConditions(e.target.value)} data-testid="license-issue-conditions" />
          </label>
          <table className="data-table">
            <thead>
              <tr>
                <th>#</th>
                <th>Item</th>
                <th>ECCN</th>
                <th className="num">Applied for</th>
                <th className="num">Authorized quantity</th>
                <th className="num">Authorized value ({app.currency})</th>
              </tr>
            </thead>
            <tbody>
              {app.lines.map((l) => (
                <tr key={l.id} data-testid="license-issue-line" data-line={l.lineNo}>
                  <td>{l.lineNo}</td>
                  <td>{l.itemName}</td>
                  <td className="mono">{l.classificationLabel}</td>
                  <td className="num">
                    {l.quantity} {l.unit} · {l.total}
                  </td>
                  <td className="num">
                    <input
                      className="num-input"
                      value={lines[l.lineNo]?.quantity ?? ''}
                      onChange={(e) => setLines((o) => ({ ...o, [l.lineNo]: { ...o[l.lineNo]!, quantity: e.target.value } }))}
                      aria-label={`Authorized quantity, line ${l.lineNo}`}
                      data-testid="license-issue-quantity"
                    />
                  </td>
                  <td className="num">
                    <input
                      className="num-input"
                      value={lines[l.lineNo]?.value ?? ''}
                      onChange={(e) => setLines((o) => ({ ...o, [l.lineNo]: { ...o[l.lineNo]!, value: e.target.value } }))}
                      aria-label={`Authorized value, line ${l.lineNo}`}
                      data-testid="license-issue-value"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setPane('view')}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={!app || busy} onClick={() => void issue()} data-testid="license-issue-submit">
          Issue license
        </button>
      </div>
    </div>
  );
}
