import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { ACCEPTED_DOCUMENT_TYPES } from '../../../shared/documents/accepted';
import { AppError } from '../../../shared/errors';
import type { PackageVerification } from '../../../shared/packages/types';
import { sniffMime } from '../documents/file-type';
import { sha256Hex } from '../store/hash';
import { packagesByReferenceAndDate, packagesWithSha256 } from './package-store';

export interface VerifyInput {
  path?: string;
  base64?: string;
  fileName?: string;
}

/** A PDF starts with %PDF- (ISO 32000-1, 7.5.2; readers accept it within the first 1024 bytes). */
const HEADER_WINDOW = 1024;
/** …and ends with %%EOF (7.5.5), followed at most by a line end or a little padding. */
const TRAILER_WINDOW = 1024;

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function readInput(input: VerifyInput): { name: string; bytes: Buffer } {
  if (input.path !== undefined) {
    const name = path.basename(input.path);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input.path);
    } catch {
      throw new AppError('NOT_FOUND', `${input.path}: no such file`, { file: name, field: 'path' });
    }
    if (!stat.isFile()) throw new AppError('BAD_FILE', `${input.path} is not a file`, { file: name, field: 'path' });
    return { name, bytes: fs.readFileSync(input.path) };
  }
  const name = path.basename((input.fileName ?? 'The file').replace(/\\/g, '/'));
  return { name, bytes: Buffer.from(input.base64 ?? '', 'base64') };
}

/** What a file that is not a PDF looks like, in words. */
function looksLike(bytes: Buffer): string {
  const mime = sniffMime(bytes);
  const accepted = ACCEPTED_DOCUMENT_TYPES.find((t) => t.mime === mime);
  if (accepted) return `a ${accepted.label} file`;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a ZIP archive';
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'a Windows program';
  if (bytes[0] === 0x7f && bytes.subarray(1, 4).toString('latin1') === 'ELF') return 'a program';
  const head = bytes.subarray(0, 4096);
  const text = head.toString('utf8');
  if (!text.includes('\uFFFD') && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    const start = text.trimStart();
    if (start.startsWith('{') || start.startsWith('[')) return 'a JSON text file';
    if (start.startsWith('<')) return 'an XML or HTML file';
    return 'a text file';
  }
  return 'binary data of an unknown kind';
}

/**
 * Tells which package record a PDF is: by its SHA-256, so one changed byte means no match. A file
 * that is not a PDF, or is cut short, is refused with what it looks like; a PDF that matches no
 * record is answered with match null and, when it names itself as a package of this workspace,
 * which one it claims to be (an altered copy).
 */
export async function verifyPackageFile(db: Database, input: VerifyInput): Promise<PackageVerification> {
  const { name, bytes } = readInput(input);
  if (bytes.length === 0) throw new AppError('BAD_FILE', `${name} is empty: it is not a package.`, { file: name });
  if (!bytes.subarray(0, HEADER_WINDOW).includes('%PDF-')) {
    throw new AppError('BAD_FILE', `${name} is not a PDF: it looks like ${looksLike(bytes)}. Give the package PDF that ExportDesk generated.`, { file: name });
  }
  if (!bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW)).includes('%%EOF')) {
    throw new AppError(
      'BAD_FILE',
      `${name} is truncated or damaged: a PDF ends with an end-of-file marker (%%EOF) and this one has none (${bytes.length} bytes). It cannot be the package as generated; take a complete copy.`,
      { file: name },
    );
  }
  const sha256 = sha256Hex(bytes);
  const matches = packagesWithSha256(db, sha256);
  if (matches.length) {
    const m = matches[0]!;
    const others = matches.slice(1).map((x) => `#${x.id}`);
    return {
      sha256,
      bytes: bytes.length,
      match: m,
      message: `${name} is package #${m.id}, ${m.title}, generated ${when(m.generatedAt)} by ${m.generatedBy}: unchanged (SHA-256 ${sha256}).${others.length ? ` Packages ${others.join(', ')} are byte-identical renderings of it.` : ''}`,
    };
  }
  return { sha256, bytes: bytes.length, match: null, message: await noMatchMessage(db, name, bytes, sha256) };
}

async function noMatchMessage(db: Database, name: string, bytes: Buffer, sha256: string): Promise<string> {
  const base = `${name} matches no package in this workspace (SHA-256 ${sha256})`;
  let keywords: string | undefined;
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest });
    keywords = pdf.getKeywords();
  } catch {
    return `${base}, and it cannot be read as a PDF: it is damaged.`;
  }
  const claim = /kind=(\S+) reference=(.*) generated=(\S+)$/.exec(keywords ?? '');
  if (claim && keywords?.startsWith('ExportDesk filing package')) {
    const [, , reference, generatedAt] = claim as unknown as [string, string, string, string];
    const same = packagesByReferenceAndDate(db, reference, generatedAt);
    if (same.length) {
      const p = same[0]!;
      return `${base}. It names itself package #${p.id} (${p.title}, generated ${when(p.generatedAt)}), whose SHA-256 is ${p.sha256}: this copy has been changed since it was generated.`;
    }
    return `${base}. It is an ExportDesk package for ${reference} generated ${when(generatedAt)}, but not one recorded in this workspace.`;
  }
  return `${base}: it was not generated by this workspace, or it has been changed.`;
}
