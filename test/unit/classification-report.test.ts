import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEncryptionReport, missingSubmitterFields, reportability, reportCell, ReportRowError, SUPP8_HEADER, type EncryptionReportRow } from '../../shared/classification/encryption-report';
import { SUPP8_ITEM_TYPES } from '../../shared/classification/supp8-item-types';
import { cleanupTemp, countRows, failed, ok } from './helpers';
import type { Core } from '../../electron/core';
import type { Input } from '../../shared/contract';
import { classificationWorkspace, createItem } from './classification-helpers';
import { giveSubmitter, SUBMITTER } from './report-submitter';

afterEach(cleanupTemp);

/**
 * The first line Supp. No. 8 to Part 742 prescribes since 81 FR 64656 (September 2016), typed
 * here from the regulation's text, not from the code: the six product columns, the four
 * submitter columns, then the two non-U.S. columns.
 */
const HEADER_LINE =
  'PRODUCT NAME,MODEL NUMBER,MANUFACTURER,ECCN,AUTHORIZATION TYPE,ITEM TYPE,SUBMITTER NAME,TELEPHONE NUMBER,E-MAIL ADDRESS,MAILING ADDRESS,NON-U.S. COMPONENTS,NON-U.S. MANUFACTURING LOCATIONS';

/**
 * Every rule of the report (Supp. No. 8 to Part 742; BIS's guidance on the CSV format), checked on
 * the file as BIS would read it: parsed back with a real CSV reader.
 */
function expectValidReport(content: string): string[][] {
  expect(content.charCodeAt(0)).not.toBe(0xfeff);
  expect(content.split('\r\n')[0]).toBe(HEADER_LINE);
  const rows = parse(content, { relax_quotes: false }) as string[][];
  expect(rows[0]).toEqual([...SUPP8_HEADER]);
  // The only commas are the separators: splitting each line on commas gives the same cells.
  for (const line of content.split('\r\n').filter(Boolean)) expect(line.split(',')).toHaveLength(12);
  expect(content).not.toContain('"');
  for (const row of rows.slice(1)) {
    expect(row).toHaveLength(12);
    for (const cell of row) expect(cell.trim(), `blank cell in ${row.join(',')}`).not.toBe('');
    expect(row[3]).toMatch(/^(5A002|5B002|5D002|5A992|5D992)$/);
    expect(['ENC', 'MMKT']).toContain(row[4]);
    expect(SUPP8_ITEM_TYPES as readonly string[]).toContain(row[5]);
  }
  return rows.slice(1);
}

const ROW: EncryptionReportRow = {
  productName: 'SecureLink VPN Gateway',
  modelNumber: 'SL-200',
  manufacturer: 'Nordlicht Networks',
  eccn: '5A002',
  authorization: 'ENC',
  itemType: 'virtual private networking (VPN)',
  nonUsComponents: null,
  nonUsManufacturingLocations: null,
};
/** The submitter cells as the report writes them: the mailing address without its commas. */
const SUBMITTER_CELLS = ['Dana Officer', '+1 202 555 0100', 'export@example.com', '1 Main Street Suite 4 Springfield VA 22150 USA'];

