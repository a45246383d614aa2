import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Party, PartyFields, SimilarParty } from '../../../shared/parties/types';
import { changedFields } from '../audit';
import type { Tx } from '../registry';
import { screenedKey, screenPartyInTx } from '../screening/party-screening';
import { findSimilarParties, refuseLikelyDuplicate } from './duplicates';
import { getParty, getPartyFields, getPartyRow, insertParty, updateParty } from './party-store';

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

export interface PartyWrite {
  party: Party;
  similar: SimilarParty[];
}

/**
 * Creates a party and, when a screening list is current, screens it in the same transaction: a new
 * party is never left "Not screened" because nobody pressed Screen now.
 */
export function createParty(tx: Tx, input: ParsedInput<'parties.create'>): PartyWrite {
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
  screenPartyInTx(tx, id);
  return { party: getParty(tx.db, id), similar };
}

/**
 * Changes a party; when the change touches what screening reads (names, country, person or not), or
 * restores an archived party, the party is screened again in the same transaction. Other edits
 * (website, roles, contacts) are not.
 */
export function updatePartyRecord(tx: Tx, input: ParsedInput<'parties.update'>): PartyWrite {
  const row = getPartyRow(tx.db, input.id);
  const before = getPartyFields(tx.db, input.id);
  const screenedBefore = screenedKey(tx.db, input.id);
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
  // A party restored from the archive was not screened while archived: it is screened again too.
  const restored = row.archived === 1 && !archived;
  if (restored || screenedKey(tx.db, input.id) !== screenedBefore) screenPartyInTx(tx, input.id);
  return { party: getParty(tx.db, input.id), similar };
}
