import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

function tooNew(from: number, known: number): AppError {
  return new AppError(
    'WORKSPACE_TOO_NEW',
    `This workspace was written by a newer version of ExportDesk (database version ${from}; this version knows up to ${known}). ` +
      'Open it with the newer version; nothing was changed.',
  );
}

/**
 * Brings a database up to `target` (default: the latest version this code knows). All pending
 * migrations run in one transaction; a database from a newer ExportDesk is refused untouched, and an
 * existing database is copied to `backupDir` before anything changes (on failure the copy stays).
 *
 * Two processes may open the same workspace at once (the app and a CLI command, two commands): the
 * version that decides what runs is read again inside the transaction, after BEGIN IMMEDIATE has
 * taken the write lock, so the second one waits for the first and then finds nothing left to do
 * instead of creating the same tables twice.
 */
export function migrate(
  db: Database,
  opts: { backupDir: string; target?: number; migrations?: readonly Migration[]; now?: Date },
): MigrateResult {
  const migrations = opts.migrations ?? MIGRATIONS;
  const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const target = opts.target ?? known;
  const seen = db.pragma('user_version', { simple: true }) as number;
  if (seen > known) throw tooNew(seen, known);
  if (seen >= target) return { from: seen, to: seen, backupFile: null };

  let backupFile: string | null = null;
  if (seen > 0) {
    fs.mkdirSync(opts.backupDir, { recursive: true });
    const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(opts.backupDir, `before-migration-v${seen}-to-v${target}-${stamp}.sqlite`);
    // VACUUM INTO is synchronous and transactionally consistent, even with other readers open; it
    // cannot run inside a transaction, hence before the lock (checked again below). Another process
    // upgrading at the same instant computes the same name: each copies to its own file first, and
    // linking claims the name atomically.
    const own = `${backupFile}.${process.pid}.tmp`;
    db.prepare('VACUUM INTO ?').run(own);
    try {
      fs.linkSync(own, backupFile);
      fs.rmSync(own);
    } catch (e) {
      // EEXIST: the other process claimed the name. Else a file system without hard links.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' || fs.existsSync(backupFile)) backupFile = backupFile.replace(/\.sqlite$/, `-${process.pid}.sqlite`);
      fs.renameSync(own, backupFile);
    }
  }

  const from = db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > known) throw tooNew(from, known);
    if (from >= target) return from;
    const pending = migrations.filter((m) => m.version > from && m.version <= target);
    for (const m of pending) {
      try {
        m.up(db);
      } catch (e) {
        // SQLite's words stay in the log and on `cause`; the message says what happened and what is safe.
        console.error(`[exportdesk] migration ${m.version} (${m.name}) failed:`, e);
        const failure = new AppError(
          'WORKSPACE_ERROR',
          `Upgrading the workspace failed at migration ${m.version} (${m.name}); the details are in the log. ` +
            `Nothing was changed${backupFile ? `; a copy is in ${backupFile}` : ''}.`,
        );
        failure.cause = e;
        throw failure;
      }
    }
    db.pragma(`user_version = ${target}`);
    return from;
  }).immediate();
  if (from >= target) {
    // Another process upgraded the workspace between the first look and the lock: its own copy
    // is the one taken before the upgrade; this one is of the same data and would only mislead.
    if (backupFile) fs.rmSync(backupFile, { force: true });
    return { from, to: from, backupFile: null };
  }
  return { from, to: target, backupFile };
}

export { LATEST_VERSION };
