import { useEffect, useMemo, useState } from 'react';
import type { ListedEntry, ListedEntryChange, ScreeningListDiff, ScreeningSnapshot } from '../../../shared/screening/list-types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { VersionPairFields } from '../components/version-pair-fields';
import { formatCount } from '../components/format';
import { TYPE_LABEL, listVersion } from './labels';
import { useScreening } from './store';

const PAGE = 50;
type Show = 'added' | 'removed' | 'changed';

function label(s: ScreeningSnapshot): string {
  return `${listVersion(s)} · ${formatCount(s.entryCount)} entries${s.isCurrent ? ' — current' : ''}`;
}

/** Two versions of one list side by side: who was added, who was removed, whose entry changed. */
export function ListDiffPanel() {
  const snapshots = useScreening((s) => s.snapshots);
  const lists = useMemo(() => {
    const byList = new Map<string, ScreeningSnapshot[]>();
    for (const s of snapshots) byList.set(s.listId, [...(byList.get(s.listId) ?? []), s]);
    return [...byList.entries()].filter(([, v]) => v.length > 1).map(([id, versions]) => ({ id, name: versions[0]!.listName, versions }));
  }, [snapshots]);

  const [listId, setListId] = useState<string | null>(null);
  const [fromId, setFromId] = useState<number | null>(null);
  const [toId, setToId] = useState<number | null>(null);
  const [diff, setDiff] = useState<ScreeningListDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [show, setShow] = useState<Show>('added');
  const [limit, setLimit] = useState(PAGE);

  const list = lists.find((l) => l.id === listId) ?? lists[0];
  // Default pair: the previous version against the newest, the question asked after an update.
  useEffect(() => {
    if (!list) return;
    const ids = list.versions.map((v) => v.id);
    if (fromId === null || !ids.includes(fromId)) setFromId(list.versions[1]?.id ?? null);
    if (toId === null || !ids.includes(toId)) setToId(list.versions[0]?.id ?? null);
  }, [list, fromId, toId]);

  if (!list) return null;

  async function compare() {
    if (fromId === null || toId === null) return;
    setLoading(true);
    setError(null);
    try {
      const d = await call('lists.diff', { fromSnapshotId: fromId, toSnapshotId: toId });
      setDiff(d);
      setShow(d.added.length ? 'added' : d.removed.length ? 'removed' : 'changed');
      setLimit(PAGE);
    } catch (e) {
      setDiff(null);
      setError(e);
    } finally {
      setLoading(false);
    }
  }

  const count = diff ? { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length } : null;
  return (
    <section className="panel" aria-labelledby="list-diff-title" data-testid="list-diff">
      <h2 id="list-diff-title" className="panel-title">
        Compare versions
      </h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void compare();
        }}
      >
        {lists.length > 1 && (
          <label className="field">
            <span className="field-label">List</span>
            <select
              value={list.id}
              data-testid="list-diff-list"
              onChange={(e) => {
                setListId(e.target.value);
                setFromId(null);
                setToId(null);
                setDiff(null);
              }}
            >
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <VersionPairFields versions={list.versions} label={label} fromId={fromId} toId={toId} onFrom={setFromId} onTo={setToId} loading={loading} testIdPrefix="list-diff" />
      </form>
      <ErrorBox error={error} testId="list-diff-error" />
      {diff && count && (
        <>
          <div className="diff-summary" data-testid="list-diff-summary">
            <span className="diff-title">
              {diff.from.listName}: {listVersion(diff.from)} → {listVersion(diff.to)}
            </span>
            {(['added', 'removed', 'changed'] as Show[]).map((k) => (
              <button
                key={k}
                type="button"
                className={`summary-chip ${k}${show === k ? ' active' : ''}`}
                aria-pressed={show === k}
                data-testid={`list-diff-count-${k}`}
                data-count={count[k]}
                onClick={() => {
                  setShow(k);
                  setLimit(PAGE);
                }}
              >
                {k === 'added' ? 'Added' : k === 'removed' ? 'Removed' : 'Changed'} <strong>{formatCount(count[k])}</strong>
              </button>
            ))}
          </div>
          {count.added + count.removed + count.changed === 0 ? (
            <p className="empty">The two versions list the same entries with the same details.</p>
          ) : (
            <ol className="diff-entries">
              {show === 'changed'
                ? diff.changed.slice(0, limit).map((c) => <ChangedEntry key={c.externalId} change={c} />)
                : diff[show].slice(0, limit).map((e) => <AddedOrRemoved key={e.externalId} entry={e} change={show} />)}
            </ol>
          )}
          {count[show] > limit && (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, count[show] - limit)} more of {formatCount(count[show] - limit)}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function entryLine(e: ListedEntry): string {
  return [TYPE_LABEL[e.type], e.countries.join(', '), e.programs.join(', '), e.sourceList].filter(Boolean).join(' · ');
}

function AddedOrRemoved({ entry: e, change }: { entry: ListedEntry; change: 'added' | 'removed' }) {
  return (
    <li className={`diff-entry ${change}`} data-testid="list-diff-entry" data-change={change} data-entry-id={e.externalId}>
      <div className="diff-entry-head">
        <span className={`badge change ${change}`}>{change === 'added' ? 'Added' : 'Removed'}</span>
        <span className="diff-heading strong">{e.name}</span>
        <span className="muted">entry {e.externalId}</span>
      </div>
      <div className="diff-fields muted">
        {entryLine(e)}
        {e.aliases.length > 0 && ` · a.k.a. ${e.aliases.map((a) => a.name).join('; ')}`}
      </div>
    </li>
  );
}

function fieldText(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x && 'name' in x ? String((x as { name: string }).name) : String(x))).join('; ') || '—';
  return v === null || v === undefined || v === '' ? '—' : String(v);
}

const FIELD_KEY: Record<string, keyof ListedEntry> = {
  name: 'name',
  aliases: 'aliases',
  type: 'type',
  countries: 'countries',
  programs: 'programs',
  addresses: 'addresses',
  remarks: 'remarks',
  'source list': 'sourceList',
};

function ChangedEntry({ change: c }: { change: ListedEntryChange }) {
  return (
    <li className="diff-entry changed" data-testid="list-diff-entry" data-change="changed" data-entry-id={c.externalId}>
      <div className="diff-entry-head">
        <span className="badge change changed">Changed</span>
        <span className="diff-heading strong">{c.after.name}</span>
        <span className="muted">entry {c.externalId}</span>
      </div>
      <div className="diff-fields muted" data-testid="list-diff-fields">
        Changed: {c.fields.join(', ')}
      </div>
      <table className="data-table compact field-changes">
        <tbody>
          {c.fields.map((f) => {
            const key = FIELD_KEY[f];
            if (!key) return null;
            return (
              <tr key={f} data-testid="list-diff-field" data-field={f}>
                <th>{f}</th>
                <td>
                  <del>{fieldText(c.before[key])}</del>
                </td>
                <td>
                  <ins>{fieldText(c.after[key])}</ins>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </li>
  );
}
