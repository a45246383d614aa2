/**
 * Documents crafted to exhaust memory or confuse the checks: images that declare more pixels than
 * any page needs (refused from their header, never decoded), and names long enough to hide their
 * extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { imageSize } from '../../electron/core/documents/image-size';
import { loadAppendices } from '../../electron/core/packages/appendices';
import { sha256Hex } from '../../electron/core/store/hash';
import { MAX_IMAGE_PIXELS } from '../../shared/documents/accepted';
import { cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { makePng } from './packages-helpers';
import { attachmentFiles, createParty, partyCounts, partyFixture, upload } from './parties-helpers';

afterEach(cleanupTemp);

/** A PNG of w×h pixels, 1 bit each, all black: a few kilobytes that decode to w×h×4 bytes. */
function hugePng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(td.length + 8);
    out.writeUInt32BE(data.length, 0);
    td.copy(out, 4);
    out.writeUInt32BE(crc(td), td.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 1;
  const raw = Buffer.alloc((Math.ceil(w / 8) + 1) * h);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A JPEG header: SOI, an APP segment, then a frame header (SOF0 baseline, SOF2 progressive) of w×h. */
function jpeg(w: number, h: number, sof = 0xc0): Buffer {
  const exif = Buffer.from('Exif\0\0 padding.');
  const app = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, exif.length + 2]), exif]);
  const frame = Buffer.from([0xff, sof, 0x00, 0x11, 0x08, h >> 8, h & 0xff, w >> 8, w & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app, frame, Buffer.from([0xff, 0xd9])]);
}

function gif(w: number, h: number): Buffer {
  const b = Buffer.alloc(20);
  b.write('GIF89a', 0, 'latin1');
  b.writeUInt16LE(w, 6);
  b.writeUInt16LE(h, 8);
  return b;
}

function webpLossless(w: number, h: number): Buffer {
  const b = Buffer.alloc(40);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(32, 4);
  b.write('WEBPVP8L', 8, 'latin1');
  b.writeUInt32LE(20, 16);
  b[20] = 0x2f;
  b.writeUInt32LE(((w - 1) & 0x3fff) | (((h - 1) & 0x3fff) << 14), 21);
  return b;
}

function webpExtended(w: number, h: number): Buffer {
  const b = Buffer.alloc(40);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(32, 4);
  b.write('WEBPVP8X', 8, 'latin1');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(w - 1, 24, 3);
  b.writeUIntLE(h - 1, 27, 3);
  return b;
}

/** A big-endian TIFF whose second page is the large one. */
function tiff(pages: [number, number][]): Buffer {
  const ifdSize = 2 + 2 * 12 + 4;
  const b = Buffer.alloc(8 + pages.length * ifdSize + 16);
  b.write('MM', 0, 'latin1');
  b.writeUInt16BE(42, 2);
  b.writeUInt32BE(8, 4);
  pages.forEach(([w, h], i) => {
    const at = 8 + i * ifdSize;
    b.writeUInt16BE(2, at);
    b.writeUInt16BE(256, at + 2);
    b.writeUInt16BE(4, at + 4);
    b.writeUInt32BE(1, at + 6);
    b.writeUInt32BE(w, at + 10);
    b.writeUInt16BE(257, at + 14);
    b.writeUInt16BE(3, at + 16);
    b.writeUInt32BE(1, at + 18);
    b.writeUInt16BE(h, at + 22);
    b.writeUInt32BE(i + 1 < pages.length ? at + ifdSize : 0, at + 26);
  });
  return b;
}

describe('images are measured from their header, never decoded', () => {
  it('reads the declared size of every accepted image type', () => {
    const cases: [string, string, Buffer, { width: number; height: number } | null][] = [
      ['PNG', 'image/png', makePng(120, 80), { width: 120, height: 80 }],
      ['PNG, 12,000 × 12,000 in a few kilobytes', 'image/png', hugePng(12_000, 12_000), { width: 12_000, height: 12_000 }],
      ['baseline JPEG', 'image/jpeg', jpeg(4000, 3000), { width: 4000, height: 3000 }],
      ['progressive JPEG', 'image/jpeg', jpeg(640, 480, 0xc2), { width: 640, height: 480 }],
      ['GIF', 'image/gif', gif(300, 200), { width: 300, height: 200 }],
      ['lossless WebP', 'image/webp', webpLossless(16_384, 16_384), { width: 16_384, height: 16_384 }],
      ['extended WebP', 'image/webp', webpExtended(20_000, 9_000), { width: 20_000, height: 9_000 }],
      ['multi-page TIFF (its largest page)', 'image/tiff', tiff([[100, 100], [30_000, 20_000]]), { width: 30_000, height: 20_000 }],
      ['a PNG signature and nothing else', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), null],
      ['a JPEG with no frame header', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake scan')]), null],
      ['a TIFF whose pages loop', 'image/tiff', (() => { const t = tiff([[10, 10]]); t.writeUInt32BE(8, 8 + 2 + 24); return t; })(), null],
    ];
    for (const [what, mime, bytes, size] of cases) expect([what, imageSize(mime, bytes)]).toEqual([what, size]);
  });
});

