import type { Database } from 'better-sqlite3';
import type { AuditVerification } from '../../shared/contract/audit';
import { auditRowHash, type AuditRowForHash } from './audit';

export type { AuditVerification };

type StoredRow = AuditRowForHash & { hash: string };

const GENESIS = '0'.repeat(64);

/**
 * Rows read per step of the stepped walk. Hashing dominates: 2,000 rows hold the core for about
 * 30 ms on a slow machine, so a call made meanwhile waits no longer than that.
 */
export const VERIFY_STEP_ROWS = 2000;

/**
 * The chain rule, one row at a time in id order: every row's hash must be recomputable from its
 * content, and must be the next row's prev_hash, with ids consecutive; an edited, deleted or
 * inserted row breaks it. Returns the reason the row breaks the chain, or null.
 */
function chainWalker() {
  let prevHash = GENESIS;
  let expectedId = 1;
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    check(r: StoredRow): string | null {
      rows++;
      if (r.id !== expectedId) return `row ${expectedId} is missing (the next row is ${r.id}): history was deleted`;
      if (r.prev_hash !== prevHash) return `row ${r.id} does not link to the row before it: history before it was changed or removed`;
      if (auditRowHash(r) !== r.hash) return `row ${r.id} was changed after it was written (its content no longer matches its hash)`;
      prevHash = r.hash;
      expectedId++;
      return null;
    },
  };
}

/** Walks the whole chain in one go (the CLI's and a backup's check, where nothing else waits). */
export function verifyAuditChain(db: Database): AuditVerification {
  const walk = chainWalker();
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<StoredRow>) {
    const reason = walk.check(r);
    if (reason) return { ok: false, rowsChecked: walk.rows, firstBroken: { id: r.id, reason } };
  }
  return { ok: true, rowsChecked: walk.rows, firstBroken: null };
}

/**
 * The same walk in steps of `stepRows`, yielding to the event loop between steps, so the app's
 * start-up check of a long log does not hold up the calls the user makes meanwhile. Each step is
 * a finished read: an open cursor across a yield would keep the connection busy for everyone else.
 * Rows appended while it walks are checked too.
 */
export async function verifyAuditChainInSteps(db: Database, stepRows = VERIFY_STEP_ROWS): Promise<AuditVerification> {
  const walk = chainWalker();
  const next = db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = next.all(after, stepRows) as StoredRow[];
    for (const r of rows) {
      const reason = walk.check(r);
      if (reason) return { ok: false, rowsChecked: walk.rows, firstBroken: { id: r.id, reason } };
    }
    if (rows.length < stepRows) return { ok: true, rowsChecked: walk.rows, firstBroken: null };
    after = rows[rows.length - 1]!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
