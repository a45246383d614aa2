import Database from 'better-sqlite3';
import type { AuditVerification } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/errors';
import { verifyAuditChain } from '../audit-verify';
import { schemaDifferences, schemaOf, type SchemaObject } from '../store/expected-schema';
import { LATEST_VERSION } from '../store/migrations';
import type { ReadBackup } from './read-backup';
import { readSnapshot, type SnapshotFacts } from './snapshot';

/** What the database inside a backup holds, once every check has passed. */
export interface BackupDatabaseFacts extends SnapshotFacts {
  auditChain: AuditVerification;
}

const dbError = (e: unknown) => ((e as Error).message || String(e)).split('\n')[0]!.slice(0, 200);

/** "table notes", "tables a, b and 2 more": the tables a database holds, for a sentence. */
function tablesIn(schema: SchemaObject[]): string {
  const tables = schema.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_')).map((o) => o.name);
  if (!tables.length) return 'it holds no table';
  const shown = tables.slice(0, 5).join(', ');
  return `it holds table${tables.length > 1 ? 's' : ''} ${shown}${tables.length > 5 ? ` and ${tables.length - 5} more` : ''}`;
}

function describeHead(h: { id: number } | null): string {
  return h ? `row ${h.id}` : 'no row';
}

/**
 * Checks the database taken out of a backup, in an order that lets nothing in it run first:
 *
 * 1. its schema version: one this ExportDesk knows, and not 0 (not an ExportDesk workspace);
 * 2. its schema, compared with the one ExportDesk's migrations give that version — every table,
 *    column, index, trigger and view exactly. Only sqlite_schema is read for this, which runs no
 *    view and fires no trigger; a database with a recursive view, a trigger of its own or its audit
 *    guards dropped is refused here, naming each difference;
 * 3. PRAGMA integrity_check, which also evaluates the CHECK constraints and indexed expressions,
 *    now known to be ExportDesk's own;
 * 4. the same version as the manifest records; every attachment and package file it names in the
 *    backup (or recorded as missing when it was made); the end of its audit log the one the
 *    manifest records;
 * 5. the audit chain, walked and reported.
 *
 * After step 2 every query runs only ExportDesk's own schema over plain tables, so each step takes
 * time in proportion to the file's size: none can loop.
 */
export function checkBackupDatabase(file: string, dbPath: string, read: ReadBackup): BackupDatabaseFacts {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('BAD_FILE', `The backup ${file} is damaged: its database cannot be opened (${dbError(e)}).`, { file });
  }
  let auditChain: AuditVerification;
  try {
    let version: number;
    let schema: SchemaObject[];
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      schema = schemaOf(db);
    } catch (e) {
      throw new AppError('BAD_FILE', `The backup ${file} is damaged: its database cannot be read (${dbError(e)}).`, { file });
    }
    if (version > LATEST_VERSION) {
      throw new AppError(
        'WORKSPACE_TOO_NEW',
        `The backup ${file} holds a workspace written by a newer version of ExportDesk (database version ${version}; this version knows up to ${LATEST_VERSION}). Restore it with the newer version.`,
        { file },
      );
    }
    if (version < 1) {
      throw new AppError('BAD_FILE', `The backup ${file} holds a database that is not an ExportDesk workspace: it has no ExportDesk schema version (${tablesIn(schema)}).`, { file });
    }
    const differences = schemaDifferences(schema, version);
    if (differences.length) {
      const shown = differences.slice(0, 6);
      const more = differences.length > shown.length ? `; and ${differences.length - shown.length} more differences` : '';
      throw new AppError('BAD_FILE', `The backup ${file} holds a database that is not as ExportDesk writes it (version ${version}): ${shown.join('; ')}${more}.`, { file });
    }

    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      problems = [dbError(e)];
    }
    if (problems.join() !== 'ok') throw new AppError('BAD_FILE', `The backup ${file} is damaged: its database fails PRAGMA integrity_check (${problems.slice(0, 3).join('; ')}).`, { file });
    if (version !== read.manifest.schemaVersion) {
      throw new AppError('BAD_FILE', `The backup ${file} is damaged: its database is version ${version} where its manifest says ${read.manifest.schemaVersion}.`, { file });
    }
    auditChain = verifyAuditChain(db);
  } finally {
    db.close();
  }

  const facts = readSnapshot(dbPath, false);
  const held = new Set(read.manifest.entries.map((e) => e.path));
  const missing = new Set(read.manifest.missingAttachments);
  for (const [sha, documentId] of facts.attachments) {
    if (!held.has(`attachments/${sha}`) && !missing.has(sha)) {
      throw new AppError('BAD_FILE', `The backup ${file} is incomplete: document #${documentId} names attachments/${sha}, which the backup does not hold.`, { file });
    }
  }
  const missingPackages = new Set(read.manifest.missingPackages);
  for (const [rel, packageId] of facts.packages) {
    if (!held.has(rel) && !missingPackages.has(rel)) {
      throw new AppError('BAD_FILE', `The backup ${file} is incomplete: package #${packageId} names ${rel}, which the backup does not hold.`, { file });
    }
  }
  // The manifest's head becomes the restored workspace's audit-head.json: it must be the log's real end.
  const head = read.manifest.auditHead;
  if ((head?.id ?? null) !== (facts.auditHead?.id ?? null) || (head && facts.auditHead && head.hash !== facts.auditHead.hash)) {
    const same = head && facts.auditHead && head.id === facts.auditHead.id;
    throw new AppError(
      'BAD_FILE',
      same
        ? `The backup ${file} is damaged: its database's audit log ends at row ${head.id} with another hash than its manifest records.`
        : `The backup ${file} is damaged: its database's audit log ends at ${describeHead(facts.auditHead)}, where its manifest records ${describeHead(head)} as the last.`,
      { file },
    );
  }
  return { ...facts, auditChain };
}
