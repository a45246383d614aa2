/**
 * The entry names of a ZIP file from its central directory, and the first entry with its stored
 * content: enough to tell a DOCX (word/document.xml) from an ODT (a first, uncompressed `mimetype`
 * entry) from any other ZIP, without unpacking anything. Null when the bytes are not a readable ZIP.
 */
export interface ZipOutline {
  names: string[];
  /** The first entry's name and, when stored uncompressed, its text (ODT's mimetype). */
  first: { name: string; storedText: string | null } | null;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 10_000;

export function zipOutline(bytes: Buffer): ZipOutline | null {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count && n < MAX_ENTRIES; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLen > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { names, first: firstEntry(bytes) };
}

function firstEntry(bytes: Buffer): ZipOutline['first'] {
  if (bytes.length < 30) return null;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLen = bytes.readUInt16LE(26);
  const extraLen = bytes.readUInt16LE(28);
  const nameEnd = 30 + nameLen;
  if (nameEnd > bytes.length) return null;
  const name = bytes.toString('utf8', 30, nameEnd);
  const dataStart = nameEnd + extraLen;
  const storedText = method === 0 && size <= 200 && dataStart + size <= bytes.length ? bytes.toString('latin1', dataStart, dataStart + size) : null;
  return { name, storedText };
}
