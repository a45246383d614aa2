import type { Database } from 'better-sqlite3';
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
import { addIssueErrors, checkSpreadsheet, sheetPreview, type CheckedRow, type CheckedSheet } from '../files/spreadsheet-import';

export type ParsedPartyRow = CheckedRow<PartyCsvColumn, PartyFields>;
export type ParsedPartyCsv = CheckedSheet<PartyCsvColumn, PartyFields>;

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
    addIssueErrors(errors, row, parsed.error.issues, (issue) => {
      // The address repeats the party's country: one message about the country is enough.
      if (issue.path[0] === 'addresses' && issue.path[2] === 'country') return null;
      const field = columnOf(issue.path, otherNameColumns, identifierColumns);
      const message = field === 'kind' && !rawKind ? 'the kind is required' : field === 'kind' ? `"${get('kind')}" is not a kind of party (${PARTY_KINDS.join(', ')})` : issue.message;
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
  return checkSpreadsheet(text, fileName, {
    noun: 'party',
    columns: PARTY_CSV_COLUMNS,
    required: REQUIRED_PARTY_CSV_COLUMNS,
    maxRows: MAX_PARTY_CSV_ROWS,
    checkRow,
    sameRecord: { key: (f) => `${f.country}|${nameKey(f.legalName)}`, field: 'legal_name', what: 'legal name and country' },
  });
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

export function previewOf(parsed: ParsedPartyCsv, sha256: string): ImportPreview {
  return sheetPreview(parsed, sha256, (r) => ({
    row: r.row,
    legalName: r.cells.legal_name?.trim() ?? '',
    kind: r.fields?.kind ?? r.cells.kind?.trim() ?? '',
    country: r.fields?.country ?? r.cells.country?.trim() ?? '',
    otherNames: r.fields ? r.fields.otherNames.map((n) => n.name) : list(r.cells.other_names),
    errors: r.errors,
  }));
}
