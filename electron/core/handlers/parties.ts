import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { PartyFields } from '../../../shared/parties/types';
import { changedFields } from '../audit';
import { removeUnreferencedAttachment, storeAttachment } from '../documents/attachments';
import { findAttached, getDocument, insertDocument, listDocuments } from '../documents/queries';
import { readDocumentFile, type DocumentFile } from '../documents/read-document';
import { decodeUtf8, readSource } from '../files/read-source';
import { partiesCsv } from '../parties/csv-export';
import { checkAgainstWorkspace, importErrors, importRefusal, parsePartyCsv, previewOf, type ParsedPartyCsv } from '../parties/csv-import';
import { findSimilarParties, refuseLikelyDuplicate } from '../parties/duplicates';
import { partyHistory } from '../parties/history';
import { writeKycAnswers } from '../parties/kyc';
import { listParties, partyIds } from '../parties/list';
import { getParty, getPartyFields, getPartyRow, insertParty, updateParty } from '../parties/party-store';
import type { HandlerMap } from '../registry';
import { sha256Hex } from '../store/hash';

type PartyMethods =
  | 'parties.create'
  | 'parties.update'
  | 'parties.get'
  | 'parties.list'
  | 'parties.findSimilar'
  | 'parties.answerKyc'
  | 'parties.attachDocument'
  | 'parties.documents'
  | 'parties.history'
  | 'parties.importPreview'
  | 'parties.import'
  | 'parties.export';

function newFields(input: ParsedInput<'parties.create'>): PartyFields {
  return {
    legalName: input.legalName,
    kind: input.kind,
    country: input.country,
    website: input.website ?? null,
    notes: input.notes ?? null,
    roles: input.roles ?? [],
    otherNames: input.otherNames ?? [],
    addresses: input.addresses ?? [],
    contacts: input.contacts ?? [],
    identifiers: input.identifiers ?? [],
  };
}

/** The stored fields with the ones the update names; `undefined` leaves a field as it is. */
function mergedFields(before: PartyFields, input: ParsedInput<'parties.update'>): PartyFields {
  const pick = <K extends keyof PartyFields>(k: K): PartyFields[K] => (input[k] === undefined ? before[k] : (input[k] as PartyFields[K]));
  return {
    legalName: pick('legalName'),
    kind: pick('kind'),
    country: pick('country'),
    website: pick('website'),
    notes: pick('notes'),
    roles: pick('roles'),
    otherNames: pick('otherNames'),
    addresses: pick('addresses'),
    contacts: pick('contacts'),
    identifiers: pick('identifiers'),
  };
}

interface PreparedImport {
  parsed: ParsedPartyCsv;
  sha256: string;
}

