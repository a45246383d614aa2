import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ImportPreviewRow, PartyFields } from '../../../shared/parties/types';
import { changedFields } from '../audit';
import { recordHistory } from '../audit-rows';
import { partiesCsv } from '../parties/csv-export';
import { checkAgainstWorkspace, parsePartyCsv, previewOf } from '../parties/csv-import';
import { findSimilarParties, refuseLikelyDuplicate } from '../parties/duplicates';
import { writeKycAnswers } from '../parties/kyc';
import { listParties, partyIds } from '../parties/list';
import { getParty, getPartyFields, getPartyRow, insertParty, updateParty } from '../parties/party-store';
import type { HandlerMap } from '../registry';
import { exportHandler, importHandler, importPreviewHandler, type CsvRecords } from './csv-handlers';
import { attachDocumentHandler, documentsHandler } from './document-handlers';

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

const partyDocuments = {
  ownerType: 'party' as const,
  noun: 'party',
  action: 'parties.attachDocument',
  ownerId: (input: { partyId: number }) => input.partyId,
  requireOwner: getPartyRow,
};

const partyCsv: CsvRecords<PartyFields, ImportPreviewRow, NonNullable<ParsedInput<'parties.export'>>> = {
  plural: 'parties',
  recordType: 'party',
  parse: parsePartyCsv,
  checkAgainstWorkspace,
  previewOf,
  insert: (tx, fields) => insertParty(tx.db, fields, tx.at, tx.actor),
  ids: partyIds,
  csv: partiesCsv,
};

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

  'parties.attachDocument': attachDocumentHandler(partyDocuments),
  'parties.documents': documentsHandler(partyDocuments),

  'parties.history': {
    run(ctx, input) {
      getPartyRow(ctx.db, input.partyId);
      // Created, changed, checklist answered, document attached, imported.
      return recordHistory(ctx.db, 'party', input.partyId, input.limit);
    },
  },

  'parties.importPreview': importPreviewHandler(partyCsv),
  'parties.import': importHandler(partyCsv),
  'parties.export': exportHandler(partyCsv),
};
