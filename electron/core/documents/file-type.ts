import { acceptedTypeByExtension, ACCEPTED_DOCUMENT_TYPES } from '../../../shared/documents/accepted';
import { AppError } from '../../../shared/errors';
import { zipOutline } from './zip-entries';

const ODT_MIME = 'application/vnd.oasis.opendocument.text';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the first bytes say a file is, or null when they match none of the accepted types. */
export function sniffMime(bytes: Buffer): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const zip = zipOutline(bytes);
    if (!zip) return null;
    // ODF: the first entry is an uncompressed `mimetype` naming the format (ODF 1.2, part 3, 3.3).
    if (zip.first?.name === 'mimetype' && zip.first.storedText === ODT_MIME) return ODT_MIME;
    if (zip.names.includes('[Content_Types].xml') && zip.names.includes('word/document.xml')) return DOCX_MIME;
  }
  return null;
}

function describeContent(mime: string | null, bytes: Buffer): string {
  const accepted = ACCEPTED_DOCUMENT_TYPES.find((t) => t.mime === mime);
  if (accepted) return `a ${accepted.label}`;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a ZIP archive';
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'a Windows program';
  if (bytes[0] === 0x7f && bytes.subarray(1, 4).toString('latin1') === 'ELF') return 'a program';
  return 'not one of the accepted types';
}

const ACCEPTED_LIST = 'PDF, PNG, JPEG, TIFF, GIF, WebP, DOCX or ODT';

/**
 * The file's type, from its extension and its content, which must agree: a renamed executable or
 * archive is refused however it is named, and a file is never trusted on its name alone.
 */
export function documentMime(fileName: string, bytes: Buffer): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1) : '';
  const byName = acceptedTypeByExtension(ext);
  if (!byName) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}: ${ext ? `.${ext} files are` : 'a file without an extension is'} not accepted as documents. Attach a ${ACCEPTED_LIST} file.`,
      { file: fileName, field: 'source' },
    );
  }
  const byContent = sniffMime(bytes);
  if (byContent !== byName.mime) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}: the name says ${byName.label} but the content is ${describeContent(byContent, bytes)}. The file may be damaged or renamed; attach the original ${byName.label}.`,
      { file: fileName, field: 'source' },
    );
  }
  return byName.mime;
}