describe('the encryption report builder (pure)', () => {
  it('writes the twelve columns of Supp. No. 8 to Part 742 in the regulation\'s order, then one line per product', () => {
    expect(SUPP8_HEADER.join(',')).toBe(HEADER_LINE);
    const csv = buildEncryptionReport([ROW], SUBMITTER);
    expect(csv).toBe(
      `${HEADER_LINE}\r\nSecureLink VPN Gateway,SL-200,Nordlicht Networks,5A002,ENC,virtual private networking (VPN),Dana Officer,+1 202 555 0100,export@example.com,1 Main Street Suite 4 Springfield VA 22150 USA,NONE,NONE\r\n`,
    );
    expectValidReport(csv);
  });

  // Each cell rule of the supplement: no entry blank, NONE or N/A where there is nothing to say,
  // the only commas those between entries.
  it.each([
    ['no model number: NONE (Supp. 8 (a)(2))', { modelNumber: null }, 1, 'NONE'],
    ['a blank manufacturer: N/A (Supp. 8 (a)(3))', { manufacturer: '  ' }, 2, 'N/A'],
    ['no non-U.S. components recorded: NONE', { nonUsComponents: null }, 10, 'NONE'],
    ['no non-U.S. manufacturing location recorded: NONE', { nonUsManufacturingLocations: '' }, 11, 'NONE'],
    ['non-U.S. components as the item records them, commas taken out', { nonUsComponents: 'Crypto core, v2 (Acme GmbH)' }, 10, 'Crypto core v2 (Acme GmbH)'],
    ['non-U.S. manufacturing locations, line breaks taken out', { nonUsManufacturingLocations: 'Penang Malaysia\nGuadalajara Mexico' }, 11, 'Penang Malaysia Guadalajara Mexico'],
    ['a product name with a comma and quotes', { productName: 'Gateway, "Pro" edition' }, 0, 'Gateway Pro edition'],
  ] as const)('%s', (_why, change, column, expected) => {
    const [row] = expectValidReport(buildEncryptionReport([{ ...ROW, ...change }], SUBMITTER));
    expect(row![column]).toBe(expected);
  });

  it('puts the submitter from Settings on every line, the mailing address without its commas', () => {
    const rows = expectValidReport(buildEncryptionReport([ROW, { ...ROW, productName: 'Other', modelNumber: 'O-1' }], SUBMITTER));
    for (const r of rows) expect(r.slice(6, 10)).toEqual(SUBMITTER_CELLS);
    expect(reportCell(' a ,, b ')).toBe('a b');
  });

  it('refuses a row the report cannot carry, naming the column', () => {
    const errorOf = (r: Partial<EncryptionReportRow>) => {
      try {
        buildEncryptionReport([ROW, { ...ROW, ...r }], SUBMITTER);
      } catch (e) {
        return e instanceof ReportRowError ? [e.rowIndex, e.column] : e;
      }
      return null;
    };
    expect(errorOf({ productName: ',' })).toEqual([1, 'PRODUCT NAME']);
    expect(errorOf({ eccn: '5A992' })).toEqual([1, 'ECCN']);
    expect(errorOf({ authorization: 'MMKT', eccn: '5A002' })).toEqual([1, 'ECCN']);
    expect(errorOf({ itemType: 'VPN' })).toEqual([1, 'ITEM TYPE']);
  });

  it.each([
    ['name', 'SUBMITTER NAME'],
    ['telephone', 'TELEPHONE NUMBER'],
    ['email', 'E-MAIL ADDRESS'],
    ['mailingAddress', 'MAILING ADDRESS'],
  ] as const)('refuses to write a report without the submitter %s (column %s), even with no products', (field, column) => {
    for (const empty of ['', ' , ']) {
      expect(() => buildEncryptionReport([], { ...SUBMITTER, [field]: empty })).toThrow(expect.objectContaining({ column }));
    }
    expect(missingSubmitterFields({ ...SUBMITTER, [field]: null })).toHaveLength(1);
  });

  it('names every missing submitter field in the words of Settings', () => {
    expect(missingSubmitterFields({ name: null, telephone: null, email: null, mailingAddress: null })).toEqual(['Submitter name', 'Telephone number', 'E-mail address', 'Mailing address']);
    expect(missingSubmitterFields(SUBMITTER)).toEqual([]);
  });

  it('is a header alone when nothing was self-classified', () => {
    expect(buildEncryptionReport([], SUBMITTER)).toBe(`${HEADER_LINE}\r\n`);
  });
});

/**
 * Which self-classifications the report lists, from 15 CFR 740.17(b)(1) and (e)(3) as 86 FR 16482
 * (29 March 2021) left them, and BIS's note that an item it has classified need not be reported.
 */
describe('which items the report includes (§ 740.17(b)(1), (e)(3))', () => {
  it.each([
    ['ENC self-classification (5A002/5D002 under § 740.17(b)(1))', { authorization: 'ENC', ccatsNumber: null, encryptionComponent: null }, true, /License Exception ENC/],
    ['ENC, the item also a chip: reported once, as ENC', { authorization: 'ENC', ccatsNumber: null, encryptionComponent: 'chip' }, true, /License Exception ENC/],
    ['mass-market end product (a home router): no longer reported since the 2021 rule', { authorization: 'MMKT', ccatsNumber: null, encryptionComponent: null }, false, /no longer reported since 86 FR 16482/],
    ['mass-market chip, chipset, electronic assembly or FPLD: still reported', { authorization: 'MMKT', ccatsNumber: null, encryptionComponent: 'chip' }, true, /chip, chipset/],
    ['mass-market cryptographic library or toolkit: still reported', { authorization: 'MMKT', ccatsNumber: null, encryptionComponent: 'library' }, true, /cryptographic library/],
    ['mass-market application-specific development kit: still reported', { authorization: 'MMKT', ccatsNumber: null, encryptionComponent: 'development-kit' }, true, /development kit/],
    ['ENC item BIS has classified (CCATS on the item): not self-classified, not reported', { authorization: 'ENC', ccatsNumber: 'G123456', encryptionComponent: null }, false, /CCATS G123456/],
    ['mass-market chip BIS has classified: not reported', { authorization: 'MMKT', ccatsNumber: ' G654321 ', encryptionComponent: 'chip' }, false, /CCATS G654321/],
    ['a blank CCATS number is no CCATS', { authorization: 'ENC', ccatsNumber: '  ', encryptionComponent: null }, true, /License Exception ENC/],
  ] as const)('%s', (_why, candidate, reported, reason) => {
    const v = reportability(candidate);
    expect(v.reported).toBe(reported);
    expect(v.reason).toMatch(reason);
  });
});

