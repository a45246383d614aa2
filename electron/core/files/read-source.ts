import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { FileSource } from '../../../shared/contract/controls';
import { AppError } from '../../../shared/errors';
import { sha256Hex } from '../store/hash';

export interface SourceFile {
  /** The name shown in messages: the file's base name, never used as a path. */
  name: string;
  bytes: Buffer;
  sha256: string;
}

export const DEFAULT_MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Reads a file the user picked, by path or as uploaded bytes, refusing empty and oversized files. */
export function readSource(source: FileSource, maxBytes = DEFAULT_MAX_IMPORT_BYTES): SourceFile {
  let name: string;
  let bytes: Buffer;
  if ('path' in source) {
    name = path.basename(source.path);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(source.path);
    } catch {
      throw new AppError('NOT_FOUND', `${source.path}: no such file`, { file: name });
    }
    if (!stat.isFile()) throw new AppError('BAD_FILE', `${source.path} is not a file`, { file: name });
    if (stat.size > maxBytes) throw tooLarge(name, stat.size, maxBytes);
    bytes = fs.readFileSync(source.path);
  } else {
    name = path.basename(source.name.replace(/\\/g, '/'));
    bytes = Buffer.from(source.base64, 'base64');
    if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new AppError('BAD_FILE', `${name}: the file is empty`, { file: name });
  }
  return { name, bytes, sha256: sha256Hex(bytes) };
}

function tooLarge(name: string, size: number, max: number): AppError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new AppError('FILE_TOO_LARGE', `${name}: the file is ${mb(size)}, over the ${mb(max)} limit for imports`, {
    file: name,
  });
}

/**
 * Decodes UTF-8 strictly: a list whose text was silently mangled would be cited in classifications,
 * so a non-UTF-8 file is refused with the line of the first bad byte.
 */
export function decodeUtf8(file: SourceFile): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const offset = firstInvalidUtf8Offset(file.bytes);
    const line = lineAtByte(file.bytes, offset);
    throw new AppError(
      'BAD_FILE',
      `${file.name}, line ${line}: the file is not UTF-8 text (invalid byte 0x${file.bytes[offset]?.toString(16).padStart(2, '0')} at byte ${offset}). Save it as UTF-8 and import again.`,
      { file: file.name, line },
    );
  }
}

function firstInvalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

function lineAtByte(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 0x0a) line++;
  return line;
}

export function lineAtChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse, but a syntax error names the line and what was expected there. */
export function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? text.length;
    const line = lineAtChar(text, offset);
    // Generated lists are often one long line, where a column is what finds the fault.
    const column = offset - text.lastIndexOf('\n', offset - 1);
    const what = first ? describeJsonError(printParseErrorCode(first.error)) : 'malformed JSON';
    throw new AppError('BAD_FILE', `${fileName}, line ${line}, column ${column}: not valid JSON (${what})`, { file: fileName, line });
  }
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
