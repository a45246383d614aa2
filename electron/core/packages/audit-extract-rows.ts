import type { Database } from 'better-sqlite3';

export interface AuditExtractRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
  hash: string;
}

/** The audit rows of one record, oldest first, with each row's chain hash. */
export function auditExtract(db: Database, recordType: string, recordId: string): AuditExtractRow[] {
  return (
    db.prepare('SELECT id, at, actor, action, before_json, after_json, hash FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY id').all(recordType, recordId) as {
      id: number;
      at: string;
      actor: string;
      action: string;
      before_json: string | null;
      after_json: string | null;
      hash: string;
    }[]
  ).map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, before: r.before_json, after: r.after_json, hash: r.hash }));
}
