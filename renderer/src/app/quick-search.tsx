import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { QuickSearchHit } from '../../../shared/contract/workspace';
import { call } from '../api/client';
import { errorMessage } from '../components/error-box';
import { useControlLists } from '../control-lists/store';
import { useApp } from './app-store';
import { useApplications } from '../applications/store';
import { useItems } from '../items/store';
import { useLicenses } from '../licenses/store';
import { usePackages } from '../packages/store';
import { useParties } from '../parties/store';
import { useScreening } from '../screening/store';
import './quick-search.css';

const TYPING_PAUSE_MS = 120;

/** The heading of each kind of hit; the core returns them grouped in this order. */
const GROUP_LABEL: Record<QuickSearchHit['area'], string> = {
  parties: 'Parties',
  items: 'Items',
  applications: 'Applications',
  licenses: 'Licenses',
  packages: 'Packages',
  screening: 'Screening records',
  'control-lists': 'Control-list entries',
};

/** Opens a hit where it lives: an entry in Control lists, a screening record, or the record of its area. */
function openHit(hit: QuickSearchHit) {
  useApp.getState().setArea(hit.area);
  if (hit.area === 'control-lists') {
    const lists = useControlLists.getState();
    if (lists.tab !== 'search' && lists.tab !== 'browse') lists.setTab('search');
    return void lists.openEntry(hit.target);
  }
  if (hit.area === 'screening') return useScreening.getState().openScreening(hit.target.screeningId);
  const select = { parties: useParties, items: useItems, applications: useApplications, licenses: useLicenses, packages: usePackages }[hit.area].getState().select;
  void select(hit.target.id);
}

function hitKey(h: QuickSearchHit): string {
  return h.area === 'control-lists' ? `${h.target.snapshotId}:${h.target.code}` : h.area === 'screening' ? `screening:${h.target.screeningId}` : `${h.area}:${h.target.id}`;
}

export function QuickSearch() {
  const setOpen = useApp((s) => s.setQuickSearchOpen);
  const snapshots = useControlLists((s) => s.snapshots);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<QuickSearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    const q = query.trim();
    const mine = ++seq.current;
    if (!q) {
      setHits([]);
      setError(null);
      return;
    }
    const t = setTimeout(() => {
      call('search.quick', { query: q })
        .then((h) => {
          if (mine !== seq.current) return;
          setHits(h);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => mine === seq.current && setError(errorMessage(e)));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(t);
  }, [query]);

  // EU text must carry its attribution wherever it is shown, the palette included.
  const attributions = [
    ...new Set(
      hits
        .map((h) => (h.area === 'control-lists' ? snapshots.find((s) => s.id === h.target.snapshotId) : undefined))
        .filter((s) => s?.listKind === 'eu-annex-i' && s.attribution)
        .map((s) => s!.attribution!),
    ),
  ];

  function choose(hit: QuickSearchHit | undefined) {
    if (!hit) return;
    setOpen(false);
    openHit(hit);
  }

  function onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    }
  }

  return (
    <div className="overlay palette-overlay" onMouseDown={(e) => e.target === e.currentTarget && setOpen(false)}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Quick search" data-testid="quick-search" onKeyDown={onKey}>
        <input
          ref={input}
          type="search"
          className="palette-input"
          placeholder="Search every area: an ECCN (4D004), words, a party, an application reference or license number"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="quick-search-input"
          aria-controls="quick-search-results"
          aria-activedescendant={hits[active] ? `qs-${active}` : undefined}
        />
        {error && (
          <div className="palette-message error-text" role="alert">
            {error}
          </div>
        )}
        {!error && query.trim() && hits.length === 0 && <div className="palette-message muted">No matches yet.</div>}
        {!query.trim() && <div className="palette-message muted">Type to search. ↑ ↓ to move, Enter to open, Esc to close.</div>}
        <ul className="palette-results" id="quick-search-results" role="listbox">
          {hits.flatMap((h, i) => [
            ...(i === 0 || hits[i - 1]!.area !== h.area
              ? [
                  <li key={`group:${h.area}`} role="presentation" className="palette-group" data-testid="quick-search-group" data-area={h.area}>
                    {GROUP_LABEL[h.area]}
                  </li>,
                ]
              : []),
            <li
              key={hitKey(h)}
              id={`qs-${i}`}
              role="option"
              aria-selected={i === active}
              className={`palette-hit${i === active ? ' active' : ''}`}
              data-testid="quick-search-hit"
              data-code={h.area === 'control-lists' ? h.target.code : undefined}
              data-area={h.area}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(h)}
            >
              <span className="palette-title">{h.title}</span>
              <span className="palette-subtitle">{h.area === 'control-lists' ? `Control lists · ${h.subtitle}` : h.subtitle}</span>
            </li>,
          ])}
        </ul>
        {attributions.length > 0 && (
          <div className="attribution palette-attribution" data-testid="quick-search-attribution">
            {attributions.map((a) => (
              <p key={a}>{a}</p>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
