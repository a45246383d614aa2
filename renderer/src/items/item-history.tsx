import type { Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { AuditHistory } from '../components/audit-history';

/** The item's audit rows: changes, classifications, reviews raised and documents. */
export function ItemHistory({ item }: { item: Item }) {
  return (
    <AuditHistory
      load={() => call('items.history', { itemId: item.id })}
      reloadOn={[item.id, item.updatedAt, item.documentCount, item.us?.classificationId, item.eu?.classificationId, item.openReviews]}
      testId="item-history"
      rowTestId="item-history-row"
    />
  );
}
