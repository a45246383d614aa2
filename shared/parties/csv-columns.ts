/**
 * The party spreadsheet: one row per party, the columns an office's customer list usually has.
 * Lists inside a cell (other names, roles) are separated by ";". A row carries one address and
 * one contact; further ones are kept in the workspace only.
 */
export const PARTY_CSV_COLUMNS = [
  'legal_name',
  'kind',
  'country',
  'other_names',
  'trade_names',
  'roles',
  'address',
  'city',
  'postal_code',
  'region',
  'website',
  'contact_name',
  'contact_email',
  'contact_phone',
  'registration_id',
  'tax_id',
  'notes',
] as const;
export type PartyCsvColumn = (typeof PARTY_CSV_COLUMNS)[number];

export const REQUIRED_PARTY_CSV_COLUMNS: readonly PartyCsvColumn[] = ['legal_name', 'kind', 'country'];

/** Most rows one import takes; larger lists are split into several files. */
export const MAX_PARTY_CSV_ROWS = 100_000;
