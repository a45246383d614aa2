import type { Migration } from './types';

/**
 * Commerce Country Chart (Supp. No. 1 to Part 738) and Country Groups (Supp. No. 1 to Part 740)
 * as snapshots, like control lists: a license determination cites the exact versions it read, so
 * imported rows refuse UPDATE and DELETE. Destinations are keyed by ISO code; the file's own
 * footnotes, notes and § 738.3(a)(1) entries are kept as JSON with the snapshot.
 */
export const migration008: Migration = {
  version: 8,
  name: 'country chart and country groups snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE destination_snapshots (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('country-chart', 'country-groups')),
        version_label TEXT NOT NULL,
        issue_date TEXT,
        source_url TEXT,
        source_file_name TEXT NOT NULL,
        retrieved_at TEXT,
        citation TEXT,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        destination_count INTEGER NOT NULL,
        meta_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX destination_snapshots_kind ON destination_snapshots(kind, issue_date);

      -- The one mutable row per kind: which snapshot a determination reads by default.
      CREATE TABLE destination_lists (
        kind TEXT PRIMARY KEY CHECK (kind IN ('country-chart', 'country-groups')),
        current_snapshot_id INTEGER NOT NULL REFERENCES destination_snapshots(id)
      ) STRICT;

      CREATE TABLE chart_destinations (
        id INTEGER PRIMARY KEY,
        snapshot_id INTEGER NOT NULL REFERENCES destination_snapshots(id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('row', 'embargoed', 'territory')),
        marks_json TEXT NOT NULL,
        footnotes_json TEXT NOT NULL,
        embargo_pointer TEXT,
        inherits_code TEXT,
        inherits_basis TEXT,
        UNIQUE (snapshot_id, code)
      ) STRICT;

      CREATE TABLE group_memberships (
        id INTEGER PRIMARY KEY,
        snapshot_id INTEGER NOT NULL REFERENCES destination_snapshots(id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        groups_json TEXT NOT NULL,
        inherits_code TEXT,
        inherits_basis TEXT,
        UNIQUE (snapshot_id, code)
      ) STRICT;

      CREATE TRIGGER destination_snapshots_no_update BEFORE UPDATE ON destination_snapshots
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
      CREATE TRIGGER destination_snapshots_no_delete BEFORE DELETE ON destination_snapshots
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
      CREATE TRIGGER chart_destinations_no_update BEFORE UPDATE ON chart_destinations
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
      CREATE TRIGGER chart_destinations_no_delete BEFORE DELETE ON chart_destinations
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
      CREATE TRIGGER group_memberships_no_update BEFORE UPDATE ON group_memberships
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
      CREATE TRIGGER group_memberships_no_delete BEFORE DELETE ON group_memberships
      BEGIN SELECT RAISE(ABORT, 'country chart and country group snapshots are immutable'); END;
    `);
  },
};
