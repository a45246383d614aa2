import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../shared/contract/workspace';
import type { Party } from '../../../shared/parties/types';
import { call } from '../api/client';
import { describeAction, describeChange } from '../audit/describe';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';

/** The party's audit rows: who changed what and when, from the tamper-evident audit log. */
export function HistoryPanel({ party }: { party: Party }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('parties.history', { partyId: party.id })
      .then((r) => live && (setRows(r), setError(null)))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [party.id, party.updatedAt, party.documentCount]);

  return (
    <section data-testid="history-panel">
      <ErrorBox error={error} title="The history could not be loaded." />
      {rows && rows.length === 0 && <p className="empty">No changes recorded.</p>}
      {rows && rows.length > 0 && (
        <ol className="history-list">
          {rows.map((r) => {
            const change = describeChange(r);
            return (
              <li key={r.id} data-testid="history-row" data-action={r.action}>
                <div className="history-head">
                  <span className="strong">{describeAction(r.action)}</span>
                  <span className="muted">
                    {formatDateTime(r.at)} · {r.actor}
                  </span>
                </div>
                <div className="audit-change" title={change.full}>
                  {change.short}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