describe('attaching an image past the pixel limit', () => {
  const limitMp = MAX_IMAGE_PIXELS / 1_000_000;
  const BIG: [string, () => Buffer, string][] = [
    ['scan.png', () => hugePng(12_000, 12_000), '12,000 × 12,000 pixels (144 megapixels)'],
    ['photo.jpg', () => jpeg(10_000, 10_000), '10,000 × 10,000 pixels (100 megapixels)'],
    ['banner.gif', () => gif(65_535, 1_000), '65,535 × 1,000 pixels (65.5 megapixels)'],
    ['poster.webp', () => webpLossless(16_384, 16_384), '16,384 × 16,384 pixels (268.4 megapixels)'],
    ['register.tif', () => tiff([[2480, 3508], [30_000, 20_000]]), '30,000 × 20,000 pixels (600 megapixels)'],
  ];
  for (const [name, bytes, says] of BIG) {
    it(`${name} is refused naming the file, its size and the limit, and nothing is stored`, async () => {
      const ws = openTempWorkspace();
      const p = await createParty(ws.core);
      const before = partyCounts(ws.db);
      const e = failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload(name, bytes()) }));
      expect(e).toMatchObject({ code: 'BAD_FILE', file: name, field: 'source' });
      expect(e.message).toBe(
        `${name}: the image is ${says}, over the limit of ${limitMp} megapixels for images. Scale it down, or scan it again at 300 dpi (enough for a page), and attach it again.`,
      );
      expect(partyCounts(ws.db)).toEqual(before);
      expect(attachmentFiles(ws.dir)).toEqual([]);
    });
  }

  it('a PNG or JPEG whose header declares no size is refused as damaged', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const e = failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload('scan.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake scan')])) }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'scan.jpg' });
    expect(e.message).toBe('scan.jpg: the size of the image cannot be read from its header: the JPEG image is damaged or not a real one. Attach the original file.');
  });

  it('images within the limit are accepted: a page scanned at 400 dpi, a 24-megapixel photo', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload('a4-400dpi.png', hugePng(3307, 4677)) }));
    ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload('camera.jpg', jpeg(6000, 4000)) }));
    ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: { path: partyFixture('registration-extract.png') } }));
  });
});

describe('packaging checks an image again before embedding it', () => {
  it('an image past the limit already in the workspace (stored before the limit) is listed, not embedded', async () => {
    const dir = tempDir();
    const big = hugePng(12_000, 12_000);
    const small = makePng(120, 80);
    for (const b of [big, small]) fs.writeFileSync(path.join(dir, sha256Hex(b)), b);
    const doc = (id: number, fileName: string, b: Buffer) => ({ documentId: id, title: `Photo ${id}`, fileName, mime: 'image/png', sha256: sha256Hex(b), size: b.length });
    const [a, s] = await loadAppendices(dir, [doc(1, 'scan.png', big), doc(2, 'site.png', small)]);
    expect(a).toMatchObject({ form: 'listed', pages: 0, fileName: 'scan.png' });
    expect(a!.note).toBe(`Not embedded: the image is 12,000 × 12,000 pixels (144 megapixels), over the limit of ${MAX_IMAGE_PIXELS / 1_000_000} megapixels for images. Supply it separately; its SHA-256 identifies it.`);
    expect(s).toMatchObject({ form: 'image', pages: 1, fileName: 'site.png' });
  });
});

describe('a very long document name', () => {
  it('keeps its extension: a 10,000-character PDF name is accepted, shortened to 255 characters ending in .pdf', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const name = `${'Statement '.repeat(1000)}.pdf`;
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload(name, fs.readFileSync(partyFixture('end-user-statement.pdf'))) }));
    expect(document.mime).toBe('application/pdf');
    expect(document.originalName.length).toBeLessThanOrEqual(255);
    expect(document.originalName).toMatch(/^Statement Statement .*…\.pdf$/);
  });

  it('is refused for its real extension, with the name shortened in the message', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const e = failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: upload(`${'x'.repeat(10_000)}.exe`, Buffer.from('MZ\x90\x00')) }));
    expect(e.message).toMatch(/^x+….exe: \.exe files are not accepted as documents\./);
    expect(e.message.length).toBeLessThan(400);
  });
});
