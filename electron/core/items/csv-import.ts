import type { Database } from 'better-sqlite3';
import { ItemCreateInput } from '../../../shared/contract/items';
import { countryCode } from '../../../shared/countries';
import { AppError } from '../../../shared/errors';
import {
  ITEM_CSV_COLUMNS,
  ITEM_CSV_EXPORT_ONLY_COLUMNS,
  MAX_ITEM_CSV_ROWS,
  REQUIRED_ITEM_CSV_COLUMNS,
  type ItemCsvColumn,
} from '../../../shared/items/csv-columns';
import { parseParameterCell } from '../../../shared/items/parameter-cell';
import { ITEM_TYPES, type ItemFields, type ItemImportPreview, type ItemImportRowError } from '../../../shared/items/types';
import { uncsvCell } from '../parties/csv-cells';
import { readCsvRecords } from './csv-records';
import { findSameItem, identityKey } from './item-store';

export interface ParsedItemRow {
  row: number;
  cells: Partial<Record<ItemCsvColumn, string>>;
  /** Set when the row passed every check. */
  fields: ItemFields | null;
  errors: ItemImportRowError[];
}

export interface ParsedItemCsv {
  fileName: string;
  rows: ParsedItemRow[];
  warnings: string[];
}

function headerColumns(header: string[], fileName: string): { columns: (ItemCsvColumn | null)[]; warnings: string[] } {
  const known = new Set<string>(ITEM_CSV_COLUMNS);
  const exportOnly = new Set<string>(ITEM_CSV_EXPORT_ONLY_COLUMNS);
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
    return name as ItemCsvColumn;
  });
  if (skippedExportColumns.length) {
    warnings.push(`The column${skippedExportColumns.length > 1 ? 's' : ''} ${skippedExportColumns.join(', ')} ${skippedExportColumns.length > 1 ? 'are' : 'is'} not imported: classifications are made in ExportDesk against a list version, not read from a spreadsheet.`);
  }
  const missing = REQUIRED_ITEM_CSV_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}, line 1: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. The first line must name the columns, at least ${REQUIRED_ITEM_CSV_COLUMNS.join(', ')}.`,
      { file: fileName, line: 1, field: missing[0] },
    );
  }
  return { columns, warnings };
}

const TYPE_WORDS: Record<string, string> = { commodities: 'commodity', hardware: 'commodity', equipment: 'commodity' };

/** Which CSV column a field of the item input comes from, for per-row messages. */
function columnOf(path: readonly PropertyKey[]): string {
  const head = String(path[0] ?? 'row');
  return (
    {
      name: 'name',
      modelNumber: 'model_number',
      manufacturer: 'manufacturer',
      description: 'description',
      itemType: 'item_type',
      originCountry: 'origin_country',
      notes: 'notes',
      parameters: 'parameters',
    } as Record<string, string>
  )[head] ?? head;
}

function checkRow(row: number, cells: Partial<Record<ItemCsvColumn, string>>): ParsedItemRow {
  const errors: ItemImportRowError[] = [];
  const get = (c: ItemCsvColumn) => cells[c]?.trim() ?? '';

  const rawType = get('item_type').toLowerCase();
  const rawCountry = get('origin_country');
  const params = parseParameterCell(get('parameters'));
  if (!params.ok) errors.push({ row, field: 'parameters', message: params.message });

  const parsed = ItemCreateInput.safeParse({
    name: get('name'),
    modelNumber: get('model_number') || null,
    manufacturer: get('manufacturer') || null,
    description: get('description') || null,
    itemType: TYPE_WORDS[rawType] ?? rawType,
    originCountry: rawCountry ? (countryCode(rawCountry) ?? rawCountry) : null,
    notes: get('notes') || null,
    parameters: params.ok ? params.parameters : [],
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = columnOf(issue.path);
      const message =
        field === 'item_type' ? (rawType ? `"${get('item_type')}" is not an item type (${ITEM_TYPES.join(', ')})` : 'the item type is required') : field === 'name' && !get('name') ? 'the name is empty' : issue.message;
      const key = `${field}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ row, field, message });
    }
  }
  if (errors.length || !parsed.success) return { row, cells, fields: null, errors };
  const v = parsed.data;
  return {
    row,
    cells,
    errors,
    fields: {
      name: v.name,
      modelNumber: v.modelNumber ?? null,
      manufacturer: v.manufacturer ?? null,
      description: v.description ?? null,
      itemType: v.itemType,
      originCountry: v.originCountry ?? null,
      notes: v.notes ?? null,
      parameters: v.parameters ?? [],
    },
  };
}

