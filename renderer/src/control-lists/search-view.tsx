import { useEffect, useRef, type FormEvent } from 'react';
import { Highlight, plainSnippet } from '../components/highlight';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { EntryPane } from './entry-view';
import { SnapshotOptions } from './snapshot-select';
import { useControlLists } from './store';

const TYPING_PAUSE_MS = 250;

export function SearchView() {
  const { query, scope, hits, searching, searchError, snapshots, entryRef, setQuery, setScope, search, openEntry } = useControlLists();
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    input.current?.focus();
    return () => clearTimeout(timer.current);
  }, []);

  function onType(value: string) {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(), TYPING_PAUSE_MS);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    clearTimeout(timer.current);
    void search();
  }

  const attributions = [...new Set((hits ?? []).map((h) => h.attribution).filter((a): a is string => !!a))];
  const euShown = (hits ?? []).some((h) => snapshots.find((s) => s.id === h.snapshotId)?.listKind === 'eu-annex-i');
  const noLists = snapshots.length === 0;
  // Name the list on each hit only when the hits can come from more than one list.
  const manyLists = scope === 'current' && new Set(snapshots.filter((s) => s.isCurrent).map((s) => s.listId)).size > 1;

  return (
    <div className="split">
      <div className="split-list">
        <form className="search-form" onSubmit={submit} role="search">
          <input
            ref={input}
            type="search"
            className="search-input"
            placeholder="ECCN (5A002, 4d00) or words (intrusion software)"
            value={query}
            data-testid="search-input"
            aria-label="Search the control lists"
            onChange={(e) => onType(e.target.value)}
          />
          <select
            value={scope === 'current' ? 'current' : String(scope)}
            onChange={(e) => {
              setScope(e.target.value === 'current' ? 'current' : Number(e.target.value));
              void search();
            }}
            data-testid="search-scope"
            aria-label="Which list versions to search"
          >
            <option value="current">All current lists</option>
            <SnapshotOptions snapshots={snapshots} />
          </select>
        </form>
        <ErrorBox error={searchError} testId="search-error" />
        {noLists && <p className="empty">Import a control list first (Versions tab); search covers the lists in this workspace.</p>}
        {hits && (
          <div className="result-count muted" aria-live="polite" data-testid="search-count">
            {searching ? 'Searching…' : hits.length === 0 ? `No entry matches “${query}”.` : hits.length === 100 ? 'The first 100 entries' : countOf(hits.length, 'entry', 'entries')}
          </div>
        )}
        {hits && hits.length > 0 && (
          <ul className="results" data-testid="search-results">
            {hits.map((h) => {
              const selected = entryRef?.snapshotId === h.snapshotId && entryRef.code.split('.')[0] === h.code;
              return (
                <li key={`${h.snapshotId}:${h.code}`}>
                  <button
                    type="button"
                    className={`result${selected ? ' selected' : ''}`}
                    data-testid="search-hit"
                    data-code={h.code}
                    aria-current={selected || undefined}
                    onClick={() => void openEntry({ code: h.paragraphCode ?? h.code, snapshotId: h.snapshotId })}
                  >
                    <span className="result-head">
                      <span className="code">{h.code}</span>
                      {h.paragraphCode || h.paragraphLabel ? <span className="para-chip">{h.paragraphCode ?? h.paragraphLabel}</span> : null}
                      {manyLists && <span className="list-chip">{listShortName(snapshots.find((s) => s.id === h.snapshotId)?.listKind)}</span>}
                    </span>
                    <span className="result-heading" title={h.heading}>
                      {h.matchedOn === 'heading' ? <Highlight text={h.snippet} /> : h.heading}
                    </span>
                    {h.matchedOn !== 'heading' && h.snippet !== h.heading && (
                      <span className="snippet" title={plainSnippet(h.snippet)}>
                        <Highlight text={h.snippet} />
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {attributions.length > 0 && (
          <div className={`attribution${euShown ? ' eu' : ''}`} data-testid="search-attribution">
            {attributions.map((a) => (
              <p key={a}>{a}</p>
            ))}
          </div>
        )}
      </div>
      <div className="split-detail">
        <EntryPane />
      </div>
    </div>
  );
}

function listShortName(kind: string | undefined): string {
  return kind === 'us-ccl' ? 'US CCL' : kind === 'eu-annex-i' ? 'EU Annex I' : 'Own list';
}
