/**
 * The one import entry point recognises every file ExportDesk reads by its content and refuses, naming
 * the file and listing what it reads, anything else. Real published files where ../shared/data is
 * present, and every fixture the importers' own tests use.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectedFile } from '../../shared/imports/detected-file';
import { REPO_ROOT, SHARED_DATA_DIR, cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';

afterEach(cleanupTemp);

type Expected = Pick<DetectedFile, 'kind'> & { format?: string; area?: string };

/** [file, what it must be detected as, or a pattern the refusal must match]. */
const REAL: [string, Expected | RegExp][] = [
  ['control-lists/us-ccl-2026-07-23.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/eu-annex-i-2025-11-15.json', { kind: 'control-list', format: 'eu-annex-json' }],
  ['control-lists/us-country-chart-2026-07-23.json', { kind: 'destinations', format: 'country-chart' }],
  ['control-lists/us-country-groups-2026-07-23.json', { kind: 'destinations', format: 'country-groups' }],
  // Not imported: the exceptions are part of the determination rules. Refused with why.
  ['control-lists/us-license-exceptions-2026-07-23.json', /license exceptions \(15 CFR Part 740\).*does not import this file/],
  ['screening/ofac-sdn-2024-04-26.csv', { kind: 'screening-list', format: 'ofac-sdn-csv' }],
  ['screening/ofac-sdn-2024-05-03.csv', { kind: 'screening-list', format: 'ofac-sdn-csv' }],
  ['screening/csl-partial-2023-11.csv', { kind: 'screening-list', format: 'csl-csv' }],
  ['screening/un-consolidated-2026-02-27.xml', { kind: 'screening-list', format: 'un-xml' }],
  ['screening/bis-dpl-2023-11.txt', { kind: 'screening-list', format: 'bis-dpl-txt' }],
];

