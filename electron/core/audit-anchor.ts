import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import type { AuditAnchor } from '../../shared/contract/audit';
import { AppError } from '../../shared/errors';
import { auditHeadFromKeywords, type AuditHead } from './audit-head';
import { readBackup } from './backup/read-backup';

/** A PDF starts with %PDF- within its first 1024 bytes (ISO 32000-1, 7.5.2). */
const PDF_WINDOW = 1024;

function startsAsPdf(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(PDF_WINDOW);
    const n = fs.readSync(fd, head, 0, PDF_WINDOW, 0);
    return head.subarray(0, n).includes('%PDF-');
  } finally {
    fs.closeSync(fd);
  }
}

/** Files up to this size are always read whole for their keywords (as package verify reads a claim). */
const PDF_READ_MIN = 64 * 1024 * 1024;

/**
 * How large a PDF is read whole for the head in its keywords: a little more than the largest
 * package this workspace recorded, so a huge file is refused without being held in memory.
 */
export function pdfReadLimit(db: Database): number {
  const largest = (db.prepare('SELECT max(bytes) FROM packages').pluck().get() as number | null) ?? 0;
  return Math.max(PDF_READ_MIN, Math.ceil(largest * 1.1));
}

async function packageAnchor(file: string, size: number, limit: number): Promise<AuditAnchor> {
  const name = path.basename(file);
  if (size > limit) {
    throw new AppError('BAD_FILE', `${name} is larger than any package this workspace generated, so it is not one of its packages: give a package PDF or a backup this workspace made.`, {
      file,
      field: 'against',
    });
  }
  let keywords: string;
  try {
    const pdf = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest });
    keywords = pdf.getKeywords() ?? '';
  } catch {
    throw new AppError('BAD_FILE', `${name} cannot be read as a PDF: it is damaged, so it cannot show what the audit log held.`, { file, field: 'against' });
  }
  if (!keywords.startsWith('ExportDesk filing package')) {
    throw new AppError('BAD_FILE', `${name} is a PDF but not an ExportDesk filing package: give a package or a backup this workspace made.`, { file, field: 'against' });
  }
  const head = auditHeadFromKeywords(keywords);
  if (!head) {
    throw new AppError('BAD_FILE', `${name} is an ExportDesk package made before packages recorded the audit log's newest row: it cannot be checked against. Use a later package or a backup.`, {
      file,
      field: 'against',
    });
  }
  const madeAt = /generated=(\S+)$/.exec(keywords)?.[1] ?? '';
  return { file, kind: 'package', madeAt, head };
}

/**
 * The audit head a package PDF or a backup file recorded when it was made: a package carries it in
 * its keywords, a backup in its manifest (read through and checked like `backup verify` reads it,
 * so a damaged backup is refused rather than trusted).
 */
export async function readAuditAnchor(file: string, opts: { pdfReadLimit?: number } = {}): Promise<AuditAnchor> {
  const abs = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new AppError('NOT_FOUND', `There is no file ${abs}`, { file: abs, field: 'against' });
  }
  if (!stat.isFile()) throw new AppError('INVALID_INPUT', `${abs} is a folder: give a package PDF or a backup file.`, { file: abs, field: 'against' });
  if (stat.size > 0 && startsAsPdf(abs)) return packageAnchor(abs, stat.size, opts.pdfReadLimit ?? PDF_READ_MIN);
  const read = await readBackup(abs, () => null);
  return { file: abs, kind: 'backup', madeAt: read.manifest.createdAt, head: read.manifest.auditHead };
}

/**
 * Whether the log still holds the row the anchor recorded, with the hash it had: null when it
 * does (or the anchor recorded an empty log), else the row and why. The chain alone cannot see a
 * log rewritten from some row on with every hash recomputed; a file made before, and kept
 * elsewhere, can.
 */
export function anchorBreak(db: Database, anchor: AuditAnchor): { id: number; reason: string } | null {
  const head: AuditHead | null = anchor.head;
  if (!head || head.id === 0) return null;
  const name = path.basename(anchor.file);
  const when = anchor.madeAt ? ` (${anchor.madeAt.slice(0, 10)})` : '';
  const what = anchor.kind === 'backup' ? 'the backup' : 'the package';
  const row = db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(head.id) as { hash: string } | undefined;
  if (!row) return { id: head.id, reason: `row ${head.id}, the newest row when ${what} ${name} was made${when}, is no longer in the log: history was deleted` };
  if (row.hash !== head.hash) {
    return { id: head.id, reason: `row ${head.id} is not the row it was when ${what} ${name} was made${when} (${name} records another hash): the log was rewritten up to that row` };
  }
  return null;
}
