import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../shared/contract/workspace';
import type { Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { describeAction, describeChange } from '../audit/describe';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';

/** The item's audit rows: changes, classifications, reviews raised and documents, from the tamper-evident audit log. */
export function ItemHistory({ item }: { item: Item }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('items.history', { itemId: item.id })
      .then((r) => live && (setRows(r), setError(null)))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [item.id, item.updatedAt, item.documentCount, item.us?.classificationId, item.eu?.classificationId, item.openReviews]);

  return (
    <section data-testid="item-history">
      <ErrorBox error={error} title="The history could not be loaded." />
      {rows && rows.length === 0 && <p className="empty">No changes recorded.</p>}
      {rows && rows.length > 0 && (
        <ol className="item-history-list">
          {rows.map((r) => {
            const change = describeChange(r);
            return (
              <li key={r.id} data-testid="item-history-row" data-action={r.action}>
                <div className="item-history-head">
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
