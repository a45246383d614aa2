/**
 * A PNG far larger than its page is scaled down before it is embedded, decoded one row at a time:
 * every PNG colour type and bit depth and every row filter gives the average of each block, and a
 * package embeds a 5,000 × 5,000 scan at 2,500 × 2,500 pixels rather than in full.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { assemble } from '../../electron/core/packages/assemble';
import { loadAppendices } from '../../electron/core/packages/appendices';
import { downscalePng } from '../../electron/core/packages/png-downscale';
import { sha256Hex } from '../../electron/core/store/hash';
import { cleanupTemp, tempDir } from './helpers';

afterEach(cleanupTemp);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Applies PNG row filter `type` (PNG spec 9.2) to a row, given the row above. */
function filterRow(type: number, row: Buffer, above: Buffer, bpp: number): Buffer {
  const out = Buffer.alloc(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = above[i]!;
    const c = i >= bpp ? above[i - bpp]! : 0;
    const p = a + b - c;
    const pred = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][type]!;
    out[i + 1] = (row[i]! - pred) & 0xff;
  }
  return out;
}

interface Spec {
  colorType: number;
  bitDepth: number;
  /** Raw samples of pixel (x, y), as many as the colour type has channels. */
  samples: (x: number, y: number) => number[];
  /** The pixel as 8-bit RGBA, what the scaled image averages. */
  rgba: (x: number, y: number) => [number, number, number, number];
  extra?: Buffer[];
}

/** A PNG with every row filter in turn (row y uses filter y % 5). */
function png(w: number, h: number, s: Spec): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[s.colorType]!;
  const rowBytes = Math.ceil((w * channels * s.bitDepth) / 8);
  const bpp = Math.max(1, (channels * s.bitDepth) / 8);
  let above = Buffer.alloc(rowBytes);
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(rowBytes);
    for (let x = 0; x < w; x++) {
      s.samples(x, y).forEach((v, c) => {
        const i = x * channels + c;
        if (s.bitDepth === 16) row.writeUInt16BE(v, 2 * i);
        else if (s.bitDepth === 8) row[i] = v;
        else row[(i * s.bitDepth) >> 3]! |= v << (8 - s.bitDepth - ((i * s.bitDepth) & 7));
      });
    }
    rows.push(filterRow(y % 5, row, above, bpp));
    above = row;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = s.bitDepth;
  ihdr[9] = s.colorType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...(s.extra ?? []), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** The pixels of an 8-bit, filter-0 PNG as downscalePng writes it. */
function pixels(out: Buffer): { width: number; height: number; channels: number; at: (x: number, y: number) => number[] } {
  const width = out.readUInt32BE(16);
  const height = out.readUInt32BE(20);
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[out[25]!]!;
  const idat = Buffer.concat(Array.from(out.toString('latin1').matchAll(/IDAT/g), (m) => out.subarray(m.index + 4, m.index + 4 + out.readUInt32BE(m.index - 4))));
  const raw = zlib.inflateSync(idat);
  return { width, height, channels, at: (x, y) => Array.from(raw.subarray(y * (width * channels + 1) + 1 + x * channels, y * (width * channels + 1) + 1 + (x + 1) * channels)) };
}

/** What a k × k block average of the pattern should be, in the output's channels. */
function expected(s: Spec, w: number, h: number, k: number, ox: number, oy: number, channels: number): number[] {
  const sum = [0, 0, 0, 0];
  let n = 0;
  for (let y = oy * k; y < Math.min(h, (oy + 1) * k); y++) {
    for (let x = ox * k; x < Math.min(w, (ox + 1) * k); x++) {
      s.rgba(x, y).forEach((v, c) => (sum[c]! += v));
      n++;
    }
  }
  const avg = sum.map((v) => Math.round(v / n));
  return channels === 1 ? [avg[0]!] : channels === 2 ? [avg[0]!, avg[3]!] : channels === 3 ? avg.slice(0, 3) : avg;
}

