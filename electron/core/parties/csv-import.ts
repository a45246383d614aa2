import type { Database } from 'better-sqlite3';
import { CsvError, parse } from 'csv-parse/sync';
import { PartyCreateInput } from '../../../shared/contract/parties';
import { countryCode } from '../../../shared/countries';
import { AppError } from '../../../shared/errors';
import { MAX_PARTY_CSV_ROWS, PARTY_CSV_COLUMNS, REQUIRED_PARTY_CSV_COLUMNS, type PartyCsvColumn } from '../../../shared/parties/csv-columns';
import { nameKey } from '../../../shared/parties/name-key';
import {
  PARTY_KINDS,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  type ImportPreview,
  type ImportRowError,
  type PartyFields,
  type PartyRole,
} from '../../../shared/parties/types';
import { uncsvCell } from './csv-cells';

export interface ParsedPartyRow {
  row: number;
  cells: Partial<Record<PartyCsvColumn, string>>;
  /** Set when the row passed every check of its own. */
  fields: PartyFields | null;
  errors: ImportRowError[];
}

export interface ParsedPartyCsv {
  fileName: string;
  rows: ParsedPartyRow[];
  warnings: string[];
}

interface Record_ {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Comma, or the semicolon and tab some spreadsheet programs save with, as the header line shows. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  if (count(',') > 0) return ',';
  if (count(';') > 0) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}

/** The spreadsheet row a record starts on (csv-parse reports where it ends). */
function startLine(r: Record_): number {
  const raw = r.raw.replace(/^[\r\n]+/, '');
  const newlines = (raw.match(/\n/g) ?? []).length - (raw.endsWith('\n') ? 1 : 0);
  return r.info.lines - Math.max(0, newlines);
}

function readRecords(text: string, fileName: string): Record_[] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      raw: true,
    }) as unknown as Record_[];
  } catch (e) {
    if (e instanceof CsvError) {
      // csv-parse reports where it gave up (the end of the file for an open quote); the user needs
      // the row where the quote was opened.
      const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) : (e as CsvError & { lines?: number }).lines;
      const what =
        e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted cell is never closed'
          : e.code === 'INVALID_OPENING_QUOTE' || e.code === 'CSV_INVALID_CLOSING_QUOTE'
            ? 'a quote in the middle of a cell (write a quote inside a quoted cell as "")'
            : e.message;
      throw new AppError('BAD_FILE', `${fileName}${line ? `, line ${line}` : ''}: malformed CSV: ${what}. Nothing was imported.`, { file: fileName, line });
    }
    throw e;
  }
}

/** The line of the record whose quote is never closed: quotes toggle, "" inside quotes is a quote. */
function openQuoteLine(text: string): number | undefined {
  let inQuote = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (inQuote && text.charCodeAt(i + 1) === 34) i++;
      else inQuote = !inQuote;
    } else if (c === 10) {
      line++;
      if (!inQuote) recordLine = line;
    }
  }
  return inQuote ? recordLine : undefined;
}

