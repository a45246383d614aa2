import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * The hash chain shows any edited, inserted or deleted row, except rows cut from the end: the
 * shorter log is still a valid chain. So after every write the id and hash of the newest row are
 * also kept outside the database, in this file; a log that ends before that row, or holds a
 * different row under its id, was cut or rewritten at its end. Cutting the log unseen now takes
 * changing two files in step, and every backup manifest and package carries the head as well.
 *
 * A new workspace starts with the head of its empty log (row 0), so once a log has rows the file
 * always exists: a missing or unreadable one is itself a finding, and stays one. The next write
 * records the head again but keeps, in the same file, the row at which it was found lost.
 */
export const AUDIT_HEAD_FILE = 'audit-head.json';

/** The prev_hash of row 1, and the hash of the empty log's head. */
const GENESIS_HASH = '0'.repeat(64);

export interface AuditHead {
  id: number;
  hash: string;
}

/** When ExportDesk found the head file gone or unreadable: history before that row cannot be checked for a cut end. */
export interface AuditHeadLoss {
  reason: 'missing' | 'unreadable';
  /** The newest row when the loss was found (the first write after it). */
  row: number;
  at: string;
}

export type AuditHeadState =
  | { state: 'recorded'; head: AuditHead; lost: AuditHeadLoss | null }
  | { state: 'missing' }
  | { state: 'unreadable'; why: string };

function headFile(dir: string): string {
  return path.join(dir, AUDIT_HEAD_FILE);
}

const isLoss = (v: unknown): v is AuditHeadLoss => {
  const l = v as Partial<AuditHeadLoss> | null;
  return !!l && (l.reason === 'missing' || l.reason === 'unreadable') && Number.isInteger(l.row) && typeof l.at === 'string';
};

/** The head file as found: recorded, missing, or there but not a head (with why, in words). */
export function loadAuditHead(dir: string): AuditHeadState {
  let text: string;
  try {
    text = fs.readFileSync(headFile(dir), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { state: 'missing' };
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'ExportDesk is not allowed to read it' : 'it cannot be opened';
    return { state: 'unreadable', why };
  }
  let v: Partial<AuditHead> & { lost?: unknown };
  try {
    v = JSON.parse(text) as typeof v;
  } catch {
    return { state: 'unreadable', why: 'it is not JSON' };
  }
  if (!v || typeof v !== 'object' || !Number.isInteger(v.id) || (v.id as number) < 0 || typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash)) {
    return { state: 'unreadable', why: 'it does not hold a row id and a SHA-256' };
  }
  if (v.lost !== undefined && !isLoss(v.lost)) return { state: 'unreadable', why: 'its record of an earlier loss is damaged' };
  return { state: 'recorded', head: { id: v.id!, hash: v.hash }, lost: v.lost ?? null };
}

/** The recorded head, or null when the file is missing or unreadable. */
export function readAuditHead(dir: string): AuditHead | null {
  const h = loadAuditHead(dir);
  return h.state === 'recorded' ? h.head : null;
}

export function writeAuditHead(dir: string, head: AuditHead, lost: AuditHeadLoss | null = null): void {
  const file = headFile(dir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(lost ? { id: head.id, hash: head.hash, lost } : { id: head.id, hash: head.hash })}\n`);
  fs.renameSync(temp, file);
}

/** The head of an empty log: what a new workspace (or the restore of a backup with no rows) starts with. */
export const EMPTY_LOG_HEAD: AuditHead = { id: 0, hash: GENESIS_HASH };

/**
 * Records the empty log's head when a workspace opens with no head file and no audit row (a new
 * workspace): from then on a missing file can only mean it was lost or removed.
 */
export function anchorEmptyAuditLog(dir: string, db: Database): void {
  if (loadAuditHead(dir).state !== 'missing') return;
  if (db.prepare('SELECT 1 FROM audit_log LIMIT 1').get()) return;
  writeAuditHead(dir, EMPTY_LOG_HEAD);
}

/**
 * Records the newest row after a committed write. Two processes on one workspace may finish in
 * either order, so the file only ever moves forward; one left a row behind is still a valid head.
 * A head found missing or unreadable is written again with that loss kept in it.
 */
export function recordAuditHead(dir: string, db: Database, now: () => string = () => new Date().toISOString()): void {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined;
  if (!last) return;
  const known = loadAuditHead(dir);
  if (known.state === 'recorded') {
    if (known.head.id >= last.id) return;
    writeAuditHead(dir, last, known.lost);
    return;
  }
  writeAuditHead(dir, last, { reason: known.state, row: last.id, at: now() });
}

/** The newest row now, or the empty log's head: what a package or backup made now records. */
export function currentAuditHead(db: Database): AuditHead {
  return (db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined) ?? EMPTY_LOG_HEAD;
}

/** How a package PDF carries the head in its keywords. */
export function auditHeadKeywords(head: AuditHead | null): string[] {
  return head ? [`audit-head=${head.id}:${head.hash}`] : [];
}

/** The head a package's keywords carry, or null (a package made before heads were recorded). */
export function auditHeadFromKeywords(keywords: string): AuditHead | null {
  const m = /(?:^| )audit-head=(\d+):([0-9a-f]{64})(?= |$)/.exec(keywords);
  return m ? { id: Number(m[1]), hash: m[2]! } : null;
}

const LOST_NOTE = 'so rows cut from the end of the log cannot be ruled out; check the log against a backup or package made earlier (audit verify --against FILE)';

/**
 * Why the log's end disagrees with the recorded head, or null. Once the log has rows, a head file
 * that is missing or unreadable, or that records an earlier loss, is a finding too.
 */
export function auditHeadBreak(dir: string, db: Database): { id: number; reason: string } | null {
  const last = (db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number | null }).id ?? 0;
  const found = loadAuditHead(dir);
  if (found.state === 'missing') {
    if (last === 0) return null;
    return { id: last, reason: `${AUDIT_HEAD_FILE}, where ExportDesk records the newest row after every write, is missing from the workspace folder, ${LOST_NOTE}` };
  }
  if (found.state === 'unreadable') {
    return { id: last, reason: `${AUDIT_HEAD_FILE}, where ExportDesk records the newest row after every write, is unreadable (${found.why}), ${LOST_NOTE}` };
  }
  const { head, lost } = found;
  if (last < head.id) {
    return {
      id: last + 1,
      reason: `rows ${last + 1} to ${head.id} were deleted from the end of the log: ExportDesk last recorded row ${head.id} (${AUDIT_HEAD_FILE})`,
    };
  }
  const row = head.id === 0 ? null : (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(head.id) as { hash: string } | undefined);
  if (row && row.hash !== head.hash) {
    return { id: head.id, reason: `row ${head.id} is not the row ExportDesk wrote there: the end of the log was rewritten (${AUDIT_HEAD_FILE} holds another hash)` };
  }
  if (lost) {
    return {
      id: lost.row,
      reason: `${AUDIT_HEAD_FILE} was found ${lost.reason} when row ${lost.row} was written (${lost.at.slice(0, 10)}), ${LOST_NOTE.replace('the log', 'the log before then')}`,
    };
  }
  return null;
}
