import { AppError } from '../../../shared/errors';
import type { CsvImportPreview, ImportRowError } from '../../../shared/imports/csv-preview';
import { uncsvCell } from './csv-cells';
import { readSpreadsheetCsv } from './csv-records';

/** A spreadsheet row read into its named columns and checked on its own. */
export interface CheckedRow<C extends string, F> {
  row: number;
  cells: Partial<Record<C, string>>;
  /** Set when the row passed every check. */
  fields: F | null;
  errors: ImportRowError[];
}

export interface CheckedSheet<C extends string, F> {
  fileName: string;
  rows: CheckedRow<C, F>[];
  warnings: string[];
}

/** What one kind of record (parties, items) asks of its spreadsheet. */
export interface SheetSpec<C extends string, F> {
  /** "party", "item": as in "there are no party rows under the header". */
  noun: string;
  columns: readonly C[];
  required: readonly C[];
  maxRows: number;
  /** Columns an export writes that an import must not take back, and the warning that says so. */
  exportOnly?: { columns: readonly string[]; why: (names: string[]) => string };
  checkRow: (row: number, cells: Partial<Record<C, string>>) => CheckedRow<C, F>;
  /** Two rows with the same key in one file are one record written twice. */
  sameRecord: { key: (fields: F) => string; field: string; what: string };
}

function headerColumns<C extends string, F>(header: string[], fileName: string, spec: SheetSpec<C, F>): { columns: (C | null)[]; warnings: string[] } {
  const known = new Set<string>(spec.columns);
  const exportOnly = new Set<string>(spec.exportOnly?.columns ?? []);
  const seen = new Set<string>();
  const warnings: string[] = [];
  const skippedExportColumns: string[] = [];
  const columns = header.map((h) => {
    const name = h.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (exportOnly.has(name)) {
      skippedExportColumns.push(name);
      return null;
    }
    if (!known.has(name)) {
      if (h.trim()) warnings.push(`The column "${h.trim()}" is not one ExportDesk reads; its cells are left out.`);
      return null;
    }
    if (seen.has(name)) throw new AppError('BAD_FILE', `${fileName}, line 1: the column ${name} appears twice in the header`, { file: fileName, line: 1, field: name });
    seen.add(name);
    return name as C;
  });
  if (skippedExportColumns.length && spec.exportOnly) warnings.push(spec.exportOnly.why(skippedExportColumns));
  const missing = spec.required.filter((c) => !seen.has(c));
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}, line 1: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. The first line must name the columns, at least ${spec.required.join(', ')}.`,
      { file: fileName, line: 1, field: missing[0] },
    );
  }
  return { columns, warnings };
}

/**
 * Reads a spreadsheet saved as CSV and checks every row on its own and against the other rows,
 * collecting each fault with its row and column instead of stopping at the first.
 */
export function checkSpreadsheet<C extends string, F>(text: string, fileName: string, spec: SheetSpec<C, F>): CheckedSheet<C, F> {
  const records = readSpreadsheetCsv(text, fileName);
  if (records.length === 0) throw new AppError('BAD_FILE', `${fileName}: the file is empty`, { file: fileName });
  const { columns, warnings } = headerColumns(records[0]!.cells, fileName, spec);
  const body = records.slice(1);
  if (body.length === 0) throw new AppError('BAD_FILE', `${fileName}: there are no ${spec.noun} rows under the header`, { file: fileName, line: 2 });
  if (body.length > spec.maxRows) {
    throw new AppError('BAD_FILE', `${fileName}: ${body.length} rows is more than the ${spec.maxRows} one import takes; split the file`, { file: fileName });
  }
  const firstRowOf = new Map<string, number>();
  const rows = body.map((r) => {
    const cells: Partial<Record<C, string>> = {};
    r.cells.forEach((value, i) => {
      const col = columns[i];
      if (col) cells[col] = uncsvCell(value);
    });
    const checked = spec.checkRow(r.line, cells);
    if (r.cells.length > columns.length && r.cells.slice(columns.length).some((c) => c.trim())) {
      checked.errors.unshift({ row: r.line, field: 'row', message: `the row has ${r.cells.length} cells but the header names ${columns.length} columns (a stray comma or an unquoted cell?)` });
      checked.fields = null;
    } else if (r.cells.length < columns.length) {
      // A spreadsheet program writes every cell of a row, empty ones as commas; fewer cells is a
      // file cut off in this row (whose missing cells would pass as empty), or a row typed short.
      checked.errors.unshift({ row: r.line, field: 'row', message: `the row has ${r.cells.length} cells but the header names ${columns.length} columns: the file may be cut short here, or cells are missing` });
      checked.fields = null;
    }
    if (checked.fields) {
      const key = spec.sameRecord.key(checked.fields);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        checked.errors.push({ row: r.line, field: spec.sameRecord.field, message: `row ${r.line} repeats row ${first}: the same ${spec.sameRecord.what}` });
        checked.fields = null;
      } else firstRowOf.set(key, r.line);
    }
    return checked;
  });
  return { fileName, rows, warnings };
}

/**
 * Turns a row's schema issues into its errors, once per column and message: a fault a schema
 * reports at several paths (each name of a list, say) is one fault to the person fixing the sheet.
 * `describe` names the column and the words, or null to leave an issue out.
 */
export function addIssueErrors<I>(errors: ImportRowError[], row: number, issues: readonly I[], describe: (issue: I) => { field: string; message: string } | null): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    const d = describe(issue);
    if (!d) continue;
    const key = `${d.field}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ row, field: d.field, message: d.message });
  }
}

export function importErrors(sheet: CheckedSheet<string, unknown>): ImportRowError[] {
  return sheet.rows.flatMap((r) => r.errors);
}

/** The preview of a checked sheet, each row shown as the record's own summary. */
export function sheetPreview<C extends string, F, Row extends { row: number; errors: ImportRowError[] }>(
  sheet: CheckedSheet<C, F>,
  sha256: string,
  summary: (r: CheckedRow<C, F>) => Row,
): CsvImportPreview<Row> {
  return {
    fileName: sheet.fileName,
    sha256,
    rowCount: sheet.rows.length,
    errorCount: importErrors(sheet).length,
    warnings: sheet.warnings,
    rows: sheet.rows.map(summary),
  };
}

/** The refusal of an import with faulty rows: how many, and the first few in words. */
export function importRefusal(sheet: CheckedSheet<string, unknown>): AppError {
  const errors = importErrors(sheet);
  const rows = new Set(errors.map((e) => e.row)).size;
  const first = errors[0]!;
  const shown = errors
    .slice(0, 3)
    .map((e) => `row ${e.row}, ${e.field}: ${e.message}`)
    .join('; ');
  return new AppError(
    'INVALID_INPUT',
    `${sheet.fileName}: nothing was imported, ${rows} row${rows === 1 ? ' has' : 's have'} errors (${errors.length} in all). ${shown}${errors.length > 3 ? '; …' : ''}`,
    { file: sheet.fileName, line: first.row, field: first.field },
  );
}
