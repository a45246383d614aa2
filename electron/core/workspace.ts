import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrate, type MigrateResult } from './store/migrate';

export const DB_FILE = 'exportdesk.sqlite';
export const ATTACHMENTS_DIR = 'attachments';
export const BACKUPS_DIR = 'backups';

export interface Workspace {
  dir: string;
  db: Database.Database;
  attachmentsDir: string;
  migration: MigrateResult;
  close(): void;
}

export interface OpenOptions {
  /** Upgrade only to this version (tests of older schemas); default: latest. */
  targetVersion?: number;
  now?: Date;
}

/**
 * Opens (creating if needed) the workspace folder: one SQLite database and an attachments folder.
 * WAL lets the CLI read while the app writes; foreign keys are off by default in SQLite.
 */
export function openWorkspace(dir: string, opts: OpenOptions = {}): Workspace {
  const abs = path.resolve(dir);
  try {
    fs.mkdirSync(path.join(abs, ATTACHMENTS_DIR), { recursive: true });
  } catch (e) {
    throw new AppError('WORKSPACE_ERROR', `Cannot create the workspace folder ${abs}: ${(e as Error).message}`);
  }
  let db: Database.Database;
  try {
    db = new Database(path.join(abs, DB_FILE));
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new AppError('WORKSPACE_ERROR', `Cannot open the workspace database in ${abs}: ${(e as Error).message}`);
  }
  let migration: MigrateResult;
  try {
    migration = migrate(db, { backupDir: path.join(abs, BACKUPS_DIR), target: opts.targetVersion, now: opts.now });
    // Only after the version check: journal_mode is stored in the file, and a database from a newer
    // ExportDesk must be refused untouched.
    db.pragma('journal_mode = WAL');
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    dir: abs,
    db,
    attachmentsDir: path.join(abs, ATTACHMENTS_DIR),
    migration,
    close: () => db.close(),
  };
}

/** The folder Electron calls userData, computed without Electron so the CLI agrees with the app. */
export function defaultUserDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ExportDesk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ExportDesk');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ExportDesk');
}

export function defaultWorkspaceDir(): string {
  return path.join(defaultUserDataDir(), 'workspace');
}
