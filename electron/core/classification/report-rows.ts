import type { Database } from 'better-sqlite3';
import {
  buildEncryptionReport,
  missingSubmitterFields,
  reportability,
  ReportRowError,
  SUBMITTER_COLUMNS,
  type EncryptionReportRow,
  type ReportSubmitter,
} from '../../../shared/classification/encryption-report';
import type { Authorization } from '../../../shared/classification/types';
import { AppError } from '../../../shared/errors';
import type { EncryptionComponent } from '../../../shared/items/types';
import { getSubmitter } from '../settings-store';

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
  ccats_number: string | null;
  encryption_component: EncryptionComponent | null;
  non_us_components: string | null;
  non_us_manufacturing_locations: string | null;
}

/** A product self-classified in the range that the report leaves out, and the rule why. */
export interface ExcludedProduct {
  productName: string;
  modelNumber: string | null;
  reason: string;
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
 * (§ 740.17(b)(1)) made in the range that § 740.17(b)(1) and (e)(3) still require to be reported
 * (see reportability()); the others are returned as excluded, each with its reason. Each product
 * once (BIS: in the report for the year it was self-classified): an item already self-classified
 * before the range with the same ECCN and authorization type is left out, and within the range
 * its latest such classification is used.
 */
export function encryptionReportSelection(db: Database, startAt: string, endAt: string): { rows: EncryptionReportRow[]; excluded: ExcludedProduct[] } {
  const found = db
    .prepare(
      `SELECT c.id, c.item_id, c.entry_code, c.authorization, c.report_item_type, c.created_at, i.name, i.model_number, i.manufacturer,
         i.ccats_number, i.encryption_component, i.non_us_components, i.non_us_manufacturing_locations
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
  for (const r of found) latest.set(r.item_id, r);
  const rows: EncryptionReportRow[] = [];
  const excluded: ExcludedProduct[] = [];
  for (const r of [...latest.values()].sort((a, b) => a.name.localeCompare(b.name) || a.item_id - b.item_id)) {
    if (earlier.get(r.item_id, startAt, r.entry_code, r.authorization)) continue;
    const verdict = reportability({ authorization: r.authorization, ccatsNumber: r.ccats_number, encryptionComponent: r.encryption_component });
    if (!verdict.reported) {
      excluded.push({ productName: r.name, modelNumber: r.model_number, reason: verdict.reason });
      continue;
    }
    rows.push({
      productName: r.name,
      modelNumber: r.model_number,
      manufacturer: r.manufacturer,
      eccn: r.entry_code,
      authorization: r.authorization,
      itemType: r.report_item_type,
      nonUsComponents: r.non_us_components,
      nonUsManufacturingLocations: r.non_us_manufacturing_locations,
    });
  }
  return { rows, excluded };
}

/** The products the report lists (see encryptionReportSelection). */
export function encryptionReportRows(db: Database, startAt: string, endAt: string): EncryptionReportRow[] {
  return encryptionReportSelection(db, startAt, endAt).rows;
}

/**
 * The submitter columns from Settings, or a refusal naming the first field not set: Supp. No. 8
 * to Part 742 leaves no cell blank, and a report without a contact is not one BIS can answer.
 */
export function reportSubmitter(db: Database): ReportSubmitter {
  const s = getSubmitter(db);
  const missing = missingSubmitterFields(s);
  if (missing.length) {
    const field = SUBMITTER_COLUMNS.find((c) => c.label === missing[0])!;
    throw new AppError(
      'CONFLICT',
      `The encryption self-classification report cannot be written: Settings has no ${missing.map((m) => m.toLowerCase()).join(', ')} for the submitter, which Supp. No. 8 to Part 742 puts on every line. Set ${missing.length > 1 ? 'them' : 'it'} under Settings, Encryption report submitter, or with exportdesk settings set-submitter.`,
      { field: `submitter.${field.field}` },
    );
  }
  return { name: s.name!, telephone: s.telephone!, email: s.email!, mailingAddress: s.mailingAddress! };
}

/** The report's CSV, or a refusal naming the product and the column a value cannot go in. */
export function encryptionReportCsv(rows: readonly EncryptionReportRow[], submitter: ReportSubmitter): string {
  try {
    return buildEncryptionReport(rows, submitter);
  } catch (e) {
    if (e instanceof ReportRowError && e.rowIndex < 0) {
      throw new AppError('CONFLICT', `The encryption self-classification report cannot be written: ${e.message}.`, { field: e.column });
    }
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