function headerColumns(header: string[], fileName: string): { columns: (PartyCsvColumn | null)[]; warnings: string[] } {
  const known = new Set<string>(PARTY_CSV_COLUMNS);
  const seen = new Set<string>();
  const warnings: string[] = [];
  const columns = header.map((h) => {
    const name = h.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!known.has(name)) {
      if (h.trim()) warnings.push(`The column "${h.trim()}" is not one ExportDesk reads; its cells are left out.`);
      return null;
    }
    if (seen.has(name)) throw new AppError('BAD_FILE', `${fileName}, line 1: the column ${name} appears twice in the header`, { file: fileName, line: 1, field: name });
    seen.add(name);
    return name as PartyCsvColumn;
  });
  const missing = REQUIRED_PARTY_CSV_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}, line 1: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. The first line must name the columns, at least ${REQUIRED_PARTY_CSV_COLUMNS.join(', ')}.`,
      { file: fileName, line: 1, field: missing[0] },
    );
  }
  return { columns, warnings };
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

const KIND_WORDS: Record<string, string> = { 'academic or research': 'academic', research: 'academic', 'academic/research': 'academic' };

/** "End user", "end-user" and "END_USER" all name the role end-user. */
function roleOf(word: string): PartyRole | undefined {
  const slug = word.toLowerCase().replace(/[\s_]+/g, '-');
  return (PARTY_ROLES as readonly string[]).includes(slug) ? (slug as PartyRole) : undefined;
}

/** Which CSV column a field of the party input comes from, for per-row messages. */
function columnOf(path: readonly PropertyKey[], otherNameColumns: PartyCsvColumn[], identifierColumns: PartyCsvColumn[]): string {
  const [head, index, leaf] = path;
  switch (head) {
    case 'legalName':
      return 'legal_name';
    case 'otherNames':
      return otherNameColumns[Number(index)] ?? 'other_names';
    case 'addresses':
      return leaf === 'city' ? 'city' : leaf === 'postalCode' ? 'postal_code' : leaf === 'region' ? 'region' : leaf === 'country' ? 'country' : 'address';
    case 'contacts':
      return leaf === 'email' ? 'contact_email' : leaf === 'phone' ? 'contact_phone' : 'contact_name';
    case 'identifiers':
      return identifierColumns[Number(index)] ?? 'registration_id';
    default:
      return String(head ?? 'row');
  }
}

function checkRow(row: number, cells: Partial<Record<PartyCsvColumn, string>>): ParsedPartyRow {
  const errors: ImportRowError[] = [];
  const get = (c: PartyCsvColumn) => cells[c]?.trim() ?? '';

  const rawCountry = get('country');
  const country = rawCountry ? (countryCode(rawCountry) ?? rawCountry) : '';
  const rawKind = get('kind').toLowerCase();
  const kind = KIND_WORDS[rawKind] ?? rawKind;

  const roles: PartyRole[] = [];
  for (const word of list(cells.roles)) {
    const role = roleOf(word);
    if (role) roles.push(role);
    else errors.push({ row, field: 'roles', message: `"${word}" is not a party role (${PARTY_ROLES.map((r) => PARTY_ROLE_LABELS[r].split(' (')[0]!.toLowerCase()).join(', ')})` });
  }

  const otherNames = [...list(cells.other_names).map((name) => ({ type: 'other' as const, name })), ...list(cells.trade_names).map((name) => ({ type: 'trade' as const, name }))];
  const otherNameColumns: PartyCsvColumn[] = otherNames.map((n) => (n.type === 'trade' ? 'trade_names' : 'other_names'));
  const hasAddress = ['address', 'city', 'postal_code', 'region'].some((c) => get(c as PartyCsvColumn));
  const hasContact = ['contact_name', 'contact_email', 'contact_phone'].some((c) => get(c as PartyCsvColumn));
  const identifiers = [
    ...(get('registration_id') ? [{ type: 'registration' as const, value: get('registration_id') }] : []),
    ...(get('tax_id') ? [{ type: 'tax' as const, value: get('tax_id') }] : []),
  ];
  const identifierColumns: PartyCsvColumn[] = identifiers.map((i) => (i.type === 'tax' ? 'tax_id' : 'registration_id'));

  const input = {
    legalName: get('legal_name'),
    kind,
    country,
    website: get('website') || null,
    notes: get('notes') || null,
    roles,
    otherNames,
    addresses: hasAddress
      ? [{ type: 'business', street: get('address'), city: get('city'), region: get('region'), postalCode: get('postal_code'), country }]
      : [],
    contacts: hasContact ? [{ name: get('contact_name'), email: get('contact_email'), phone: get('contact_phone') }] : [],
    identifiers,
  };
  const parsed = PartyCreateInput.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = columnOf(issue.path, otherNameColumns, identifierColumns);
      // The address repeats the party's country: one message about the country is enough.
      if (issue.path[0] === 'addresses' && issue.path[2] === 'country') continue;
      const message = field === 'kind' && !rawKind ? 'the kind is required' : field === 'kind' ? `"${get('kind')}" is not a kind of party (${PARTY_KINDS.join(', ')})` : issue.message;
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
      legalName: v.legalName,
      kind: v.kind,
      country: v.country,
      website: v.website ?? null,
      notes: v.notes ?? null,
      roles: v.roles ?? [],
      otherNames: v.otherNames ?? [],
      addresses: v.addresses ?? [],
      contacts: v.contacts ?? [],
      identifiers: v.identifiers ?? [],
    },
  };
}

/**
 * Reads a party spreadsheet saved as CSV and checks every row on its own and against the other
 * rows, collecting each fault with its row and column instead of stopping at the first.
 */
export function parsePartyCsv(text: string, fileName: string): ParsedPartyCsv {
  const records = readRecords(text, fileName);
  if (records.length === 0) throw new AppError('BAD_FILE', `${fileName}: the file is empty`, { file: fileName });
  const { columns, warnings } = headerColumns(records[0]!.record, fileName);
  const body = records.slice(1);
  if (body.length === 0) throw new AppError('BAD_FILE', `${fileName}: there are no party rows under the header`, { file: fileName, line: 2 });
  if (body.length > MAX_PARTY_CSV_ROWS) {
    throw new AppError('BAD_FILE', `${fileName}: ${body.length} rows is more than the ${MAX_PARTY_CSV_ROWS} one import takes; split the file`, { file: fileName });
  }

  const firstRowOf = new Map<string, number>();
  const rows = body.map((r) => {
    const row = startLine(r);
    const cells: Partial<Record<PartyCsvColumn, string>> = {};
    r.record.forEach((value, i) => {
      const col = columns[i];
      if (col) cells[col] = uncsvCell(value);
    });
    const checked = checkRow(row, cells);
    if (r.record.length > columns.length && r.record.slice(columns.length).some((c) => c.trim())) {
      checked.errors.unshift({ row, field: 'row', message: `the row has ${r.record.length} cells but the header names ${columns.length} columns (a stray comma or an unquoted cell?)` });
      checked.fields = null;
    }
    if (checked.fields) {
      const key = `${checked.fields.country}|${nameKey(checked.fields.legalName)}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        checked.errors.push({ row, field: 'legal_name', message: `row ${row} repeats row ${first}: the same legal name and country` });
        checked.fields = null;
      } else firstRowOf.set(key, row);
    }
    return checked;
  });
  return { fileName, rows, warnings };
}

