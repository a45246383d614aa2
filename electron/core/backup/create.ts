import fs from 'node:fs';
import path from 'node:path';
import { namesIn } from '../files/names-in';
import type { BackupResult } from '../../../shared/backup/types';
import { AppError } from '../../../shared/errors';
import { attachmentPath } from '../documents/attachments';
import { ATTACHMENTS_DIR, BACKUPS_DIR, type Workspace } from '../workspace';
import {
  APP_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  MANIFEST_HASH_ENTRY,
  MARKER_ENTRY,
  PARTIAL_SUFFIX,
  entryKind,
  type BackupManifest,
  type ManifestEntry,
} from './format';
import { snapshotDatabase } from './snapshot';
import { TarWriter } from './tar-writer';

export interface CreateBackupOptions {
  out: string;
  force?: boolean;
  actor: string;
  /** ISO time recorded as the backup's creation. */
  now: string;
  progress?: (phase: string, done: number, total: number) => Promise<void> | void;
}

/** A backup written under its temporary name, waiting to be renamed into place. */
export interface PreparedBackup {
  out: string;
  tempPath: string;
  result: BackupResult;
  /** Renames the finished file to its name (replacing an existing one only when forced). */
  finalize(): void;
  /** Undoes the backup after a rolled-back audit row: removes what this backup wrote, never a file it did not replace. */
  discard(): void;
}

