import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BrowseGroup } from '../../../shared/control-lists/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { EntryPane } from './entry-view';
import { SnapshotOptions } from './snapshot-select';
import { useControlLists } from './store';

type Row =
  | { kind: 'category'; key: string; label: string }
  | { kind: 'group'; key: string; label: string; count: number; collapsed: boolean }
  | { kind: 'entry'; key: string; code: string; heading: string };

const ROW_HEIGHT: Record<Row['kind'], number> = { category: 34, group: 28, entry: 28 };

/** Categories, product groups and entries as one flat list, so long lists can be virtualised. */
function flatten(groups: BrowseGroup[], filter: string, collapsed: Set<string>): Row[] {
  const f = filter.trim().toLowerCase();
  const rows: Row[] = [];
  let lastCategory: string | null = null;
  for (const g of groups) {
    const entries = f ? g.entries.filter((e) => e.code.toLowerCase().includes(f) || e.heading.toLowerCase().includes(f)) : g.entries;
    if (entries.length === 0) continue;
    if (g.category !== lastCategory) {
      rows.push({ kind: 'category', key: `c${g.category}`, label: g.category ? `Category ${g.category} — ${g.categoryName}` : g.categoryName });
      lastCategory = g.category;
    }
    const key = `${g.category}${g.productGroup}`;
    // A filter shows every match, whatever was folded before.
    const isCollapsed = !f && collapsed.has(key);
    rows.push({ kind: 'group', key: `g${key}`, label: g.category && g.productGroup ? `${g.category}${g.productGroup} — ${g.productGroupName}` : g.productGroupName || 'Entries', count: entries.length, collapsed: isCollapsed });
    if (!isCollapsed) for (const e of entries) rows.push({ kind: 'entry', key: `e${e.code}`, code: e.code, heading: e.heading });
  }
  return rows;
}

export function BrowseView() {
  const { snapshots, browseSnapshotId, setBrowseSnapshot, openEntry, entryRef } = useControlLists();
  const [groups, setGroups] = useState<BrowseGroup[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (browseSnapshotId === null) return;
    let live = true;
    setGroups(null);
    setError(null);
    call('controls.browse', { snapshotId: browseSnapshotId })
      .then((g) => live && setGroups(g))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [browseSnapshotId]);

  const rows = useMemo(() => flatten(groups ?? [], filter, collapsed), [groups, filter, collapsed]);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ROW_HEIGHT[rows[i]!.kind],
    overscan: 12,
  });

  const toggle = (key: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const openCode = entryRef?.code.split('.')[0];
  const browsed = snapshots.find((s) => s.id === browseSnapshotId);
  const total = groups?.reduce((n, g) => n + g.entries.length, 0) ?? 0;
  const shown = rows.filter((r) => r.kind === 'entry').length;

  return (
    <div className="split">
      <div className="split-list browse">
        <div className="browse-controls">
          <select
            value={browseSnapshotId ?? ''}
            onChange={(e) => setBrowseSnapshot(e.target.value ? Number(e.target.value) : null)}
            data-testid="browse-snapshot"
            aria-label="List version to browse"
            title={browsed ? `${browsed.listName} · ${browsed.versionLabel}` : undefined}
          >
            {browseSnapshotId === null && <option value="">Choose a list version</option>}
            <SnapshotOptions snapshots={snapshots} />
          </select>
          <input
            type="search"
            placeholder="Filter by code or heading"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="browse-filter"
            aria-label="Filter entries"
          />
        </div>
        {snapshots.length === 0 && <p className="empty">Import a control list first (Versions tab).</p>}
        <ErrorBox error={error} />
        {groups && (
          <div className="result-count muted">
            {filter ? `${shown} of ${countOf(total, 'entry', 'entries')} match` : `${countOf(total, 'entry', 'entries')} in ${countOf(groups.length, 'product group', 'product groups')}`}
          </div>
        )}
        <div className="browse-scroll" ref={scroller} data-testid="browse-tree">
          <div className="browse-inner" style={{ height: `${virtual.getTotalSize()}px` }}>
            {virtual.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              const place = { transform: `translateY(${v.start}px)`, height: `${v.size}px` };
              if (row.kind === 'category') {
                return (
                  <div key={row.key} className="browse-row browse-category" style={place} title={row.label}>
                    <span className="browse-heading">{row.label}</span>
                  </div>
                );
              }
              if (row.kind === 'group') {
                const key = row.key.slice(1);
                return (
                  <button key={row.key} type="button" className="browse-row browse-group" style={place} aria-expanded={!row.collapsed} onClick={() => toggle(key)} title={row.label}>
                    <span className="twisty">{row.collapsed ? '▸' : '▾'}</span>
                    <span className="browse-heading">{row.label}</span>
                    <span className="count">{row.count}</span>
                  </button>
                );
              }
              return (
                <button
                  key={row.key}
                  type="button"
                  className={`browse-row browse-entry${openCode === row.code ? ' selected' : ''}`}
                  style={place}
                  data-testid="browse-entry"
                  data-code={row.code}
                  title={row.heading}
                  onClick={() => browseSnapshotId !== null && void openEntry({ code: row.code, snapshotId: browseSnapshotId })}
                >
                  <span className="code">{row.code}</span>
                  <span className="browse-heading">{row.heading}</span>
                </button>
              );
            })}
          </div>
        </div>
        {browsed?.attribution && browsed.listKind === 'eu-annex-i' && (
          <div className="attribution" data-testid="browse-attribution">
            {browsed.attribution}
          </div>
        )}
      </div>
      <div className="split-detail">
        <EntryPane />
      </div>
    </div>
  );
}
