import { useEffect } from 'react';
import { LICENSE_STATUSES, type LicenseStatus, type LicenseSummary } from '../../../shared/applications/types';
import { ErrorBox } from '../components/error-box';
import { IssueForm } from './issue-form';
import { LicenseDetail } from './license-detail';
import { useLicenses } from './store';
import '../applications/applications.css';

export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = { issued: 'Issued', exhausted: 'Exhausted', expired: 'Expired' };

export function LicensesPage() {
  const { pane, loadList, reload, startIssue } = useLicenses();
  useEffect(() => {
    void loadList();
    void reload();
  }, [loadList, reload]);
  return (
    <div className="page" data-testid="licenses-page">
      <header className="page-header records-header">
        <div className="toolbar">
          <h1>Licenses</h1>
          <div className="push-right header-actions">
            <button type="button" className="button primary" onClick={() => startIssue(null)} data-testid="new-license">
              Issue license
            </button>
          </div>
        </div>
      </header>
      <div className="split apps-split">
        <div className="split-list">
          <LicensesList />
        </div>
        <div className="split-detail">{pane === 'issue' ? <IssueForm /> : <LicenseDetail />}</div>
      </div>
    </div>
  );
}

function LicensesList() {
  const { rows, listError, statusFilter, setStatusFilter, selectedId, select } = useLicenses();
  const expiring = (w: 7 | 30 | 60) => rows.filter((r) => r.status === 'issued' && r.expiresWithin === w);
  return (
    <div className="apps-list">
      <div className="filters-bar">
        <div className="filters-row">
          <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as LicenseStatus | '')} aria-label="Status" data-testid="licenses-status-filter">
            <option value="">Every status</option>
            {LICENSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {LICENSE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorBox error={listError} title="The licenses could not be loaded." testId="licenses-list-error" />
      <section className="expiring" data-testid="licenses-expiring">
        {([7, 30, 60] as const).map((w) => {
          const list = expiring(w);
          return (
            <div key={w} className="expiring-group" data-testid="expiring-group" data-window={w}>
              <h4>
                Expiring within {w} days <span className="tab-count">{list.length}</span>
              </h4>
              {list.map((r) => (
                <button key={r.id} type="button" className="link-button" onClick={() => void select(r.id)} data-testid="expiring-license">
                  {r.number} ({r.validTo}, {r.daysLeft} days)
                </button>
              ))}
            </div>
          );
        })}
      </section>
      {rows.length === 0 && !listError ? (
        <p className="empty apps-empty" data-testid="licenses-empty">
          No license{statusFilter ? ' with this status' : ''} yet. A license is issued on an approved application.
        </p>
      ) : (
        <ul className="apps-rows" data-testid="licenses-list">
          {rows.map((r) => (
            <LicenseRow key={r.id} r={r} selected={r.id === selectedId} onSelect={() => void select(r.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function LicenseRow({ r, selected, onSelect }: { r: LicenseSummary; selected: boolean; onSelect(): void }) {
  return (
    <li>
      <button type="button" className={`apps-row${selected ? ' selected' : ''}`} onClick={onSelect} data-testid="license-row" data-id={r.id} data-status={r.status}>
        <span className="apps-row-head">
          <span className="strong">{r.number}</span>
          <LicenseStatusBadge status={r.status} />
        </span>
        <span className="sub">
          {r.applicationReference} · {r.destination ?? '—'} · {r.validFrom} to {r.validTo} · {r.currency} {r.remainingValue} left
        </span>
      </button>
    </li>
  );
}

export function LicenseStatusBadge({ status }: { status: LicenseStatus }) {
  return (
    <span className={`badge lic-status lic-status-${status}`} data-testid="license-status" data-status={status}>
      {LICENSE_STATUS_LABELS[status]}
    </span>
  );
}
