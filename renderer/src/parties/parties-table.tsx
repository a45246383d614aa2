import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { PARTY_KIND_LABELS } from '../../../shared/parties/types';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { RedFlagMarker, ScreeningBadge } from './markers';
import { PAGE_SIZE, useParties } from './store';

const ROW_HEIGHT = 46;

/**
 * The parties table: only the rows on screen are in the page, and pages of 100 are fetched from
 * the core as they scroll into view, so 100,000 parties scroll like 100.
 */
export function PartiesTable() {
  const { total, pages, loadingPages, listError, selectedId, generation, loadPage, select } = useParties();
  const scroller = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

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
    <div className="party-table" role="table" aria-label="Parties" aria-rowcount={count} data-testid="parties-table" data-ready={loaded ? 'true' : 'false'}>
      <div className="party-count muted" aria-live="polite" data-testid="party-count">
        {loaded ? countOf(count, 'party', 'parties') : 'Loading…'}
      </div>
      <div className="party-row party-head" role="row">
        <span role="columnheader">Party</span>
        <span role="columnheader">Country</span>
        <span role="columnheader">Kind</span>
        <span role="columnheader">Due diligence</span>
        <span role="columnheader">Screening</span>
      </div>
      <ErrorBox error={listError} title="The parties could not be loaded." />
      <div ref={scroller} className="party-scroll">
        {loaded && count === 0 && <p className="empty">No party matches. Clear the filters, add a party or import a spreadsheet.</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = pages[Math.floor(v.index / PAGE_SIZE)]?.[v.index % PAGE_SIZE];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` };
            if (!row) {
              return (
                <div key={v.key} className="party-row placeholder" style={style} role="row" aria-busy={loadingPages[Math.floor(v.index / PAGE_SIZE)] ? 'true' : undefined}>
                  <span className="muted">…</span>
                </div>
              );
            }
            const selected = row.id === selectedId;
            return (
              <div
                key={v.key}
                role="row"
                tabIndex={0}
                aria-selected={selected}
                className={`party-row${selected ? ' selected' : ''}${row.kyc.openRedFlags ? ' flagged' : ''}`}
                style={style}
                data-testid="party-row"
                data-party-id={row.id}
                onClick={() => void select(row.id)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), void select(row.id))}
              >
                <span role="cell" className="party-name-cell">
                  <span className="party-name" title={row.legalName}>
                    {row.legalName}
                  </span>
                  {row.otherNames.length > 0 && (
                    <span className="sub" title={row.otherNames.join('; ')}>
                      {row.otherNames.join('; ')}
                    </span>
                  )}
                </span>
                <span role="cell" title={row.countryName}>
                  <span className="country-code">{row.country}</span> <span className="sub">{row.countryName}</span>
                </span>
                <span role="cell">{PARTY_KIND_LABELS[row.kind]}</span>
                <span role="cell">
                  {row.kyc.openRedFlags ? <RedFlagMarker kyc={row.kyc} /> : <span className="sub">{row.kyc.state === 'clear' ? 'Clear' : `${row.kyc.answered}/${row.kyc.total} answered`}</span>}
                </span>
                <span role="cell">
                  <ScreeningBadge status={row.screening} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
