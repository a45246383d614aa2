import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * The hash chain shows any edited, inserted or deleted row, except rows cut from the end: the
 * shorter log is still a valid chain. So after every write the id and hash of the newest row are
 * also kept outside the database, in this file; a log that ends before that row, or holds a
 * different row under its id, was cut or rewritten at its end. Cutting the log unseen now takes
 * changing two files in step, and every backup manifest carries the head as well.
 */
export const AUDIT_HEAD_FILE = 'audit-head.json';

export interface AuditHead {
  id: number;
  hash: string;
}

function headFile(dir: string): string {
  return path.join(dir, AUDIT_HEAD_FILE);
}

export function readAuditHead(dir: string): AuditHead | null {
  try {
    const v = JSON.parse(fs.readFileSync(headFile(dir), 'utf8')) as Partial<AuditHead>;
    return typeof v.id === 'number' && typeof v.hash === 'string' ? { id: v.id, hash: v.hash } : null;
  } catch {
    return null;
  }
}

export function writeAuditHead(dir: string, head: AuditHead): void {
  const file = headFile(dir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(head)}\n`);
  fs.renameSync(temp, file);
}

/**
 * Records the newest row after a committed write. Two processes on one workspace may finish in
 * either order, so the file only ever moves forward; one left a row behind is still a valid head.
 */
export function recordAuditHead(dir: string, db: Database): void {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined;
  if (!last) return;
  const known = readAuditHead(dir);
  if (known && known.id >= last.id) return;
  writeAuditHead(dir, last);
}

/** Why the log's end disagrees with the recorded head, or null (also when no head was ever recorded). */
export function auditHeadBreak(dir: string, db: Database): { id: number; reason: string } | null {
  const head = readAuditHead(dir);
  if (!head) return null;
  const last = (db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number | null }).id ?? 0;
  if (last < head.id) {
    return {
      id: last + 1,
      reason: `rows ${last + 1} to ${head.id} were deleted from the end of the log: ExportDesk last recorded row ${head.id} (${AUDIT_HEAD_FILE})`,
    };
  }
  const row = db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(head.id) as { hash: string } | undefined;
  if (row && row.hash !== head.hash) {
    return { id: head.id, reason: `row ${head.id} is not the row ExportDesk wrote there: the end of the log was rewritten (${AUDIT_HEAD_FILE} holds another hash)` };
  }
  return null;
}
