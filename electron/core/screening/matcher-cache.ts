import type { Database } from 'better-sqlite3';
import { buildIndex, type MatcherIndex } from '../../../shared/screening/candidate-index';
import type { ListVersionUsed } from '../../../shared/screening/record-types';
import type { PartyType, ScreeningEntry } from '../../../shared/screening/types';
import { AppError } from '../../../shared/errors';
import { currentScreeningSnapshots } from './queries';

/** What a hit needs to know about its listed entry, kept beside the index. */
export interface IndexedEntry {
  rowId: number;
  snapshotId: number;
  listId: string;
  listName: string;
  listVersion: string | null;
  externalId: string;
  name: string;
  type: PartyType;
  countries: string[];
  programs: string[];
  sourceList: string | null;
  contentHash: string;
}

export interface LoadedLists {
  key: string;
  index: MatcherIndex;
  lists: ListVersionUsed[];
  entries: Map<string, IndexedEntry>;
}

/**
 * The matcher index over every current list snapshot, built once and reused until a list's current
 * snapshot changes (building it takes far longer than screening a name against it).
 */
const cache = new WeakMap<Database, LoadedLists>();

export function loadedLists(db: Database): LoadedLists {
  const current = currentScreeningSnapshots(db);
  const key = current.map((s) => s.id).join(',');
  const cached = cache.get(db);
  if (cached && cached.key === key) return cached;
  if (current.length === 0) {
    throw new AppError('CONFLICT', 'No screening lists are loaded: import at least one list (Screening → Lists, or exportdesk lists import) before screening.');
  }
  const bySnapshot = new Map(current.map((s) => [s.id, s]));
  const rows = db
    .prepare(
      `SELECT id, snapshot_id, external_id, name, aliases_json, type, countries_json, programs_json, source_list, content_hash
       FROM screening_entries WHERE snapshot_id IN (${current.map(() => '?').join(',')})`,
    )
    .all(...current.map((s) => s.id)) as {
    id: number;
    snapshot_id: number;
    external_id: string;
    name: string;
    aliases_json: string;
    type: PartyType;
    countries_json: string;
    programs_json: string;
    source_list: string | null;
    content_hash: string;
  }[];
  const entries = new Map<string, IndexedEntry>();
  const forIndex: ScreeningEntry[] = [];
  for (const r of rows) {
    const s = bySnapshot.get(r.snapshot_id)!;
    const countries = JSON.parse(r.countries_json) as string[];
    const id = String(r.id);
    entries.set(id, {
      rowId: r.id,
      snapshotId: r.snapshot_id,
      listId: s.listId,
      listName: s.listName,
      listVersion: s.publishedAt,
      externalId: r.external_id,
      name: r.name,
      type: r.type,
      countries,
      programs: JSON.parse(r.programs_json),
      sourceList: r.source_list,
      contentHash: r.content_hash,
    });
    const aliases = (JSON.parse(r.aliases_json) as { name: string }[]).map((a) => a.name);
    forIndex.push({ id, listId: s.listId, names: [r.name, ...aliases], type: r.type, countries });
  }
  const loaded: LoadedLists = {
    key,
    index: buildIndex(forIndex),
    lists: current.map((s) => ({ snapshotId: s.id, listId: s.listId, listName: s.listName, publishedAt: s.publishedAt, sha256: s.sha256, entryCount: s.entryCount })),
    entries,
  };
  cache.set(db, loaded);
  return loaded;
}
