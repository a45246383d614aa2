import type { Database } from 'better-sqlite3';
import { auditRowHash, type AuditRowForHash } from './audit';

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  /** The first row whose hash or link does not hold, and why. */
  firstBroken: { id: number; reason: string } | null;
}

const GENESIS = '0'.repeat(64);

/**
 * Walks the whole audit chain: every row's hash must be recomputable from its content, and must be
 * the next row's prev_hash, with ids consecutive; an edited, deleted or inserted row breaks it.
 */
export function verifyAuditChain(db: Database): AuditVerification {
  let prevHash = GENESIS;
  let expectedId = 1;
  let rows = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRowForHash & { hash: string }>) {
    rows++;
    const broken = (reason: string): AuditVerification => ({ ok: false, rowsChecked: rows, firstBroken: { id: r.id, reason } });
    if (r.id !== expectedId) return broken(`row ${expectedId} is missing (the next row is ${r.id}): history was deleted`);
    if (r.prev_hash !== prevHash) return broken(`row ${r.id} does not link to the row before it: history before it was changed or removed`);
    if (auditRowHash(r) !== r.hash) return broken(`row ${r.id} was changed after it was written (its content no longer matches its hash)`);
    prevHash = r.hash;
    expectedId++;
  }
  return { ok: true, rowsChecked: rows, firstBroken: null };
}
