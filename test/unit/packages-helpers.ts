/**
 * Shared pieces of the filing-package tests: Debian's poppler-utils (pdftotext, pdftoppm) to read
 * and render the PDFs the core writes, small PDFs and images made on the spot to attach, and an
 * application with parties named in Latin, Cyrillic, Greek and Arabic script, a screening hit with
 * its decision, two items (one also classified under the EU list) and supporting documents.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Core } from '../../electron/core';
import type { DocumentType } from '../../shared/documents/types';
import { importFile, ok, tempDir, type TempWorkspace } from './helpers';
import { classifiedItem, licensingWorkspace, screenedParty } from './applications-helpers';
import { EU_V1 } from './classification-helpers';
import { partyFixture } from './parties-helpers';

const has = (tool: string) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).status === 0;
export const HAS_POPPLER = has('pdftotext') && has('pdftoppm');
export const POPPLER_REASON = 'skipped: poppler-utils (pdftotext, pdftoppm) is not installed; apt-get install poppler-utils';

/**
 * The text of a PDF (or of some pages) as pdftotext reads it with -layout: each printed line as one
 * line, so a label and the value beside it read together.
 */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const args = ['-layout', '-enc', 'UTF-8', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), file, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${file} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text in the order it is drawn (pdftotext -raw): a wrapped table cell reads as one run. */
export function rawText(file: string): string {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${file} failed: ${r.stderr}`);
  return plain(r.stdout);
}

/** Text with the bidi marks pdftotext adds around right-to-left runs removed and spaces collapsed. */
export function plain(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

/** The pages' texts, one string per page (pdftotext ends each page with a form feed). */
export function pageTexts(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1).map(plain);
}

/** Share of a page's pixels that are not white, from a greyscale rendering (pdftoppm, PGM). */
export function inkShare(file: string, page: number): number {
  // pdftoppm names its output after a root; it is given a temporary one (this poppler writes "-"
  // as a file named "-.pgm", not to standard output).
  const root = path.join(tempDir('exportdesk-render-'), 'page');
  const r = spawnSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), '-singlefile', file, root], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm ${file} failed: ${r.stderr}`);
  const pgm = fs.readFileSync(`${root}.pgm`);
  // P5 header: "P5\n<width> <height>\n<max>\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [, w, h] = header.map(Number) as [number, number, number, number];
  const pixels = pgm.subarray(header[0].length);
  expectLength(pixels.length, w * h);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / (w * h);
}

function expectLength(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`PGM has ${actual} pixel bytes, expected ${expected}`);
}

