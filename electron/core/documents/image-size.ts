/**
 * An image's pixel size read from its header, never by decoding it: a 560 KB PNG can declare
 * 12,000 × 12,000 pixels, and decoding it to find out is the very cost a limit must avoid.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** The size the header declares, or null when the header cannot be read (damaged or not a real image). */
export function imageSize(mime: string, bytes: Buffer): ImageSize | null {
  switch (mime) {
    case 'image/png':
      return pngSize(bytes);
    case 'image/jpeg':
      return jpegSize(bytes);
    case 'image/gif':
      return gifSize(bytes);
    case 'image/webp':
      return webpSize(bytes);
    case 'image/tiff':
      return tiffSize(bytes);
    default:
      return null;
  }
}

const sized = (width: number, height: number): ImageSize | null => (width > 0 && height > 0 ? { width, height } : null);

/** PNG: the IHDR chunk comes first, width and height as 4-byte big-endian numbers (PNG spec 11.2.2). */
function pngSize(b: Buffer): ImageSize | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return sized(b.readUInt32BE(16), b.readUInt32BE(20));
}

/**
 * JPEG: walks the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC), whose
 * segment holds the height and width (ITU T.81, B.2.2). A scan before any frame, or a height of 0
 * (set later by a DNL marker), leaves the size unknown.
 */
function jpegSize(b: Buffer): ImageSize | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) return null;
      return sized(b.readUInt16BE(i + 7), b.readUInt16BE(i + 5));
    }
    i += 2 + length;
  }
  return null;
}

/** GIF: the logical screen's width and height, little-endian, after the 6-byte signature. */
function gifSize(b: Buffer): ImageSize | null {
  if (b.length < 10) return null;
  return sized(b.readUInt16LE(6), b.readUInt16LE(8));
}

/** WebP: the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, with the canvas size). */
function webpSize(b: Buffer): ImageSize | null {
  if (b.length < 30) return null;
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return sized(b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = b.readUInt32LE(21);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return sized(b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
  return null;
}

/** Pages of a multi-page TIFF read at most; a chain of more is treated as unreadable. */
const MAX_TIFF_PAGES = 1000;

/** TIFF: ImageWidth (256) and ImageLength (257) of every page (IFD); the largest page counts. */
function tiffSize(b: Buffer): ImageSize | null {
  if (b.length < 8) return null;
  const le = b[0] === 0x49;
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  let largest: ImageSize | null = null;
  const seen = new Set<number>();
  for (let ifd = u32(4); ifd !== 0; ) {
    if (seen.has(ifd) || seen.size >= MAX_TIFF_PAGES || ifd + 2 > b.length) return null;
    seen.add(ifd);
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > b.length) return null;
    let width = 0;
    let height = 0;
    for (let e = 0; e < count; e++) {
      const at = ifd + 2 + e * 12;
      const tag = u16(at);
      if (tag !== 256 && tag !== 257) continue;
      const type = u16(at + 2);
      const value = type === 3 ? u16(at + 8) : type === 4 ? u32(at + 8) : 0;
      if (tag === 256) width = value;
      else height = value;
    }
    const page = sized(width, height);
    if (!page) return null;
    if (!largest || page.width * page.height > largest.width * largest.height) largest = page;
    ifd = u32(ifd + 2 + count * 12);
  }
  return largest;
}
