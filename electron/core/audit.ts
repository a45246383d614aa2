import type { Database } from 'better-sqlite3';
import { sha256Hex } from './store/hash';

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId: string | number;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);

/**
 * Appends one audit row, chained to the previous row's hash. Must run inside the caller's write
 * transaction so the record and its audit row commit or roll back together.
 */
export function appendAudit(db: Database, actor: string, at: string, entry: AuditEntry): number {
  const prev = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined;
  const id = (prev?.id ?? 0) + 1;
  const prevHash = prev?.hash ?? GENESIS;
  const beforeJson = entry.before === undefined ? null : JSON.stringify(entry.before);
  const afterJson = entry.after === undefined ? null : JSON.stringify(entry.after);
  const row = {
    id,
    at,
    actor,
    action: entry.action,
    record_type: entry.recordType,
    record_id: String(entry.recordId),
    before_json: beforeJson,
    after_json: afterJson,
    prev_hash: prevHash,
  };
  const hash = auditRowHash(row);
  db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, record_type, record_id, before_json, after_json, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @record_type, @record_id, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, hash });
  return id;
}

export interface AuditRowForHash {
  id: number;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
}

export function auditRowHash(r: AuditRowForHash): string {
  return sha256Hex(
    JSON.stringify([r.id, r.at, r.actor, r.action, r.record_type, r.record_id, r.before_json, r.after_json, r.prev_hash]),
  );
}

/** Only the fields that differ, as {field: [before, after]}-style before/after objects. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k];
      a[k] = after[k];
    }
  }
  return { before: b, after: a };
}
