import { useEffect, useMemo, useState } from 'react';
import type { ChangeKind, EntryChange, ListSnapshot, SnapshotDiff } from '../../../shared/control-lists/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { VersionPairFields } from '../components/version-pair-fields';
import { downloadText } from '../components/download';
import { formatCount } from '../components/format';
import { diffReport } from './diff-report';
import { useControlLists } from './store';
import { WordDiff } from './word-diff';

const PAGE = 100;
const CHANGE_LABEL: Record<ChangeKind, string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

function label(s: ListSnapshot): string {
  return `${s.versionLabel}${s.effectiveDate ? ` (effective ${s.effectiveDate})` : ''}${s.isCurrent ? ' — current' : ''}`;
}

export function DiffView() {
  const snapshots = useControlLists((s) => s.snapshots);
  const lists = useMemo(() => {
    const byList = new Map<string, ListSnapshot[]>();
    for (const s of snapshots) byList.set(s.listId, [...(byList.get(s.listId) ?? []), s]);
    return [...byList.entries()].map(([id, versions]) => ({ id, name: versions[0]!.listName, versions }));
  }, [snapshots]);
  const comparable = lists.filter((l) => l.versions.length > 1);

  const [listId, setListId] = useState<string | null>(null);
  const [fromId, setFromId] = useState<number | null>(null);
  const [toId, setToId] = useState<number | null>(null);
  const [diff, setDiff] = useState<SnapshotDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [show, setShow] = useState<ChangeKind | 'all'>('all');
  const [limit, setLimit] = useState(PAGE);

  const list = lists.find((l) => l.id === listId) ?? comparable[0];
  // Default pair: the previous version against the newest, the question an officer asks after an update.
  useEffect(() => {
    if (!list) return;
    const ids = list.versions.map((v) => v.id);
    if (fromId === null || !ids.includes(fromId)) setFromId(list.versions[1]?.id ?? null);
    if (toId === null || !ids.includes(toId)) setToId(list.versions[0]?.id ?? null);
  }, [list, fromId, toId]);

  async function compare() {
    if (fromId === null || toId === null) return;
    setLoading(true);
    setError(null);
    try {
      setDiff(await call('controls.diff', { fromSnapshotId: fromId, toSnapshotId: toId }));
      setShow('all');
      setLimit(PAGE);
    } catch (e) {
      setDiff(null);
      setError(e);
    } finally {
      setLoading(false);
    }
  }

  if (!list) {
    return (
      <div className="page-body">
        <p className="empty" data-testid="diff-empty">
          Comparing needs two versions of the same list. Import a second version (an earlier or later eCFR issue, or Annex I consolidation) on
          the Versions tab.
        </p>
      </div>
    );
  }

  const entries = diff ? diff.entries.filter((e) => show === 'all' || e.change === show) : [];
  return (
    <div className="page-body diff-view">
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void compare();
        }}
      >
        {comparable.length > 1 && (
          <label className="field">
            <span className="field-label">List</span>
            <select value={list.id} onChange={(e) => {
                setListId(e.target.value);
                setFromId(null);
                setToId(null);
                setDiff(null);
              }} data-testid="diff-list">
              {comparable.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <VersionPairFields versions={list.versions} label={label} fromId={fromId} toId={toId} onFrom={setFromId} onTo={setToId} loading={loading} testIdPrefix="diff" />
      </form>
      <ErrorBox error={error} testId="diff-error" />
      {diff && (
        <>
          <div className="diff-summary" data-testid="diff-summary">
            <span className="diff-title">
              {diff.from.listName}: {diff.from.versionLabel} → {diff.to.versionLabel}
            </span>
            <SummaryButton kind="all" count={diff.entries.length} active={show} onClick={setShow} />
            <SummaryButton kind="added" count={diff.added} active={show} onClick={setShow} />
            <SummaryButton kind="removed" count={diff.removed} active={show} onClick={setShow} />
            <SummaryButton kind="changed" count={diff.changed} active={show} onClick={setShow} />
            <button
              type="button"
              className="button small push-right"
              data-testid="diff-report"
              onClick={() => downloadText(`${diff.from.listId}-${diff.from.versionLabel}-to-${diff.to.versionLabel}.txt`.replace(/[^A-Za-z0-9._-]+/g, '-'), diffReport(diff), 'text/plain')}
            >
              Save change report
            </button>
          </div>
          {diff.entries.length === 0 ? (
            <p className="empty">The two versions have the same entries and text.</p>
          ) : (
            <ol className="diff-entries">
              {entries.slice(0, limit).map((e) => (
                <DiffEntry key={e.code} change={e} />
              ))}
            </ol>
          )}
          {entries.length > limit && (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, entries.length - limit)} more of {formatCount(entries.length - limit)}
            </button>
          )}
          {(diff.to.attribution ?? diff.from.attribution) && (
            <footer className="attribution diff-attribution" data-testid="diff-attribution">
              {diff.to.attribution ?? diff.from.attribution}
            </footer>
          )}
        </>
      )}
    </div>
  );
}

function SummaryButton({ kind, count, active, onClick }: { kind: ChangeKind | 'all'; count: number; active: string; onClick: (k: ChangeKind | 'all') => void }) {
  return (
    <button
      type="button"
      className={`summary-chip ${kind}${active === kind ? ' active' : ''}`}
      aria-pressed={active === kind}
      data-testid={`diff-count-${kind}`}
      data-count={count}
      onClick={() => onClick(kind)}
    >
      {kind === 'all' ? 'All changes' : CHANGE_LABEL[kind]} <strong>{formatCount(count)}</strong>
    </button>
  );
}

function DiffEntry({ change: e }: { change: EntryChange }) {
  return (
    <li className={`diff-entry ${e.change}`} data-testid="diff-entry" data-code={e.code} data-change={e.change}>
      <div className="diff-entry-head">
        <span className={`badge change ${e.change}`}>{CHANGE_LABEL[e.change]}</span>
        <span className="code">{e.code}</span>
        <span className="diff-heading">{e.change === 'changed' ? <WordDiff parts={e.headingWords} /> : (e.headingAfter ?? e.headingBefore)}</span>
      </div>
      {e.change === 'changed' && e.fields.length > 0 && <div className="diff-fields muted">Changed: {e.fields.join(', ')}</div>}
      {e.paragraphs.length > 0 && (
        <ul className="diff-paragraphs">
          {e.paragraphs.map((p) => (
            <li key={`${p.change}:${p.key}`} className={`diff-para ${p.change}`} data-testid="diff-paragraph" data-change={p.change}>
              <span className="diff-para-label">
                <span className={`change-mark ${p.change}`}>{p.change === 'added' ? '+' : p.change === 'removed' ? '−' : '~'}</span>
                {p.code ?? p.label ?? ''}
              </span>
              <span className="diff-para-text">
                <WordDiff parts={p.words} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
