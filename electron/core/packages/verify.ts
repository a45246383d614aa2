import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { ACCEPTED_DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../../shared/documents/accepted';
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

/**
 * The file to verify, read only as far as each check needs: its first and last kilobytes, its hash
 * (from a stream, so a file of gigabytes takes a few kilobytes of memory), and its whole content
 * only when it is small enough to parse for the package it names itself.
 */
interface VerifyFile {
  name: string;
  size: number;
  head: Buffer;
  tail: Buffer;
  sha256(): Promise<string>;
  /** The whole file, or null when it is over `limit` bytes. */
  whole(limit: number): Buffer | null;
}

/** Enough of the start to tell what a file that is not a PDF looks like. */
const SNIFF_WINDOW = 4096;

function inMemory(name: string, bytes: Buffer): VerifyFile {
  return {
    name,
    size: bytes.length,
    head: bytes.subarray(0, SNIFF_WINDOW),
    tail: bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW)),
    sha256: async () => sha256Hex(bytes),
    whole: (limit) => (bytes.length <= limit ? bytes : null),
  };
}

function readAt(file: string, position: number, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const out = Buffer.alloc(length);
    const n = fs.readSync(fd, out, 0, length, position);
    return out.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

async function streamSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function openInput(input: VerifyInput): VerifyFile {
  if (input.path !== undefined) {
    const file = input.path;
    const name = path.basename(file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new AppError('NOT_FOUND', `${file}: no such file`, { file: name, field: 'path' });
    }
    if (!stat.isFile()) throw new AppError('BAD_FILE', `${file} is not a file`, { file: name, field: 'path' });
    const size = stat.size;
    return {
      name,
      size,
      head: readAt(file, 0, Math.min(size, SNIFF_WINDOW)),
      tail: readAt(file, Math.max(0, size - TRAILER_WINDOW), Math.min(size, TRAILER_WINDOW)),
      sha256: () => streamSha256(file),
      whole: (limit) => (size <= limit ? fs.readFileSync(file) : null),
    };
  }
  const name = path.basename((input.fileName ?? 'The file').replace(/\\/g, '/'));
  return inMemory(name, Buffer.from(input.base64 ?? '', 'base64'));
}

/** What a file that is not a PDF looks like, in words (a DOCX or ODT is told by its ZIP directory, at the end of the file). */
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
  const f = openInput(input);
  const { name } = f;
  if (f.size === 0) throw new AppError('BAD_FILE', `${name} is empty: it is not a package.`, { file: name });
  if (!f.head.subarray(0, HEADER_WINDOW).includes('%PDF-')) {
    throw new AppError('BAD_FILE', `${name} is not a PDF: it looks like ${looksLike(f.whole(MAX_DOCUMENT_BYTES) ?? f.head)}. Give the package PDF that ExportDesk generated.`, { file: name });
  }
  if (!f.tail.includes('%%EOF')) {
    throw new AppError(
      'BAD_FILE',
      `${name} is truncated or damaged: a PDF ends with an end-of-file marker (%%EOF) and this one has none (${f.size} bytes). It cannot be the package as generated; take a complete copy.`,
      { file: name },
    );
  }
  const sha256 = await f.sha256();
  const matches = packagesWithSha256(db, sha256);
  if (matches.length) {
    const m = matches[0]!;
    const others = matches.slice(1).map((x) => `#${x.id}`);
    return {
      sha256,
      bytes: f.size,
      match: m,
      message: `${name} is package #${m.id}, ${m.title}, generated ${when(m.generatedAt)} by ${m.generatedBy}: unchanged (SHA-256 ${sha256}).${others.length ? ` Packages ${others.join(', ')} are byte-identical renderings of it.` : ''}`,
    };
  }
  return { sha256, bytes: f.size, match: null, message: await noMatchMessage(db, f, sha256) };
}

/** Files up to this size are read for the package they name themselves, whatever the records hold. */
const CLAIM_READ_MIN = 64 * 1024 * 1024;

/**
 * How large a file is read whole to find which package it claims to be: an altered copy is about
 * the size of the package it was made from, so a little more than the largest recorded package.
 * A larger file is answered from its hash alone, without being read into memory.
 */
function claimReadLimit(db: Database): number {
  const largest = (db.prepare('SELECT max(bytes) FROM packages').pluck().get() as number | null) ?? 0;
  return Math.max(CLAIM_READ_MIN, Math.ceil(largest * 1.1));
}

async function noMatchMessage(db: Database, f: VerifyFile, sha256: string): Promise<string> {
  const { name } = f;
  const base = `${name} matches no package in this workspace (SHA-256 ${sha256})`;
  const bytes = f.whole(claimReadLimit(db));
  if (!bytes) return `${base}: it is larger than any package this workspace generated, so it was not generated by this workspace, or it has been changed.`;
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
