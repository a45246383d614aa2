/**
 * What an application's filing package holds, read back from the PDF the core wrote: text through
 * pdftotext, a page rendered through pdftoppm, the bookmarks and fonts through pdf-lib and pdffonts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../shared/packages/types';
import { NOW } from './applications-helpers';
import { cleanupTemp, fixedClock, ok } from './helpers';
import { HAS_POPPLER, NAMES, POPPLER_REASON, inkShare, packagingFixture, pageTexts, rawText, type PackagingFixture } from './packages-helpers';

interface Bookmark {
  title: string;
  children: Bookmark[];
}

/** The document outline as titles, walked through the First/Next links. */
function outline(doc: PDFDocument): Bookmark[] {
  const ctx = doc.context;
  const walk = (first: PDFRef | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    let ref = first;
    while (ref) {
      const item = ctx.lookup(ref, PDFDict);
      const t = item.get(PDFName.of('Title')) as PDFHexString | PDFString;
      out.push({ title: t.decodeText(), children: walk(item.get(PDFName.of('First')) as PDFRef | undefined) });
      ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
    }
    return out;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return root ? walk(root.get(PDFName.of('First')) as PDFRef) : [];
}

describe.skipIf(!HAS_POPPLER)(`an application's filing package (${HAS_POPPLER ? 'poppler-utils found' : POPPLER_REASON})`, () => {
  let f: PackagingFixture;
  let record: PackageRecord;
  let file: string;
  let pages: string[];

  beforeAll(async () => {
    f = await packagingFixture(fixedClock(NOW));
    record = ok(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId })).package;
    file = path.join(f.ws.dir, record.relativePath);
    pages = pageTexts(file);
  });
  afterAll(cleanupTemp);

  const sectionPage = (title: string) => record.sections.find((s) => s.title === title)!.page;
  const textOf = (title: string, next: string) => pages.slice(sectionPage(title) - 1, sectionPage(next) - 1).join('\n');

  it('numbers every page "page X of Y" under a running header with the reference, appended pages included', () => {
    expect(pages).toHaveLength(record.pages);
    pages.forEach((text, i) => {
      expect(text).toContain(`page ${i + 1} of ${record.pages}`);
      expect(text).toContain(`Ref. ${f.reference}`);
    });
  });

  it('opens with a cover: applicant, reference, date, contents with pages, and the list versions used', () => {
    const cover = pages[0]!;
    expect(cover).toContain('License application filing package');
    expect(cover).toContain('Acme Security Inc., 1 Main St, Boston MA, US');
    expect(cover).toContain(`Reference ${f.reference} (version 1)`);
    expect(cover).toContain('Package date 2026-03-10 09:00 UTC');
    for (const s of record.sections.filter((x) => x.title !== 'Cover')) expect(cover).toContain(`${s.title} ${s.page}`);
    expect(record.snapshots.map((s) => s.kind)).toEqual(expect.arrayContaining(['control-list', 'screening-list', 'country-chart', 'country-groups']));
    for (const s of record.snapshots) expect(cover).toContain(s.name);
    expect(cover).toContain('Annex I');
  });

  it('lays the application out in the blocks of form BIS-748P', () => {
    const form = textOf('Application (form BIS-748P)', 'Item classification sheets');
    expect(form).toMatch(/Block 14 — Applicant Acme Security Inc\./);
    expect(form).toContain(`Block 16 — Purchaser Name ${NAMES.cyrillic}`);
    expect(form).toContain('Block 17 — Intermediate consignee Name Northwind Trading LLC');
    expect(form).toContain(`Block 18 — Ultimate consignee Name ${NAMES.greek}`);
    expect(form).toContain('Block 19 — End user Name Nordlicht Photonics GmbH');
    expect(form).toContain(`Other parties (agents, freight forwarders; 15 CFR 748.5) Name ${NAMES.arabic}`);
    expect(form).toContain('Block 21 — Specific end use Encrypting site-to-site links of a research network');
    expect(form).toContain('Block 22 — Items');
    expect(form).toMatch(/1 5A002\.a\.1 SEC-1 10 units 1250\.00 12500\.00/);
    expect(form).toMatch(/2 5A992 PAC-1 2 units 800\.00 1600\.00/);
    expect(form).toContain('Block 23 — Total application value USD 14100.00');
    expect(form).toContain('Block 24 — Additional information Spare units are kept at the consignee.');
  });

  it('has a classification sheet per item: parameters, rationale, the quoted text with its list version, and the EU attribution', () => {
    const sheets = textOf('Item classification sheets', 'Party sheets');
    expect(sheets).toContain('SecureLink VPN Gateway — model SEC-1');
    expect(sheets).toContain('PacketLens Traffic Analyzer — model PAC-1');
    expect(sheets).toContain('Key length 256 bit');
    expect(sheets).toContain('US (EAR): 5A002.a.1 (final)');
    expect(sheets).toMatch(/Control list version US Commerce Control List, .+ \(snapshot #\d+\)/);
    expect(sheets).toContain('Rationale Designed to use cryptography for data confidentiality');
    expect(sheets).toContain('5A002.a.1');
    expect(sheets).toContain('EU (Regulation 2021/821): 5A002.a.2 (final)');
    expect(sheets).toMatch(/Attribution: .*© European Union/);
  });

  it('has a party sheet per party with its address, due-diligence answers and screening evidence, names in any script', () => {
    const sheets = textOf('Party sheets', 'License determination (15 CFR 738.4)');
    for (const name of ['Nordlicht Photonics GmbH', NAMES.cyrillic, NAMES.greek, NAMES.arabic, 'Northwind Trading LLC']) expect(sheets).toContain(name);
    // The Arabic street, shaped and right to left, reads back in logical order; its house number,
    // a number after Arabic text, is printed to its left as the bidi algorithm puts it.
    expect(sheets).toContain('12 شارع الملك فهد, Dubai, United Arab Emirates (AE)');
    expect(sheets).toContain('Due diligence (Supp. No. 3 to 15 CFR Part 732');
    expect(sheets).toContain('unknown not answered');
    expect(sheets).toContain('Screening evidence');
    expect(sheets).toMatch(/List screened Version Entries SHA-256 of the list file/);
    expect(sheets).toContain('Northwind Trading FZE');
    expect(sheets).toContain(`cleared 2026-03-10 09:00 UTC by`);
    // The decision with its reason, read in drawing order: the table cell wraps it over lines.
    expect(rawText(file)).toContain(`cleared 2026-03-10 09:00 UTC by A. Officer: ${f.hitReason}`);
  });

  it('has the determination table with its citations', () => {
    const table = textOf('License determination (15 CFR 738.4)', 'Statement by ultimate consignee and purchaser (draft)');
    expect(table).toContain('Destination: Germany (DE)');
    expect(table).toContain('License required');
    expect(table).toMatch(/§ ?738\.4/);
    expect(table).toContain('NS (NS 1)');
    expect(table).toContain('Not evaluated by this determination');
  });

  it('drafts the end-user statement in the content of Supp. No. 3 to Part 748, unknown facts stated as unknown', () => {
    const statement = textOf('Statement by ultimate consignee and purchaser (draft)', 'Index of supporting documents');
    expect(statement).toContain('This statement is to be considered part of a license application submitted by Acme Security Inc., 1 Main St, Boston MA, US');
    expect(statement).toContain(`Ultimate consignee ${NAMES.greek}`);
    expect(statement).toContain(`Purchaser ${NAMES.cyrillic}`);
    expect(statement).toContain('will be used in Germany (DE) by Nordlicht Photonics GmbH');
    expect(statement).toContain('Our business relationship with Acme Security Inc., 1 Main St, Boston MA, US is: unknown');
    expect(statement).toContain('Name of the person signing unknown');
    expect(statement).toContain('We will not reexport, resell or otherwise dispose of the items');
  });

  it('indexes the supporting documents with their SHA-256 and the pages of the appended ones', () => {
    const index = textOf('Index of supporting documents', 'Audit extract');
    const [invoice, png, tif, statement] = record.documents;
    expect(record.documents.map((d) => [d.fileName, d.lastPage === null ? null : d.lastPage - d.firstPage! + 1])).toEqual([
      ['commercial-invoice.pdf', 3],
      ['site-photo.png', 1],
      ['scan.tif', null],
      ['end-user-statement.pdf', 1],
    ]);
    const generated = sectionPage('Supporting documents (appended)') - 1;
    expect(invoice).toMatchObject({ firstPage: generated + 1, lastPage: generated + 3, sha256: f.attached[0]!.sha256 });
    expect(png).toMatchObject({ firstPage: generated + 4, lastPage: generated + 4 });
    expect(tif).toMatchObject({ firstPage: null, lastPage: null });
    expect(statement).toMatchObject({ firstPage: generated + 5, lastPage: generated + 5 });
    expect(record.pages).toBe(generated + 5);
    for (const d of record.documents) expect(index).toContain(`SHA-256 ${d.sha256}`);
    expect(index).toContain(`pages ${generated + 1}–${generated + 3}`);
    expect(index).toContain(`page ${generated + 4}`);
    expect(index).toContain('not included');
    expect(index).toContain(`page ${generated + 5}`);
    // The appended pages are the documents' own.
    expect(pages[generated]).toContain('Commercial invoice page 1 of 3');
    expect(pages[generated + 2]).toContain('Commercial invoice page 3 of 3');
    expect(pages[generated + 4]).toContain('End-user statement');
  });

  it("ends the generated part with the application's audit extract", () => {
    const audit = textOf('Audit extract', 'Supporting documents (appended)');
    expect(audit).toContain(`Every audit-log row of application #${f.appId} (${f.reference})`);
    for (const action of ['applications.create', 'applications.addParty', 'applications.addItem', 'applications.attachDocument']) expect(audit).toContain(action);
  });

  it('has a bookmark for each section, each item and party sheet and each appended document', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
    const marks = outline(doc);
    expect(marks.map((m) => m.title)).toEqual(record.sections.map((s) => s.title));
    expect(marks.find((m) => m.title === 'Item classification sheets')!.children.map((c) => c.title)).toEqual(['SecureLink VPN Gateway — model SEC-1', 'PacketLens Traffic Analyzer — model PAC-1']);
    expect(marks.find((m) => m.title === 'Party sheets')!.children.map((c) => c.title)).toEqual([
      'Nordlicht Photonics GmbH',
      NAMES.greek,
      NAMES.cyrillic,
      'Northwind Trading LLC',
      NAMES.arabic,
    ]);
    expect(marks.at(-1)!.children.map((c) => c.title)).toEqual([
      '1. Letter — application EXP-2026-PKG (commercial-invoice.pdf)',
      '2. Other document — application EXP-2026-PKG (site-photo.png)',
      '3. End-user statement — Nordlicht Photonics GmbH (end-user-statement.pdf)',
    ]);
  });

  it('embeds its fonts and carries the package date as its own dates', () => {
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    if (fonts.status === 0) {
      const rows = fonts.stdout.split('\n').slice(2).filter((l) => l.trim());
      expect(rows.length).toBeGreaterThan(0);
      // Ours are DejaVu Sans; the appended invoice brings its own (standard) Helvetica.
      const ours = rows.filter((r) => r.includes('DejaVu'));
      expect(ours.length).toBe(2); // regular and bold, the stamps on appended pages included
      for (const row of ours) expect(row).toMatch(/Identity-H +yes /);
    }
    const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Title: +Filing package: application EXP-2026-PKG/);
    expect(info).toMatch(/Producer: +ExportDesk/);
    expect(info).toMatch(/CreationDate: +2026-03-10T09:00:00/);
  });

  it('renders pages that are neither blank nor black (pdftoppm)', () => {
    const cover = inkShare(file, 1);
    expect(cover).toBeGreaterThan(0.002);
    expect(cover).toBeLessThan(0.5);
    const image = record.documents.find((d) => d.fileName === 'site-photo.png')!;
    expect(inkShare(file, image.firstPage!)).toBeGreaterThan(0.002);
  });
});