const FIXTURES: [string, Expected | RegExp][] = [
  ['control-lists/ccl-2026-01-15.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/ccl-2026-03-01.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/eu-annex-i-2025-01-01.json', { kind: 'control-list', format: 'eu-annex-json' }],
  // Shaped like the CCL but broken inside: routed to the CCL importer, whose checks name the fault.
  ['control-lists/wrong-shape-ccl.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/duplicate-codes.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/entry-without-code.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/no-entries.json', { kind: 'control-list', format: 'ccl-json' }],
  ['control-lists/custom-list.csv', { kind: 'control-list', format: 'csv' }],
  ['control-lists/duplicate-codes.csv', { kind: 'control-list', format: 'csv' }],
  ['control-lists/entry-without-code.csv', { kind: 'control-list', format: 'csv' }],
  ['control-lists/header-only.csv', { kind: 'control-list', format: 'csv' }],
  ['control-lists/malformed.csv', { kind: 'control-list', format: 'csv' }],
  ['control-lists/wrong-shape.json', /wrong-shape\.json is not a file ExportDesk can import \(JSON of an unknown shape\)/],
  ['control-lists/wrong-header.csv', /wrong-header\.csv is not a file ExportDesk can import \(its first line matches none of the formats\)/],
  ['control-lists/malformed.json', /malformed\.json, line \d+, column \d+: not valid JSON/],
  ['control-lists/empty.json', /empty\.json: the file is empty/],
  ['control-lists/blank.csv', /blank\.csv: the file is empty/],
  ['ccl-small-v1.json', { kind: 'control-list', format: 'ccl-json' }],
  ['classification/eu-crypto-2025-11-15.json', { kind: 'control-list', format: 'eu-annex-json' }],
  ['determination/ccl-mini.json', { kind: 'control-list', format: 'ccl-json' }],
  ['determination/chart-mini.json', { kind: 'destinations', format: 'country-chart' }],
  ['determination/groups-mini.json', { kind: 'destinations', format: 'country-groups' }],
  ['determination/chart-malformed.json', /chart-malformed\.json, line \d+, column \d+: not valid JSON/],
  ['screening-lists/sdn-2024-01-05.csv', { kind: 'screening-list', format: 'ofac-sdn-csv' }],
  ['screening-lists/sdn-2024-01-12.csv', { kind: 'screening-list', format: 'ofac-sdn-csv' }],
  ['screening-lists/watch-list.csv', { kind: 'screening-list', format: 'custom-csv' }],
  // Spreadsheets with their own import (rows previewed before anything is written): said where to go.
  ['parties/customers.csv', { kind: 'elsewhere', area: 'parties' }],
  ['parties/customers-with-errors.csv', { kind: 'elsewhere', area: 'parties' }],
  ['items/items.csv', { kind: 'elsewhere', area: 'items' }],
  ['items/items-with-errors.csv', { kind: 'elsewhere', area: 'items' }],
  ['parties/end-user-statement.pdf', /end-user-statement\.pdf is not a file ExportDesk can import \(it is a PDF document\)/],
  ['parties/registration-extract.png', /registration-extract\.png is not a file ExportDesk can import \(it is an image\)/],
  ['parties/archive.zip', /archive\.zip is not a file ExportDesk can import \(it is a ZIP archive/],
  ['parties/letter.docx', /letter\.docx is not a file ExportDesk can import \(it is a ZIP archive, or a workbook or document saved in an Office format\)/],
];

async function detect(file: string) {
  const ws = openTempWorkspace();
  return ws.core.call('imports.detect', { source: { path: file } });
}

async function expectDetected(file: string, expected: Expected | RegExp) {
  const r = await detect(file);
  if (expected instanceof RegExp) {
    const e = failed(r);
    expect(e.message).toMatch(expected);
    expect(e.message).toContain(path.basename(file));
    return;
  }
  const d = ok(r);
  expect(d.fileName).toBe(path.basename(file));
  expect(d.kind).toBe(expected.kind);
  if (expected.format) expect('format' in d && d.format).toBe(expected.format);
  if (expected.area) expect('area' in d && d.area).toBe(expected.area);
  expect(d.label.length).toBeGreaterThan(10);
}

const haveShared = fs.existsSync(SHARED_DATA_DIR);
if (!haveShared) console.warn(`[imports-detect] real files SKIPPED: ${SHARED_DATA_DIR} not found.`);

describe.skipIf(!haveShared)('every real published file in ../shared/data', () => {
  it('covers every file of the control-lists and screening folders', () => {
    const present = ['control-lists', 'screening'].flatMap((d) => fs.readdirSync(path.join(SHARED_DATA_DIR, d)).map((f) => `${d}/${f}`));
    expect(present.sort()).toEqual(REAL.map(([f]) => f).sort());
  });
  it.each(REAL)('%s', async (file, expected) => {
    await expectDetected(path.join(SHARED_DATA_DIR, file), expected);
  });
});

describe('the fixtures the importers are tested with', () => {
  it.each(FIXTURES)('%s', async (file, expected) => {
    await expectDetected(path.join(REPO_ROOT, 'test/fixtures', file), expected);
  });
});

describe('files no importer reads', () => {
  it('refuses JSON of an unknown shape, naming the file and listing what ExportDesk reads', async () => {
    const file = path.join(tempDir(), 'settings-export.json');
    fs.writeFileSync(file, JSON.stringify({ theme: 'dark', entries: 3 }));
    const e = failed(await detect(file));
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toMatch(/^settings-export\.json is not a file ExportDesk can import \(JSON of an unknown shape\)\. ExportDesk reads these files\. Control lists: /);
    for (const what of ['US Commerce Control List', 'EU dual-use list', 'OFAC', 'Consolidated Screening List', 'UN Security Council', 'Denied Persons', 'Commerce Country Chart', 'Country Groups']) {
      expect(e.message).toContain(what);
    }
  });

  it('refuses random bytes, naming the file', async () => {
    const file = path.join(tempDir(), 'noise.bin');
    // A fixed seed would be nicer, but any 4 KB of random bytes holds a NUL or an invalid UTF-8 sequence.
    fs.writeFileSync(file, crypto.randomBytes(4096));
    const e = failed(await detect(file));
    expect(e.message).toMatch(/^noise\.bin is not a file ExportDesk can import \((it is not a text file|it is not UTF-8 text)\)/);
    expect(e.message).toContain('Commerce Country Chart');
  });

  it('refuses random bytes without a NUL as not UTF-8 text', async () => {
    const file = path.join(tempDir(), 'noise.dat');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => 0x80 + ((i * 37) % 0x7f))));
    expect(failed(await detect(file)).message).toMatch(/^noise\.dat is not a file ExportDesk can import \(it is not UTF-8 text\)/);
  });

  it('refuses XML that is not the UN list', async () => {
    const file = path.join(tempDir(), 'feed.xml');
    fs.writeFileSync(file, '<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>');
    expect(failed(await detect(file)).message).toMatch(/^feed\.xml is not a file ExportDesk can import \(XML other than the UN consolidated list\)/);
  });

  it('says which byte to fix when a known list was saved in another encoding', async () => {
    const file = path.join(tempDir(), 'watch-latin1.csv');
    fs.writeFileSync(file, Buffer.from('id,name,aliases,type,country\nW1,Société Générale Trading,,entity,FR\n', 'latin1'));
    const e = failed(await detect(file));
    expect(e.message).toMatch(/^watch-latin1\.csv, line 2: the file is not UTF-8 text \(invalid byte 0xe9/);
  });
});

describe('an exchange file written by ExportDesk', () => {
  it('is recognised as a control list', async () => {
    const ws = openTempWorkspace();
    const s = ok(await ws.core.call('controls.import', { source: { path: path.join(REPO_ROOT, 'test/fixtures/control-lists/ccl-2026-01-15.json') } })).snapshot;
    const out = ok(await ws.core.call('controls.export', { snapshotId: s.id }));
    const d = ok(await ws.core.call('imports.detect', { source: { name: out.fileName, base64: Buffer.from(out.content).toString('base64') } }));
    expect(d).toMatchObject({ kind: 'control-list', format: 'exchange-json', fileName: out.fileName });
  });
});