const grey = (v: number): [number, number, number, number] => [v, v, v, 255];
const PALETTE = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 250, 250, 250]);
const SPECS: [string, Spec][] = [
  ['1-bit grey', { colorType: 0, bitDepth: 1, samples: (x, y) => [(x + y) % 3 === 0 ? 1 : 0], rgba: (x, y) => grey((x + y) % 3 === 0 ? 255 : 0) }],
  ['4-bit grey', { colorType: 0, bitDepth: 4, samples: (x, y) => [(x * 3 + y) % 16], rgba: (x, y) => grey(((x * 3 + y) % 16) * 17) }],
  ['8-bit grey', { colorType: 0, bitDepth: 8, samples: (x, y) => [(x * 7 + y * 13) % 256], rgba: (x, y) => grey((x * 7 + y * 13) % 256) }],
  ['16-bit grey', { colorType: 0, bitDepth: 16, samples: (x, y) => [((x * 7 + y * 13) % 256) * 257], rgba: (x, y) => grey((x * 7 + y * 13) % 256) }],
  ['8-bit RGB', { colorType: 2, bitDepth: 8, samples: (x, y) => [x % 256, y % 256, (x * y) % 256], rgba: (x, y) => [x % 256, y % 256, (x * y) % 256, 255] }],
  ['16-bit RGB', { colorType: 2, bitDepth: 16, samples: (x, y) => [(x % 256) * 257, (y % 256) * 257, 0], rgba: (x, y) => [x % 256, y % 256, 0, 255] }],
  [
    '2-bit palette with transparency',
    {
      colorType: 3,
      bitDepth: 2,
      samples: (x, y) => [(x + 2 * y) % 4],
      rgba: (x, y) => {
        const i = (x + 2 * y) % 4;
        return [PALETTE[i * 3]!, PALETTE[i * 3 + 1]!, PALETTE[i * 3 + 2]!, i === 3 ? 0 : 255];
      },
      extra: [chunk('PLTE', PALETTE), chunk('tRNS', Buffer.from([255, 255, 255, 0]))],
    },
  ],
  ['8-bit grey and alpha', { colorType: 4, bitDepth: 8, samples: (x, y) => [x % 256, y % 256], rgba: (x, y) => [x % 256, x % 256, x % 256, y % 256] }],
  ['8-bit RGBA', { colorType: 6, bitDepth: 8, samples: (x, y) => [x % 256, 255 - (y % 256), 128, (x + y) % 256], rgba: (x, y) => [x % 256, 255 - (y % 256), 128, (x + y) % 256] }],
];

describe('downscalePng', () => {
  for (const [what, spec] of SPECS) {
    it(`${what}: each pixel is the average of its block, every row filter undone`, async () => {
      const [w, h] = [203, 151];
      const out = await downscalePng(png(w, h, spec), 50, 50);
      expect(out).toMatchObject({ width: 51, height: 38, factor: 4 });
      const img = pixels(out!.png);
      expect([img.width, img.height]).toEqual([51, 38]);
      for (let oy = 0; oy < img.height; oy++) {
        for (let ox = 0; ox < img.width; ox++) {
          const want = expected(spec, w, h, 4, ox, oy, img.channels);
          const got = img.at(ox, oy);
          if (got.join() !== want.join()) expect([ox, oy, got]).toEqual([ox, oy, want]);
        }
      }
    });
  }

  it('leaves alone an image less than twice the size needed, and an interlaced one', async () => {
    const spec = SPECS[2]![1];
    expect(await downscalePng(png(99, 99, spec), 50, 50)).toBeNull();
    const interlaced = png(400, 400, spec);
    interlaced[28] = 1;
    expect(await downscalePng(interlaced, 50, 50)).toBeNull();
  });

  it('gives the same bytes for the same image', async () => {
    const input = png(300, 300, SPECS[4]![1]);
    expect((await downscalePng(input, 50, 50))!.png).toEqual((await downscalePng(input, 50, 50))!.png);
  });
});

describe('a package embeds a large scan scaled down to 300 dpi of its page', () => {
  it('a 5,000 × 5,000 PNG is embedded at 2,500 × 2,500 pixels, a small one as it is', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const spec = SPECS[0]![1];
    const big = png(5000, 5000, spec);
    const small = png(120, 80, SPECS[2]![1]);
    for (const b of [big, small]) fs.writeFileSync(path.join(dir, sha256Hex(b)), b);
    const appendices = await loadAppendices(dir, [
      { documentId: 1, title: 'Scan', fileName: 'scan.png', mime: 'image/png', sha256: sha256Hex(big), size: big.length },
      { documentId: 2, title: 'Photo', fileName: 'photo.png', mime: 'image/png', sha256: sha256Hex(small), size: small.length },
    ]);
    // One generated page, then one stamp page for each appended page, as the renderer writes them.
    const generated = await PDFDocument.create();
    for (let i = 0; i < 3; i++) generated.addPage([595.28, 841.89]).drawRectangle({ x: 50, y: 800, width: 100, height: 10 });
    const { bytes } = await assemble({
      generated: Buffer.from(await generated.save()),
      overlays: 2,
      outline: [],
      appendices,
      meta: { title: 'T', author: 'A', subject: 'S', date: new Date('2026-07-01T00:00:00Z'), keywords: [] },
    });
    const file = path.join(dir, 'package.pdf');
    fs.writeFileSync(file, bytes);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const sizes = list.split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'));
    expect(sizes).toEqual(['2500x2500', '120x80']);
  });
});
