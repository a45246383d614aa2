import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupVerification } from '../../../shared/backup/types';
import { checkBackupDatabase, readBackup, type ReadBackup } from './read-backup';

export function verificationOf(read: ReadBackup): Omit<BackupVerification, 'file'> {
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
  };
}

/**
 * Checks a backup file without restoring it: read through once, every hash compared with the
 * manifest, the database taken out to a temporary folder for PRAGMA integrity_check and removed.
 * Needs no workspace, so the CLI runs it on any file.
 */
export async function verifyBackup(file: string, progress?: (done: number, total: number) => Promise<void> | void): Promise<BackupVerification> {
  const abs = path.resolve(file);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-verify-'));
  try {
    const dbPath = path.join(tmp, 'database.sqlite');
    const read = await readBackup(abs, (_p, kind) => (kind === 'database' ? dbPath : null), progress);
    checkBackupDatabase(abs, dbPath, read);
    return { file: abs, ...verificationOf(read) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
