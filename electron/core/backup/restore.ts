import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/backup/types';
import { AppError } from '../../../shared/errors';
import { EMPTY_LOG_HEAD, writeAuditHead } from '../audit-head';
import { ATTACHMENTS_DIR } from '../workspace';
import { DATABASE_ENTRY } from './format';
import { checkBackup, verificationOf } from './verify';

/** Refuses a target that holds anything, naming what is there: a restore never writes over a workspace. */
function checkTarget(target: string): void {
  if (!fs.existsSync(target)) return;
  if (!fs.statSync(target).isDirectory()) {
    throw new AppError('CONFLICT', `${target} is a file: restore into a new or empty folder. Nothing was written.`, { field: 'workspace' });
  }
  const inside = fs.readdirSync(target).sort();
  if (inside.length) {
    const more = inside.length > 1 ? ` and ${inside.length - 1} more` : '';
    throw new AppError('CONFLICT', `${target} is not empty (it holds ${inside[0]}${more}): restore only into a new or empty folder, so no workspace is written over. Nothing was written.`, {
      field: 'workspace',
    });
  }
}

/**
 * Restores a backup file into a new workspace folder. Everything is written into a temporary
 * folder beside the target and checked there by checkBackup, the same checks `backup verify` runs
 * — every entry's SHA-256 against the manifest, the file complete, the database's schema exactly
 * ExportDesk's for its version, PRAGMA integrity_check, its audit head — and only then renamed
 * to the target. On any failure the temporary folder is removed and nothing is left behind.
 */
export async function restoreBackup(file: string, targetDir: string, progress?: (done: number, total: number) => Promise<void> | void): Promise<RestoreResult> {
  const abs = path.resolve(file);
  const target = path.resolve(targetDir);
  if (!fs.existsSync(abs)) throw new AppError('NOT_FOUND', `There is no file ${abs}`, { file: abs });
  checkTarget(target);

  const parent = path.dirname(target);
  const createdParent = fs.mkdirSync(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(target)}.restoring-${process.pid}`);
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp);
  try {
    const dbPath = path.join(temp, DATABASE_ENTRY);
    const { read, database } = await checkBackup(abs, dbPath, (entryPath) => path.join(temp, ...entryPath.split('/')), progress);
    fs.mkdirSync(path.join(temp, ATTACHMENTS_DIR), { recursive: true });

    // The restored log's end is the head the backup recorded (checked against its database), so a
    // later cut is seen there too; a log with no row starts from the empty log's head.
    writeAuditHead(temp, read.manifest.auditHead ?? EMPTY_LOG_HEAD);

    // Checked again: something may have appeared in the target while the backup was read.
    checkTarget(target);
    if (fs.existsSync(target)) fs.rmdirSync(target);
    fs.renameSync(temp, target);
    return { file: abs, ...verificationOf(read, database.auditChain), restoredFrom: read.manifest.workspace, workspace: target };
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (createdParent) fs.rmSync(createdParent, { recursive: true, force: true });
    if (e instanceof AppError) {
      const nothing = e.info.message.includes('Nothing was written') ? '' : ` Nothing was written to ${target}.`;
      const { code, message, ...where } = e.info;
      throw new AppError(code, `${message}${nothing}`, where);
    }
    throw new AppError('WORKSPACE_ERROR', `Restoring ${abs} into ${target} failed: ${(e as Error).message}. Nothing was written to ${target}.`, { file: abs });
  }
}
