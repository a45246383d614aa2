import { useEffect, useState } from 'react';
import type { DestinationSnapshot } from '../../../shared/determination/types';
import { DESTINATION_NAMES } from '../../../shared/imports/detected-file';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatCount, formatDateTime } from '../components/format';
import { OpenImportButton } from '../imports/open-import-button';

/**
 * The Commerce Country Chart and Country Groups versions the license determination reads, like the
 * control-list versions: the newest issue of each is current.
 */
export function DestinationSnapshotsTable() {
  const [snapshots, setSnapshots] = useState<DestinationSnapshot[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('destinations.snapshots', {})
      .then((rows) => live && setSnapshots(rows))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, []);

  const missing = snapshots ? (['country-chart', 'country-groups'] as const).filter((k) => !snapshots.some((s) => s.kind === k && s.isCurrent)) : [];

  return (
    <section className="panel" aria-labelledby="destinations-title">
      <h2 id="destinations-title" className="panel-title">
        Country Chart and Country Groups
      </h2>
      <p className="field-help">
        The license determination (15 CFR 738.4) reads the current Commerce Country Chart (Supp. No. 1 to Part 738) and Country Groups (Supp. No. 1
        to Part 740). The newest issue of each becomes current when imported; the determinations of applications not yet filed are made again.{' '}
        <OpenImportButton testId="destinations-open-import" />
      </p>
      <ErrorBox error={error} title="The Country Chart and Country Groups versions could not be loaded." />
      {snapshots && missing.length > 0 && (
        <div className="notice" role="status" data-testid="destinations-missing">
          No {missing.map((k) => DESTINATION_NAMES[k]).join(' and no ')} imported yet: no license determination can be made until{' '}
          {missing.length > 1 ? 'both are' : 'it is'}.
        </div>
      )}
      {snapshots && snapshots.length > 0 && (
        <div className="table-wrap">
          <table className="data-table snapshots-table" data-testid="destination-snapshots-table">
            <thead>
              <tr>
                <th>List</th>
                <th>Version</th>
                <th>eCFR issue</th>
                <th className="num">Destinations</th>
                <th>Imported</th>
                <th>Source file · SHA-256</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr
                  key={s.id}
                  data-testid="destination-snapshot-row"
                  data-kind={s.kind}
                  data-snapshot-id={s.id}
                  data-current={s.isCurrent ? 'true' : 'false'}
                  className={s.isCurrent ? 'is-current' : undefined}
                >
                  <td className="wrap">
                    {DESTINATION_NAMES[s.kind]}
                    {s.citation && <div className="sub">{s.citation}</div>}
                  </td>
                  <td className="strong">{s.versionLabel}</td>
                  <td className="nowrap">{s.issueDate ?? '—'}</td>
                  <td className="num" data-testid="destination-count">
                    {formatCount(s.destinationCount)}
                  </td>
                  <td>
                    <div>{formatDateTime(s.importedAt)}</div>
                    <div className="sub">by {s.importedBy}</div>
                  </td>
                  <td>
                    <div className="truncate" title={s.sourceFileName}>
                      {s.sourceFileName}
                    </div>
                    <div className="sub mono" title={`SHA-256 ${s.sha256}`}>
                      {s.sha256.slice(0, 16)}…
                    </div>
                  </td>
                  <td>
                    {s.isCurrent ? (
                      <span className="badge current" data-testid="destination-current" title="License determinations read this version">
                        Current
                      </span>
                    ) : (
                      <span className="muted">Earlier issue</span>
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
