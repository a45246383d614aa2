import fs from 'node:fs';
import path from 'node:path';
import { namesIn } from '../files/names-in';
import type { Database } from 'better-sqlite3';
import { BACKUP_EXTENSION, DEFAULT_AUTO_BACKUP_KEEP, type BackupFileInfo, type BackupResult } from '../../../shared/backup/types';
import { AppError } from '../../../shared/errors';
import type { Core } from '../registry';
import { getSetting } from '../settings-store';
import { BACKUPS_DIR, type Workspace } from '../workspace';
import { PARTIAL_SUFFIX } from './format';

export const AUTO_BACKUP_KEEP_SETTING = 'autoBackupKeep';
const AUTO_PREFIX = 'auto-';
/** auto-20261121-234410.edbackup, auto-20261121-234410-2.edbackup: made by autoBackup, and only these are rotated. */
const AUTO_NAME = new RegExp(`^${AUTO_PREFIX}(\\d{8}-\\d{6})(?:-(\\d+))?\\${BACKUP_EXTENSION}$`);

/** Sorts automatic backups by the UTC time in their name, then by the number added when two share a second. */
function autoKey(name: string): string {
  const m = AUTO_NAME.exec(name)!;
  return `${m[1]}-${(m[2] ?? '1').padStart(6, '0')}`;
}
/** A half-written automatic backup left by a process that was killed is cleared after this long. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export function autoBackupKeep(db: Database): number {
  const v = Number(getSetting(db, AUTO_BACKUP_KEEP_SETTING));
  return Number.isInteger(v) && v >= 0 ? v : DEFAULT_AUTO_BACKUP_KEEP;
}

export function backupsFolder(ws: Workspace): string {
  return path.join(ws.dir, BACKUPS_DIR);
}

/** The backups in the workspace's backups folder, newest first (pre-migration copies are .sqlite files and not listed). */
export function listBackups(ws: Workspace): BackupFileInfo[] {
  const dir = backupsFolder(ws);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith(BACKUP_EXTENSION))
    .map((name) => {
      const p = path.join(dir, name);
      const st = fs.statSync(p);
      return { name, path: p, size: st.size, modifiedAt: st.mtime.toISOString(), automatic: AUTO_NAME.test(name) };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** The name the save dialog suggests: exportdesk-backup-20261121-234410.edbackup. */
export function suggestedBackupName(now: Date): string {
  return `exportdesk-backup-${stamp(now)}${BACKUP_EXTENSION}`;
}

/** Removes automatic backups beyond the newest `keep`, and half-written ones long abandoned; never any other file. */
export function pruneAutoBackups(ws: Workspace, keep: number, now = new Date()): string[] {
  const dir = backupsFolder(ws);
  const names = namesIn(dir);
  // Names carry the UTC time they were made, so name order is age order.
  const autos = names.filter((n) => AUTO_NAME.test(n)).sort((a, b) => autoKey(b).localeCompare(autoKey(a)));
  const removed = autos.slice(keep);
  for (const n of names) {
    if (n.startsWith(AUTO_PREFIX) && n.endsWith(PARTIAL_SUFFIX) && now.getTime() - fs.statSync(path.join(dir, n)).mtimeMs > STALE_PARTIAL_MS) removed.push(n);
  }
  for (const n of removed) fs.rmSync(path.join(dir, n), { force: true });
  return removed;
}

export interface AutoBackupOutcome {
  /** Null when automatic backups are turned off (keep = 0). */
  backup: BackupResult | null;
  removed: string[];
}

/**
 * The backup made when the app closes: backups/auto-<UTC time>.edbackup through the same
 * `backup.create` call (so it is audited), then the oldest automatic backups beyond the number kept
 * are removed — only after the new one is complete.
 */
export async function autoBackup(core: Core, opts: { keep?: number; now?: Date } = {}): Promise<AutoBackupOutcome> {
  const keep = opts.keep ?? autoBackupKeep(core.ws.db);
  if (keep === 0) return { backup: null, removed: [] };
  const dir = backupsFolder(core.ws);
  fs.mkdirSync(dir, { recursive: true });
  const now = opts.now ?? new Date();
  let out = path.join(dir, `${AUTO_PREFIX}${stamp(now)}${BACKUP_EXTENSION}`);
  for (let n = 2; fs.existsSync(out); n++) out = path.join(dir, `${AUTO_PREFIX}${stamp(now)}-${n}${BACKUP_EXTENSION}`);
  const r = await core.call('backup.create', { out });
  if (!r.ok) throw new AppError(r.error.code, `The automatic backup failed: ${r.error.message}`);
  return { backup: r.value, removed: pruneAutoBackups(core.ws, keep, now) };
}
