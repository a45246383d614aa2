import { useState } from 'react';
import type { ScreeningSnapshot } from '../../../shared/screening/list-types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { formatCount, formatDateTime } from '../components/format';
import { FORMAT_LABEL, listVersion } from './labels';
import { useScreening } from './store';

export function ListSnapshotsTable() {
  const { snapshots, snapshotsLoaded, snapshotsError, loadSnapshots, rescreenAll, rescreen } = useScreening();
  const loadInfo = useApp((s) => s.loadInfo);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rescreening = rescreen?.state.kind === 'running';

  async function makeCurrent(s: ScreeningSnapshot) {
    setBusy(s.id);
    setError(null);
    try {
      await call('lists.setCurrent', { snapshotId: s.id });
      await Promise.all([loadSnapshots(), loadInfo()]);
      void rescreenAll(`${s.listName} of ${listVersion(s)} made current`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="list-snapshots-title">
      <div className="panel-head">
        <h2 id="list-snapshots-title" className="panel-title">
          Imported lists
        </h2>
        {snapshots.length > 0 && (
          <button
            type="button"
            className="button small push-right"
            disabled={rescreening}
            onClick={() => void rescreenAll('Re-screening asked for')}
            data-testid="rescreen-all"
            title="Screen every party again against the current version of each list"
          >
            Re-screen every party
          </button>
        )}
      </div>
      <ErrorBox error={snapshotsError} title="The imported lists could not be loaded." />
      <ErrorBox error={error} onDismiss={() => setError(null)} testId="list-action-error" />
      {snapshotsLoaded && snapshots.length === 0 ? (
        <p className="empty" data-testid="list-snapshots-empty">
          No restricted-party list imported yet. Import the OFAC SDN list (sdn.csv), the UN consolidated list (XML), the trade.gov Consolidated Screening List
          or the BIS Denied Persons List above; names are screened against the current version of each.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table snapshots-table" data-testid="list-snapshots-table">
            <thead>
              <tr>
                <th>List</th>
                <th>Published</th>
                <th className="num">Entries</th>
                <th className="num" title="What names are compared against: every primary name and alias">
                  Names + aliases
                </th>
                <th>Imported</th>
                <th>File · SHA-256</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr
                  key={s.id}
                  data-testid="list-snapshot-row"
                  data-snapshot-id={s.id}
                  data-list-id={s.listId}
                  data-current={s.isCurrent ? 'true' : 'false'}
                  className={s.isCurrent ? 'is-current' : undefined}
                >
                  <td className="wrap">
                    <div className="strong" title={`${FORMAT_LABEL[s.format]}${s.source ? `\n${s.source}` : ''}`}>
                      {s.listName}
                    </div>
                    {s.notes && (
                      <div className="snapshot-note" data-testid="list-snapshot-note">
                        {s.notes}
                      </div>
                    )}
                  </td>
                  <td className="strong" data-testid="list-snapshot-published">
                    {s.publishedAt ?? '—'}
                  </td>
                  <td className="num" data-testid="list-snapshot-entries">
                    {formatCount(s.entryCount)}
                  </td>
                  <td className="num" data-testid="list-snapshot-names">
                    {formatCount(s.nameCount)}
                  </td>
                  <td>
                    <div>{formatDateTime(s.importedAt)}</div>
                    <div className="sub">by {s.importedBy}</div>
                  </td>
                  <td>
                    <div className="truncate" title={s.source ? `${s.sourceFileName}\n${s.source}` : s.sourceFileName}>
                      {s.sourceFileName}
                    </div>
                    <div className="sub mono" data-testid="list-snapshot-sha" title={`SHA-256 ${s.sha256}`}>
                      {s.sha256.slice(0, 16)}…
                    </div>
                  </td>
                  <td>
                    {s.isCurrent ? (
                      <span className="badge current" data-testid="list-current-marker" title="Screenings use this version of the list">
                        Current
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button small"
                        disabled={busy !== null || rescreening}
                        onClick={() => void makeCurrent(s)}
                        data-testid="list-make-current"
                        title="Screen against this version from now on, and re-screen every party against it"
                      >
                        Make current
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
