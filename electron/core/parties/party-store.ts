import type { Database } from 'better-sqlite3';
import { countryName } from '../../../shared/countries';
import { AppError } from '../../../shared/errors';
import { nameKey } from '../../../shared/parties/name-key';
import type {
  IdentifierType,
  NameType,
  Party,
  PartyFields,
  PartyKind,
  PartyRole,
} from '../../../shared/parties/types';
import { kycAnswers, kycSummary } from './kyc';
import { partyScreeningStatus } from './screening-status';
import { nameLookupKeys } from './similar-names';
import { recordRetention } from '../retention/list';

export interface PartyRow {
  id: number;
  legal_name: string;
  name_key: string;
  kind: PartyKind;
  country: string;
  website: string | null;
  notes: string | null;
  roles_json: string;
  kyc_state: 'open' | 'incomplete' | 'clear';
  open_red_flags: number;
  kyc_answered: number;
  archived: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

/**
 * Prepared once per database: a CSV import writes ten thousand parties through these, and
 * preparing each statement per row would cost more than the writes.
 */
function prepareStatements(db: Database) {
  return {
    insertParty: db.prepare(
      `INSERT INTO parties (legal_name, name_key, kind, country, website, notes, roles_json, created_at, created_by, updated_at)
       VALUES (@legalName, @nameKey, @kind, @country, @website, @notes, @roles, @at, @actor, @at)`,
    ),
    updateParty: db.prepare(
      `UPDATE parties SET legal_name = @legalName, name_key = @nameKey, kind = @kind, country = @country, website = @website,
         notes = @notes, roles_json = @roles, archived = @archived, updated_at = @at WHERE id = @id`,
    ),
    deleteNames: db.prepare('DELETE FROM party_names WHERE party_id = ?'),
    deleteAddresses: db.prepare('DELETE FROM party_addresses WHERE party_id = ?'),
    deleteContacts: db.prepare('DELETE FROM party_contacts WHERE party_id = ?'),
    deleteIdentifiers: db.prepare('DELETE FROM party_identifiers WHERE party_id = ?'),
    insertName: db.prepare('INSERT INTO party_names (party_id, type, name) VALUES (?, ?, ?)'),
    insertAddress: db.prepare(
      'INSERT INTO party_addresses (party_id, type, street, city, region, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertContact: db.prepare('INSERT INTO party_contacts (party_id, name, title, email, phone) VALUES (?, ?, ?, ?, ?)'),
    insertIdentifier: db.prepare('INSERT INTO party_identifiers (party_id, type, value, label) VALUES (?, ?, ?, ?)'),
    deleteSearch: db.prepare('DELETE FROM party_search WHERE rowid = ?'),
    insertSearch: db.prepare('INSERT INTO party_search (rowid, names, identifiers, keys) VALUES (?, ?, ?, ?)'),
    row: db.prepare('SELECT * FROM parties WHERE id = ?'),
    names: db.prepare('SELECT type, name FROM party_names WHERE party_id = ? ORDER BY id'),
    addresses: db.prepare(
      'SELECT type, street, city, region, postal_code AS postalCode, country FROM party_addresses WHERE party_id = ? ORDER BY id',
    ),
    contacts: db.prepare('SELECT name, title, email, phone FROM party_contacts WHERE party_id = ? ORDER BY id'),
    identifiers: db.prepare('SELECT type, value, label FROM party_identifiers WHERE party_id = ? ORDER BY id'),
    documentCount: db.prepare(`SELECT count(*) AS n FROM documents WHERE owner_type = 'party' AND owner_id = ?`),
  };
}

const cache = new WeakMap<Database, ReturnType<typeof prepareStatements>>();

function statements(db: Database): ReturnType<typeof prepareStatements> {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepareStatements(db)));
  return s;
}

export function getPartyRow(db: Database, id: number): PartyRow {
  const row = statements(db).row.get(id) as PartyRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no party #${id} in this workspace`, { field: 'id' });
  return row;
}

/** The editable fields of a stored party: what audit rows record before and after a change. */
export function getPartyFields(db: Database, id: number, row: PartyRow = getPartyRow(db, id)): PartyFields {
  const s = statements(db);
  return {
    legalName: row.legal_name,
    kind: row.kind,
    country: row.country,
    website: row.website,
    notes: row.notes,
    roles: JSON.parse(row.roles_json) as PartyRole[],
    otherNames: s.names.all(id) as { type: NameType; name: string }[],
    addresses: s.addresses.all(id) as PartyFields['addresses'],
    contacts: s.contacts.all(id) as PartyFields['contacts'],
    identifiers: s.identifiers.all(id) as { type: IdentifierType; value: string; label: string | null }[],
  };
}

export function getParty(db: Database, id: number): Party {
  const row = getPartyRow(db, id);
  const fields = getPartyFields(db, id, row);
  const answers = kycAnswers(db, id);
  return {
    id,
    ...fields,
    countryName: countryName(row.country) ?? row.country,
    archived: row.archived === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    kyc: { ...kycSummary(answers), answers },
    screening: partyScreeningStatus(db, id),
    documentCount: (statements(db).documentCount.get(id) as { n: number }).n,
    retention: recordRetention(db, 'party', id),
  };
}

function writeChildren(db: Database, id: number, f: PartyFields): void {
  const s = statements(db);
  s.deleteNames.run(id);
  s.deleteAddresses.run(id);
  s.deleteContacts.run(id);
  s.deleteIdentifiers.run(id);
  for (const n of f.otherNames) s.insertName.run(id, n.type, n.name);
  for (const a of f.addresses) s.insertAddress.run(id, a.type, a.street, a.city, a.region, a.postalCode, a.country);
  for (const c of f.contacts) s.insertContact.run(id, c.name, c.title, c.email, c.phone);
  for (const i of f.identifiers) s.insertIdentifier.run(id, i.type, i.value, i.label);
  refreshSearch(db, id, f);
}

function refreshSearch(db: Database, id: number, f: PartyFields): void {
  const s = statements(db);
  const names = [f.legalName, ...f.otherNames.map((n) => n.name)];
  // Keys carry the country ("de" + "smns"), so a near-duplicate look-up reads only parties of one country.
  const cc = f.country.toLowerCase();
  const keys = new Set(names.flatMap((n) => nameLookupKeys(n)).map((k) => cc + k));
  s.deleteSearch.run(id);
  s.insertSearch.run(id, names.join('\n'), f.identifiers.map((i) => i.value).join('\n'), [...keys].join(' '));
}

export function insertParty(db: Database, f: PartyFields, at: string, actor: string): number {
  const r = statements(db).insertParty.run({
    legalName: f.legalName,
    nameKey: nameKey(f.legalName),
    kind: f.kind,
    country: f.country,
    website: f.website,
    notes: f.notes,
    roles: JSON.stringify(f.roles),
    at,
    actor,
  });
  const id = Number(r.lastInsertRowid);
  writeChildren(db, id, f);
  return id;
}

export function updateParty(db: Database, id: number, f: PartyFields, archived: boolean, at: string): void {
  statements(db).updateParty.run({
    id,
    legalName: f.legalName,
    nameKey: nameKey(f.legalName),
    kind: f.kind,
    country: f.country,
    website: f.website,
    notes: f.notes,
    roles: JSON.stringify(f.roles),
    archived: archived ? 1 : 0,
    at,
  });
  writeChildren(db, id, f);
}
