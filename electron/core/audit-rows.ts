import type { Database } from 'better-sqlite3';
import type { AuditFacets, AuditFilters, AuditRow } from '../../shared/contract/audit';

export interface AuditDbRow extends Omit<AuditRow, 'before' | 'after'> {
  before_json: string | null;
  after_json: string | null;
}

export const SELECT_AUDIT = 'SELECT id, at, actor, action, record_type AS recordType, record_id AS recordId, before_json, after_json FROM audit_log';

export const DEFAULT_AUDIT_PAGE = 200;

/** Above every character, so `action < prefix + TOP` closes a prefix range in SQLite's byte order. */
const TOP = '\u{10FFFF}';

function toAuditRows(rows: AuditDbRow[]): AuditRow[] {
  return rows.map(({ before_json, after_json, ...r }) => ({
    ...r,
    before: before_json === null ? null : (JSON.parse(before_json) as unknown),
    after: after_json === null ? null : (JSON.parse(after_json) as unknown),
  }));
}

export interface AuditWhere {
  /** "WHERE ..." or empty. */
  sql: string;
  params: unknown[];
  /** The date range matches no row: nothing to read. */
  empty: boolean;
}

/**
 * The filters as one WHERE clause. A date range is first turned into the range of row ids it
 * covers (one pass over the `at` index), and the rows are then read by id: the page comes out in
 * id order with no sort, however many months the range spans. The dates are still checked on
 * each row, so a clock that once ran backwards cannot let a row in that is outside the range.
 */
export function auditWhere(db: Database, f: AuditFilters): AuditWhere {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.recordType) (where.push('record_type = ?'), params.push(f.recordType));
  if (f.recordId) (where.push('record_id = ?'), params.push(f.recordId));
  if (f.actor) (where.push('actor = ?'), params.push(f.actor));
  if (f.action) (where.push('action = ?'), params.push(f.action));
  if (f.actionPrefix) (where.push('action >= ? AND action < ?'), params.push(f.actionPrefix, f.actionPrefix + TOP));
  if (f.from || f.to) {
    const at: string[] = [];
    const atParams: string[] = [];
    if (f.from) (at.push('at >= ?'), atParams.push(f.from));
    if (f.to) (at.push('at <= ?'), atParams.push(f.to));
    const ids = db.prepare(`SELECT min(id) AS lo, max(id) AS hi FROM audit_log WHERE ${at.join(' AND ')}`).get(...atParams) as { lo: number | null; hi: number | null };
    if (ids.lo === null || ids.hi === null) return { sql: '', params: [], empty: true };
    // The unary + keeps the `at` index out of the row read, which must go by id.
    where.push('id BETWEEN ? AND ?', ...at.map((c) => `+${c}`));
    params.push(ids.lo, ids.hi, ...atParams);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, empty: false };
}

/** One page of audit rows, newest first. */
export function auditRows(db: Database, f: AuditFilters & { offset?: number; limit?: number } = {}): AuditRow[] {
  const w = auditWhere(db, f);
  if (w.empty) return [];
  const sql = `${SELECT_AUDIT} ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`;
  return toAuditRows(db.prepare(sql).all(...w.params, f.limit ?? DEFAULT_AUDIT_PAGE, f.offset ?? 0) as AuditDbRow[]);
}

export function countAuditRows(db: Database, f: AuditFilters = {}): number {
  const { from, to, ...others } = f;
  // Dates alone are counted inside the `at` index, without reading a row.
  if (!Object.values(others).some((v) => v !== undefined) && (from || to)) {
    const at = [from ? 'at >= ?' : '', to ? 'at <= ?' : ''].filter(Boolean).join(' AND ');
    return db.prepare(`SELECT count(*) FROM audit_log WHERE ${at}`).pluck().get(...[from, to].filter((v) => v !== undefined)) as number;
  }
  const w = auditWhere(db, f);
  if (w.empty) return 0;
  return db.prepare(`SELECT count(*) FROM audit_log ${w.sql}`).pluck().get(...w.params) as number;
}

/**
 * The distinct kinds of record, actors and actions. Kinds of record hop through the
 * (record_type, record_id, id) index one value at a time; actors and actions have no index of
 * their own, so they come from one pass over the log.
 */
export function auditFacets(db: Database): AuditFacets {
  const recordTypes = db
    .prepare(
      `WITH RECURSIVE t(v) AS (
         SELECT min(record_type) FROM audit_log
         UNION ALL
         SELECT (SELECT min(record_type) FROM audit_log WHERE record_type > t.v) FROM t WHERE t.v IS NOT NULL
       ) SELECT v FROM t WHERE v IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  const pairs = db.prepare('SELECT DISTINCT actor, action FROM audit_log').all() as { actor: string; action: string }[];
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { actors: sorted(pairs.map((p) => p.actor)), actions: sorted(pairs.map((p) => p.action)), recordTypes };
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
