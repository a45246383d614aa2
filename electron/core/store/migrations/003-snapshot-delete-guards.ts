import type { Migration } from './types';

/**
 * Migration 2 refused UPDATE on every snapshot table but DELETE only on list_snapshots, so an
 * entry without paragraphs, a paragraph or a list-level document could still be deleted from an
 * imported snapshot. Snapshot rows are cited by classifications and must stay exactly as imported.
 */
export const migration003: Migration = {
  version: 3,
  name: 'snapshot rows refuse deletion',
  up(db) {
    db.exec(`
      CREATE TRIGGER control_entries_no_delete BEFORE DELETE ON control_entries
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER control_paragraphs_no_delete BEFORE DELETE ON control_paragraphs
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
      CREATE TRIGGER snapshot_documents_no_delete BEFORE DELETE ON snapshot_documents
      BEGIN SELECT RAISE(ABORT, 'control-list snapshots are immutable'); END;
    `);
  },
};
