import type { Database } from 'better-sqlite3';
import { buildEncryptionReport, ReportRowError, type EncryptionReportRow } from '../../../shared/classification/encryption-report';
import { AppError } from '../../../shared/errors';
import type { Authorization } from '../../../shared/classification/types';

interface ReportedRow {
  id: number;
  item_id: number;
  entry_code: string;
  authorization: Authorization;
  report_item_type: string;
  created_at: string;
  name: string;
  model_number: string | null;
  manufacturer: string | null;
}

/** A year or an inclusive date range as the half-open range of timestamps it covers (UTC). */
export function reportRange(input: { year: number } | { from: string; to: string }): { from: string; to: string; startAt: string; endAt: string } {
  if ('year' in input) {
    return { from: `${input.year}-01-01`, to: `${input.year}-12-31`, startAt: `${input.year}-01-01T00:00:00.000Z`, endAt: `${input.year + 1}-01-01T00:00:00.000Z` };
  }
  const end = new Date(`${input.to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: input.from, to: input.to, startAt: `${input.from}T00:00:00.000Z`, endAt: end.toISOString() };
}

/**
 * The products of the report: items with a final US classification for ENC or mass market
 * (§ 740.17(b)(1)) made in the range. Each product once (BIS: in the report for the year it was
 * self-classified): an item already self-classified before the range with the same ECCN and
 * authorization type is left out, and within the range its latest such classification is used.
 */
export function encryptionReportRows(db: Database, startAt: string, endAt: string): EncryptionReportRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.item_id, c.entry_code, c.authorization, c.report_item_type, c.created_at, i.name, i.model_number, i.manufacturer
       FROM classifications c JOIN items i ON i.id = c.item_id
       WHERE c.authorization IS NOT NULL AND c.status = 'final' AND c.created_at >= ? AND c.created_at < ?
       ORDER BY c.created_at, c.id`,
    )
    .all(startAt, endAt) as ReportedRow[];
  const earlier = db.prepare(
    `SELECT 1 FROM classifications WHERE item_id = ? AND authorization IS NOT NULL AND status = 'final' AND created_at < ?
       AND entry_code = ? AND authorization = ? LIMIT 1`,
  );
  const latest = new Map<number, ReportedRow>();
  for (const r of rows) latest.set(r.item_id, r);
  return [...latest.values()]
    .filter((r) => !earlier.get(r.item_id, startAt, r.entry_code, r.authorization))
    .sort((a, b) => a.name.localeCompare(b.name) || a.item_id - b.item_id)
    .map((r) => ({
      productName: r.name,
      modelNumber: r.model_number,
      manufacturer: r.manufacturer,
      eccn: r.entry_code,
      authorization: r.authorization,
      itemType: r.report_item_type,
    }));
}

/** The report's CSV, or a refusal naming the product and the column a value cannot go in. */
export function encryptionReportCsv(rows: readonly EncryptionReportRow[]): string {
  try {
    return buildEncryptionReport(rows);
  } catch (e) {
    if (e instanceof ReportRowError) {
      const r = rows[e.rowIndex]!;
      throw new AppError('INVALID_INPUT', `The report cannot list ${r.productName}: ${e.column}: ${e.message}. Classify the item again with a valid value.`, { field: e.column });
    }
    throw e;
  }
}

/** The report file's name: the year, or the range it covers. */
export function encryptionReportFileName(input: { year: number } | { from: string; to: string }): string {
  return 'year' in input ? `encryption-self-classification-${input.year}.csv` : `encryption-self-classification-${input.from}-to-${input.to}.csv`;
}
