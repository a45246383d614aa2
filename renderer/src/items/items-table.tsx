import { ITEM_TYPE_LABELS, type ItemSummary } from '../../../shared/items/types';
import { countOf } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useItems } from './store';

function ClassCell({ c }: { c: ItemSummary['us'] }) {
  if (!c) return <span className="sub">—</span>;
  return (
    <span className={`class-chip${c.status === 'draft' ? ' draft' : ''}`} title={c.status === 'draft' ? 'Draft classification' : 'Final classification'}>
      {c.label}
      {c.status === 'draft' && <span className="sub"> draft</span>}
    </span>
  );
}

/** The items table, fetched a page at a time as it scrolls, so 20,000 items scroll like 100. */
export function ItemsTable() {
  const items = useItems();
  return (
    <PagedTable
      list={items}
      area="item"
      label="Items"
      testId="items-table"
      count={(n) => countOf(n, 'item', 'items')}
      headers={['Item', 'Type', 'US (EAR)', 'EU', 'Review']}
      errorTitle="The items could not be loaded."
      empty="No item matches. Clear the filters, add an item or import a spreadsheet."
      selectedId={items.selectedId}
      onSelect={(id) => void items.select(id)}
      flagged={(row) => row.needsReview}
      cells={(row) => {
        const sub = [row.modelNumber, row.manufacturer].filter(Boolean).join(' · ');
        return (
          <>
            <span role="cell" className="paged-name-cell">
              <span className="paged-name" title={row.name}>
                {row.name}
              </span>
              {sub && (
                <span className="sub" title={sub}>
                  {sub}
                </span>
              )}
            </span>
            <span role="cell">{ITEM_TYPE_LABELS[row.itemType]}</span>
            <span role="cell" data-testid="item-us-class">
              <ClassCell c={row.us} />
            </span>
            <span role="cell" data-testid="item-eu-class">
              <ClassCell c={row.eu} />
            </span>
            <span role="cell">{row.needsReview && <ReviewBadge />}</span>
          </>
        );
      }}
    />
  );
}

export function ReviewBadge() {
  return (
    <span className="badge needs-review" data-testid="needs-review-badge" title="A list version this classification cites has changed: review it">
      Needs re-review
    </span>
  );
}
