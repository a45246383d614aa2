import { useEffect } from 'react';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from '../../../shared/applications/types';
import { ErrorBox } from '../components/error-box';
import { ApplicationDetail } from './application-detail';
import { ApplicationForm } from './application-form';
import { useApplications } from './store';
import './applications.css';

export function ApplicationsPage() {
  const { pane, setPane, loadList, reload } = useApplications();

  // The store outlives the page: coming back, re-read what may have changed elsewhere.
  useEffect(() => {
    void loadList();
    void reload();
  }, [loadList, reload]);

  return (
    <div className="page" data-testid="applications-page">
      <header className="page-header records-header">
        <div className="toolbar">
          <h1>Applications</h1>
          <div className="push-right header-actions">
            <button type="button" className="button primary" onClick={() => setPane('create')} data-testid="new-application">
              New application
            </button>
          </div>
        </div>
      </header>
      <div className="split apps-split">
        <div className="split-list">
          <ApplicationsList />
        </div>
        <div className="split-detail">{pane === 'create' ? <ApplicationForm /> : <ApplicationDetail />}</div>
      </div>
    </div>
  );
}

function ApplicationsList() {
  const { rows, listError, statusFilter, includeSuperseded, selectedId, setStatusFilter, setIncludeSuperseded, select } = useApplications();
  return (
    <div className="apps-list">
      <div className="filters-bar">
        <div className="filters-row">
          <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as typeof statusFilter)} aria-label="Status" data-testid="applications-status-filter">
            <option value="">Every status</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {APPLICATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={includeSuperseded} onChange={(e) => setIncludeSuperseded(e.target.checked)} data-testid="applications-superseded" />
            Also amended versions
          </label>
        </div>
      </div>
      <ErrorBox error={listError} title="The applications could not be loaded." testId="applications-list-error" />
      {rows.length === 0 && !listError ? (
        <p className="empty apps-empty" data-testid="applications-empty">
          No application{statusFilter ? ' with this status' : ''} yet. Start one with “New application”.
        </p>
      ) : (
        <ul className="apps-rows" data-testid="applications-list">
          {rows.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={`apps-row${r.id === selectedId ? ' selected' : ''}`}
                onClick={() => void select(r.id)}
                data-testid="application-row"
                data-id={r.id}
                data-status={r.status}
              >
                <span className="apps-row-head">
                  <span className="strong">{r.reference}</span>
                  {r.version > 1 && <span className="sub"> v{r.version}</span>}
                  <StatusBadge status={r.status} />
                </span>
                <span className="sub">
                  {r.destination ?? 'no destination'} · {r.partyCount} {r.partyCount === 1 ? 'party' : 'parties'} · {r.lineCount} {r.lineCount === 1 ? 'line' : 'lines'} · {r.currency} {r.total}
                  {r.externalNumber ? ` · ${r.externalNumber}` : ''}
                  {r.superseded ? ' · superseded' : ''}
                  {r.openRequests > 0 ? ` · ${r.openRequests} open request${r.openRequests === 1 ? '' : 's'}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: keyof typeof APPLICATION_STATUS_LABELS }) {
  return (
    <span className={`badge app-status app-status-${status}`} data-testid="application-status" data-status={status}>
      {APPLICATION_STATUS_LABELS[status]}
    </span>
  );
}
