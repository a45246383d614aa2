import zlib from 'node:zlib';

/**
 * A PNG far larger than the page it is drawn on, scaled down before it is embedded: a scan of
 * 5,000 × 5,000 pixels drawn 515 points wide needs about 2,150 of them for 300 dpi. The image is
 * decoded as a stream, one row at a time, into an average of each k × k block, so the memory it
 * takes is that of the scaled image and two rows, whatever the original's size. The result is a
 * plain PNG (8-bit grey, RGB or RGBA) for pdf-lib to embed; the same input gives the same pixels.
 */
export interface Downscaled {
  png: Buffer;
  width: number;
  height: number;
  factor: number;
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) break;
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

/**
 * Scales the PNG down by the whole factor that brings it nearest above `maxWidth` × `maxHeight`,
 * or returns null when it is less than twice that size (embedded as it is, at most about 600 dpi)
 * or is a kind this does not read (interlaced, damaged): those are embedded as stored.
 */
export async function downscalePng(png: Buffer, maxWidth: number, maxHeight: number): Promise<Downscaled | null> {
  const parts = chunks(png);
  const ihdr = parts.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr || ihdr.length < 13) return null;
  const h: Header = { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), bitDepth: ihdr[8]!, colorType: ihdr[9]!, interlace: ihdr[12]! };
  const channels = CHANNELS[h.colorType];
  if (!channels || h.interlace !== 0 || ![1, 2, 4, 8, 16].includes(h.bitDepth)) return null;
  // The page draws the image to fit, so the side that fits last sets how many pixels are needed.
  const factor = Math.floor(Math.max(h.width / maxWidth, h.height / maxHeight));
  if (factor < 2) return null;
  const palette = parts.find((c) => c.type === 'PLTE')?.data ?? null;
  const trns = parts.find((c) => c.type === 'tRNS')?.data ?? null;
  if (h.colorType === 3 && !palette) return null;
  const idat = parts.filter((c) => c.type === 'IDAT').map((c) => c.data);
  try {
    return await scale(h, channels, factor, idat, palette, trns);
  } catch {
    return null;
  }
}