/** Adds an error to every row naming a party that is already in the workspace (same folded legal name and country). */
export function checkAgainstWorkspace(db: Database, parsed: ParsedPartyCsv): void {
  const stmt = db.prepare('SELECT id, legal_name FROM parties WHERE archived IN (0, 1) AND country = ? AND name_key = ? LIMIT 1');
  for (const r of parsed.rows) {
    if (!r.fields) continue;
    const existing = stmt.get(r.fields.country, nameKey(r.fields.legalName)) as { id: number; legal_name: string } | undefined;
    if (existing) {
      r.errors.push({ row: r.row, field: 'legal_name', message: `party #${existing.id} ${existing.legal_name} (${r.fields.country}) is already in the workspace` });
      r.fields = null;
    }
  }
}

export function importErrors(parsed: ParsedPartyCsv): ImportRowError[] {
  return parsed.rows.flatMap((r) => r.errors);
}

export function previewOf(parsed: ParsedPartyCsv, sha256: string): ImportPreview {
  const errors = importErrors(parsed);
  return {
    fileName: parsed.fileName,
    sha256,
    rowCount: parsed.rows.length,
    errorCount: errors.length,
    warnings: parsed.warnings,
    rows: parsed.rows.map((r) => ({
      row: r.row,
      legalName: r.cells.legal_name?.trim() ?? '',
      kind: r.fields?.kind ?? r.cells.kind?.trim() ?? '',
      country: r.fields?.country ?? r.cells.country?.trim() ?? '',
      otherNames: r.fields ? r.fields.otherNames.map((n) => n.name) : list(r.cells.other_names),
      errors: r.errors,
    })),
  };
}

/** The refusal of an import with faulty rows: how many, and the first few in words. */
export function importRefusal(parsed: ParsedPartyCsv): AppError {
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
