import fs from 'node:fs';
import path from 'node:path';
import type { FileSource } from '../../../shared/contract/controls';
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/accepted';
import { AppError } from '../../../shared/errors';
import { sha256Hex } from '../store/hash';
import { documentMime } from './file-type';
import { imageProblem } from './image-limit';

export interface DocumentFile {
  /** The user's file name, kept for display only (its base name; never used as a path). */
  name: string;
  bytes: Buffer;
  sha256: string;
  mime: string;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(name: string, size: number): AppError {
  return new AppError('FILE_TOO_LARGE', `${name}: the file is ${mb(size)}, over the ${mb(MAX_DOCUMENT_BYTES)} limit for documents`, {
    file: name,
    field: 'source',
  });
}

/** Reads a document the user picked, refusing empty, oversized and unaccepted files before anything is stored. */
export function readDocumentFile(source: FileSource): DocumentFile {
  let name: string;
  let bytes: Buffer;
  if ('path' in source) {
    name = path.basename(source.path);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(source.path);
    } catch {
      throw new AppError('NOT_FOUND', `${source.path}: no such file`, { file: name, field: 'source' });
    }
    if (!stat.isFile()) throw new AppError('BAD_FILE', `${source.path} is not a file`, { file: name, field: 'source' });
    if (stat.size > MAX_DOCUMENT_BYTES) throw tooLarge(name, stat.size);
    bytes = fs.readFileSync(source.path);
  } else {
    // A browser sends only a name; any folders in it ("../../x.pdf", "C:\\x.pdf") are dropped.
    name = path.basename(source.name.replace(/\\/g, '/'));
    if (source.base64.length > Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4) throw tooLarge(name, Math.floor((source.base64.length * 3) / 4));
    bytes = Buffer.from(source.base64, 'base64');
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(name, bytes.length);
  if (bytes.length === 0) throw new AppError('BAD_FILE', `${name}: the file is empty`, { file: name, field: 'source' });
  name = shortName(name.replace(/[\u0000-\u001f\u007f]/g, '')) || 'document';
  const mime = documentMime(name, bytes);
  const problem = imageProblem(mime, bytes);
  if (problem) {
    const advice = problem.includes('pixels') ? 'Scale it down, or scan it again at 300 dpi (enough for a page), and attach it again.' : 'Attach the original file.';
    throw new AppError('BAD_FILE', `${name}: ${problem}. ${advice}`, { file: name, field: 'source' });
  }
  return { name, bytes, sha256: sha256Hex(bytes), mime };
}

const MAX_NAME = 255;
/** An extension longer than this is not one; the name is simply cut. */
const MAX_EXTENSION = 16;

/**
 * A name cut to 255 characters with its extension kept, so the type check and every message see
 * the file's real extension ("….pdf"). Cut by code point, never inside a surrogate pair.
 */
function shortName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= MAX_EXTENSION + 1 ? name.slice(dot) : '';
  return `${chars.slice(0, MAX_NAME - Array.from(ext).length - 1).join('')}…${ext}`;
}
