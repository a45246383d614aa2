import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { ITEM_TYPE_LABELS, type ItemSummary } from '../../../shared/items/types';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { PAGE_SIZE, useItems } from './store';

const ROW_HEIGHT = 46;

function ClassCell({ c }: { c: ItemSummary['us'] }) {
  if (!c) return <span className="sub">—</span>;
  return (
    <span className={`class-chip${c.status === 'draft' ? ' draft' : ''}`} title={c.status === 'draft' ? 'Draft classification' : 'Final classification'}>
      {c.label}
      {c.status === 'draft' && <span className="sub"> draft</span>}
    </span>
  );
}

/**
 * The items table: only the rows on screen are in the page, and pages of 100 are fetched from the
 * core as they scroll into view, so 20,000 items scroll like 100.
 */
export function ItemsTable() {
  const { total, pages, loadingPages, listError, selectedId, generation, loadPage, select } = useItems();
  const scroller = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const rows = virtual.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;

  useEffect(() => {
    void loadPage(0);
  }, [loadPage, generation]);

  useEffect(() => {
    if (count === 0) return;
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) void loadPage(p);
  }, [first, last, count, pages, loadPage]);

  // A new filter starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [generation]);

  const loaded = total !== null;
  return (
    <div className="item-table" role="table" aria-label="Items" aria-rowcount={count} data-testid="items-table" data-ready={loaded ? 'true' : 'false'}>
      <div className="item-count muted" aria-live="polite" data-testid="item-count">
        {loaded ? countOf(count, 'item', 'items') : 'Loading…'}
      </div>
      <div className="item-row item-head" role="row">
        <span role="columnheader">Item</span>
        <span role="columnheader">Type</span>
        <span role="columnheader">US (EAR)</span>
        <span role="columnheader">EU</span>
        <span role="columnheader">Review</span>
      </div>
      <ErrorBox error={listError} title="The items could not be loaded." />
      <div ref={scroller} className="item-scroll">
        {loaded && count === 0 && <p className="empty">No item matches. Clear the filters, add an item or import a spreadsheet.</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {rows.map((v) => {
            const row = pages[Math.floor(v.index / PAGE_SIZE)]?.[v.index % PAGE_SIZE];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` };
            if (!row) {
              return (
                <div key={v.key} className="item-row placeholder" style={style} role="row" aria-busy={loadingPages[Math.floor(v.index / PAGE_SIZE)] ? 'true' : undefined}>
                  <span className="muted">…</span>
                </div>
              );
            }
            const selected = row.id === selectedId;
            const sub = [row.modelNumber, row.manufacturer].filter(Boolean).join(' · ');
            return (
              <div
                key={v.key}
                role="row"
                tabIndex={0}
                aria-selected={selected}
                className={`item-row${selected ? ' selected' : ''}${row.needsReview ? ' flagged' : ''}`}
                style={style}
                data-testid="item-row"
                data-item-id={row.id}
                onClick={() => void select(row.id)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), void select(row.id))}
              >
                <span role="cell" className="item-name-cell">
                  <span className="item-name" title={row.name}>
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
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function ReviewBadge() {
  return (
    <span className="badge needs-review" data-testid="needs-review-badge" title="A list version this classification cites has changed: review it">
      Needs re-review
    </span>
  );
}
