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
import { addIssueErrors, checkSpreadsheet, sheetPreview, type CheckedRow, type CheckedSheet } from '../files/spreadsheet-import';
import { findSameItem, identityKey } from './item-store';

export type ParsedItemRow = CheckedRow<ItemCsvColumn, ItemFields>;
export type ParsedItemCsv = CheckedSheet<ItemCsvColumn, ItemFields>;

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
      ccatsNumber: 'ccats_number',
      encryptionComponent: 'encryption_component',
      nonUsComponents: 'non_us_components',
      nonUsManufacturingLocations: 'non_us_manufacturing_locations',
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
    ccatsNumber: get('ccats_number') || null,
    encryptionComponent: get('encryption_component').toLowerCase() || null,
    nonUsComponents: get('non_us_components') || null,
    nonUsManufacturingLocations: get('non_us_manufacturing_locations') || null,
  });
  if (!parsed.success) {
    addIssueErrors(errors, row, parsed.error.issues, (issue) => {
      const field = columnOf(issue.path);
      const message =
        field === 'item_type' ? (rawType ? `"${get('item_type')}" is not an item type (${ITEM_TYPES.join(', ')})` : 'the item type is required') : field === 'name' && !get('name') ? 'the name is empty' : issue.message;
      return { field, message };
    });
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
      ccatsNumber: v.ccatsNumber ?? null,
      encryptionComponent: v.encryptionComponent ?? null,
      nonUsComponents: v.nonUsComponents ?? null,
      nonUsManufacturingLocations: v.nonUsManufacturingLocations ?? null,
    },
  };
}

/**
 * Reads an item spreadsheet saved as CSV and checks every row on its own and against the other
 * rows, collecting each fault with its row and column instead of stopping at the first.
 */
export function parseItemCsv(text: string, fileName: string): ParsedItemCsv {
  return checkSpreadsheet(text, fileName, {
    noun: 'item',
    columns: ITEM_CSV_COLUMNS,
    required: REQUIRED_ITEM_CSV_COLUMNS,
    maxRows: MAX_ITEM_CSV_ROWS,
    exportOnly: {
      columns: ITEM_CSV_EXPORT_ONLY_COLUMNS,
      why: (names) =>
        `The column${names.length > 1 ? 's' : ''} ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} not imported: classifications are made in ExportDesk against a list version, not read from a spreadsheet.`,
    },
    checkRow,
    sameRecord: { key: identityKey, field: 'name', what: 'name, model and manufacturer' },
  });
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

export function previewOf(parsed: ParsedItemCsv, sha256: string): ItemImportPreview {
  return sheetPreview(parsed, sha256, (r) => ({
    row: r.row,
    name: r.cells.name?.trim() ?? '',
    modelNumber: r.cells.model_number?.trim() ?? '',
    itemType: r.fields?.itemType ?? r.cells.item_type?.trim() ?? '',
    originCountry: r.fields?.originCountry ?? r.cells.origin_country?.trim() ?? '',
    parameterCount: r.fields?.parameters.length ?? 0,
    errors: r.errors,
  }));
}
