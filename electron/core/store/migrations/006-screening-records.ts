import type { Migration } from './types';

/**
 * Screening records: what was screened, against which list snapshots, by whom, with every hit and
 * the decision on it. Records are evidence (15 CFR 762.6 keeps them five years), so screenings
 * and decisions are append-only; only a hit's current status moves, and each move is a decision row.
 */
export const migration006: Migration = {
  version: 6,
  name: 'screening records and decisions',
  up(db) {
    db.exec(`
      CREATE TABLE screening_batches (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'rescreen')),
        source TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        summary_json TEXT
      ) STRICT;

      CREATE TABLE screenings (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('party', 'name', 'batch-row')),
        party_id INTEGER REFERENCES parties(id),
        batch_id INTEGER REFERENCES screening_batches(id),
        batch_row INTEGER,
        batch_ref TEXT,
        query_name TEXT NOT NULL,
        names_json TEXT NOT NULL,
        query_country TEXT,
        query_type TEXT,
        normalized_query TEXT NOT NULL,
        truncated INTEGER NOT NULL,
        threshold REAL NOT NULL,
        lists_json TEXT NOT NULL,
        hit_count INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX screenings_party ON screenings(party_id, id);
      CREATE INDEX screenings_batch ON screenings(batch_id, batch_row);

      CREATE TABLE screening_hits (
        id INTEGER PRIMARY KEY,
        screening_id INTEGER NOT NULL REFERENCES screenings(id),
        entry_id INTEGER NOT NULL REFERENCES screening_entries(id),
        snapshot_id INTEGER NOT NULL REFERENCES screening_snapshots(id),
        list_id TEXT NOT NULL,
        external_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        matched_name TEXT NOT NULL,
        matched_index INTEGER NOT NULL,
        query_name TEXT NOT NULL,
        score REAL NOT NULL,
        name_score REAL NOT NULL,
        explanation_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'review', 'cleared', 'confirmed', 'previously-cleared')),
        status_reason TEXT
      ) STRICT;
      CREATE INDEX screening_hits_screening ON screening_hits(screening_id);
      CREATE INDEX screening_hits_status ON screening_hits(status, id);

      CREATE TABLE hit_decisions (
        id INTEGER PRIMARY KEY,
        hit_id INTEGER NOT NULL REFERENCES screening_hits(id),
        decision TEXT NOT NULL CHECK (decision IN ('cleared', 'confirmed', 'review')),
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX hit_decisions_hit ON hit_decisions(hit_id, id);

      -- Decisions remembered for a party and a listed entry, so a cleared false positive does not
      -- alert again unless the entry changes (its content hash) in a later snapshot.
      CREATE TABLE party_hit_memory (
        party_id INTEGER NOT NULL REFERENCES parties(id),
        list_id TEXT NOT NULL,
        external_id TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('cleared', 'confirmed')),
        content_hash TEXT NOT NULL,
        decision_id INTEGER NOT NULL REFERENCES hit_decisions(id),
        PRIMARY KEY (party_id, list_id, external_id)
      ) STRICT;

      -- A party's screening state, kept on the party row by every screening and decision, so the
      -- parties table filters on it through an index like its other filters (100,000 parties).
      ALTER TABLE parties ADD COLUMN screening_state TEXT NOT NULL DEFAULT 'not-screened'
        CHECK (screening_state IN ('not-screened', 'clear', 'open-hits', 'confirmed-match'));
      ALTER TABLE parties ADD COLUMN screened_at TEXT;
      ALTER TABLE parties ADD COLUMN open_hits INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX parties_by_screening ON parties(archived, screening_state, name_key, id, country, kind, kyc_state);

      CREATE TRIGGER screenings_no_update BEFORE UPDATE ON screenings
      BEGIN SELECT RAISE(ABORT, 'screening records are append-only'); END;
      CREATE TRIGGER screenings_no_delete BEFORE DELETE ON screenings
      BEGIN SELECT RAISE(ABORT, 'screening records are append-only'); END;
      CREATE TRIGGER screening_hits_no_delete BEFORE DELETE ON screening_hits
      BEGIN SELECT RAISE(ABORT, 'screening records are append-only'); END;
      CREATE TRIGGER hit_decisions_no_change BEFORE UPDATE ON hit_decisions
      BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
      CREATE TRIGGER hit_decisions_no_delete BEFORE DELETE ON hit_decisions
      BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
    `);
  },
};
