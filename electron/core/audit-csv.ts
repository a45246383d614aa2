import type { Database } from 'better-sqlite3';
import type { AuditFilters } from '../../shared/contract/audit';
import type { AuditRowForHash } from './audit';
import { auditWhere } from './audit-rows';
import { csvLine } from './files/csv-cells';

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'record_type', 'record_id', 'before', 'after', 'hash', 'prev_hash'] as const;

/** Rows read per step: the export reads between yields, so a long log does not stall other calls. */
const STEP_ROWS = 5000;

export interface AuditCsv {
  content: string;
  rowCount: number;
  /** The newest row the export could include: the same filters up to this row give the same file. */
  throughRow: number;
}

type StoredRow = AuditRowForHash & { hash: string };

/**
 * The audit rows matching the filters as CSV, oldest first (the order of the chain). Before and
 * after are the JSON text exactly as stored, with an empty cell for none, so each row's hash can
 * be recomputed from the file. A byte-order mark and CRLF line ends, like the other exports.
 */
export async function auditCsv(db: Database, f: AuditFilters, onStep?: (done: number) => Promise<void>): Promise<AuditCsv> {
  const throughRow = (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0;
  const lines = [AUDIT_CSV_COLUMNS.join(',')];
  const w = auditWhere(db, f);
  if (!w.empty) {
    const step = db.prepare(
      `SELECT id, at, actor, action, record_type, record_id, before_json, after_json, hash, prev_hash FROM audit_log
       ${w.sql ? `${w.sql} AND` : 'WHERE'} id > ? AND id <= ? ORDER BY id LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = step.all(...w.params, after, throughRow, STEP_ROWS) as StoredRow[];
      for (const r of rows) {
        lines.push(csvLine([String(r.id), r.at, r.actor, r.action, r.record_type, r.record_id, r.before_json, r.after_json, r.hash, r.prev_hash]));
      }
      if (rows.length < STEP_ROWS) break;
      after = rows[rows.length - 1]!.id;
      await onStep?.(lines.length - 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { content: `\ufeff${lines.join('\r\n')}\r\n`, rowCount: lines.length - 1, throughRow };
}
