/**
 * The item spreadsheet: one row per item. Technical parameters share one cell, separated by ";",
 * each written `name=value [unit]` ("Key length=256 [bit]; Throughput=10 [Gbit/s]").
 */
export const ITEM_CSV_COLUMNS = [
  'name',
  'model_number',
  'manufacturer',
  'item_type',
  'origin_country',
  'description',
  'parameters',
  'notes',
  // What the encryption self-classification report reads (Supp. No. 8 to Part 742); all optional.
  'ccats_number',
  'encryption_component',
  'non_us_components',
  'non_us_manufacturing_locations',
] as const;
export type ItemCsvColumn = (typeof ITEM_CSV_COLUMNS)[number];

export const REQUIRED_ITEM_CSV_COLUMNS: readonly ItemCsvColumn[] = ['name', 'item_type'];

/**
 * Written by the export for the reader's information and skipped by the import: a classification
 * is made in ExportDesk against a list version, never typed into a spreadsheet.
 */
export const ITEM_CSV_EXPORT_ONLY_COLUMNS = ['us_classification', 'eu_classification', 'needs_review'] as const;

/** Most rows one import takes; larger catalogues are split into several files. */
export const MAX_ITEM_CSV_ROWS = 50_000;

/** Most parameters one item carries. */
export const MAX_ITEM_PARAMETERS = 100;