export const partyHandlers: HandlerMap<PartyMethods> = {
  'parties.create': {
    commit(tx, input) {
      const fields = newFields(input);
      const similar = findSimilarParties(tx.db, { legalName: fields.legalName, country: fields.country, otherNames: fields.otherNames.map((n) => n.name) });
      refuseLikelyDuplicate(similar, input.confirmDuplicate);
      const id = insertParty(tx.db, fields, tx.at, tx.actor);
      tx.audit({
        action: 'parties.create',
        recordType: 'party',
        recordId: id,
        // A party entered despite a close match says so in its history.
        after: similar.length ? { ...fields, confirmedDistinctFrom: similar.map((s) => s.id) } : fields,
      });
      return { party: getParty(tx.db, id), similar };
    },
  },

  'parties.update': {
    commit(tx, input) {
      const row = getPartyRow(tx.db, input.id);
      const before = getPartyFields(tx.db, input.id);
      const after = mergedFields(before, input);
      const archived = input.archived ?? row.archived === 1;
      const namesChanged =
        after.legalName !== before.legalName || after.country !== before.country || JSON.stringify(after.otherNames) !== JSON.stringify(before.otherNames);
      const similar = namesChanged
        ? findSimilarParties(tx.db, { legalName: after.legalName, country: after.country, otherNames: after.otherNames.map((n) => n.name) }, input.id)
        : [];
      refuseLikelyDuplicate(similar, input.confirmDuplicate);
      const change = changedFields({ ...before, archived: row.archived === 1 }, { ...after, archived });
      if (Object.keys(change.after).length === 0) {
        throw new AppError('INVALID_INPUT', `Nothing to change: party #${input.id} already has these values.`);
      }
      updateParty(tx.db, input.id, after, archived, tx.at);
      tx.audit({ action: 'parties.update', recordType: 'party', recordId: input.id, before: change.before, after: change.after });
      return { party: getParty(tx.db, input.id), similar };
    },
  },

  'parties.get': { run: (ctx, input) => getParty(ctx.db, input.id) },
  'parties.list': { run: (ctx, input) => listParties(ctx.db, input ?? {}) },
  'parties.findSimilar': {
    run: (ctx, input) => findSimilarParties(ctx.db, { legalName: input.legalName, country: input.country, otherNames: input.otherNames }, input.excludeId),
  },

  'parties.answerKyc': {
    commit(tx, input) {
      getPartyRow(tx.db, input.partyId);
      const change = writeKycAnswers(tx.db, input.partyId, input.answers, tx.at, tx.actor);
      tx.audit({ action: 'parties.answerKyc', recordType: 'party', recordId: input.partyId, before: change.before, after: change.after });
      return { party: getParty(tx.db, input.partyId) };
    },
  },

  'parties.attachDocument': {
    prepare(ctx, input) {
      getPartyRow(ctx.db, input.partyId);
      return readDocumentFile(input.source);
    },
    commit(tx, input, file: DocumentFile) {
      getPartyRow(tx.db, input.partyId);
      const dir = tx.ctx.ws.attachmentsDir;
      const already = findAttached(tx.db, 'party', input.partyId, file.sha256);
      if (already) {
        throw new AppError('DUPLICATE', `${file.name} is already attached to this party (document #${already.id}, ${already.originalName}).`, {
          file: file.name,
          field: 'source',
        });
      }
      // The file goes in before its row, and comes out again if the row does not commit.
      if (storeAttachment(dir, file.sha256, file.bytes)) tx.onRollback(() => removeUnreferencedAttachment(tx.db, dir, file.sha256));
      const id = insertDocument(tx.db, {
        ownerType: 'party',
        ownerId: input.partyId,
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
        action: 'parties.attachDocument',
        recordType: 'party',
        recordId: input.partyId,
        after: { documentId: id, docType: input.docType, originalName: file.name, mime: file.mime, size: file.bytes.length, sha256: file.sha256 },
      });
      return { document: getDocument(tx.db, dir, id) };
    },
  },

  'parties.documents': {
    run(ctx, input) {
      getPartyRow(ctx.db, input.partyId);
      return listDocuments(ctx.db, ctx.ws.attachmentsDir, 'party', input.partyId);
    },
  },

  'parties.history': {
    run(ctx, input) {
      getPartyRow(ctx.db, input.partyId);
      return partyHistory(ctx.db, input.partyId, input.limit);
    },
  },

  'parties.importPreview': {
    run(ctx, input) {
      const file = readSource(input.source);
      const parsed = parsePartyCsv(decodeUtf8(file), file.name);
      checkAgainstWorkspace(ctx.db, parsed);
      return previewOf(parsed, file.sha256);
    },
  },

  'parties.import': {
    async prepare(ctx, input): Promise<PreparedImport> {
      await ctx.progress('Reading the file', 0, 3);
      const file = readSource(input.source);
      if (input.expectedSha256 && input.expectedSha256 !== file.sha256) {
        throw new AppError('CONFLICT', `${file.name} has changed since it was previewed. Preview it again before importing.`, { file: file.name });
      }
      await ctx.progress('Checking every row', 1, 3);
      const parsed = parsePartyCsv(decodeUtf8(file), file.name);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      await ctx.progress(`Writing ${parsed.rows.length} parties`, 2, 3);
      return { parsed, sha256: file.sha256 };
    },
    commit(tx, _input, { parsed, sha256 }: PreparedImport) {
      // Checked again inside the transaction: another window may have added a party since.
      checkAgainstWorkspace(tx.db, parsed);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      for (const r of parsed.rows) {
        const id = insertParty(tx.db, r.fields!, tx.at, tx.actor);
        tx.audit({ action: 'parties.import', recordType: 'party', recordId: id, after: { ...r.fields!, importedFrom: { fileName: parsed.fileName, row: r.row, sha256 } } });
      }
      tx.audit({ action: 'parties.import', recordType: 'party_import', recordId: sha256, after: { fileName: parsed.fileName, sha256, imported: parsed.rows.length } });
      return { imported: parsed.rows.length, fileName: parsed.fileName, sha256 };
    },
  },

  'parties.export': {
    commit(tx, input) {
      const filters = input ?? {};
      const ids = partyIds(tx.db, filters);
      const content = partiesCsv(tx.db, ids);
      const sha256 = sha256Hex(content);
      const fileName = `parties-${tx.at.slice(0, 10)}.csv`;
      // Party data leaving the workspace is recorded, like any other export.
      tx.audit({ action: 'parties.export', recordType: 'party_export', recordId: fileName, after: { fileName, rowCount: ids.length, sha256, filters } });
      return { fileName, content, rowCount: ids.length, sha256 };
    },
  },
};
