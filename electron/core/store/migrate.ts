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

/**
 * Brings a database up to `target` (default: the latest version this code knows). All pending
 * migrations run in one transaction; a database from a newer ExportDesk is refused untouched, and an
 * existing database is copied to `backupDir` before anything changes (on failure the copy stays).
 */
export function migrate(
  db: Database,
  opts: { backupDir: string; target?: number; migrations?: readonly Migration[]; now?: Date },
): MigrateResult {
  const migrations = opts.migrations ?? MIGRATIONS;
  const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const target = opts.target ?? known;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > known) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `This workspace was written by a newer version of ExportDesk (database version ${from}; this version knows up to ${known}). ` +
        'Open it with the newer version; nothing was changed.',
    );
  }
  if (from >= target) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0) {
    fs.mkdirSync(opts.backupDir, { recursive: true });
    const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(opts.backupDir, `before-migration-v${from}-to-v${target}-${stamp}.sqlite`);
    // VACUUM INTO is synchronous and transactionally consistent, even with other readers open.
    db.prepare('VACUUM INTO ?').run(backupFile);
  }

  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  db.transaction(() => {
    for (const m of pending) {
      try {
        m.up(db);
      } catch (e) {
        throw new AppError(
          'WORKSPACE_ERROR',
          `Upgrading the workspace failed at migration ${m.version} (${m.name}): ${(e as Error).message}. ` +
            `Nothing was changed${backupFile ? `; a copy is in ${backupFile}` : ''}.`,
        );
      }
    }
    db.pragma(`user_version = ${target}`);
  })();
  return { from, to: target, backupFile };
}

export { LATEST_VERSION };
