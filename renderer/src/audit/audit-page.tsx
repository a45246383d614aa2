import { useCallback, useEffect, useState } from 'react';
import type { AuditRow } from '../../../shared/contract/workspace';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { describeAction, describeChange, describeRecord } from './describe';

const LIMIT = 500;

export function AuditPage() {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setRows(await call('audit.list', { limit: LIMIT }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="page" data-testid="audit-page">
      <header className="page-header">
        <h1>Audit</h1>
        <p className="page-lede">Every change made in this workspace, newest first: who made it, when, and what it changed. The log cannot be edited.</p>
      </header>
      <div className="page-body">
        <div className="toolbar">
          <button type="button" className="button small" onClick={() => void load()}>
            Refresh
          </button>
          {rows && <span className="muted">{rows.length === LIMIT ? `The latest ${LIMIT} changes` : `${rows.length} changes`}</span>}
        </div>
        <ErrorBox error={error} title="The audit log could not be loaded." />
        {rows && rows.length === 0 && <p className="empty">No changes recorded yet.</p>}
        {rows && rows.length > 0 && (
          <div className="table-wrap">
            <table className="data-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th className="num">#</th>
                  <th>When</th>
                  <th>Who</th>
                  <th>What</th>
                  <th>Record</th>
                  <th>Change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const change = describeChange(r);
                  return (
                    <tr key={r.id} data-testid="audit-row" data-action={r.action}>
                      <td className="num muted">{r.id}</td>
                      <td className="nowrap" title={r.at}>
                        {formatDateTime(r.at)}
                      </td>
                      <td>{r.actor}</td>
                      <td>{describeAction(r.action)}</td>
                      <td className="nowrap">{describeRecord(r)}</td>
                      <td className="audit-change" title={change.full}>
                        {change.short}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
