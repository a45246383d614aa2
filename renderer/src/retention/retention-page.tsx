import { useCallback, useEffect, useState } from 'react';
import { RETENTION_KINDS, RETENTION_KIND_LABELS, type RetentionKind, type RetentionList, type RetentionRow } from '../../../shared/retention/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { useApplications } from '../applications/store';
import { ErrorBox } from '../components/error-box';
import { formatCount } from '../components/format';
import { useItems } from '../items/store';
import { useLicenses } from '../licenses/store';
import { useParties } from '../parties/store';
import { useScreening } from '../screening/store';
import { todayUtc } from './retention-line';
import './retention.css';

const LIMIT = 1000;

/** The counts line says "Parties: 2 past", not "Partys". */
const PLURALS: Record<RetentionKind, string> = {
  application: 'Applications',
  license: 'Licenses',
  shipment: 'Shipments',
  party: 'Parties',
  item: 'Items',
  screening: 'Screening records',
};

/** Opens the record's own page in its area. */
function open(row: RetentionRow): void {
  const { kind, id } = row.opens;
  const app = useApp.getState();
  if (kind === 'application') {
    app.setArea('applications');
    void useApplications.getState().select(id);
  } else if (kind === 'license') {
    app.setArea('licenses');
    void useLicenses.getState().select(id);
  } else if (kind === 'party') {
    app.setArea('parties');
    void useParties.getState().select(id);
  } else if (kind === 'item') {
    app.setArea('items');
    void useItems.getState().select(id);
  } else {
    app.setArea('screening');
    useScreening.getState().openScreening(id);
  }
}

/**
 * Records past retention (15 CFR 762.6), for a person to review. ExportDesk deletes nothing: this
 * page only lists what the five years no longer cover, with the event each record's years ran from.
 */
export function RetentionPage() {
  const [asOf, setAsOf] = useState(todayUtc());
  const [pastOnly, setPastOnly] = useState(true);
  const [list, setList] = useState<RetentionList | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setList(await call('retention.list', { pastOnly, asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined, limit: LIMIT }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [asOf, pastOnly]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="page" data-testid="retention-page">
      <header className="page-header">
        <h1>Records past retention</h1>
        <p className="page-lede">
          Export records are kept for five years from the latest of the export, any known reexport, or the end of the transaction (15 CFR 762.6): here, the latest decision,
          license expiry or shipment of the transaction each record belongs to. Records listed here are past that day and may be reviewed.
        </p>
      </header>
      <div className="page-body">
        <p className="notice retention-note" data-testid="retention-nothing-deleted">
          Nothing is deleted automatically: ExportDesk never deletes a record. A record an agency has asked for must be kept beyond five years, until it allows otherwise
          (15 CFR 762.6(b)).
        </p>
        <div className="toolbar">
          <label className="field">
            <span className="field-label">As of</span>
            <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="retention-as-of" />
          </label>
          <label className="field">
            <span className="field-label">Show</span>
            <select value={pastOnly ? 'past' : 'all'} onChange={(e) => setPastOnly(e.target.value === 'past')} data-testid="retention-show">
              <option value="past">Past retention</option>
              <option value="all">All records</option>
            </select>
          </label>
          <button type="button" className="button small" onClick={() => void load()}>
            Refresh
          </button>
        </div>
        <ErrorBox error={error} title="The records could not be listed." />
        {list && (
          <ul className="retention-counts" data-testid="retention-counts">
            {RETENTION_KINDS.map((k) => {
              const c = list.counts[k];
              return (
                <li key={k} data-kind={k}>
                  {PLURALS[k]}: {formatCount(c.past)} past · {formatCount(c.running)} within · {formatCount(c.notStarted)} not started
                </li>
              );
            })}
          </ul>
        )}
        {list && list.rows.length === 0 && (
          <p className="empty" data-testid="retention-empty">
            {pastOnly ? `No record is past its retention on ${list.asOf}.` : 'No records yet.'}
          </p>
        )}
        {list && list.rows.length > 0 && (
          <div className="table-wrap">
            {list.total > list.rows.length && <p className="muted">The first {formatCount(list.rows.length)} of {formatCount(list.total)}.</p>}
            <table className="data-table" data-testid="retention-table">
              <thead>
                <tr>
                  <th>Kind</th>
                  <th>Record</th>
                  <th>Retain until</th>
                  <th>Because</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={`${r.kind}-${r.id}`} data-testid="retention-row" data-kind={r.kind} data-id={r.id} data-past={r.past ? 'true' : 'false'}>
                    <td className="nowrap">{RETENTION_KIND_LABELS[r.kind]}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => open(r)} data-testid="retention-open">
                        {r.label}
                      </button>
                    </td>
                    <td className="nowrap">{r.retention.status === 'set' ? r.retention.endsOn : 'not started'}</td>
                    <td>{r.retention.status === 'set' ? `five years after ${r.retention.basis.what} on ${r.retention.basis.on}` : r.retention.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
