import type { Migration } from './types';

/**
 * Filing packages: one generated PDF each (in the workspace folder packages/) and the record that
 * proves what it was made from: its SHA-256, its date (the only date printed in it, so the same
 * records render the same bytes again), the sections, the supporting documents with their SHA-256
 * and pages, and the list versions it quoted. A package record is a record of what was filed
 * (15 CFR 762.6): never changed or deleted; a new rendering is a new record that supersedes it.
 */
export const migration010: Migration = {
  version: 10,
  name: 'filing packages',
  up(db) {
    db.exec(`
      CREATE TABLE packages (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('application', 'classification-request', 'encryption-report')),
        application_id INTEGER REFERENCES applications(id),
        item_id INTEGER REFERENCES items(id),
        year INTEGER,
        title TEXT NOT NULL,
        reference TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        generated_by TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        pages INTEGER NOT NULL CHECK (pages > 0),
        relative_path TEXT NOT NULL UNIQUE,
        supersedes_id INTEGER REFERENCES packages(id),
        sections_json TEXT NOT NULL,
        documents_json TEXT NOT NULL,
        snapshots_json TEXT NOT NULL,
        CHECK ((kind = 'application') = (application_id IS NOT NULL)),
        CHECK ((kind = 'classification-request') = (item_id IS NOT NULL)),
        CHECK ((kind = 'encryption-report') = (year IS NOT NULL))
      ) STRICT;
      CREATE INDEX packages_sha256 ON packages(sha256);
      CREATE INDEX packages_by_date ON packages(generated_at, id);
      CREATE INDEX packages_application ON packages(application_id, id) WHERE application_id IS NOT NULL;
      CREATE INDEX packages_item ON packages(item_id, id) WHERE item_id IS NOT NULL;
      CREATE TRIGGER packages_no_update BEFORE UPDATE ON packages
      BEGIN SELECT RAISE(ABORT, 'a package record is kept as generated: regenerate it to make a new one'); END;
      CREATE TRIGGER packages_no_delete BEFORE DELETE ON packages
      BEGIN SELECT RAISE(ABORT, 'package records are kept as records'); END;
    `);
  },
};