async function scale(h: Header, channels: number, k: number, idat: Buffer[], palette: Buffer | null, trns: Buffer | null): Promise<Downscaled> {
  const rowBytes = Math.ceil((h.width * channels * h.bitDepth) / 8);
  const bpp = Math.max(1, (channels * h.bitDepth) / 8);
  const ow = Math.ceil(h.width / k);
  const oh = Math.ceil(h.height / k);
  const alpha = h.colorType === 4 || h.colorType === 6 || trns !== null;
  const grey = (h.colorType === 0 || h.colorType === 4) && !(h.colorType === 0 && trns);
  const outChannels = alpha ? (grey ? 2 : 4) : grey ? 1 : 3;
  const outType = alpha ? (grey ? 4 : 6) : grey ? 0 : 2;
  const out = Buffer.alloc(oh * (ow * outChannels + 1));
  const sums = new Uint32Array(ow * 4);
  const counts = new Uint32Array(ow);
  const rgba = new Uint8Array(4);
  const max = (1 << h.bitDepth) - 1;
  const trnsGrey = h.colorType === 0 && trns && trns.length >= 2 ? trns.readUInt16BE(0) : -1;
  const trnsRgb = h.colorType === 2 && trns && trns.length >= 6 ? [trns.readUInt16BE(0), trns.readUInt16BE(2), trns.readUInt16BE(4)] : null;

  /** The raw sample `i` of a row (0..2^bitDepth-1). */
  const sample = (row: Uint8Array, i: number): number => {
    if (h.bitDepth === 8) return row[i]!;
    if (h.bitDepth === 16) return (row[2 * i]! << 8) | row[2 * i + 1]!;
    const bit = i * h.bitDepth;
    return (row[bit >> 3]! >> (8 - h.bitDepth - (bit & 7))) & max;
  };
  const to8 = (v: number) => (h.bitDepth === 16 ? v >> 8 : h.bitDepth === 8 ? v : Math.round((v * 255) / max));

  const pixel = (row: Uint8Array, x: number): void => {
    const s = x * channels;
    switch (h.colorType) {
      case 0: {
        const v = sample(row, s);
        rgba[0] = rgba[1] = rgba[2] = to8(v);
        rgba[3] = v === trnsGrey ? 0 : 255;
        break;
      }
      case 2: {
        const r = sample(row, s), g = sample(row, s + 1), b = sample(row, s + 2);
        rgba[0] = to8(r);
        rgba[1] = to8(g);
        rgba[2] = to8(b);
        rgba[3] = trnsRgb && r === trnsRgb[0] && g === trnsRgb[1] && b === trnsRgb[2] ? 0 : 255;
        break;
      }
      case 3: {
        const idx = sample(row, s);
        rgba[0] = palette![idx * 3] ?? 0;
        rgba[1] = palette![idx * 3 + 1] ?? 0;
        rgba[2] = palette![idx * 3 + 2] ?? 0;
        rgba[3] = trns && idx < trns.length ? trns[idx]! : 255;
        break;
      }
      case 4:
        rgba[0] = rgba[1] = rgba[2] = to8(sample(row, s));
        rgba[3] = to8(sample(row, s + 1));
        break;
      default:
        rgba[0] = to8(sample(row, s));
        rgba[1] = to8(sample(row, s + 1));
        rgba[2] = to8(sample(row, s + 2));
        rgba[3] = to8(sample(row, s + 3));
    }
  };

  let y = 0;
  const emit = () => {
    const oy = Math.floor((y - 1) / k);
    let at = oy * (ow * outChannels + 1) + 1;
    for (let ox = 0; ox < ow; ox++) {
      const n = counts[ox]!;
      const avg = (c: number) => Math.round(sums[ox * 4 + c]! / n);
      if (grey) out[at++] = avg(0);
      else {
        out[at++] = avg(0);
        out[at++] = avg(1);
        out[at++] = avg(2);
      }
      if (alpha) out[at++] = avg(3);
    }
    sums.fill(0);
    counts.fill(0);
  };

  let prev = new Uint8Array(rowBytes);
  let cur = new Uint8Array(rowBytes);
  const filtered = new Uint8Array(rowBytes + 1);
  let filled = 0;
  const takeRow = () => {
    const type = filtered[0]!;
    for (let i = 0; i < rowBytes; i++) {
      const x = filtered[i + 1]!;
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let v: number;
      if (type === 0) v = x;
      else if (type === 1) v = x + a;
      else if (type === 2) v = x + b;
      else if (type === 3) v = x + ((a + b) >> 1);
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`PNG filter type ${type}`);
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < h.width; x++) {
      pixel(cur, x);
      const ox = Math.floor(x / k);
      sums[ox * 4]! += rgba[0]!;
      sums[ox * 4 + 1]! += rgba[1]!;
      sums[ox * 4 + 2]! += rgba[2]!;
      sums[ox * 4 + 3]! += rgba[3]!;
      counts[ox]!++;
    }
    [prev, cur] = [cur, prev];
    y++;
    if (y % k === 0 || y === h.height) emit();
  };

  await new Promise<void>((resolve, reject) => {
    const inflate = zlib.createInflate();
    inflate.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length && y < h.height; ) {
        const n = Math.min(chunk.length - i, rowBytes + 1 - filled);
        filtered.set(chunk.subarray(i, i + n), filled);
        filled += n;
        i += n;
        if (filled === rowBytes + 1) {
          filled = 0;
          takeRow();
        }
      }
    });
    inflate.on('end', () => (y === h.height ? resolve() : reject(new Error(`PNG data ends after ${y} of ${h.height} rows`))));
    inflate.on('error', reject);
    for (const part of idat) inflate.write(part);
    inflate.end();
  });
  return { png: encodePng(ow, oh, outType, out), width: ow, height: oh, factor: k };
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An 8-bit PNG of filtered rows (filter 0 already in place in `rows`). */
function encodePng(width: number, height: number, colorType: number, rows: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
