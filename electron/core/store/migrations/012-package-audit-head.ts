import type { Migration } from './types';

/**
 * The audit log's head (newest row id and hash) when a package was made, kept with its record and
 * written into the PDF: a package kept or filed elsewhere can later show whether the log still
 * holds that row as it was (`audit verify --against FILE.pdf`). Null for packages made before.
 */
export const migration012: Migration = {
  version: 12,
  name: 'package audit head',
  up(db) {
    db.exec(`
      ALTER TABLE packages ADD COLUMN audit_head_id INTEGER CHECK (audit_head_id >= 0);
      ALTER TABLE packages ADD COLUMN audit_head_hash TEXT CHECK (length(audit_head_hash) = 64);
    `);
  },
};
