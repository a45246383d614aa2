import type { Database } from 'better-sqlite3';
import type { AuditRow } from '../../shared/contract/workspace';

interface AuditDbRow extends Omit<AuditRow, 'before' | 'after'> {
  before_json: string | null;
  after_json: string | null;
}

const SELECT_AUDIT = 'SELECT id, at, actor, action, record_type AS recordType, record_id AS recordId, before_json, after_json FROM audit_log';

function toAuditRows(rows: AuditDbRow[]): AuditRow[] {
  return rows.map(({ before_json, after_json, ...r }) => ({
    ...r,
    before: before_json === null ? null : (JSON.parse(before_json) as unknown),
    after: after_json === null ? null : (JSON.parse(after_json) as unknown),
  }));
}

/** Audit rows, newest first, filtered as the audit page asks. */
export function auditRows(db: Database, filter: { recordType?: string; recordId?: string; limit?: number } = {}): AuditRow[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.recordType) (where.push('record_type = ?'), args.push(filter.recordType));
  if (filter.recordId) (where.push('record_id = ?'), args.push(filter.recordId));
  const sql = `${SELECT_AUDIT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return toAuditRows(db.prepare(sql).all(...args, filter.limit ?? 200) as AuditDbRow[]);
}

/**
 * A record's history: every audit row written against it, newest first, through the audit log's
 * (record_type, record_id) index. The type comes from this closed set, so it is written into the
 * SQL as a literal: one statement per kind of record, which the query-plan tests can find.
 */
export function recordHistory(db: Database, recordType: 'party' | 'item', recordId: number, limit = 200): AuditRow[] {
  const sql = `${SELECT_AUDIT} WHERE record_type = '${recordType}' AND record_id = ? ORDER BY id DESC LIMIT ?`;
  return toAuditRows(db.prepare(sql).all(String(recordId), limit) as AuditDbRow[]);
}
