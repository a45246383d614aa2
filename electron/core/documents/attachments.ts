import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { sha256Hex } from '../store/hash';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Where a stored document's bytes live: attachments/<sha256>. The name is the content hash, checked
 * to be 64 hex digits, so no user-supplied name or database value can point outside the folder.
 */
export function attachmentPath(attachmentsDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppError('INTERNAL', `Not a SHA-256 attachment name: ${sha256.slice(0, 80)}`);
  return path.join(attachmentsDir, sha256);
}

/**
 * Writes the bytes under their hash unless an identical file is already there; returns whether it
 * wrote one, so a rolled-back attach removes only what it added. Written to a temporary name and
 * renamed, so a crash never leaves a half-written file under a real hash.
 */
export function storeAttachment(attachmentsDir: string, sha256: string, bytes: Buffer): boolean {
  const target = attachmentPath(attachmentsDir, sha256);
  if (fs.existsSync(target) && fs.statSync(target).size === bytes.length) return false;
  fs.mkdirSync(attachmentsDir, { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.part`;
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new AppError('WORKSPACE_ERROR', `Could not store the document in ${attachmentsDir}: ${(e as Error).message}`);
  }
  return true;
}

/** Removes a stored file no document row refers to any more (after a rolled-back attach). */
export function removeUnreferencedAttachment(db: Database, attachmentsDir: string, sha256: string): void {
  const used = db.prepare('SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1').get(sha256);
  if (!used) fs.rmSync(attachmentPath(attachmentsDir, sha256), { force: true });
}

export type AttachmentState = { ok: true; bytes: Buffer } | { ok: false; problem: 'missing' | 'changed' };

/** Reads a stored file back, checking it is there and still has the hash it was stored under. */
export function readAttachment(attachmentsDir: string, sha256: string): AttachmentState {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(attachmentPath(attachmentsDir, sha256));
  } catch {
    return { ok: false, problem: 'missing' };
  }
  return sha256Hex(bytes) === sha256 ? { ok: true, bytes } : { ok: false, problem: 'changed' };
}

export function attachmentExists(attachmentsDir: string, sha256: string): boolean {
  try {
    return fs.statSync(attachmentPath(attachmentsDir, sha256)).isFile();
  } catch {
    return false;
  }
}
