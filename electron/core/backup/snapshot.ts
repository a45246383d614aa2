import Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/backup/types';

/** Pages copied per step of the online backup: about 4 MB, so other calls wait only briefly between steps. */
const PAGES_PER_STEP = 1000;
/** As many pages as there are: the rest of the copy in one step. */
const ALL_PAGES = 0x7fffffff;

/** Records counted into the manifest, by the words a reader of the manifest uses. */
const COUNTED: Record<string, string> = {
  parties: 'parties',
  items: 'items',
  classifications: 'classifications',
  applications: 'applications',
  licenses: 'licenses',
  shipments: 'shipments',
  screenings: 'screenings',
  documents: 'documents',
  packages: 'packages',
  auditRows: 'audit_log',
};

export interface SnapshotFacts {
  schemaVersion: number;
  counts: BackupCounts;
  auditHead: { id: number; hash: string } | null;
  /** Attachment hashes the copied database refers to, with the first document naming each. */
  attachments: Map<string, number>;
  /** Generated package files (packages/…) the copied database refers to, with the package naming each. */
  packages: Map<string, number>;
}

/**
 * Copies the open database to `dest` with SQLite's online backup API, which gives a consistent copy
 * while other connections (the app, the CLI) keep writing. The copy is then switched out of WAL
 * mode so it is one self-contained file, and read for what the manifest records.
 */
export async function snapshotDatabase(db: Database.Database, dest: string, progress?: (done: number, total: number) => void): Promise<SnapshotFacts> {
  // SQLite restarts an online backup whenever another connection writes to the source. A busy
  // workspace could keep it restarting for ever, so after the first restart the rest is copied in
  // one step: one read transaction, which WAL lets writers work beside.
  let lastRemaining = Infinity;
  let restarted = false;
  await db.backup(dest, {
    progress({ totalPages, remainingPages }) {
      if (remainingPages > lastRemaining) restarted = true;
      lastRemaining = remainingPages;
      progress?.(totalPages - remainingPages, totalPages);
      return restarted ? ALL_PAGES : PAGES_PER_STEP;
    },
  });
  return readSnapshot(dest, true);
}

/** Reads the facts of a copied database; `seal` also makes it a single file (rollback journal, no WAL). */
export function readSnapshot(file: string, seal: boolean): SnapshotFacts {
  const copy = new Database(file, { readonly: !seal, fileMustExist: true });
  try {
    if (seal) copy.pragma('journal_mode = DELETE');
    const tables = new Set(copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const counts: BackupCounts = {};
    for (const [name, table] of Object.entries(COUNTED)) {
      if (tables.has(table)) counts[name] = copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    }
    const auditHead = tables.has('audit_log') ? ((copy.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined) ?? null) : null;
    const attachments = new Map<string, number>();
    if (tables.has('documents')) {
      for (const r of copy.prepare('SELECT sha256, min(id) AS id FROM documents GROUP BY sha256').iterate() as Iterable<{ sha256: string; id: number }>) attachments.set(r.sha256, r.id);
    }
    const packages = new Map<string, number>();
    if (tables.has('packages')) {
      for (const r of copy.prepare('SELECT relative_path AS path, id FROM packages ORDER BY relative_path').iterate() as Iterable<{ path: string; id: number }>) packages.set(r.path, r.id);
    }
    return { schemaVersion: copy.pragma('user_version', { simple: true }) as number, counts, auditHead, attachments, packages };
  } finally {
    copy.close();
  }
}
