import { z } from 'zod';
import {
  BACKUP_EXTENSION,
  MAX_AUTO_BACKUP_KEEP,
  type BackupCheck,
  type BackupListing,
  type BackupResult,
  type BackupSettings,
  type BackupVerification,
} from '../backup/types';
import { method } from './define';
import { JobId, text } from './text-fields';

/**
 * Backups of the open workspace. Restoring is not a call here: it makes a new workspace from a
 * file, with no workspace open (`exportdesk restore FILE --workspace NEWDIR`, or in the app the
 * host call `host.restoreBackup`, which then opens it).
 */
export const backupContract = {
  'backup.create': method<BackupResult>()(
    'write',
    z.object({
      /** The backup file to write; it must end in .edbackup and not exist unless `force`. */
      out: text('the backup file')
        .min(1, 'give the backup file to write')
        .max(4096)
        .refine((p) => p.toLowerCase().endsWith(BACKUP_EXTENSION), { message: `the backup file name must end in ${BACKUP_EXTENSION}` }),
      force: z.boolean().optional(),
      jobId: JobId.optional(),
    }),
    'Write one file with a consistent copy of the database (SQLite online backup), every attachment and package, and a manifest of SHA-256 hashes; the audit row recording it comes after the copy.',
  ),
  'backup.list': method<BackupListing>()('read', z.object({}).optional(), "The backups in the workspace's backups folder, newest first, with their sizes."),
  'backup.verify': method<BackupVerification>()(
    'read',
    z.object({ path: text('the backup file').min(1, 'give the backup file to check').max(4096), jobId: JobId.optional() }),
    'Check a backup file without restoring it: every entry present and whole, every SHA-256 as its manifest says, the database passing PRAGMA integrity_check.',
  ),
  'backup.check': method<BackupCheck>()(
    'write',
    z.object({ path: text('the backup file').min(1, 'give the backup file to check').max(4096), jobId: JobId.optional() }),
    'Run the checks of backup.verify on a file and record the result (intact, or refused and why) in the audit log, so the list of backups shows it.',
  ),
  'backup.settings': method<BackupSettings>()('read', z.object({}).optional(), 'How many automatic backups are kept.'),
  'backup.updateSettings': method<BackupSettings>()(
    'write',
    z.object({
      autoBackupKeep: z
        .number()
        .int('the number of automatic backups must be a whole number')
        .min(0, 'the number of automatic backups cannot be negative (0 turns them off)')
        .max(MAX_AUTO_BACKUP_KEEP, `keep at most ${MAX_AUTO_BACKUP_KEEP} automatic backups`),
    }),
    'Set how many automatic backups (made when the app closes) are kept; 0 turns them off.',
  ),
};
