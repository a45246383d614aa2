import type { Migration } from './types';

/**
 * Restricted-party list snapshots (OFAC SDN, trade.gov CSL, UN, BIS DPL, own lists). Like control
 * lists, an imported snapshot is immutable: a screening record cites the exact list version used.
 */
export const migration004: Migration = {
  version: 4,
  name: 'screening-list snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE screening_lists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        current_snapshot_id INTEGER REFERENCES screening_snapshots(id)
      ) STRICT;

      CREATE TABLE screening_snapshots (
        id INTEGER PRIMARY KEY,
        list_id TEXT NOT NULL REFERENCES screening_lists(id),
        format TEXT NOT NULL,
        published_at TEXT,
        source TEXT,
        source_file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        entry_count INTEGER NOT NULL,
        name_count INTEGER NOT NULL,
        notes TEXT
      ) STRICT;
      CREATE INDEX screening_snapshots_list ON screening_snapshots(list_id, published_at);

      CREATE TABLE screening_entries (
        id INTEGER PRIMARY KEY,
        snapshot_id INTEGER NOT NULL REFERENCES screening_snapshots(id),
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases_json TEXT NOT NULL,
        type TEXT NOT NULL,
        countries_json TEXT NOT NULL,
        programs_json TEXT NOT NULL,
        addresses_json TEXT NOT NULL,
        remarks TEXT,
        source_list TEXT,
        -- Hash of everything above but the ids: the same entry in a later snapshot with another
        -- hash has changed, which re-opens a hit that was cleared against the old version.
        content_hash TEXT NOT NULL,
        UNIQUE (snapshot_id, external_id)
      ) STRICT;

      CREATE TRIGGER screening_snapshots_no_update BEFORE UPDATE ON screening_snapshots
      BEGIN SELECT RAISE(ABORT, 'screening-list snapshots are immutable'); END;
      CREATE TRIGGER screening_snapshots_no_delete BEFORE DELETE ON screening_snapshots
      BEGIN SELECT RAISE(ABORT, 'screening-list snapshots are immutable'); END;
      CREATE TRIGGER screening_entries_no_update BEFORE UPDATE ON screening_entries
      BEGIN SELECT RAISE(ABORT, 'screening-list snapshots are immutable'); END;
      CREATE TRIGGER screening_entries_no_delete BEFORE DELETE ON screening_entries
      BEGIN SELECT RAISE(ABORT, 'screening-list snapshots are immutable'); END;
    `);
  },
};
