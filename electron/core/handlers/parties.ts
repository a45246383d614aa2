import type { ParsedInput } from '../../../shared/contract';
import type { ImportPreviewRow, PartyFields } from '../../../shared/parties/types';
import { recordHistory } from '../audit-rows';
import { partiesCsv } from '../parties/csv-export';
import { checkAgainstWorkspace, parsePartyCsv, previewOf } from '../parties/csv-import';
import { findSimilarParties } from '../parties/duplicates';
import { writeKycAnswers } from '../parties/kyc';
import { listParties, partyIds } from '../parties/list';
import { getParty, getPartyRow, insertParty } from '../parties/party-store';
import { createParty, updatePartyRecord } from '../parties/party-writes';
import { screenCommittedParties } from '../screening/party-screening';
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

const partyImport = importHandler(partyCsv);

export const partyHandlers: HandlerMap<PartyMethods> = {
  'parties.create': { commit: (tx, input) => createParty(tx, input) },
  'parties.update': { commit: (tx, input) => updatePartyRecord(tx, input) },

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
  'parties.import': {
    ...partyImport,
    // The parties are committed first; their screenings follow in chunks of their own.
    afterCommit: async (ctx, _input, committed, transact) => ({ ...committed, screening: await screenCommittedParties(ctx, committed.ids, transact) }),
  },
  'parties.export': exportHandler(partyCsv),
};