/** A small PDF with `pages` pages, each saying its label and page number. */
export async function makePdf(pages: number, label: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${label} page ${i} of ${pages}`, { x: 72, y: 700, size: 14, font });
  }
  return Buffer.from(await doc.save());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A w×h greyscale PNG: a dark square on white, so an embedded image shows as ink on its page. */
export function makePng(w = 120, h = 80): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(w + 1, 255);
    row[0] = 0; // filter: none
    for (let x = 0; x < w; x++) if (x > w / 4 && x < (3 * w) / 4 && y > h / 4 && y < (3 * h) / 4) row[x + 1] = 20;
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

export const NAMES = {
  cyrillic: 'Софтуерна Компания ЕООД',
  greek: 'Ελληνική Εταιρεία Λογισμικού Α.Ε.',
  arabic: 'شركة النور للتجارة',
  arabicStreet: 'شارع الملك فهد 12',
} as const;

export interface PackagingFixture {
  ws: TempWorkspace;
  core: Core;
  appId: number;
  reference: string;
  endUser: number;
  item: number;
  analyzer: number;
  hitReason: string;
  /** Files attached to the application, in the order attached. */
  attached: { name: string; sha256: string; pages: number }[];
}

async function write(dir: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/**
 * An export license application to Germany, ready to file, whose package exercises every section:
 * parties in four scripts, a cleared screening hit with its reason, two items (one with an EU
 * classification quoting Annex I with its attribution), a 3-page PDF, a PNG image and a TIFF (listed
 * only) attached, and the end user's statement kept on its party record.
 */
export async function packagingFixture(clock?: () => Date): Promise<PackagingFixture> {
  const ws = await licensingWorkspace(clock);
  const { core } = ws;
  ok(await core.call('settings.update', { userName: 'A. Officer' }));
  await importFile(core, EU_V1);
  const endUser = await screenedParty(core, 'Nordlicht Photonics GmbH');
  const purchaser = await screenedParty(core, NAMES.cyrillic, 'BG');
  const consignee = await screenedParty(core, NAMES.greek, 'GR');
  const forwarder = ok(
    await core.call('parties.create', {
      legalName: NAMES.arabic,
      kind: 'commercial',
      country: 'AE',
      addresses: [{ type: 'business', street: NAMES.arabicStreet, city: 'Dubai', country: 'AE' }],
    }),
  ).party.id;
  ok(await core.call('screening.party', { partyId: forwarder }));
  // A name close to "Northwind Trading FZE" on the watch list: a hit, cleared with a reason.
  const intermediate = ok(await core.call('parties.create', { legalName: 'Northwind Trading LLC', kind: 'commercial', country: 'AE' })).party.id;
  const record = ok(await core.call('screening.party', { partyId: intermediate }));
  const hitReason = 'Different company: other registration number and owners (checked against the trade register).';
  for (const hit of record.hits) if (hit.status === 'open' || hit.status === 'review') ok(await core.call('screening.decide', { hitId: hit.id, decision: 'cleared', reason: hitReason }));
  if (!record.hits.length) throw new Error('the fixture expects a screening hit for Northwind Trading LLC');

  ok(await core.call('parties.attachDocument', { partyId: endUser, docType: 'end-user-statement', source: { path: partyFixture('end-user-statement.pdf') } }));
  const item = await classifiedItem(core, 'SecureLink VPN Gateway', '5A002.a.1');
  ok(await core.call('items.update', { id: item, parameters: [{ name: 'Key length', value: '256', unit: 'bit' }, { name: 'Throughput', value: '10', unit: 'Gbit/s' }], description: 'Site-to-site VPN appliance' }));
  ok(await core.call('classifications.save', { itemId: item, jurisdiction: 'eu', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a.2', rationale: 'Networking equipment using cryptography for confidentiality', status: 'final' }));
  const analyzer = ok(await core.call('items.create', { name: 'PacketLens Traffic Analyzer', modelNumber: 'PAC-1', manufacturer: 'Nordlicht Networks', itemType: 'commodity' })).item.id;
  // Mass market, self-classified under § 740.17(b)(1): a mass-market end product, which the year's
  // encryption report leaves out (not reported since 86 FR 16482) and lists as not reported.
  ok(
    await core.call('classifications.save', {
      itemId: analyzer,
      jurisdiction: 'us-ear',
      kind: 'entry',
      entryCode: '5A992',
      rationale: 'Mass-market product; cryptography only protects its administration interface',
      authorization: 'MMKT',
      reportItemType: 'network vulnerability and penetration testing',
      status: 'final',
    }),
  );

  const reference = 'EXP-2026-PKG';
  const app = ok(
    await core.call('applications.create', {
      reference,
      applicant: 'Acme Security Inc., 1 Main St, Boston MA, US',
      destination: 'DE',
      endUse: 'Encrypting site-to-site links of a research network',
      additionalInfo: 'Spare units are kept at the consignee.',
    }),
  ).application;
  for (const [partyId, role] of [
    [endUser, 'end-user'],
    [consignee, 'ultimate-consignee'],
    [purchaser, 'purchaser'],
    [intermediate, 'intermediate-consignee'],
    [forwarder, 'other-party'],
  ] as const) {
    ok(await core.call('applications.addParty', { id: app.id, partyId, role }));
  }
  ok(await core.call('applications.addItem', { id: app.id, itemId: item, quantity: 10, unit: 'units', unitPrice: '1250.00' }));
  ok(await core.call('applications.addItem', { id: app.id, itemId: analyzer, quantity: 2, unit: 'units', unitPrice: '800.00' }));

  const dir = tempDir('exportdesk-pkg-files-');
  const attached: PackagingFixture['attached'] = [];
  const attach = async (name: string, bytes: Buffer, pages: number, docType: DocumentType = 'other') => {
    const file = await write(dir, name, bytes);
    const r = ok(await core.call('applications.attachDocument', { id: app.id, source: { path: file }, docType }));
    attached.push({ name, sha256: r.application.documents.at(-1)!.sha256, pages });
  };
  await attach('commercial-invoice.pdf', await makePdf(3, 'Commercial invoice'), 3, 'letter');
  await attach('site-photo.png', makePng(), 1);
  await attach('scan.tif', Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(60, 7)]), 0);
  return { ws, core, appId: app.id, reference, endUser, item, analyzer, hitReason, attached };
}
