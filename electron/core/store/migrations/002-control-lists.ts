import type { Migration } from './types';

/**
 * Control-list snapshots. Snapshots are immutable once imported (a classification cites the exact
 * text it was made against), so their rows refuse UPDATE and DELETE at the database level.
 */
export const migration002: Migration = {
  version: 2,
  name: 'control-list snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE control_lists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('us-ccl', 'eu-annex-i', 'custom')),
        current_snapshot_id INTEGER REFERENCES list_snapshots(id)
      ) STRICT;

      CREATE TABLE list_snapshots (
        id INTEGER PRIMARY KEY,
        list_id TEXT NOT NULL REFERENCES control_lists(id),
        version_label TEXT NOT NULL,
        effective_date TEXT,
        source_url TEXT,
        source_file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        retrieved_at TEXT,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        file_sha256 TEXT NOT NULL,
        attribution TEXT,
        citation TEXT,
        entry_count INTEGER NOT NULL,
        paragraph_count INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX list_snapshots_list ON list_snapshots(list_id, imported_at);

      CREATE TABLE control_entries (
        id INTEGER PRIMARY KEY,
        snapshot_id INTEGER NOT NULL REFERENCES list_snapshots(id),
        code TEXT NOT NULL,
        category TEXT NOT NULL,
        product_group TEXT NOT NULL,
        heading TEXT NOT NULL,
        reasons_text TEXT,
        reasons_json TEXT NOT NULL,
        chart_rows_json TEXT NOT NULL,
        license_exceptions_json TEXT NOT NULL,
        related_controls TEXT,
        UNIQUE (snapshot_id, code)
      ) STRICT;
      CREATE INDEX control_entries_browse ON control_entries(snapshot_id, category, product_group, code);

      CREATE TABLE control_paragraphs (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES control_entries(id),
        ordinal INTEGER NOT NULL,
        code TEXT,
        label TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('item', 'note', 'text')),
        depth INTEGER NOT NULL,
        parent_ordinal INTEGER,
        text TEXT NOT NULL,
        UNIQUE (entry_id, ordinal)
      ) STRICT;

      -- List-level texts that are not entries (EU general notes, definitions, the Cryptography
      -- Note, the general export authorisations EU001-EU008).
      CREATE TABLE snapshot_documents (
        id INTEGER PRIMARY KEY,
        snapshot_id INTEGER NOT NULL REFERENCES list_snapshots(id),
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (snapshot_id, key)
      ) STRICT;

      -- One row per entry heading (paragraph_id NULL) and per paragraph; the code column lets a
      -- search for "5A002" hit the entry even inside running text.
      CREATE VIRTUAL TABLE control_fts USING fts5(
        code, heading, body,
        snapshot_id UNINDEXED, entry_id UNINDEXED, paragraph_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER list_snapshots_immutable BEFORE UPDATE ON list_snapshots
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER list_snapshots_no_delete BEFORE DELETE ON list_snapshots
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER control_entries_immutable BEFORE UPDATE ON control_entries
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER snapshot_documents_immutable BEFORE UPDATE ON snapshot_documents
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER control_paragraphs_immutable BEFORE UPDATE ON control_paragraphs
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
    `);
  },
};
