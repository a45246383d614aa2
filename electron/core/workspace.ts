import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { LATEST_VERSION, migrate, type MigrateResult } from './store/migrate';

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
  /**
   * Create the workspace when the folder holds none (default). Commands that only read pass false,
   * so a mistyped --workspace is refused instead of becoming a new, empty workspace.
   */
  create?: boolean;
}

/**
 * How long a write waits for another process's write (the app and a CLI command, two windows)
 * before it gives up with "the workspace is busy": writes keep their transactions short, so a
 * wait past this means something long holds the lock.
 */
export const BUSY_TIMEOUT_MS = 10_000;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Looks at an existing database file's header without opening it in SQLite, which would create
 * -wal and -shm files beside it: a file that is no SQLite database, or one from a newer ExportDesk,
 * is refused with nothing written. (The version in the header can lag a newer one still in the
 * write-ahead log; migrate() checks again on the open database.)
 */
function refuseUnopenable(file: string, known: number): void {
  const fd = fs.openSync(file, 'r');
  let header: Buffer;
  try {
    header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    // SQLite treats an empty file as a new database, as it would a missing one.
    if (n === 0) return;
    if (n < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new AppError('WORKSPACE_ERROR', `${file} is not an ExportDesk workspace database (it is not an SQLite file); nothing was changed.`, { file });
    }
  } finally {
    fs.closeSync(fd);
  }
  const version = header.readUInt32BE(60);
  if (version > known) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `The workspace in ${path.dirname(file)} was written by a newer version of ExportDesk (database version ${version}; this version knows up to ${known}). ` +
        'Open it with the newer version; nothing was changed.',
      { file },
    );
  }
}

/** Why the file system said no, in words ("EACCES: permission denied, mkdir '/x'" says it twice and in code). */
function fsReason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'this account may not write there';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return (e as Error).message;
  }
}

/** SQLite's own failure on opening, as a sentence naming the workspace (never its raw message). */
function openFailure(abs: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('BUSY', `The workspace in ${abs} is busy with another ExportDesk window or command that is upgrading or writing it; try again in a moment.`);
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('WORKSPACE_ERROR', `The workspace database in ${abs} is damaged or not an ExportDesk database. Restore the latest backup into a new folder (exportdesk restore).`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return new AppError('WORKSPACE_ERROR', `Cannot open the workspace database in ${abs}: this account may not read or write it there.`);
  }
  console.error(`[exportdesk] opening the workspace in ${abs} failed:`, e);
  return new AppError('WORKSPACE_ERROR', `Cannot open the workspace database in ${abs}; the details are in the log.`);
}

/**
 * Opens (creating if needed and allowed) the workspace folder: one SQLite database and an
 * attachments folder. WAL lets the CLI read while the app writes; foreign keys are off by default
 * in SQLite. A workspace that is refused (too new, not a database) leaves nothing behind.
 */
export function openWorkspace(dir: string, opts: OpenOptions = {}): Workspace {
  const abs = path.resolve(dir);
  const dbFile = path.join(abs, DB_FILE);
  const exists = fs.existsSync(dbFile);
  if (!exists && opts.create === false) {
    throw new AppError(
      'NOT_FOUND',
      `There is no ExportDesk workspace in ${abs}. Check the folder given with --workspace (or EXPORTDESK_WORKSPACE); a command that records something, such as an import, creates a new one.`,
    );
  }
  // A hot journal means a write was cut short: the file's header may be half written until SQLite
  // rolls it back on opening, so only the open database can tell (migrate() checks the version).
  if (exists && !fs.existsSync(`${dbFile}-journal`)) refuseUnopenable(dbFile, LATEST_VERSION);
  try {
    fs.mkdirSync(abs, { recursive: true });
  } catch (e) {
    throw new AppError('WORKSPACE_ERROR', `Cannot create the workspace folder ${abs}: ${fsReason(e)}.`);
  }
  let db: Database.Database;
  try {
    db = new Database(dbFile);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (e) {
    throw openFailure(abs, e);
  }
  let migration: MigrateResult;
  try {
    migration = migrate(db, { backupDir: path.join(abs, BACKUPS_DIR), target: opts.targetVersion, now: opts.now });
    // Only after the version check: journal_mode is stored in the file, and a database from a newer
    // ExportDesk must be refused untouched.
    db.pragma('journal_mode = WAL');
  } catch (e) {
    db.close();
    throw openFailure(abs, e);
  }
  try {
    fs.mkdirSync(path.join(abs, ATTACHMENTS_DIR), { recursive: true });
  } catch (e) {
    db.close();
    throw new AppError('WORKSPACE_ERROR', `Cannot create the attachments folder in ${abs}: ${fsReason(e)}.`);
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
