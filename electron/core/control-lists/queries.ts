import type { Database } from 'better-sqlite3';
import { CATEGORY_NAMES, PRODUCT_GROUP_NAMES, codesMentioned, entryCodeOf, normalizeCode } from '../../../shared/control-lists/codes';
import type {
  BrowseGroup,
  ControlEntry,
  ControlList,
  ControlParagraph,
  ListSnapshot,
} from '../../../shared/control-lists/types';
import { AppError } from '../../../shared/errors';

const SNAPSHOT_SELECT = `
  SELECT s.id, s.list_id AS listId, l.name AS listName, l.kind AS listKind, s.version_label AS versionLabel,
         s.effective_date AS effectiveDate, s.source_url AS sourceUrl, s.source_file_name AS sourceFileName,
         s.format, s.retrieved_at AS retrievedAt, s.imported_at AS importedAt, s.imported_by AS importedBy,
         s.sha256, s.file_sha256 AS fileSha256, s.attribution, s.citation, s.entry_count AS entryCount,
         s.paragraph_count AS paragraphCount, (l.current_snapshot_id = s.id) AS isCurrent
  FROM list_snapshots s JOIN control_lists l ON l.id = s.list_id`;

function toSnapshot(r: ListSnapshot & { isCurrent: number | boolean }): ListSnapshot {
  return { ...r, isCurrent: Boolean(r.isCurrent) };
}

export function getSnapshot(db: Database, id: number): ListSnapshot {
  const row = db.prepare(`${SNAPSHOT_SELECT} WHERE s.id = ?`).get(id) as (ListSnapshot & { isCurrent: number }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no control-list snapshot #${id} in this workspace`, { field: 'snapshotId' });
  return toSnapshot(row);
}

export function listSnapshots(db: Database, listId?: string): ListSnapshot[] {
  const rows = (
    listId
      ? db.prepare(`${SNAPSHOT_SELECT} WHERE s.list_id = ? ORDER BY s.effective_date DESC, s.id DESC`).all(listId)
      : db.prepare(`${SNAPSHOT_SELECT} ORDER BY l.kind, s.list_id, s.effective_date DESC, s.id DESC`).all()
  ) as (ListSnapshot & { isCurrent: number })[];
  return rows.map(toSnapshot);
}

export function currentSnapshots(db: Database): ListSnapshot[] {
  const rows = db
    .prepare(`${SNAPSHOT_SELECT} WHERE l.current_snapshot_id = s.id ORDER BY CASE l.kind WHEN 'us-ccl' THEN 0 WHEN 'eu-annex-i' THEN 1 ELSE 2 END, l.id`)
    .all() as (ListSnapshot & { isCurrent: number })[];
  return rows.map(toSnapshot);
}

export function listControlLists(db: Database): ControlList[] {
  return db
    .prepare('SELECT id, name, kind, current_snapshot_id AS currentSnapshotId FROM control_lists ORDER BY id')
    .all() as ControlList[];
}

/** What the audit log keeps of a snapshot: its identity, not its thousands of rows. */
export function snapshotForAudit(s: ListSnapshot) {
  const { isCurrent: _ignored, ...rest } = s;
  return rest;
}

interface EntryRow {
  id: number;
  snapshot_id: number;
  code: string;
  category: string;
  product_group: string;
  heading: string;
  reasons_text: string | null;
  reasons_json: string;
  chart_rows_json: string;
  license_exceptions_json: string;
  related_controls: string | null;
}

/**
 * An entry by code (or by one of its paragraph codes) in one snapshot; without a snapshot, the
 * first current snapshot that has it, US CCL first.
 */
export function getEntry(db: Database, rawCode: string, snapshotId?: number): ControlEntry {
  const code = entryCodeOf(rawCode);
  const candidates = snapshotId !== undefined ? [getSnapshot(db, snapshotId)] : currentSnapshots(db);
  const stmt = db.prepare('SELECT * FROM control_entries WHERE snapshot_id = ? AND code = ?');
  for (const s of candidates) {
    const row = (stmt.get(s.id, code) ?? stmt.get(s.id, normalizeCode(rawCode))) as EntryRow | undefined;
    if (row) return toEntry(db, row, s);
  }
  const where = snapshotId !== undefined ? `snapshot #${snapshotId}` : 'any current control-list snapshot';
  throw new AppError('NOT_FOUND', `${normalizeCode(rawCode)} is not an entry in ${where}`, { field: 'code' });
}

function toEntry(db: Database, row: EntryRow, s: ListSnapshot): ControlEntry {
  const paragraphs = db
    .prepare(
      `SELECT ordinal, code, label, kind, depth, text, parent_ordinal AS parentOrdinal
       FROM control_paragraphs WHERE entry_id = ? ORDER BY ordinal`,
    )
    .all(row.id) as ControlParagraph[];
  const allText = [row.heading, row.related_controls ?? '', ...paragraphs.map((p) => p.text)].join('\n');
  return {
    snapshotId: row.snapshot_id,
    code: row.code,
    category: row.category,
    productGroup: row.product_group,
    heading: row.heading,
    reasonsText: row.reasons_text,
    reasonsForControl: JSON.parse(row.reasons_json) as string[],
    chartRows: JSON.parse(row.chart_rows_json),
    licenseExceptions: JSON.parse(row.license_exceptions_json),
    relatedControls: row.related_controls,
    paragraphs,
    mentions: codesMentioned(allText).filter((c) => entryCodeOf(c) !== row.code),
    attribution: s.attribution,
    snapshotLabel: s.versionLabel,
    listName: s.listName,
  };
}

export function loadEntryRows(db: Database, snapshotId: number): EntryRow[] {
  return db.prepare('SELECT * FROM control_entries WHERE snapshot_id = ? ORDER BY code').all(snapshotId) as EntryRow[];
}

export function loadParagraphRows(db: Database, snapshotId: number) {
  return db
    .prepare(
      `SELECT p.entry_id AS entryId, p.ordinal, p.code, p.label, p.kind, p.depth, p.text, p.parent_ordinal AS parentOrdinal
       FROM control_paragraphs p JOIN control_entries e ON e.id = p.entry_id
       WHERE e.snapshot_id = ? ORDER BY p.entry_id, p.ordinal`,
    )
    .all(snapshotId) as (ControlParagraph & { entryId: number })[];
}

export function browseSnapshot(db: Database, snapshotId: number): BrowseGroup[] {
  getSnapshot(db, snapshotId);
  const rows = db
    .prepare(
      `SELECT code, heading, category, product_group AS productGroup FROM control_entries
       WHERE snapshot_id = ? ORDER BY category, product_group, code`,
    )
    .all(snapshotId) as { code: string; heading: string; category: string; productGroup: string }[];
  const groups: BrowseGroup[] = [];
  for (const r of rows) {
    let g = groups[groups.length - 1];
    if (!g || g.category !== r.category || g.productGroup !== r.productGroup) {
      g = {
        category: r.category,
        categoryName: CATEGORY_NAMES[r.category] ?? (r.category ? `Category ${r.category}` : 'Other entries'),
        productGroup: r.productGroup,
        productGroupName: PRODUCT_GROUP_NAMES[r.productGroup] ?? r.productGroup,
        entries: [],
      };
      groups.push(g);
    }
    g.entries.push(r);
  }
  return groups;
}

export type { EntryRow };
