import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ItemFields, ItemImportPreviewRow } from '../../../shared/items/types';
import { changedFields } from '../audit';
import { recordHistory } from '../audit-rows';
import { itemsCsv } from '../items/csv-export';
import { checkAgainstWorkspace, parseItemCsv, previewOf } from '../items/csv-import';
import { getItem, getItemFields, getItemRow, insertItem, refuseSameItem, updateItem } from '../items/item-store';
import { itemIds, listItems } from '../items/list';
import type { HandlerMap } from '../registry';
import { exportHandler, importHandler, importPreviewHandler, type CsvRecords } from './csv-handlers';
import { attachDocumentHandler, documentsHandler } from './document-handlers';

type ItemMethods =
  | 'items.create'
  | 'items.update'
  | 'items.get'
  | 'items.list'
  | 'items.history'
  | 'items.attachDocument'
  | 'items.documents'
  | 'items.importPreview'
  | 'items.import'
  | 'items.export';

function newFields(input: ParsedInput<'items.create'>): ItemFields {
  return {
    name: input.name,
    modelNumber: input.modelNumber ?? null,
    manufacturer: input.manufacturer ?? null,
    description: input.description ?? null,
    itemType: input.itemType,
    originCountry: input.originCountry ?? null,
    notes: input.notes ?? null,
    parameters: input.parameters ?? [],
    ccatsNumber: input.ccatsNumber ?? null,
    encryptionComponent: input.encryptionComponent ?? null,
    nonUsComponents: input.nonUsComponents ?? null,
    nonUsManufacturingLocations: input.nonUsManufacturingLocations ?? null,
  };
}

/** The stored fields with the ones the update names; `undefined` leaves a field as it is. */
function mergedFields(before: ItemFields, input: ParsedInput<'items.update'>): ItemFields {
  const pick = <K extends keyof ItemFields>(k: K): ItemFields[K] => (input[k] === undefined ? before[k] : (input[k] as ItemFields[K]));
  return {
    name: pick('name'),
    modelNumber: pick('modelNumber'),
    manufacturer: pick('manufacturer'),
    description: pick('description'),
    itemType: pick('itemType'),
    originCountry: pick('originCountry'),
    notes: pick('notes'),
    parameters: pick('parameters'),
    ccatsNumber: pick('ccatsNumber'),
    encryptionComponent: pick('encryptionComponent'),
    nonUsComponents: pick('nonUsComponents'),
    nonUsManufacturingLocations: pick('nonUsManufacturingLocations'),
  };
}

const itemDocuments = {
  ownerType: 'item' as const,
  noun: 'item',
  action: 'items.attachDocument',
  ownerId: (input: { itemId: number }) => input.itemId,
  requireOwner: getItemRow,
};

const itemCsv: CsvRecords<ItemFields, ItemImportPreviewRow, NonNullable<ParsedInput<'items.export'>>> = {
  plural: 'items',
  recordType: 'item',
  parse: parseItemCsv,
  checkAgainstWorkspace,
  previewOf,
  insert: (tx, fields) => insertItem(tx.db, fields, tx.at, tx.actor),
  ids: itemIds,
  csv: itemsCsv,
};

export const itemHandlers: HandlerMap<ItemMethods> = {
  'items.create': {
    commit(tx, input) {
      const fields = newFields(input);
      refuseSameItem(tx.db, fields);
      const id = insertItem(tx.db, fields, tx.at, tx.actor);
      tx.audit({ action: 'items.create', recordType: 'item', recordId: id, after: fields });
      return { item: getItem(tx.db, id) };
    },
  },

  'items.update': {
    commit(tx, input) {
      const before = getItemFields(tx.db, input.id);
      const after = mergedFields(before, input);
      refuseSameItem(tx.db, after, input.id);
      const change = changedFields(before, after);
      if (Object.keys(change.after).length === 0) throw new AppError('INVALID_INPUT', `Nothing to change: item #${input.id} already has these values.`);
      updateItem(tx.db, input.id, after, tx.at);
      tx.audit({ action: 'items.update', recordType: 'item', recordId: input.id, before: change.before, after: change.after });
      return { item: getItem(tx.db, input.id) };
    },
  },

  'items.get': { run: (ctx, input) => getItem(ctx.db, input.id) },
  'items.list': { run: (ctx, input) => listItems(ctx.db, input ?? {}) },

  'items.history': {
    run(ctx, input) {
      getItemRow(ctx.db, input.itemId);
      // Created, changed, imported, document attached, classified, flagged for review: classification
      // writes are recorded against their item for this.
      return recordHistory(ctx.db, 'item', input.itemId, input.limit);
    },
  },

  'items.attachDocument': attachDocumentHandler(itemDocuments),
  'items.documents': documentsHandler(itemDocuments),

  'items.importPreview': importPreviewHandler(itemCsv),
  'items.import': importHandler(itemCsv),
  'items.export': exportHandler(itemCsv),
};
