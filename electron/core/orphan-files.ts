import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { PACKAGE_KINDS } from '../../shared/packages/types';
import { namesIn } from './files/names-in';
import { PACKAGES_DIR } from './packages/package-files';
import type { Workspace } from './workspace';

/**
 * A write that puts a file in the workspace folder does it inside its transaction, before the
 * COMMIT: an attachment (documents/attachments.ts: a `.part` file, then its hash as name) and a
 * package PDF (handlers/packages.ts: renamed to its final name). A process killed between the file
 * and the COMMIT leaves the file without its record; test/crash finds exactly that. Such files are
 * removed when the workspace is opened.
 */

const SHA256_NAME = /^[0-9a-f]{64}$/;
const PACKAGE_NAME = new RegExp(`^[A-Za-z0-9._-]+-(${PACKAGE_KINDS.join('|')})-\\d+\\.pdf$`);


function hasTable(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Leftover files, relative to the workspace folder: only names the app itself gives are considered. */
function leftovers(ws: Workspace): string[] {
  const out: string[] = [];
  const attachments = namesIn(ws.attachmentsDir);
  if (attachments.length && hasTable(ws.db, 'documents')) {
    const used = new Set(ws.db.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[]);
    for (const n of attachments) {
      if ((SHA256_NAME.test(n) && !used.has(n)) || (SHA256_NAME.test(n.slice(0, 64)) && n.endsWith('.part'))) out.push(path.join(path.basename(ws.attachmentsDir), n));
    }
  }
  const packages = namesIn(path.join(ws.dir, PACKAGES_DIR)).filter((n) => PACKAGE_NAME.test(n));
  if (packages.length && hasTable(ws.db, 'packages')) {
    const used = new Set(ws.db.prepare('SELECT relative_path FROM packages').pluck().all() as string[]);
    for (const n of packages) if (!used.has(`${PACKAGES_DIR}/${n}`)) out.push(path.join(PACKAGES_DIR, n));
  }
  return out;
}

/**
 * Removes the files crashes left. The look is repeated under the write lock (BEGIN IMMEDIATE):
 * every write transaction takes that lock before its first statement (registry.ts) and holds it
 * until its COMMIT, so a file another process is committing right now is never taken for a leftover.
 * (A package being rendered writes a `.pending-…` file outside any lock; it is not touched here.)
 * Returns what was removed.
 */
export function removeOrphanFiles(ws: Workspace): string[] {
  if (leftovers(ws).length === 0) return [];
  try {
    const removed = ws.db
      .transaction(() => {
        const found = leftovers(ws);
        for (const rel of found) fs.rmSync(path.join(ws.dir, rel), { force: true });
        return found;
      })
      .immediate();
    if (removed.length) console.error(`[exportdesk] removed ${removed.length} file(s) an interrupted write left without a record: ${removed.join(', ')}`);
    return removed;
  } catch (e) {
    // Another process holding the write lock past the busy timeout: the files stay until the next open.
    console.error('[exportdesk] could not check the workspace folder for files left by an interrupted write:', (e as Error).message);
    return [];
  }
}
