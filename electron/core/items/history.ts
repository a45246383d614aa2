import type { Database } from 'better-sqlite3';
import type { AuditRow } from '../../../shared/contract/workspace';

/**
 * An item's history: every audit row recorded against it (created, changed, imported, document
 * attached, classified, flagged for review), newest first, through the audit log's
 * (record_type, record_id) index. Classification writes are recorded against their item for this.
 */
export function itemHistory(db: Database, itemId: number, limit = 200): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, record_type AS recordType, record_id AS recordId, before_json, after_json
       FROM audit_log WHERE record_type = 'item' AND record_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(String(itemId), limit) as (Omit<AuditRow, 'before' | 'after'> & { before_json: string | null; after_json: string | null })[];
  return rows.map(({ before_json, after_json, ...r }) => ({
    ...r,
    before: before_json === null ? null : (JSON.parse(before_json) as unknown),
    after: after_json === null ? null : (JSON.parse(after_json) as unknown),
  }));
}
