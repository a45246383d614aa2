import type { Database } from 'better-sqlite3';
import type { ListedEntry, ListedEntryChange, ScreeningListDiff } from '../../../shared/screening/list-types';
import { AppError } from '../../../shared/errors';
import { getScreeningSnapshot, loadListedEntries } from './queries';

const FIELDS: [keyof ListedEntry, string][] = [
  ['name', 'name'],
  ['aliases', 'aliases'],
  ['type', 'type'],
  ['countries', 'countries'],
  ['programs', 'programs'],
  ['addresses', 'addresses'],
  ['remarks', 'remarks'],
  ['sourceList', 'source list'],
];

/** Entries matched by the publisher's id; "changed" means any listed field differs. */
export function diffScreeningSnapshots(db: Database, fromId: number, toId: number): ScreeningListDiff {
  const from = getScreeningSnapshot(db, fromId);
  const to = getScreeningSnapshot(db, toId);
  if (from.listId !== to.listId) {
    throw new AppError('INVALID_INPUT', `Snapshots #${fromId} (${from.listName}) and #${toId} (${to.listName}) are of different lists; only snapshots of one list can be compared`);
  }
  const a = new Map(loadListedEntries(db, fromId).map((e) => [e.externalId, e]));
  const b = new Map(loadListedEntries(db, toId).map((e) => [e.externalId, e]));
  const added = [...b.values()].filter((e) => !a.has(e.externalId));
  const removed = [...a.values()].filter((e) => !b.has(e.externalId));
  const changed: ListedEntryChange[] = [];
  for (const [id, after] of b) {
    const before = a.get(id);
    if (!before || before.contentHash === after.contentHash) continue;
    const fields = FIELDS.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, label]) => label);
    changed.push({ externalId: id, before, after, fields });
  }
  return { from, to, added, removed, changed };
}