/**
 * Reads an item spreadsheet saved as CSV and checks every row on its own and against the other
 * rows, collecting each fault with its row and column instead of stopping at the first.
 */
export function parseItemCsv(text: string, fileName: string): ParsedItemCsv {
  const records = readCsvRecords(text, fileName);
  if (records.length === 0) throw new AppError('BAD_FILE', `${fileName}: the file is empty`, { file: fileName });
  const { columns, warnings } = headerColumns(records[0]!.cells, fileName);
  const body = records.slice(1);
  if (body.length === 0) throw new AppError('BAD_FILE', `${fileName}: there are no item rows under the header`, { file: fileName, line: 2 });
  if (body.length > MAX_ITEM_CSV_ROWS) {
    throw new AppError('BAD_FILE', `${fileName}: ${body.length} rows is more than the ${MAX_ITEM_CSV_ROWS} one import takes; split the file`, { file: fileName });
  }
  const firstRowOf = new Map<string, number>();
  const rows = body.map((r) => {
    const cells: Partial<Record<ItemCsvColumn, string>> = {};
    r.cells.forEach((value, i) => {
      const col = columns[i];
      if (col) cells[col] = uncsvCell(value);
    });
    const checked = checkRow(r.line, cells);
    if (r.cells.length > columns.length && r.cells.slice(columns.length).some((c) => c.trim())) {
      checked.errors.unshift({ row: r.line, field: 'row', message: `the row has ${r.cells.length} cells but the header names ${columns.length} columns (a stray comma or an unquoted cell?)` });
      checked.fields = null;
    }
    if (checked.fields) {
      const key = identityKey(checked.fields);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        checked.errors.push({ row: r.line, field: 'name', message: `row ${r.line} repeats row ${first}: the same name, model and manufacturer` });
        checked.fields = null;
      } else firstRowOf.set(key, r.line);
    }
    return checked;
  });
  return { fileName, rows, warnings };
}

/** Adds an error to every row naming an item already in the catalogue (same name, model and manufacturer). */
export function checkAgainstWorkspace(db: Database, parsed: ParsedItemCsv): void {
  for (const r of parsed.rows) {
    if (!r.fields) continue;
    const same = findSameItem(db, r.fields);
    if (same) {
      r.errors.push({ row: r.row, field: 'name', message: `item #${same.id} ${same.name} is already in the catalogue with the same name, model and manufacturer` });
      r.fields = null;
    }
  }
}

export function importErrors(parsed: ParsedItemCsv): ItemImportRowError[] {
  return parsed.rows.flatMap((r) => r.errors);
}

export function previewOf(parsed: ParsedItemCsv, sha256: string): ItemImportPreview {
  const errors = importErrors(parsed);
  return {
    fileName: parsed.fileName,
    sha256,
    rowCount: parsed.rows.length,
    errorCount: errors.length,
    warnings: parsed.warnings,
    rows: parsed.rows.map((r) => ({
      row: r.row,
      name: r.cells.name?.trim() ?? '',
      modelNumber: r.cells.model_number?.trim() ?? '',
      itemType: r.fields?.itemType ?? r.cells.item_type?.trim() ?? '',
      originCountry: r.fields?.originCountry ?? r.cells.origin_country?.trim() ?? '',
      parameterCount: r.fields?.parameters.length ?? 0,
      errors: r.errors,
    })),
  };
}

/** The refusal of an import with faulty rows: how many, and the first few in words. */
export function importRefusal(parsed: ParsedItemCsv): AppError {
  const errors = importErrors(parsed);
  const rows = new Set(errors.map((e) => e.row)).size;
  const first = errors[0]!;
  const shown = errors
    .slice(0, 3)
    .map((e) => `row ${e.row}, ${e.field}: ${e.message}`)
    .join('; ');
  return new AppError(
    'INVALID_INPUT',
    `${parsed.fileName}: nothing was imported, ${rows} row${rows === 1 ? ' has' : 's have'} errors (${errors.length} in all). ${shown}${errors.length > 3 ? '; …' : ''}`,
    { file: parsed.fileName, line: first.row, field: first.field },
  );
}
