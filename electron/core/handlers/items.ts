import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ItemFields } from '../../../shared/items/types';
import { changedFields } from '../audit';
import { removeUnreferencedAttachment, storeAttachment } from '../documents/attachments';
import { findAttached, getDocument, insertDocument, listDocuments } from '../documents/queries';
import { readDocumentFile, type DocumentFile } from '../documents/read-document';
import { decodeUtf8, readSource } from '../files/read-source';
import { itemsCsv } from '../items/csv-export';
import { checkAgainstWorkspace, importErrors, importRefusal, parseItemCsv, previewOf, type ParsedItemCsv } from '../items/csv-import';
import { itemHistory } from '../items/history';
import { getItem, getItemFields, getItemRow, insertItem, refuseSameItem, updateItem } from '../items/item-store';
import { itemIds, listItems } from '../items/list';
import type { HandlerMap } from '../registry';
import { sha256Hex } from '../store/hash';

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
  };
}

interface PreparedImport {
  parsed: ParsedItemCsv;
  sha256: string;
}

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
      return itemHistory(ctx.db, input.itemId, input.limit);
    },
  },

  'items.attachDocument': {
    prepare(ctx, input) {
      getItemRow(ctx.db, input.itemId);
      return readDocumentFile(input.source);
    },
    commit(tx, input, file: DocumentFile) {
      getItemRow(tx.db, input.itemId);
      const dir = tx.ctx.ws.attachmentsDir;
      const already = findAttached(tx.db, 'item', input.itemId, file.sha256);
      if (already) {
        throw new AppError('DUPLICATE', `${file.name} is already attached to this item (document #${already.id}, ${already.originalName}).`, { file: file.name, field: 'source' });
      }
      // The file goes in before its row, and comes out again if the row does not commit.
      if (storeAttachment(dir, file.sha256, file.bytes)) tx.onRollback(() => removeUnreferencedAttachment(tx.db, dir, file.sha256));
      const id = insertDocument(tx.db, {
        ownerType: 'item',
        ownerId: input.itemId,
        docType: input.docType,
        originalName: file.name,
        mime: file.mime,
        size: file.bytes.length,
        sha256: file.sha256,
        note: input.note ?? null,
        uploadedAt: tx.at,
        uploadedBy: tx.actor,
      });
      tx.audit({
        action: 'items.attachDocument',
        recordType: 'item',
        recordId: input.itemId,
        after: { documentId: id, docType: input.docType, originalName: file.name, mime: file.mime, size: file.bytes.length, sha256: file.sha256 },
      });
      return { document: getDocument(tx.db, dir, id) };
    },
  },

  'items.documents': {
    run(ctx, input) {
      getItemRow(ctx.db, input.itemId);
      return listDocuments(ctx.db, ctx.ws.attachmentsDir, 'item', input.itemId);
    },
  },

  'items.importPreview': {
    run(ctx, input) {
      const file = readSource(input.source);
      const parsed = parseItemCsv(decodeUtf8(file), file.name);
      checkAgainstWorkspace(ctx.db, parsed);
      return previewOf(parsed, file.sha256);
    },
  },

  'items.import': {
    async prepare(ctx, input): Promise<PreparedImport> {
      await ctx.progress('Reading the file', 0, 3);
      const file = readSource(input.source);
      if (input.expectedSha256 && input.expectedSha256 !== file.sha256) {
        throw new AppError('CONFLICT', `${file.name} has changed since it was previewed. Preview it again before importing.`, { file: file.name });
      }
      await ctx.progress('Checking every row', 1, 3);
      const parsed = parseItemCsv(decodeUtf8(file), file.name);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      await ctx.progress(`Writing ${parsed.rows.length} items`, 2, 3);
      return { parsed, sha256: file.sha256 };
    },
    commit(tx, _input, { parsed, sha256 }: PreparedImport) {
      // Checked again inside the transaction: another window may have added an item since.
      checkAgainstWorkspace(tx.db, parsed);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      for (const r of parsed.rows) {
        const id = insertItem(tx.db, r.fields!, tx.at, tx.actor);
        tx.audit({ action: 'items.import', recordType: 'item', recordId: id, after: { ...r.fields!, importedFrom: { fileName: parsed.fileName, row: r.row, sha256 } } });
      }
      tx.audit({ action: 'items.import', recordType: 'item_import', recordId: sha256, after: { fileName: parsed.fileName, sha256, imported: parsed.rows.length } });
      return { imported: parsed.rows.length, fileName: parsed.fileName, sha256 };
    },
  },

  'items.export': {
    commit(tx, input) {
      const filters = input ?? {};
      const ids = itemIds(tx.db, filters);
      const content = itemsCsv(tx.db, ids);
      const sha256 = sha256Hex(content);
      const fileName = `items-${tx.at.slice(0, 10)}.csv`;
      // Catalogue data leaving the workspace is recorded, like any other export.
      tx.audit({ action: 'items.export', recordType: 'item_export', recordId: fileName, after: { fileName, rowCount: ids.length, sha256, filters } });
      return { fileName, content, rowCount: ids.length, sha256 };
    },
  },
};
