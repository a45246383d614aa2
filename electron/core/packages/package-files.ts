import fs from 'node:fs';
import path from 'node:path';
import { namesIn } from '../files/names-in';
import type { PackageKind } from '../../../shared/packages/types';
import { AppError } from '../../../shared/errors';

/** The workspace folder holding generated packages, beside attachments/. */
export const PACKAGES_DIR = 'packages';

const PENDING_SUFFIX = '.pdf.part';
const STALE_MS = 60 * 60 * 1000;
let counter = 0;

export function packagesDir(workspaceDir: string): string {
  return path.join(workspaceDir, PACKAGES_DIR);
}

/** packages/<reference>-<kind>-<id>.pdf, the reference reduced to characters safe in any file system. */
export function packageRelativePath(reference: string, kind: PackageKind, id: number): string {
  const safe = reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60) || 'package';
  return `${PACKAGES_DIR}/${safe}-${kind}-${id}.pdf`;
}

/** The absolute path of a stored package, refusing a stored path that would leave the packages folder. */
export function packageAbsolutePath(workspaceDir: string, relativePath: string): string {
  const dir = packagesDir(workspaceDir);
  const abs = path.resolve(workspaceDir, relativePath);
  const rel = path.relative(dir, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new AppError('INTERNAL', `A package path outside the packages folder: ${relativePath}`);
  return abs;
}

/**
 * Writes a rendered package under a temporary name in the packages folder, flushed to disk. Done
 * while preparing, outside the transaction; the commit renames it to its final name, so a crash
 * leaves at worst a `.part` file no record points to (removed by a later package after an hour).
 */
export function writePending(workspaceDir: string, bytes: Buffer): string {
  const dir = packagesDir(workspaceDir);
  const file = path.join(dir, `.pending-${process.pid}-${Date.now()}-${++counter}${PENDING_SUFFIX}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw new AppError('WORKSPACE_ERROR', `Could not write the package into ${dir}: ${(e as Error).message}`);
  }
  return file;
}

/** Gives the pending file its final name; the caller undoes it if the transaction fails. */
export function placePending(pending: string, finalPath: string): void {
  try {
    fs.renameSync(pending, finalPath);
  } catch (e) {
    throw new AppError('WORKSPACE_ERROR', `Could not store the package as ${finalPath}: ${(e as Error).message}`);
  }
}

/** Removes `.part` files left by an interrupted package more than an hour ago. */
export function removeStalePending(workspaceDir: string, now = Date.now()): void {
  const dir = packagesDir(workspaceDir);
  for (const name of namesIn(dir)) {
    if (!name.startsWith('.pending-') || !name.endsWith(PENDING_SUFFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another process may have just placed or removed it.
    }
  }
}
