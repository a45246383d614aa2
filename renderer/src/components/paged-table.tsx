import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBox } from './error-box';
import { PAGE_SIZE, type PagedList } from './paged-list';

const ROW_HEIGHT = 46;

export interface PagedTableProps<Row extends { id: number }> {
  list: Pick<PagedList<Row, unknown>, 'total' | 'pages' | 'loadingPages' | 'listError' | 'generation' | 'loadPage'>;
  /** "party": the row class party-row sets the area's columns and colours; the test ids start with it too. */
  area: string;
  label: string;
  /** data-testid of the table; its count is "<area>-count", each row "<area>-row" with data-<area>-id. */
  testId: string;
  /** "3 parties": how the count above the table is said. */
  count(n: number): string;
  headers: string[];
  errorTitle: string;
  empty: string;
  selectedId: number | null;
  onSelect(id: number): void;
  /** A row that wants attention gets a coloured edge. */
  flagged(row: Row): boolean;
  /** The cells of one row, each a <span role="cell">. */
  cells(row: Row): ReactNode;
  /** More data-* attributes of a row, e.g. { action: 'parties.update' } for tests to find it by. */
  rowData?(row: Row): Record<string, string>;
}

/**
 * A table of many records: only the rows on screen are in the page, and pages of 100 are fetched
 * from the core as they scroll into view, so 100,000 records scroll like 100.
 */
export function PagedTable<Row extends { id: number }>(props: PagedTableProps<Row>) {
  const { list, area } = props;
  const { total, pages, loadingPages, generation, loadPage } = list;
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
    <div className="paged-table" role="table" aria-label={props.label} aria-rowcount={count} data-testid={props.testId} data-ready={loaded ? 'true' : 'false'}>
      <div className="paged-count muted" aria-live="polite" data-testid={`${area}-count`}>
        {loaded ? props.count(count) : 'Loading…'}
      </div>
      <div className={`paged-row paged-head ${area}-row`} role="row">
        {props.headers.map((h) => (
          <span key={h} role="columnheader">
            {h}
          </span>
        ))}
      </div>
      <ErrorBox error={list.listError} title={props.errorTitle} />
      <div ref={scroller} className="paged-scroll">
        {loaded && count === 0 && <p className="empty">{props.empty}</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {rows.map((v) => {
            const row = pages[Math.floor(v.index / PAGE_SIZE)]?.[v.index % PAGE_SIZE];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` };
            if (!row) {
              return (
                <div key={v.key} className={`paged-row ${area}-row placeholder`} style={style} role="row" aria-busy={loadingPages[Math.floor(v.index / PAGE_SIZE)] ? 'true' : undefined}>
                  <span className="muted">…</span>
                </div>
              );
            }
            const selected = row.id === props.selectedId;
            return (
              <div
                key={v.key}
                role="row"
                tabIndex={0}
                aria-selected={selected}
                className={`paged-row ${area}-row${selected ? ' selected' : ''}${props.flagged(row) ? ' flagged' : ''}`}
                style={style}
                data-testid={`${area}-row`}
                {...{ [`data-${area}-id`]: row.id }}
                {...Object.fromEntries(Object.entries(props.rowData?.(row) ?? {}).map(([k, v]) => [`data-${k}`, v]))}
                onClick={() => props.onSelect(row.id)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), props.onSelect(row.id))}
              >
                {props.cells(row)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
