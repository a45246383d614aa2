import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEncryptionReport, reportCell, ReportRowError, SUPP8_HEADER, type EncryptionReportRow } from '../../shared/classification/encryption-report';
import { SUPP8_ITEM_TYPES } from '../../shared/classification/supp8-item-types';
import { cleanupTemp, countRows, failed, ok } from './helpers';
import { classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';

afterEach(cleanupTemp);

/**
 * Every rule of the report (Supp. No. 8 to Part 742; BIS's guidance on the CSV format), checked on
 * the file as BIS would read it: parsed back with a real CSV reader.
 */
function expectValidReport(content: string): string[][] {
  expect(content.charCodeAt(0)).not.toBe(0xfeff);
  expect(content.split('\r\n')[0]).toBe('PRODUCT NAME,MODEL NUMBER,MANUFACTURER,ECCN,AUTHORIZATION TYPE,ITEM TYPE');
  const rows = parse(content, { relax_quotes: false }) as string[][];
  expect(rows[0]).toEqual([...SUPP8_HEADER]);
  // The only commas are the separators: splitting each line on commas gives the same cells.
  for (const line of content.split('\r\n').filter(Boolean)) expect(line.split(',')).toHaveLength(6);
  expect(content).not.toContain('"');
  for (const row of rows.slice(1)) {
    expect(row).toHaveLength(6);
    for (const cell of row) expect(cell.trim(), `blank cell in ${row.join(',')}`).not.toBe('');
    expect(row[3]).toMatch(/^(5A002|5B002|5D002|5A992|5D992)$/);
    expect(['ENC', 'MMKT']).toContain(row[4]);
    expect(SUPP8_ITEM_TYPES as readonly string[]).toContain(row[5]);
  }
  return rows.slice(1);
}

const ROW: EncryptionReportRow = { productName: 'SecureLink VPN Gateway', modelNumber: 'SL-200', manufacturer: 'Nordlicht Networks', eccn: '5A002', authorization: 'ENC', itemType: 'virtual private networking (VPN)' };

describe('the encryption report builder (pure)', () => {
  it('writes the header, then one line per product', () => {
    const csv = buildEncryptionReport([ROW]);
    expect(csv).toBe('PRODUCT NAME,MODEL NUMBER,MANUFACTURER,ECCN,AUTHORIZATION TYPE,ITEM TYPE\r\nSecureLink VPN Gateway,SL-200,Nordlicht Networks,5A002,ENC,virtual private networking (VPN)\r\n');
    expectValidReport(csv);
  });

  it('fills blank model numbers with NONE and blank manufacturers with N/A', () => {
    const rows = expectValidReport(buildEncryptionReport([{ ...ROW, modelNumber: null, manufacturer: '  ' }]));
    expect(rows[0]!.slice(1, 3)).toEqual(['NONE', 'N/A']);
  });

  it('takes commas, quotes and line breaks out of values, so no cell needs quoting', () => {
    const rows = expectValidReport(buildEncryptionReport([{ ...ROW, productName: 'Gateway, "Pro" edition', manufacturer: 'Acme, Inc.\nBerlin' }]));
    expect(rows[0]!.slice(0, 3)).toEqual(['Gateway Pro edition', 'SL-200', 'Acme Inc. Berlin']);
    expect(reportCell(' a ,, b ')).toBe('a b');
  });

  it('refuses a row the report cannot carry, naming the column', () => {
    const errorOf = (r: Partial<EncryptionReportRow>) => {
      try {
        buildEncryptionReport([ROW, { ...ROW, ...r }]);
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

  it('is a header alone when nothing was self-classified', () => {
    expect(buildEncryptionReport([])).toBe('PRODUCT NAME,MODEL NUMBER,MANUFACTURER,ECCN,AUTHORIZATION TYPE,ITEM TYPE\r\n');
  });
});

describe('reports.encryption', () => {
  async function setup() {
    const clockAt = { now: '2025-06-01T10:00:00.000Z' };
    const ws = await classificationWorkspace({ clock: () => new Date(clockAt.now) });
    return { ws, at: (iso: string) => (clockAt.now = iso) };
  }

  it('lists the final ENC and mass-market self-classifications made in the year, each product once', async () => {
    const { ws, at } = await setup();
    const router = await createItem(ws.core, { name: 'Retail Router, Home', modelNumber: null, manufacturer: null });
    const vpn = await createItem(ws.core, { name: 'Enterprise VPN', modelNumber: 'EV-1' });
    const draftOnly = await createItem(ws.core, { name: 'Draft Gadget' });
    const ear99 = await createItem(ws.core, { name: 'Plain Cable' });
    const lastYear = await createItem(ws.core, { name: 'Old Product' });
    const nextYear = await createItem(ws.core, { name: 'Future Product' });

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
      ['Enterprise VPN', 'EV-1', 'Nordlicht Networks', '5A002', 'ENC', 'virtual private networking (VPN)'],
      ['Retail Router Home', 'NONE', 'N/A', '5A992', 'MMKT', 'router'],
    ]);
    expect(report.rows.map((r) => r.productName)).toEqual(['Enterprise VPN', 'Retail Router, Home']);

    expect(expectValidReport(ok(await ws.core.call('reports.encryption', { year: 2025 })).content).map((r) => r[0])).toEqual(['Old Product']);
    expect(expectValidReport(ok(await ws.core.call('reports.encryption', { from: '2026-12-31', to: '2027-01-01' })).content).map((r) => r[0])).toEqual(['Future Product']);
  });

  it('records each report produced in the audit log with its SHA-256', async () => {
    const { ws } = await setup();
    const n = countRows(ws.db).audit_log;
    const report = ok(await ws.core.call('reports.encryption', { year: 2025 }));
    const rows = ok(await ws.core.call('audit.list', { recordType: 'encryption_report' }));
    expect(countRows(ws.db).audit_log).toBe(n + 1);
    expect(rows[0]).toMatchObject({ action: 'reports.encryption', recordId: report.fileName, after: { from: '2025-01-01', to: '2025-12-31', rowCount: 0, sha256: report.sha256 } });
  });

  it('refuses a range that ends before it starts and a year that is not a year', async () => {
    const { ws } = await setup();
    expect(failed(await ws.core.call('reports.encryption', { from: '2026-02-01', to: '2026-01-01' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'to' });
    expect(failed(await ws.core.call('reports.encryption', { year: 26.5 } as never)).code).toBe('INVALID_INPUT');
  });
});
