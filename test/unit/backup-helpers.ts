/**
 * Shared pieces of the backup tests: a workspace with records, an attachment and a generated
 * package file; where each entry sits inside a backup file; a way to rebuild a backup with a
 * changed entry (a tampered manifest); and a dump of every table to compare two databases.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { DEMO_RESOURCES_DIR } from '../../electron/cli/commands/demo';
import type { Core } from '../../electron/core';
import { MANIFEST_ENTRY, MANIFEST_HASH_ENTRY } from '../../electron/core/backup/format';
import { TarReader } from '../../electron/core/backup/tar-reader';
import { TarWriter } from '../../electron/core/backup/tar-writer';
import { createDemoWorkspace } from '../../electron/core/demo/create';
import { tempDir } from './helpers';

const cores: Core[] = [];

/** Closes the cores the backup helpers opened; call in afterEach before cleanupTemp. */
export function closeBackupCores(): void {
  for (const c of cores.splice(0)) if (c.ws.db.open) c.ws.close();
}

/** The demo workspace (parties, items, applications, a license, an attachment) plus one generated filing package. */
export async function recordsWorkspace(clock?: () => Date): Promise<{ dir: string; core: Core; packageFile: string }> {
  const dir = path.join(tempDir('exportdesk-backup-'), 'workspace');
  const { core, approvedApplicationId } = await createDemoWorkspace(dir, { resourcesDir: DEMO_RESOURCES_DIR, clock });
  cores.push(core);
  const r = await core.call('packages.generate', { kind: 'application', applicationId: approvedApplicationId });
  if (!r.ok) throw new Error(r.error.message);
  return { dir, core, packageFile: r.value.package.relativePath };
}

export function track(core: Core): Core {
  cores.push(core);
  return core;
}

export interface EntrySpan {
  path: string;
  size: number;
  /** Where its content starts in the backup file. */
  contentAt: number;
}

export async function entrySpans(file: string): Promise<EntrySpan[]> {
  const reader = await TarReader.open(file);
  const out: EntrySpan[] = [];
  try {
    for (;;) {
      const e = await reader.next();
      if (typeof e === 'string') break;
      out.push({ path: e.path, size: e.size, contentAt: e.offset + 512 });
    }
  } finally {
    await reader.close();
  }
  return out;
}

/** Flips one byte of a file in place. */
export function flipByte(file: string, at: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, at);
    b[0] = b[0]! ^ 0xff;
    fs.writeSync(fd, b, 0, 1, at);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Rebuilds a backup with its entries changed by `edit` (given and returning path → content), the
 * manifest's checksum recomputed: a tampering that keeps the file well-formed.
 */
export async function rewriteBackup(src: string, dest: string, edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const entries = new Map<string, Buffer>();
  const reader = await TarReader.open(src);
  try {
    for (;;) {
      const e = await reader.next();
      if (typeof e === 'string') break;
      const parts: Buffer[] = [];
      for await (const c of reader.content(e)) parts.push(Buffer.from(c));
      entries.set(e.path, Buffer.concat(parts));
    }
  } finally {
    await reader.close();
  }
  edit(entries);
  const manifest = entries.get(MANIFEST_ENTRY);
  if (manifest) entries.set(MANIFEST_HASH_ENTRY, Buffer.from(`${createHash('sha256').update(manifest).digest('hex')}  ${MANIFEST_ENTRY}\n`));
  const w = await TarWriter.create(dest);
  for (const [p, data] of entries) await w.addBuffer(p, data, new Date('2026-01-01T00:00:00Z'));
  await w.finish();
}

export function editManifest(entries: Map<string, Buffer>, change: (m: { entries: { path: string; size: number; sha256: string }[] } & Record<string, unknown>) => void): void {
  const m = JSON.parse(entries.get(MANIFEST_ENTRY)!.toString('utf8'));
  change(m);
  entries.set(MANIFEST_ENTRY, Buffer.from(JSON.stringify(m, null, 2)));
}

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Every row of every table (full-text index shadow tables included), as JSON, to compare two databases. */
export function dumpDatabase(db: Database, auditUpTo?: number): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    if (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(t)?.toString().startsWith('CREATE VIRTUAL')) continue;
    const where = t === 'audit_log' && auditUpTo !== undefined ? ` WHERE id <= ${auditUpTo}` : '';
    out[t] = (db.prepare(`SELECT * FROM "${t}"${where}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    out[t].sort();
  }
  return out;
}

/** Files under a folder, relative, sorted. */
export function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
