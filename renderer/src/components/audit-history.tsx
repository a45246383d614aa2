import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../shared/contract/workspace';
import { describeAction, describeChange } from '../audit/describe';
import { ErrorBox } from './error-box';
import { formatDateTime } from './format';

export interface AuditHistoryProps {
  load(): Promise<AuditRow[]>;
  /** What the record shows that a new audit row changes: the list reloads when any of these does. */
  reloadOn: readonly unknown[];
  /** data-testids of the panel and of each row. */
  testId: string;
  rowTestId: string;
}

/** A record's audit rows: who changed what and when, from the tamper-evident audit log. */
export function AuditHistory({ load, reloadOn, testId, rowTestId }: AuditHistoryProps) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    load()
      .then((r) => live && (setRows(r), setError(null)))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
    // `load` is a new closure each render; reloadOn names what it reads.
  }, reloadOn);

  return (
    <section data-testid={testId}>
      <ErrorBox error={error} title="The history could not be loaded." />
      {rows && rows.length === 0 && <p className="empty">No changes recorded.</p>}
      {rows && rows.length > 0 && (
        <ol className="history-list">
          {rows.map((r) => {
            const change = describeChange(r);
            return (
              <li key={r.id} data-testid={rowTestId} data-action={r.action}>
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
