import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, cleanupTemp, countRows, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';

afterEach(cleanupTemp);

const items = (name: string) => path.join(REPO_ROOT, 'test/fixtures/items', name);
const csvSource = (text: string, name = 'items.csv') => ({ name, base64: Buffer.from(text).toString('base64') });

function itemRows(db: import('better-sqlite3').Database) {
  return ['items', 'item_parameters', 'item_search', 'audit_log'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
}

describe('items CSV import', () => {
  it('previews every row, then imports them all with their parameters', async () => {
    const ws = openTempWorkspace();
    const preview = ok(await ws.core.call('items.importPreview', { source: { path: items('items.csv') } }));
    expect(preview).toMatchObject({ fileName: 'items.csv', rowCount: 4, errorCount: 0, warnings: [] });
    expect(preview.rows.map((r) => [r.row, r.name, r.itemType, r.originCountry, r.parameterCount])).toEqual([
      [2, 'SecureLink VPN Gateway', 'commodity', 'DE', 2],
      [3, 'VaultSync', 'software', 'DE', 2],
      [4, 'Exploit Development Course', 'technology', 'GB', 0],
      [5, 'Telematics Unit "TX"', 'commodity', 'AT', 1],
    ]);
    expect(itemRows(ws.db)).toEqual([0, 0, 0, 0]);
    const r = ok(await ws.core.call('items.import', { source: { path: items('items.csv') }, expectedSha256: preview.sha256 }));
    expect(r).toMatchObject({ imported: 4, fileName: 'items.csv', sha256: preview.sha256 });
    const page = ok(await ws.core.call('items.list', {}));
    expect(page.rows.map((x) => x.name)).toEqual(['Exploit Development Course', 'SecureLink VPN Gateway', 'Telematics Unit "TX"', 'VaultSync']);
    const gateway = ok(await ws.core.call('items.get', { id: page.rows[1]!.id }));
    expect(gateway).toMatchObject({ description: 'Site-to-site VPN gateway, IPsec and TLS', parameters: [{ name: 'Key length', value: '256', unit: 'bit' }, { name: 'Throughput', value: '10', unit: 'Gbit/s' }] });
    expect(ok(await ws.core.call('items.history', { itemId: gateway.id }))[0]).toMatchObject({ action: 'items.import', after: { importedFrom: { fileName: 'items.csv', row: 2 } } });
  });

  it('names the row and the column of every fault, and imports nothing while any row has one', async () => {
    const ws = openTempWorkspace();
    await createItem(ws.core, { name: 'Good Item', modelNumber: 'G-0', manufacturer: 'Acme' });
    const before = itemRows(ws.db);
    const preview = ok(await ws.core.call('items.importPreview', { source: { path: items('items-with-errors.csv') } }));
    const errors = preview.rows.flatMap((r) => r.errors.map((e) => `row ${e.row}, ${e.field}: ${e.message}`));
    expect(errors).toEqual([
      'row 3, name: the name is empty',
      'row 4, origin_country: "Atlantis" is not an ISO 3166 country code (two letters, such as DE or US)',
      'row 5, item_type: "gadget" is not an item type (commodity, software, technology)',
      'row 6, parameters: "Range 10 km" is not a parameter written name=value [unit] (e.g. "Key length=256 [bit]")',
      'row 7, name: row 7 repeats row 2: the same name, model and manufacturer',
    ]);
    const e = failed(await ws.core.call('items.import', { source: { path: items('items-with-errors.csv') } }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', file: 'items-with-errors.csv', line: 3, field: 'name' });
    expect(e.message).toMatch(/^items-with-errors\.csv: nothing was imported, 5 rows have errors \(5 in all\)\. row 3, name: the name is empty; row 4, origin_country/);
    expect(itemRows(ws.db)).toEqual(before);
  });

  it('refuses a row naming an item already in the catalogue', async () => {
    const ws = openTempWorkspace();
    await createItem(ws.core);
    const preview = ok(await ws.core.call('items.importPreview', { source: { path: items('items.csv') } }));
    expect(preview.rows[0]!.errors).toEqual([{ row: 2, field: 'name', message: 'item #1 SecureLink VPN Gateway is already in the catalogue with the same name, model and manufacturer' }]);
    expect(failed(await ws.core.call('items.import', { source: { path: items('items.csv') } })).code).toBe('INVALID_INPUT');
    expect(ok(await ws.core.call('items.list', {})).total).toBe(1);
  });

  it('refuses malformed CSV with the line where the broken row starts, writing nothing', async () => {
    const ws = openTempWorkspace();
    const before = countRows(ws.db);
    const e = failed(await ws.core.call('items.importPreview', { source: { path: items('items-malformed.csv') } }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'items-malformed.csv', line: 3 });
    expect(e.message).toContain('a quoted cell is never closed');
    expect(failed(await ws.core.call('items.import', { source: { path: items('items-malformed.csv') } })).code).toBe('BAD_FILE');
    expect(countRows(ws.db)).toEqual(before);
  });

  const FILES: [string, string, RegExp][] = [
    ['a header without the required columns', 'title,type\nRouter,commodity\n', /line 1: the header has no name, item_type columns/],
    ['a header alone', 'name,item_type\n', /there are no item rows under the header/],
    ['a column twice', 'name,item_type,name\nA,commodity,B\n', /the column name appears twice/],
    ['a row with more cells than the header', 'name,item_type\nRouter,commodity,extra\n', /row 2, row: the row has 3 cells/],
  ];
  for (const [what, text, message] of FILES) {
    it(`refuses ${what}`, async () => {
      const ws = openTempWorkspace();
      const e = failed(await ws.core.call('items.import', { source: csvSource(text) }));
      expect(e.message).toMatch(message);
      expect(ok(await ws.core.call('items.list', {})).total).toBe(0);
    });
  }

  it('reads semicolon-separated files, country names and spreadsheet formula guards', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('items.import', { source: csvSource("name;item_type;origin_country\n'=Cipher Box;Software;United States of America\n") }));
    const [row] = ok(await ws.core.call('items.list', {})).rows;
    expect(row).toMatchObject({ name: '=Cipher Box', itemType: 'software', originCountry: 'US' });
  });

  it('refuses a file changed since its preview', async () => {
    const ws = openTempWorkspace();
    const dir = tempDir();
    const file = path.join(dir, 'items.csv');
    fs.writeFileSync(file, 'name,item_type\nRouter,commodity\n');
    const preview = ok(await ws.core.call('items.importPreview', { source: { path: file } }));
    fs.appendFileSync(file, 'Switch,commodity\n');
    expect(failed(await ws.core.call('items.import', { source: { path: file }, expectedSha256: preview.sha256 })).code).toBe('CONFLICT');
  });
});

describe('items CSV export', () => {
  it('writes the import format plus the classifications in force, and reads back into an equal catalogue', async () => {
    const ws = await classificationWorkspace();
    ok(await ws.core.call('items.import', { source: { path: items('items.csv') } }));
    const gateway = ok(await ws.core.call('items.list', { search: 'securelink' })).rows[0]!;
    await classifyMassMarket(ws.core, gateway.id);
    const out = ok(await ws.core.call('items.export', {}));
    expect(out.rowCount).toBe(4);
    const rows = parse(out.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['name', 'model_number', 'manufacturer', 'item_type', 'origin_country', 'description', 'parameters', 'notes', 'ccats_number', 'encryption_component', 'non_us_components', 'non_us_manufacturing_locations', 'us_classification', 'eu_classification', 'needs_review']);
    expect(rows.find((r) => r.name === 'SecureLink VPN Gateway')).toMatchObject({ parameters: 'Key length=256 [bit]; Throughput=10 [Gbit/s]', us_classification: '5A992.c', eu_classification: '' });

    const other = openTempWorkspace();
    const preview = ok(await other.core.call('items.importPreview', { source: csvSource(out.content, out.fileName) }));
    expect(preview.errorCount).toBe(0);
    expect(preview.warnings).toEqual([expect.stringContaining('us_classification, eu_classification, needs_review are not imported')]);
    ok(await other.core.call('items.import', { source: csvSource(out.content, out.fileName) }));
    // Classifications are compared through the CSV columns above; retention follows them, not the catalogue.
    const strip = (i: import('../../shared/items/types').Item) => ({ ...i, id: 0, createdAt: '', updatedAt: '', createdBy: '', us: null, eu: null, retention: null });
    for (const r of ok(await ws.core.call('items.list', {})).rows) {
      const again = ok(await other.core.call('items.list', { search: r.name })).rows.find((x) => x.name === r.name)!;
      expect(strip(ok(await other.core.call('items.get', { id: again.id })))).toEqual(strip(ok(await ws.core.call('items.get', { id: r.id }))));
    }
  });

  it('exports only the items the filters select, and records the export', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('items.import', { source: { path: items('items.csv') } }));
    const out = ok(await ws.core.call('items.export', { itemType: 'software' }));
    expect(out.rowCount).toBe(1);
    expect(ok(await ws.core.call('audit.list', { recordType: 'item_export' }))[0]).toMatchObject({ after: { rowCount: 1, filters: { itemType: 'software' }, sha256: out.sha256 } });
  });
});
