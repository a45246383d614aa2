import type { Migration } from './types';

/**
 * Party records: organisations and individuals, their names, addresses, contacts and identifiers,
 * the "Know Your Customer" checklist (Supp. No. 3 to Part 732) and the documents kept for them.
 * Parties are never deleted (records are kept five years, § 762.6); they are archived.
 */
export const migration005: Migration = {
  version: 5,
  name: 'parties, due diligence and documents',
  up(db) {
    db.exec(`
      CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        legal_name TEXT NOT NULL CHECK (length(trim(legal_name)) > 0),
        -- The legal name folded (case, accents, punctuation): the table's sort order and the key
        -- that finds the same name typed twice.
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('government', 'commercial', 'academic', 'individual', 'other')),
        country TEXT NOT NULL CHECK (length(country) = 2),
        website TEXT,
        notes TEXT,
        roles_json TEXT NOT NULL DEFAULT '[]',
        -- Kept in step with party_kyc_answers by the writer, so the table can filter on them
        -- through an index instead of counting answers for every row.
        kyc_state TEXT NOT NULL DEFAULT 'incomplete' CHECK (kyc_state IN ('open', 'incomplete', 'clear')),
        open_red_flags INTEGER NOT NULL DEFAULT 0,
        kyc_answered INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Every list query pins archived and reads in name order, so each filter has its own index
      -- (archived, column, name_key, id): a page is an index range, never a sort of the table.
      -- The other filter columns ride along at the end, so combined filters and counts are
      -- answered from the index alone.
      CREATE INDEX parties_by_name ON parties(archived, name_key, id, country, kind, kyc_state);
      CREATE INDEX parties_by_country ON parties(archived, country, name_key, id, kind, kyc_state);
      CREATE INDEX parties_by_kind ON parties(archived, kind, name_key, id, country, kyc_state);
      CREATE INDEX parties_by_kyc ON parties(archived, kyc_state, name_key, id, country, kind);

      CREATE TABLE party_names (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        type TEXT NOT NULL CHECK (type IN ('other', 'trade', 'former')),
        name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX party_names_party ON party_names(party_id, id);

      CREATE TABLE party_addresses (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        type TEXT NOT NULL CHECK (type IN ('business', 'delivery', 'other')),
        street TEXT,
        city TEXT,
        region TEXT,
        postal_code TEXT,
        country TEXT NOT NULL CHECK (length(country) = 2)
      ) STRICT;
      CREATE INDEX party_addresses_party ON party_addresses(party_id, id);

      CREATE TABLE party_contacts (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        name TEXT NOT NULL,
        title TEXT,
        email TEXT,
        phone TEXT
      ) STRICT;
      CREATE INDEX party_contacts_party ON party_contacts(party_id, id);

      CREATE TABLE party_identifiers (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        type TEXT NOT NULL CHECK (type IN ('registration', 'tax', 'other')),
        value TEXT NOT NULL,
        label TEXT
      ) STRICT;
      CREATE INDEX party_identifiers_party ON party_identifiers(party_id, id);

      CREATE TABLE party_kyc_answers (
        party_id INTEGER NOT NULL REFERENCES parties(id),
        flag_id TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
        note TEXT,
        answered_at TEXT NOT NULL,
        answered_by TEXT NOT NULL,
        PRIMARY KEY (party_id, flag_id)
      ) STRICT, WITHOUT ROWID;

      -- Files live in attachments/<sha256> (content-addressed: the user's file name is never a
      -- path). owner_type and doc_type are checked in code, so items and applications can attach
      -- documents later without rebuilding the table.
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        owner_type TEXT NOT NULL,
        owner_id INTEGER NOT NULL,
        doc_type TEXT NOT NULL,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        note TEXT,
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_owner ON documents(owner_type, owner_id, id);
      CREATE INDEX documents_sha256 ON documents(sha256);
      CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
      BEGIN SELECT RAISE(ABORT, 'stored documents are kept as uploaded'); END;
      CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'stored documents are kept as uploaded'); END;

      -- One row per party (rowid = party id): names and other names, identifiers, and the name
      -- matcher's keys prefixed with the country, which find near-duplicates in the same country.
      CREATE VIRTUAL TABLE party_search USING fts5(
        names, identifiers, keys,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
    `);
  },
};