/**
 * A final 5A992.c mass-market self-classification (authorization MMKT), recorded by hand: the report
 * reads the classification and the item, not how the questionnaire reached it.
 */
async function classifyMassMarket(core: Core, itemId: number, extra: Partial<Input<'classifications.save'>> = {}) {
  return ok(
    await core.call('classifications.save', {
      itemId,
      jurisdiction: 'us-ear',
      kind: 'entry',
      entryCode: '5A992',
      paragraphCode: '5A992.c',
      rationale: 'Mass market under Note 3',
      authorization: 'MMKT',
      reportItemType: 'router',
      status: 'final',
      replaceCurrent: true,
      ...extra,
    }),
  ).classification;
}

describe('reports.encryption', () => {
  async function setup() {
    const clockAt = { now: '2025-06-01T10:00:00.000Z' };
    const ws = await classificationWorkspace({ clock: () => new Date(clockAt.now) });
    giveSubmitter(ws.db);
    return { ws, at: (iso: string) => (clockAt.now = iso) };
  }

  it('lists the final ENC and reportable mass-market self-classifications made in the year, each product once', async () => {
    const { ws, at } = await setup();
    // Mass-market chipsets: the kind of mass-market item § 740.17(b)(1) still reports.
    const chip = { encryptionComponent: 'chip' } as const;
    const router = await createItem(ws.core, { name: 'Retail Router, Home', modelNumber: null, manufacturer: null, ...chip });
    const vpn = await createItem(ws.core, { name: 'Enterprise VPN', modelNumber: 'EV-1' });
    const draftOnly = await createItem(ws.core, { name: 'Draft Gadget', ...chip });
    const ear99 = await createItem(ws.core, { name: 'Plain Cable' });
    const lastYear = await createItem(ws.core, { name: 'Old Product', ...chip });
    const nextYear = await createItem(ws.core, { name: 'Future Product', ...chip });

    at('2025-12-20T10:00:00.000Z');
    await classifyMassMarket(ws.core, lastYear.id);
    at('2026-01-01T00:00:00.000Z');
    await classifyMassMarket(ws.core, router.id);
    at('2026-03-01T00:00:00.000Z');
    await classifyMassMarket(ws.core, router.id, { rationale: 'Confirmed after review' });
    await classifyMassMarket(ws.core, lastYear.id, { rationale: 'Confirmed: already reported for 2025' });
    ok(
      await ws.core.call('classifications.save', {
        itemId: vpn.id,
        jurisdiction: 'us-ear',
        kind: 'entry',
        entryCode: '5A002',
        paragraphCode: '5A002.a.1',
        rationale: 'Enterprise VPN appliance',
        authorization: 'ENC',
        reportItemType: 'virtual private networking (VPN)',
        status: 'final',
      }),
    );
    await classifyMassMarket(ws.core, draftOnly.id, { status: 'draft' });
    ok(await ws.core.call('classifications.save', { itemId: ear99.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'No encryption', status: 'final' }));
    at('2026-12-31T23:59:59.999Z');
    at('2027-01-01T00:00:00.000Z');
    await classifyMassMarket(ws.core, nextYear.id);

    at('2027-01-15T09:00:00.000Z');
    const report = ok(await ws.core.call('reports.encryption', { year: 2026 }));
    expect(report).toMatchObject({ fileName: 'encryption-self-classification-2026.csv', from: '2026-01-01', to: '2026-12-31', rowCount: 2 });
    const rows = expectValidReport(report.content);
    expect(rows).toEqual([
      ['Enterprise VPN', 'EV-1', 'Nordlicht Networks', '5A002', 'ENC', 'virtual private networking (VPN)', ...SUBMITTER_CELLS, 'NONE', 'NONE'],
      ['Retail Router Home', 'NONE', 'N/A', '5A992', 'MMKT', 'router', ...SUBMITTER_CELLS, 'NONE', 'NONE'],
    ]);
    expect(report.rows.map((r) => r.productName)).toEqual(['Enterprise VPN', 'Retail Router, Home']);

    expect(expectValidReport(ok(await ws.core.call('reports.encryption', { year: 2025 })).content).map((r) => r[0])).toEqual(['Old Product']);
    expect(expectValidReport(ok(await ws.core.call('reports.encryption', { from: '2026-12-31', to: '2027-01-01' })).content).map((r) => r[0])).toEqual(['Future Product']);
  });

  it('includes and excludes by § 740.17(b)(1) and (e)(3), saying why, and takes the non-U.S. columns from the item', async () => {
    const { ws, at } = await setup();
    const enc = (itemId: number) =>
      ws.core.call('classifications.save', {
        itemId,
        jurisdiction: 'us-ear',
        kind: 'entry',
        entryCode: '5A002',
        paragraphCode: '5A002.a.1',
        rationale: 'Self-classified under ENC (b)(1)',
        authorization: 'ENC',
        reportItemType: 'virtual private networking (VPN)',
        status: 'final',
      });
    const cases = [
      { name: 'A VPN appliance (ENC)', fields: { nonUsComponents: 'IPsec engine, by Kryptowerk GmbH', nonUsManufacturingLocations: 'Penang, Malaysia' }, enc: true, reported: true },
      { name: 'B home router (mass market end product)', fields: {}, enc: false, reported: false },
      { name: 'C crypto library (mass-market toolkit)', fields: { encryptionComponent: 'library' as const, itemType: 'software' as const }, enc: false, reported: true },
      { name: 'D VPN BIS classified (CCATS)', fields: { ccatsNumber: 'G123456' }, enc: true, reported: false },
      { name: 'E chipset BIS classified (CCATS)', fields: { ccatsNumber: 'G654321', encryptionComponent: 'chip' as const }, enc: false, reported: false },
    ];
    at('2026-05-01T10:00:00.000Z');
    for (const c of cases) {
      const item = await createItem(ws.core, { name: c.name, modelNumber: null, ...c.fields });
      if (c.enc) ok(await enc(item.id));
      else await classifyMassMarket(ws.core, item.id);
    }
    at('2027-01-10T10:00:00.000Z');
    const report = ok(await ws.core.call('reports.encryption', { year: 2026 }));
    const rows = expectValidReport(report.content);
    expect(rows.map((r) => r[0])).toEqual(cases.filter((c) => c.reported).map((c) => c.name));
    expect(rows[0]!.slice(10)).toEqual(['IPsec engine by Kryptowerk GmbH', 'Penang Malaysia']);
    expect(rows[1]!.slice(10)).toEqual(['NONE', 'NONE']);
    expect(report.excluded.map((x) => [x.productName, x.reason])).toEqual([
      ['B home router (mass market end product)', expect.stringMatching(/no longer reported since 86 FR 16482/)],
      ['D VPN BIS classified (CCATS)', expect.stringMatching(/CCATS G123456/)],
      ['E chipset BIS classified (CCATS)', expect.stringMatching(/CCATS G654321/)],
    ]);
  });

  it('refuses to write the report while a submitter detail is missing from Settings, naming it', async () => {
    const { ws } = await setup();
    const n = countRows(ws.db).audit_log;
    giveSubmitter(ws.db, { telephone: null });
    const e = failed(await ws.core.call('reports.encryption', { year: 2026 }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'submitter.telephone' });
    expect(e.message).toContain('Settings has no telephone number for the submitter');
    giveSubmitter(ws.db, { name: null, telephone: null, email: null, mailingAddress: null });
    expect(failed(await ws.core.call('reports.encryption', { year: 2026 })).message).toContain('submitter name, telephone number, e-mail address, mailing address');
    // Set through the contract, as Settings does: the report is written again.
    ok(await ws.core.call('settings.updateSubmitter', SUBMITTER));
    expect(ok(await ws.core.call('reports.encryption', { year: 2026 })).content.split('\r\n')[0]).toBe(HEADER_LINE);
    expect(countRows(ws.db).audit_log).toBe(n + 2);
  });

  it('records each report produced in the audit log with its SHA-256', async () => {
    const { ws } = await setup();
    const n = countRows(ws.db).audit_log;
    const report = ok(await ws.core.call('reports.encryption', { year: 2025 }));
    const rows = ok(await ws.core.call('audit.list', { recordType: 'encryption_report' }));
    expect(countRows(ws.db).audit_log).toBe(n + 1);
    expect(rows[0]).toMatchObject({ action: 'reports.encryption', recordId: report.fileName, after: { from: '2025-01-01', to: '2025-12-31', rowCount: 0, excludedCount: 0, sha256: report.sha256 } });
  });

  it('refuses a range that ends before it starts and a year that is not a year', async () => {
    const { ws } = await setup();
    expect(failed(await ws.core.call('reports.encryption', { from: '2026-02-01', to: '2026-01-01' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'to' });
    expect(failed(await ws.core.call('reports.encryption', { year: 26.5 } as never)).code).toBe('INVALID_INPUT');
  });
});
