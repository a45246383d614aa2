import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupCheck, BackupCheckStatus, BackupFileInfo, BackupListEntry } from '../../../shared/backup/types';
import { BACKUP_EXTENSION } from '../../../shared/backup/types';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace';
import { backupsFolder, listBackups } from './auto';
import { verifyBackup } from './verify';

/** A file as it was when checked: a later write under the same name is a different backup, not yet checked. */
interface FileState {
  size: number;
  modifiedAt: string;
}

/** What the audit row of a check holds (backup.check), read back to show the file's check status. */
export interface RecordedCheck extends FileState {
  file: string;
  status: 'intact' | 'refused';
  problem: string | null;
}

export interface PreparedCheck {
  check: RecordedCheck;
  result: BackupCheck;
}

function stateOf(file: string): FileState | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { size: st.size, modifiedAt: st.mtime.toISOString() } : null;
  } catch {
    return null;
  }
}

/**
 * Runs the checks of a restore on a file without restoring it. A damaged backup is an answer to
 * record, not a failed call; a file that is not there, or an unexpected fault, is not a check at all.
 */
export async function checkBackupFile(file: string, now: string, progress?: (done: number, total: number) => Promise<void> | void): Promise<PreparedCheck> {
  const abs = path.resolve(file);
  const before = stateOf(abs);
  if (!before) throw new AppError('NOT_FOUND', `There is no backup file ${abs}`, { field: 'path' });
  let verification: BackupCheck['verification'] = null;
  let problem: string | null = null;
  try {
    verification = await verifyBackup(abs, progress);
  } catch (e) {
    if (!(e instanceof AppError) || e.info.code === 'NOT_FOUND' || e.info.code === 'INTERNAL') throw e;
    problem = e.message;
  }
  const status = problem === null ? 'intact' : 'refused';
  return { check: { file: abs, ...before, status, problem }, result: { file: abs, status, checkedAt: now, problem, verification } };
}

interface BackupAuditRow {
  action: string;
  at: string;
  actor: string;
  after_json: string | null;
}

function backupRows(db: Database): BackupAuditRow[] {
  // audit_log_record (record_type, record_id, id) serves this.
  return db.prepare("SELECT action, at, actor, after_json FROM audit_log WHERE record_type = 'backup' ORDER BY id").all() as BackupAuditRow[];
}

/**
 * The backups of this workspace: the files in its backups folder, and the ones it wrote elsewhere
 * (named by their backup.create audit rows) that are still there; each with its last check when
 * that check was of the file as it is now.
 */
export function listBackupsWithChecks(ws: Workspace, db: Database): BackupListEntry[] {
  const checks = new Map<string, BackupCheckStatus & FileState>();
  const elsewhere = new Set<string>();
  const folder = backupsFolder(ws);
  for (const row of backupRows(db)) {
    if (!row.after_json) continue;
    const after = JSON.parse(row.after_json) as Partial<RecordedCheck> & { file?: string };
    if (typeof after.file !== 'string') continue;
    if (row.action === 'backup.create' && path.dirname(after.file) !== folder) elsewhere.add(after.file);
    if (row.action === 'backup.check' && (after.status === 'intact' || after.status === 'refused')) {
      checks.set(after.file, { status: after.status, problem: after.problem ?? null, checkedAt: row.at, checkedBy: row.actor, size: after.size ?? -1, modifiedAt: after.modifiedAt ?? '' });
    }
  }
  const files: (BackupFileInfo & { inBackupsFolder: boolean })[] = listBackups(ws).map((b) => ({ ...b, inBackupsFolder: true }));
  for (const file of elsewhere) {
    const st = stateOf(file);
    if (!st || !file.toLowerCase().endsWith(BACKUP_EXTENSION) || files.some((f) => f.path === file)) continue;
    files.push({ name: path.basename(file), path: file, size: st.size, modifiedAt: st.modifiedAt, automatic: false, inBackupsFolder: false });
  }
  return files
    .map((f) => {
      const c = checks.get(f.path);
      const current = c && c.size === f.size && c.modifiedAt === f.modifiedAt;
      return { ...f, lastCheck: current ? { status: c.status, problem: c.problem, checkedAt: c.checkedAt, checkedBy: c.checkedBy } : null };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}
