import type { Database } from 'better-sqlite3';
import type { ControlListFormat, ListKind } from '../../../shared/control-lists/types';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../registry';
import { markClassificationsForReReview } from '../classification/re-review';
import { EU_ANNEX_I, US_CCL, type ParsedSnapshot } from './parsed';
import { getSnapshot, snapshotForAudit } from './queries';

const KNOWN_LISTS: Record<string, { name: string; kind: ListKind }> = {
  [US_CCL.id]: US_CCL,
  [EU_ANNEX_I.id]: EU_ANNEX_I,
};

/**
 * Rules every importer's output must meet, whatever the format: at least one entry, every entry a
 * code and a heading, no code twice. Checked before anything is written.
 */
export function validateParsed(p: ParsedSnapshot, fileName: string): void {
  if (p.entries.length === 0) {
    throw new AppError('BAD_FILE', `${fileName}: the file contains no entries; nothing was imported`, { file: fileName });
  }
  const seen = new Map<string, string>();
  for (const e of p.entries) {
    if (!e.code) throw new AppError('BAD_FILE', `${fileName}, ${e.location}: the entry has no code`, { file: fileName, line: e.line, field: 'code' });
    if (!e.heading.trim()) {
      throw new AppError('BAD_FILE', `${fileName}, ${e.location}: the entry has no heading`, { file: fileName, line: e.line, field: 'heading' });
    }
    const first = seen.get(e.code);
    if (first) {
      throw new AppError('BAD_FILE', `${fileName}, ${e.location}: duplicate code ${e.code} (also ${first}); nothing was imported`, {
        file: fileName,
        line: e.line,
        field: 'code',
      });
    }
    seen.set(e.code, e.location);
  }
}

export function findSnapshotBySha(db: Database, sha256: string): number | undefined {
  const row = db.prepare('SELECT id FROM list_snapshots WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id;
}

export function refuseDuplicate(db: Database, sha256: string, fileName: string): void {
  const id = findSnapshotBySha(db, sha256);
  if (id === undefined) return;
  const s = getSnapshot(db, id);
  throw new AppError(
    'DUPLICATE',
    `${fileName} is already imported as snapshot #${s.id}: ${s.listName} ${s.versionLabel} (imported ${s.importedAt.slice(0, 10)} by ${s.importedBy})`,
    { file: fileName },
  );
}

export interface WriteSnapshotInput {
  parsed: ParsedSnapshot;
  fileName: string;
  fileSha256: string;
  format: ControlListFormat;
}

/** Stores a validated snapshot with its entries, paragraphs and search rows; runs inside the caller's transaction. */
export function writeSnapshot(tx: Tx, input: WriteSnapshotInput): number {
  const { db } = tx;
  const { parsed, fileName, fileSha256, format } = input;
  const identity = parsed.sourceSha256 ?? fileSha256;
  refuseDuplicate(db, identity, fileName);
  // An exchange copy keeps the publisher's file name with the publisher's hash, so exporting it
  // again gives the same bytes as the original export (offices compare those hashes).
  const sourceFileName = parsed.sourceFileName ?? fileName;

  const known = KNOWN_LISTS[parsed.list.id];
  const existingList = db.prepare('SELECT id, name, kind, current_snapshot_id FROM control_lists WHERE id = ?').get(parsed.list.id) as
    | { id: string; name: string; kind: ListKind; current_snapshot_id: number | null }
    | undefined;
  if (!existingList) {
    db.prepare('INSERT INTO control_lists (id, name, kind) VALUES (?, ?, ?)').run(
      parsed.list.id,
      known?.name ?? parsed.list.name,
      known?.kind ?? parsed.list.kind,
    );
  }

  const snapshotId = Number(
    db
      .prepare(
        `INSERT INTO list_snapshots (list_id, version_label, effective_date, source_url, source_file_name, format,
           retrieved_at, imported_at, imported_by, sha256, file_sha256, attribution, citation, entry_count, paragraph_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        parsed.list.id,
        parsed.versionLabel,
        parsed.effectiveDate,
        parsed.sourceUrl,
        sourceFileName,
        format,
        parsed.retrievedAt,
        tx.at,
        tx.actor,
        identity,
        fileSha256,
        parsed.attribution,
        parsed.citation,
        parsed.entries.length,
        parsed.entries.reduce((n, e) => n + e.paragraphs.length, 0),
      ).lastInsertRowid,
  );

  const insEntry = db.prepare(
    `INSERT INTO control_entries (snapshot_id, code, category, product_group, heading, reasons_text, reasons_json,
       chart_rows_json, license_exceptions_json, related_controls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insPara = db.prepare(
    `INSERT INTO control_paragraphs (entry_id, ordinal, code, label, kind, depth, parent_ordinal, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insFts = db.prepare(
    'INSERT INTO control_fts (code, heading, body, snapshot_id, entry_id, paragraph_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insDoc = db.prepare('INSERT INTO snapshot_documents (snapshot_id, kind, key, title, text) VALUES (?, ?, ?, ?, ?)');

  for (const e of parsed.entries) {
    const entryId = Number(
      insEntry.run(
        snapshotId,
        e.code,
        e.category,
        e.productGroup,
        e.heading,
        e.reasonsText,
        JSON.stringify(e.reasons),
        JSON.stringify(e.chartRows),
        JSON.stringify(e.licenseExceptions),
        e.relatedControls,
      ).lastInsertRowid,
    );
    insFts.run(e.code, e.heading, e.relatedControls ?? '', snapshotId, entryId, null);
    // A paragraph's parent is the nearest earlier paragraph that sits shallower.
    const stack: { depth: number; ordinal: number }[] = [];
    e.paragraphs.forEach((p, ordinal) => {
      while (stack.length && stack[stack.length - 1]!.depth >= p.depth) stack.pop();
      const parent = p.depth > 0 ? (stack[stack.length - 1]?.ordinal ?? null) : null;
      const paraId = Number(insPara.run(entryId, ordinal, p.code, p.label, p.kind, p.depth, parent, p.text).lastInsertRowid);
      insFts.run(p.code ?? '', '', p.text, snapshotId, entryId, paraId);
      stack.push({ depth: p.depth, ordinal });
    });
  }
  for (const d of parsed.documents) insDoc.run(snapshotId, d.kind, d.key, d.title, d.text);

  const snapshot = getSnapshot(db, snapshotId);
  tx.audit({ action: 'controls.import', recordType: 'list_snapshot', recordId: snapshotId, after: snapshotForAudit(snapshot) });

  // The newest edition becomes current; importing an older one (to keep history) does not demote it.
  const current = existingList?.current_snapshot_id ? getSnapshot(db, existingList.current_snapshot_id) : undefined;
  if (!current || (parsed.effectiveDate ?? '') >= (current.effectiveDate ?? '')) {
    setCurrentSnapshot(tx, parsed.list.id, snapshotId, current?.id ?? null);
  }
  return snapshotId;
}

export function setCurrentSnapshot(tx: Tx, listId: string, snapshotId: number, previous: number | null): void {
  tx.db.prepare('UPDATE control_lists SET current_snapshot_id = ? WHERE id = ?').run(snapshotId, listId);
  tx.audit({
    action: 'controls.setCurrent',
    recordType: 'control_list',
    recordId: listId,
    before: { currentSnapshotId: previous },
    after: { currentSnapshotId: snapshotId },
  });
  // Classifications citing text this version changed or dropped are flagged in the same transaction.
  markClassificationsForReReview(tx, listId, snapshotId);
}
