import type { Database } from 'better-sqlite3';
import type { DestinationListKind } from '../../../shared/determination/types';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../registry';
import { KIND_NAMES, type ParsedDestinations } from './parsed';
import { currentDestinationSnapshotId, destinationSnapshotForAudit, getDestinationSnapshot } from './queries';

export function refuseDuplicateDestinations(db: Database, sha256: string, fileName: string): void {
  const row = db.prepare('SELECT id FROM destination_snapshots WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  if (!row) return;
  const s = getDestinationSnapshot(db, row.id);
  throw new AppError(
    'DUPLICATE',
    `${fileName} is already imported as snapshot #${s.id}: ${KIND_NAMES[s.kind]} ${s.versionLabel} (imported ${s.importedAt.slice(0, 10)} by ${s.importedBy})`,
    { file: fileName },
  );
}

export interface WriteDestinationsInput {
  parsed: ParsedDestinations;
  fileName: string;
  fileSha256: string;
}

/** Stores a parsed chart or groups file with its rows; runs inside the caller's transaction. */
export function writeDestinationSnapshot(tx: Tx, input: WriteDestinationsInput): number {
  const { db } = tx;
  const { parsed, fileName, fileSha256 } = input;
  refuseDuplicateDestinations(db, fileSha256, fileName);
  const count = parsed.kind === 'country-chart' ? parsed.destinations.length : parsed.members.length;
  const id = Number(
    db
      .prepare(
        `INSERT INTO destination_snapshots (kind, version_label, issue_date, source_url, source_file_name, retrieved_at,
           citation, sha256, imported_at, imported_by, destination_count, meta_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        parsed.kind,
        parsed.versionLabel,
        parsed.issueDate,
        parsed.sourceUrl,
        fileName,
        parsed.retrievedAt,
        parsed.citation,
        fileSha256,
        tx.at,
        tx.actor,
        count,
        JSON.stringify(parsed.meta),
      ).lastInsertRowid,
  );
  if (parsed.kind === 'country-chart') {
    const ins = db.prepare(
      `INSERT INTO chart_destinations (snapshot_id, code, name, kind, marks_json, footnotes_json, embargo_pointer, inherits_code, inherits_basis)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of parsed.destinations) {
      ins.run(id, d.code, d.name, d.kind, JSON.stringify(d.marks), JSON.stringify(d.footnotes), d.embargoPointer, d.inheritsFrom, d.inheritanceBasis);
    }
  } else {
    const ins = db.prepare('INSERT INTO group_memberships (snapshot_id, code, name, groups_json, inherits_code, inherits_basis) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of parsed.members) ins.run(id, m.code, m.name, JSON.stringify(m.groups), m.inheritsFrom, m.inheritanceBasis);
  }

  const snapshot = getDestinationSnapshot(db, id);
  tx.audit({ action: 'destinations.import', recordType: 'destination_snapshot', recordId: id, after: destinationSnapshotForAudit(snapshot) });

  // The newest issue becomes current; importing an older one (to keep history) does not demote it.
  const currentId = currentDestinationSnapshotId(db, parsed.kind);
  const current = currentId !== null ? getDestinationSnapshot(db, currentId) : undefined;
  if (!current || (parsed.issueDate ?? '') >= (current.issueDate ?? '')) setCurrentDestinations(tx, parsed.kind, id, current?.id ?? null);
  return id;
}

function setCurrentDestinations(tx: Tx, kind: DestinationListKind, snapshotId: number, previous: number | null): void {
  tx.db
    .prepare('INSERT INTO destination_lists (kind, current_snapshot_id) VALUES (?, ?) ON CONFLICT(kind) DO UPDATE SET current_snapshot_id = excluded.current_snapshot_id')
    .run(kind, snapshotId);
  tx.audit({
    action: 'destinations.setCurrent',
    recordType: 'destination_list',
    recordId: kind,
    before: { currentSnapshotId: previous },
    after: { currentSnapshotId: snapshotId },
  });
}
