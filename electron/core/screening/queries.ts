import type { Database } from 'better-sqlite3';
import type { ListedEntry, ScreeningSnapshot } from '../../../shared/screening/list-types';
import { AppError } from '../../../shared/errors';

const SNAPSHOT_SELECT = `
  SELECT s.id, s.list_id AS listId, l.name AS listName, s.format, s.published_at AS publishedAt, s.source,
         s.source_file_name AS sourceFileName, s.sha256, s.imported_at AS importedAt, s.imported_by AS importedBy,
         s.entry_count AS entryCount, s.name_count AS nameCount, s.notes, (l.current_snapshot_id = s.id) AS isCurrent
  FROM screening_snapshots s JOIN screening_lists l ON l.id = s.list_id`;

type Row = ScreeningSnapshot & { isCurrent: number | boolean };
const toSnapshot = (r: Row): ScreeningSnapshot => ({ ...r, isCurrent: Boolean(r.isCurrent) });

export function getScreeningSnapshot(db: Database, id: number): ScreeningSnapshot {
  const row = db.prepare(`${SNAPSHOT_SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no screening-list snapshot #${id} in this workspace`, { field: 'snapshotId' });
  return toSnapshot(row);
}

export function listScreeningSnapshots(db: Database, listId?: string): ScreeningSnapshot[] {
  const rows = (
    listId
      ? db.prepare(`${SNAPSHOT_SELECT} WHERE s.list_id = ? ORDER BY s.published_at DESC, s.id DESC`).all(listId)
      : db.prepare(`${SNAPSHOT_SELECT} ORDER BY s.list_id, s.published_at DESC, s.id DESC`).all()
  ) as Row[];
  return rows.map(toSnapshot);
}

export function currentScreeningSnapshots(db: Database): ScreeningSnapshot[] {
  return (db.prepare(`${SNAPSHOT_SELECT} WHERE l.current_snapshot_id = s.id ORDER BY s.list_id`).all() as Row[]).map(toSnapshot);
}

export interface EntryRow {
  id: number;
  snapshot_id: number;
  external_id: string;
  name: string;
  aliases_json: string;
  type: string;
  countries_json: string;
  programs_json: string;
  addresses_json: string;
  remarks: string | null;
  source_list: string | null;
  content_hash: string;
}

export function toListedEntry(r: EntryRow): ListedEntry {
  return {
    id: r.id,
    snapshotId: r.snapshot_id,
    externalId: r.external_id,
    name: r.name,
    aliases: JSON.parse(r.aliases_json),
    type: r.type as ListedEntry['type'],
    countries: JSON.parse(r.countries_json),
    programs: JSON.parse(r.programs_json),
    addresses: JSON.parse(r.addresses_json),
    remarks: r.remarks,
    sourceList: r.source_list,
    contentHash: r.content_hash,
  };
}

export function loadListedEntries(db: Database, snapshotId: number): ListedEntry[] {
  return (db.prepare('SELECT * FROM screening_entries WHERE snapshot_id = ? ORDER BY id').all(snapshotId) as EntryRow[]).map(toListedEntry);
}

export function getListedEntry(db: Database, snapshotId: number, externalId: string): ListedEntry {
  const row = db.prepare('SELECT * FROM screening_entries WHERE snapshot_id = ? AND external_id = ?').get(snapshotId, externalId) as EntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Entry ${externalId} is not in screening-list snapshot #${snapshotId}`, { field: 'externalId' });
  return toListedEntry(row);
}
