import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { verifyAuditChain } from '../../electron/core/audit-verify';
import { readAttachment } from '../../electron/core/documents/attachments';
import { fingerprint, type Fingerprint, type LooseTables } from './fingerprint';

/** What a scenario's own check found in the files the operation writes outside the database. */
export interface FileState {
  problems: string[];
  /** Whether the files show the work done: none, all, or (undefined) they cannot tell. */
  state?: 'none' | 'all';
  /** Temporary files left behind under a name the app recognises as temporary (reported, not failed). */
  strays?: string[];
}

export type FileCheck = (core: Core) => FileState | Promise<FileState>;

/** What reopening a workspace after a kill found; `problems` empty means it is sound. */
export interface Inspection {
  problems: string[];
  fingerprint: Fingerprint | null;
  files: FileState | null;
  /** Files the kill left that opening the workspace removed (orphan-files.ts), for the report. */
  cleanedOnOpen: string[];
}

/**
 * Attachments and their rows must agree both ways: a file is written before its row commits, so a
 * kill between the two leaves a file no row names unless the app cleans it up on opening.
 */
function attachmentProblems(core: Core): string[] {
  const dir = core.ws.attachmentsDir;
  const referenced = core.ws.db.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[];
  const problems = referenced.filter((sha) => !readAttachment(dir, sha).ok).map((sha) => `document file attachments/${sha} is missing or changed`);
  const names = new Set(referenced);
  const orphans = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !names.has(f)) : [];
  if (orphans.length) problems.push(`attachments no record refers to: ${orphans.join(', ')}`);
  return problems;
}

/**
 * Reopens the workspace as the app would after a crash and checks it: it opens, SQLite finds no
 * corruption, no dangling foreign keys, the audit chain holds, attachments and their rows agree.
 */
export async function inspectWorkspace(dir: string, checkFiles?: FileCheck, loose?: LooseTables): Promise<Inspection> {
  const beforeOpen = filesUnder(dir);
  let core: Core;
  try {
    core = openCore(dir);
  } catch (e) {
    return { problems: [`the workspace does not open: ${(e as Error).message}`], fingerprint: null, files: null, cleanedOnOpen: [] };
  }
  const afterOpen = new Set(filesUnder(dir));
  // The database's own -wal and -shm come and go with opening; only the app's files count.
  const cleanedOnOpen = beforeOpen.filter((f) => !afterOpen.has(f) && !f.startsWith('exportdesk.sqlite'));
  const problems: string[] = [];
  try {
    const db = core.ws.db;
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const integrityText = integrity.map((r) => r.integrity_check).join('; ');
    if (integrityText !== 'ok') problems.push(`PRAGMA integrity_check: ${integrityText.slice(0, 500)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`PRAGMA foreign_key_check: ${fk.length} violations, first ${JSON.stringify(fk[0])}`);
    const audit = verifyAuditChain(db);
    if (!audit.ok) problems.push(`audit chain broken: ${audit.firstBroken?.reason ?? 'unknown'}`);
    problems.push(...attachmentProblems(core));
    const files = checkFiles ? await checkFiles(core) : null;
    return { problems: [...problems, ...(files?.problems ?? [])], fingerprint: fingerprint(db, loose), files, cleanedOnOpen };
  } finally {
    core.ws.close();
  }
}

/** Files under `dir`, relative to it, for stray-file checks (packages/, the backup's folder). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}
