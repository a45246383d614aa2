import type { Database } from 'better-sqlite3';
import type { AuditRow } from '../../../shared/contract/workspace';

/**
 * A party's history: every audit row recorded against it (created, changed, checklist answered,
 * document attached, imported), newest first, through the audit log's (record_type, record_id) index.
 */
export function partyHistory(db: Database, partyId: number, limit = 200): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, record_type AS recordType, record_id AS recordId, before_json, after_json
       FROM audit_log WHERE record_type = 'party' AND record_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(String(partyId), limit) as (Omit<AuditRow, 'before' | 'after'> & { before_json: string | null; after_json: string | null })[];
  return rows.map(({ before_json, after_json, ...r }) => ({
    ...r,
    before: before_json === null ? null : (JSON.parse(before_json) as unknown),
    after: after_json === null ? null : (JSON.parse(after_json) as unknown),
  }));
}
