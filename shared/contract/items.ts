import { z } from 'zod';
import { isCountryCode } from '../countries';
import { DOCUMENT_TYPES, type StoredDocument } from '../documents/types';
import { MAX_ITEM_PARAMETERS } from '../items/csv-columns';
import { ENCRYPTION_COMPONENTS, ITEM_TYPES, type Item, type ItemImportPreview, type ItemPage } from '../items/types';
import { FileSource } from './controls';
import { method } from './define';
import { CsvImportInput, pageFields, type CsvExportResult, type CsvImportResult } from './record-lists';
import { optLines, optText, reqText, text } from './text-fields';
import type { AuditRow } from './workspace';

/** Optional text: trimmed, empty as null, left undefined when not given (an update leaves it alone). */

const OriginCountry = text('the country of origin')
  .trim()
  .nullish()
  .superRefine((v, ctx) => {
    if (v && !isCountryCode(v.toUpperCase())) ctx.addIssue({ code: 'custom', message: `"${v}" is not an ISO 3166 country code (two letters, such as DE or US)` });
  })
  .transform((v) => (v === undefined ? undefined : v ? v.toUpperCase() : null));

export const ItemTypeInput = z.enum(ITEM_TYPES, { message: `the item type must be one of ${ITEM_TYPES.join(', ')}` });

const Parameter = z.object({
  name: reqText(200, 'a parameter name'),
  value: reqText(500, 'a parameter value'),
  unit: optText(50, 'a parameter unit').transform((v) => v ?? null),
});

const ItemName = reqText(300, 'the item name').refine((s) => s === '' || /[\p{L}\p{N}]/u.test(s), 'the item name must contain letters or digits');

/** Every editable field; all optional here, so an update changes only what it names. */
const itemFieldShape = {
  name: ItemName,
  modelNumber: optText(200, 'the model or part number'),
  manufacturer: optText(300, 'the manufacturer'),
  description: optLines(10_000, 'the description'),
  itemType: ItemTypeInput,
  originCountry: OriginCountry,
  notes: optLines(10_000, 'the notes'),
  parameters: z
    .array(Parameter)
    .max(MAX_ITEM_PARAMETERS, `at most ${MAX_ITEM_PARAMETERS} parameters`)
    .optional()
    .refine((ps) => !ps || new Set(ps.map((p) => p.name.toLowerCase())).size === ps.length, 'a parameter is named twice'),
  ccatsNumber: optText(50, 'the CCATS number'),
  encryptionComponent: z.enum(ENCRYPTION_COMPONENTS, { message: `the encryption component kind must be one of ${ENCRYPTION_COMPONENTS.join(', ')}` }).nullish(),
  nonUsComponents: optLines(1000, 'the non-U.S. components'),
  nonUsManufacturingLocations: optLines(1000, 'the non-U.S. manufacturing locations'),
};

export const ItemCreateInput = z.object(itemFieldShape);

const itemId = z.number().int().positive();

/** A classification filter: unclassified, EAR99, not listed, or an entry code (5A992). */
const ClassFilter = text('the classification filter')
  .trim()
  .regex(/^(unclassified|EAR99|NOT-LISTED|[0-9][A-E][0-9]{3})$/i, 'the classification filter must be unclassified, EAR99, NOT-LISTED or an entry code such as 5A992')
  .transform((v) => (/^[0-9]/.test(v) ? v.toUpperCase() : v.toLowerCase() === 'unclassified' ? 'unclassified' : v.toUpperCase()));

export const ItemFiltersInput = z.object({
  /** Words of the name, model or part number or manufacturer; each word matches the start of a word. */
  search: text('the search words').trim().max(200, 'the search words are longer than 200 characters').optional(),
  itemType: ItemTypeInput.optional(),
  /** The US classification in force: its ECCN, EAR99, or unclassified. */
  usClass: ClassFilter.optional(),
  /** The EU classification in force: its code, NOT-LISTED, or unclassified. */
  euClass: ClassFilter.optional(),
  /** Only items with a classification waiting for review after a list changed. */
  needsReview: z.boolean().optional(),
});
export type ItemFilters = z.output<typeof ItemFiltersInput>;

export const itemsContract = {
  'items.create': method<{ item: Item }>()('write', ItemCreateInput, 'Add an item (commodity, software or technology) to the catalogue.'),
  'items.update': method<{ item: Item }>()(
    'write',
    z
      .object(itemFieldShape)
      .partial()
      .extend({ id: itemId }),
    'Change an item: only the fields given; parameters given replace the old ones.',
  ),
  'items.get': method<Item>()('read', z.object({ id: itemId }), 'One item with its parameters, classifications in force and review state.'),
  'items.list': method<ItemPage>()(
    'read',
    ItemFiltersInput.extend(pageFields).optional(),
    'A page of items in name order, searched and filtered.',
  ),
  'items.history': method<AuditRow[]>()(
    'read',
    z.object({ itemId, limit: z.number().int().min(1).max(1000).optional() }),
    'The audit rows of an item (changes, classifications, reviews, documents), newest first.',
  ),
  'items.attachDocument': method<{ document: StoredDocument }>()(
    'write',
    z.object({ itemId, docType: z.enum(DOCUMENT_TYPES).default('datasheet'), source: FileSource, note: optLines(2000, 'the note') }),
    'Store a document (a datasheet: PDF, image, DOCX, ODT) in the workspace and attach it to an item.',
  ),
  'items.documents': method<StoredDocument[]>()('read', z.object({ itemId }), "An item's documents, each checked on disk."),
  'items.importPreview': method<ItemImportPreview>()('read', z.object({ source: FileSource }), 'Read an item CSV and check every row, writing nothing.'),
  'items.import': method<CsvImportResult>()(
    'write',
    CsvImportInput,
    'Import every row of an item CSV, or nothing when any row has an error.',
  ),
  'items.export': method<CsvExportResult>()(
    'write',
    ItemFiltersInput.optional(),
    'Items matching the filters as CSV, in the import format.',
  ),
};
