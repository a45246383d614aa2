import type { Database } from 'better-sqlite3';
import type { ScreeningListFormat } from '../../../shared/screening/list-types';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../registry';
import { sha256Hex } from '../store/hash';
import type { ParsedListEntry, ParsedScreeningList } from './parsed';
import { getScreeningSnapshot } from './queries';

export function entryContentHash(e: ParsedListEntry): string {
  return sha256Hex(JSON.stringify([e.name, e.aliases, e.type, e.countries, e.programs, e.addresses, e.remarks, e.sourceList]));
}

/** Rules every list importer's output must meet: entries present, ids unique within the file. */
export function validateParsedList(p: ParsedScreeningList, fileName: string): void {
  if (p.entries.length === 0) {
    throw new AppError('BAD_FILE', `${fileName}: the file contains no entries; nothing was imported`, { file: fileName });
  }
  const seen = new Map<string, number>();
  for (const e of p.entries) {
    const first = seen.get(e.externalId);
    if (first !== undefined) {
      throw new AppError('BAD_FILE', `${fileName}, line ${e.line}: duplicate entry id ${e.externalId} (first on line ${first}); nothing was imported`, {
        file: fileName,
        line: e.line,
      });
    }
    seen.set(e.externalId, e.line);
  }
}

export function refuseDuplicateList(db: Database, sha256: string, fileName: string): void {
  const row = db.prepare('SELECT id FROM screening_snapshots WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  if (!row) return;
  const s = getScreeningSnapshot(db, row.id);
  throw new AppError(
    'DUPLICATE',
    `${fileName} is already imported as screening-list snapshot #${s.id}: ${s.listName}${s.publishedAt ? ` of ${s.publishedAt}` : ''} (imported ${s.importedAt.slice(0, 10)} by ${s.importedBy})`,
    { file: fileName },
  );
}

export interface WriteListInput {
  parsed: ParsedScreeningList;
  fileName: string;
  sha256: string;
  format: ScreeningListFormat;
}

/** Stores a validated list snapshot; runs inside the caller's transaction. Returns the snapshot id. */
export function writeScreeningSnapshot(tx: Tx, input: WriteListInput): number {
  const { db } = tx;
  const { parsed, fileName, sha256, format } = input;
  refuseDuplicateList(db, sha256, fileName);
  const list = db.prepare('SELECT current_snapshot_id AS current FROM screening_lists WHERE id = ?').get(parsed.list.id) as { current: number | null } | undefined;
  if (!list) db.prepare('INSERT INTO screening_lists (id, name) VALUES (?, ?)').run(parsed.list.id, parsed.list.name);

  const nameCount = parsed.entries.reduce((n, e) => n + 1 + e.aliases.length, 0);
  const id = Number(
    db
      .prepare(
        `INSERT INTO screening_snapshots (list_id, format, published_at, source, source_file_name, sha256, imported_at, imported_by,
           entry_count, name_count, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(parsed.list.id, format, parsed.publishedAt, parsed.source, fileName, sha256, tx.at, tx.actor, parsed.entries.length, nameCount, parsed.notes)
      .lastInsertRowid,
  );
  const ins = db.prepare(
    `INSERT INTO screening_entries (snapshot_id, external_id, name, aliases_json, type, countries_json, programs_json,
       addresses_json, remarks, source_list, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of parsed.entries) {
    ins.run(
      id, e.externalId, e.name, JSON.stringify(e.aliases), e.type, JSON.stringify(e.countries), JSON.stringify(e.programs),
      JSON.stringify(e.addresses), e.remarks, e.sourceList, entryContentHash(e),
    );
  }
  const snapshot = getScreeningSnapshot(db, id);
  const { isCurrent: _c, ...audited } = snapshot;
  tx.audit({ action: 'lists.import', recordType: 'screening_snapshot', recordId: id, after: audited });

  // The newest publication becomes current; importing an older one keeps history without demoting.
  const current = list?.current ? getScreeningSnapshot(db, list.current) : undefined;
  if (!current || (parsed.publishedAt ?? '') >= (current.publishedAt ?? '')) setCurrentScreeningSnapshot(tx, parsed.list.id, id, current?.id ?? null);
  return id;
}

export function setCurrentScreeningSnapshot(tx: Tx, listId: string, snapshotId: number, previous: number | null): void {
  tx.db.prepare('UPDATE screening_lists SET current_snapshot_id = ? WHERE id = ?').run(snapshotId, listId);
  tx.audit({
    action: 'lists.setCurrent',
    recordType: 'screening_list',
    recordId: listId,
    before: { currentSnapshotId: previous },
    after: { currentSnapshotId: snapshotId },
  });
}