/** Where backups go: anywhere but inside the workspace, except its own backups folder. */
function checkOut(ws: Workspace, out: string, force: boolean): void {
  const rel = path.relative(ws.dir, out);
  const inside = rel !== '' && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel);
  if (inside && path.dirname(rel) !== BACKUPS_DIR) {
    throw new AppError('INVALID_INPUT', `${out} is inside the workspace folder: a backup there would be lost with the workspace. Choose a folder outside it (or on another disk).`, { field: 'out' });
  }
  const dir = path.dirname(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('INVALID_INPUT', `The folder ${dir} does not exist: create it first or choose another place for the backup.`, { field: 'out' });
  }
  if (fs.existsSync(out)) {
    if (fs.statSync(out).isDirectory()) throw new AppError('INVALID_INPUT', `${out} is a folder: give the name of the backup file to write.`, { field: 'out' });
    if (!force) throw new AppError('CONFLICT', `${out} already exists: choose another name, or replace it on purpose (--force).`, { field: 'out' });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A backup killed half-way leaves `<out>.<pid>.partial` (and its database copy) beside the file the
 * user asked for; the next backup to the same name removes those whose process is gone, and only
 * those, so a backup still running in another process is left alone.
 */
function removeDeadPartials(out: string): void {
  const dir = path.dirname(out);
  const base = path.basename(out);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(\\d+)(\\.sqlite)?\\${PARTIAL_SUFFIX}(-journal|-wal|-shm)?$`);
  for (const name of namesIn(dir)) {
    const m = pattern.exec(name);
    if (m && Number(m[1]) !== process.pid && !processIsAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Writes the backup of an open workspace to `<out>.<pid>.partial` and returns it ready to be renamed
 * to `out`: a backup killed half-way never leaves a file under the name of a finished one.
 *
 * The database is copied first (online backup, consistent while others write); the attachments
 * written are exactly those the copy refers to, so the backup never holds an orphan file or lacks
 * one its database needs (a file named but absent from the workspace is recorded as missing).
 */
export async function createBackup(ws: Workspace, opts: CreateBackupOptions): Promise<PreparedBackup> {
  const out = path.resolve(opts.out);
  checkOut(ws, out, Boolean(opts.force));
  const tempPath = `${out}.${process.pid}${PARTIAL_SUFFIX}`;
  const dbTemp = `${out}.${process.pid}.sqlite${PARTIAL_SUFFIX}`;
  // Leftovers of an earlier run of this same process id (a pid reused after a crash) are ours to replace.
  fs.rmSync(tempPath, { force: true });
  fs.rmSync(dbTemp, { force: true });
  removeDeadPartials(out);

  let writer: TarWriter | undefined;
  try {
    await opts.progress?.('Copying the database', 0, 1);
    const snap = await snapshotDatabase(ws.db, dbTemp, (done, total) => void opts.progress?.('Copying the database', done, total));

    const warnings: string[] = [];
    const missingAttachments: string[] = [];
    const attachments: string[] = [];
    for (const [sha, documentId] of [...snap.attachments].sort(([a], [b]) => a.localeCompare(b))) {
      if (fs.existsSync(attachmentPath(ws.attachmentsDir, sha))) attachments.push(sha);
      else {
        missingAttachments.push(sha);
        warnings.push(`The file of document #${documentId} (attachments/${sha}) is missing from the workspace: the backup cannot hold it.`);
      }
    }
    // Like attachments, exactly the package files the copied database names (packages.relative_path).
    const packages: string[] = [];
    const missingPackages: string[] = [];
    for (const [rel, packageId] of snap.packages) {
      const why = entryKind(rel) !== 'package' ? 'has a name no backup can hold' : fs.existsSync(path.join(ws.dir, ...rel.split('/'))) ? null : 'is missing from the workspace';
      if (why === null) packages.push(rel);
      else {
        missingPackages.push(rel);
        warnings.push(`The file of package #${packageId} (${rel}) ${why}: the backup cannot hold it.`);
      }
    }
    const total = 1 + attachments.length + packages.length;
    const created = new Date(opts.now);

    writer = await TarWriter.create(tempPath);
    await writer.addBuffer(MARKER_ENTRY, Buffer.from(`${JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, appVersion: APP_VERSION, createdAt: opts.now }, null, 2)}\n`), created);

    const entries: ManifestEntry[] = [];
    await opts.progress?.('Writing the backup', 0, total);
    entries.push({ path: DATABASE_ENTRY, ...(await writer.addFile(DATABASE_ENTRY, dbTemp)) });
    fs.rmSync(dbTemp, { force: true });
    let done = 1;
    for (const sha of attachments) {
      const name = `${ATTACHMENTS_DIR}/${sha}`;
      const written = await writer.addFile(name, attachmentPath(ws.attachmentsDir, sha));
      if (written.sha256 !== sha) warnings.push(`${name} no longer matches the hash it was stored under: the stored file was changed. The backup holds it as it is now.`);
      entries.push({ path: name, ...written });
      await opts.progress?.('Writing the backup', ++done, total);
    }
    for (const rel of packages) {
      entries.push({ path: rel, ...(await writer.addFile(rel, path.join(ws.dir, ...rel.split('/')))) });
      await opts.progress?.('Writing the backup', ++done, total);
    }

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: snap.schemaVersion,
      createdAt: opts.now,
      createdBy: opts.actor,
      workspace: ws.dir,
      entries,
      counts: snap.counts,
      auditHead: snap.auditHead,
      missingAttachments,
      missingPackages,
      warnings,
    };
    const manifestWritten = await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), created);
    await writer.addBuffer(MANIFEST_HASH_ENTRY, Buffer.from(`${manifestWritten.sha256}  ${MANIFEST_ENTRY}\n`), created);
    const file = await writer.finish();
    writer = undefined;

    const automatic = path.dirname(out) === path.join(ws.dir, BACKUPS_DIR) && path.basename(out).startsWith('auto-');
    const result: BackupResult = {
      file: out,
      size: file.size,
      sha256: file.sha256,
      createdAt: opts.now,
      schemaVersion: snap.schemaVersion,
      entries: entries.length,
      attachments: attachments.length,
      packages: packages.length,
      counts: snap.counts,
      warnings,
      automatic,
    };
    let renamed = false;
    let replaced = false;
    return {
      out,
      tempPath,
      result,
      finalize() {
        replaced = fs.existsSync(out);
        fs.renameSync(tempPath, out);
        renamed = true;
      },
      discard() {
        fs.rmSync(tempPath, { force: true });
        // A file it replaced is gone already: then the new, complete backup is better kept than nothing.
        if (renamed && !replaced) fs.rmSync(out, { force: true });
      },
    };
  } catch (e) {
    await writer?.discard();
    fs.rmSync(tempPath, { force: true });
    fs.rmSync(dbTemp, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('WORKSPACE_ERROR', `The backup to ${out} failed and nothing was written there: ${(e as Error).message}`, { file: out });
  }
}
