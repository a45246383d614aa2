import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupVerification } from '../../../shared/backup/types';
import type { AuditVerification } from '../../../shared/contract/audit';
import { checkBackupDatabase, type BackupDatabaseFacts } from './check-database';
import { readBackup, type EntryTarget, type ReadBackup } from './read-backup';

export function verificationOf(read: ReadBackup, auditChain: AuditVerification): Omit<BackupVerification, 'file'> {
  return {
    size: read.size,
    createdAt: read.manifest.createdAt,
    appVersion: read.manifest.appVersion,
    schemaVersion: read.manifest.schemaVersion,
    workspace: read.manifest.workspace,
    entries: read.manifest.entries.length,
    attachments: read.counts.attachment,
    packages: read.counts.package,
    counts: read.manifest.counts,
    integrity: 'ok',
    warnings: read.manifest.warnings,
    auditChain: { ok: auditChain.ok, rowsChecked: auditChain.rowsChecked, firstBroken: auditChain.firstBroken },
  };
}

export interface CheckedBackup {
  read: ReadBackup;
  database: BackupDatabaseFacts;
}

/**
 * Every check of a backup file, the one function `backup verify` and restore both run, so the two
 * never disagree: read through once (marker, every entry complete and hashed against the manifest,
 * entry names that can all be files in one folder), then the database (checkBackupDatabase: schema
 * version and exact schema first, integrity, completeness, audit head and chain). `place` says
 * where each entry is written while it is read; it must put the database at `dbPath`.
 */
export async function checkBackup(file: string, dbPath: string, place: EntryTarget, progress?: (done: number, total: number) => Promise<void> | void): Promise<CheckedBackup> {
  const read = await readBackup(file, place, progress);
  return { read, database: checkBackupDatabase(file, dbPath, read) };
}

/**
 * Checks a backup file without restoring it: the checks restore runs, with the database taken out
 * to a temporary folder and removed afterwards and the other entries only hashed. Needs no
 * workspace, so the CLI runs it on any file.
 */
export async function verifyBackup(file: string, progress?: (done: number, total: number) => Promise<void> | void): Promise<BackupVerification> {
  const abs = path.resolve(file);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-verify-'));
  try {
    const dbPath = path.join(tmp, 'database.sqlite');
    const { read, database } = await checkBackup(abs, dbPath, (_p, kind) => (kind === 'database' ? dbPath : null), progress);
    return { file: abs, ...verificationOf(read, database.auditChain) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
