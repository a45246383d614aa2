import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvCell, uncsvCell } from '../../electron/core/files/csv-cells';
import { PARTY_CSV_COLUMNS } from '../../shared/parties/csv-columns';
import { cleanupTemp, failed, fixedClock, ok, openTempWorkspace, tempDir } from './helpers';
import { createParty, partyCounts, partyFixture, upload } from './parties-helpers';

afterEach(cleanupTemp);

const HEADER = 'legal_name,kind,country';
const csv = (...lines: string[]) => upload('parties.csv', `${lines.join('\n')}\n`);

describe('previewing a party CSV', () => {
  it('reads every column, writes nothing, and gives each row its spreadsheet row number (a quoted line break included)', async () => {
    const ws = openTempWorkspace();
    const before = partyCounts(ws.db);
    const preview = ok(await ws.core.call('parties.importPreview', { source: { path: partyFixture('customers.csv') } }));
    expect(partyCounts(ws.db)).toEqual(before);
    expect(preview).toMatchObject({ fileName: 'customers.csv', rowCount: 5, errorCount: 0, warnings: [] });
    expect(preview.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.rows.map((r) => [r.row, r.legalName, r.kind, r.country])).toEqual([
      [2, 'Nordlicht Photonics GmbH', 'commercial', 'DE'],
      [3, 'Université de Lyon – Laboratoire Optique', 'academic', 'FR'],
      [5, 'Kestrel Freight Forwarding Ltd', 'commercial', 'GB'],
      [6, 'Ministry of Research Technology', 'government', 'AE'],
      [7, 'Elif Yilmaz', 'individual', 'TR'],
    ]);
    expect(preview.rows[0]!.otherNames).toEqual(['Nordlicht Photonik', 'NLP Optics']);
  });

  it('names the row and the column of every fault, not only the first', async () => {
    const ws = openTempWorkspace();
    const preview = ok(await ws.core.call('parties.importPreview', { source: { path: partyFixture('customers-with-errors.csv') } }));
    expect(preview.errorCount).toBe(5);
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      { row: 3, field: 'legal_name', message: 'the legal name cannot be empty' },
      { row: 4, field: 'country', message: '"XX" is not an ISO 3166 country code (two letters, such as DE or US)' },
      { row: 5, field: 'kind', message: '"reseller" is not a kind of party (government, commercial, academic, individual, other)' },
      { row: 6, field: 'legal_name', message: 'row 6 repeats row 2: the same legal name and country' },
      { row: 7, field: 'website', message: 'the website must be a web address such as https://example.com' },
    ]);
  });

  it('takes country names as well as codes, kinds in any case, roles as words, and a semicolon-separated file', async () => {
    const ws = openTempWorkspace();
    const preview = ok(
      await ws.core.call('parties.importPreview', {
        source: upload('excel-de.csv', 'legal_name;kind;country;roles\nMüller Werke GmbH;Commercial;Deutschland;End user\nKorea Tech;ACADEMIC OR RESEARCH;Korea, South;purchaser\n'),
      }),
    );
    // "Deutschland" is not a name the country list knows: refused with the value as written.
    expect(preview.rows.map((r) => [r.country, r.kind, r.errors.map((e) => e.field)])).toEqual([
      ['Deutschland', 'Commercial', ['country']],
      ['KR', 'academic', []],
    ]);
  });

  it('warns about columns it does not read and refuses a header without the required columns', async () => {
    const ws = openTempWorkspace();
    const preview = ok(await ws.core.call('parties.importPreview', { source: csv(`${HEADER},Sales rep`, 'A Ltd,commercial,GB,Bob') }));
    expect(preview.warnings).toEqual(['The column "Sales rep" is not one ExportDesk reads; its cells are left out.']);
    const e = failed(await ws.core.call('parties.importPreview', { source: csv('name,kind', 'A Ltd,commercial') }));
    expect(e).toMatchObject({ code: 'BAD_FILE', line: 1, field: 'legal_name' });
    expect(e.message).toContain('the header has no legal_name, country columns');
    expect(failed(await ws.core.call('parties.importPreview', { source: csv(`${HEADER},country`, 'A,commercial,GB,GB') })).message).toContain('the column country appears twice');
  });

  it('marks a row with more cells than the header has columns', async () => {
    const ws = openTempWorkspace();
    const preview = ok(await ws.core.call('parties.importPreview', { source: csv(HEADER, 'Smith, John,individual,US') }));
    expect(preview.rows[0]!.errors[0]).toEqual({ row: 2, field: 'row', message: expect.stringContaining('the row has 4 cells but the header names 3 columns') });
  });

  const FILE_FAULTS: { what: string; source: () => { name: string; base64: string } | { path: string }; line?: number; says: string }[] = [
    { what: 'a stray quote', source: () => ({ path: partyFixture('malformed.csv') }), line: 2, says: 'malformed CSV: a quote in the middle of a cell' },
    { what: 'a quote never closed', source: () => ({ path: partyFixture('unclosed-quote.csv') }), line: 2, says: 'a quoted cell is never closed' },
    { what: 'a file that is not UTF-8', source: () => upload('latin1.csv', Buffer.from('legal_name,kind,country\nM\xfcller GmbH,commercial,DE\n', 'latin1')), line: 2, says: 'not UTF-8 text' },
    { what: 'an empty file', source: () => upload('empty.csv', ''), says: 'the file is empty' },
    { what: 'a header and no rows', source: () => csv(HEADER), says: 'there are no party rows under the header' },
  ];
  for (const c of FILE_FAULTS) {
    it(`refuses ${c.what} with the line, writing nothing`, async () => {
      const ws = openTempWorkspace();
      const before = partyCounts(ws.db);
      for (const method of ['parties.importPreview', 'parties.import'] as const) {
        const e = failed(await ws.core.call(method, { source: c.source() }));
        expect(e.code).toBe('BAD_FILE');
        expect(e.message).toContain(c.says);
        if (c.line) expect(e.line).toBe(c.line);
      }
      expect(partyCounts(ws.db)).toEqual(before);
    });
  }
});

describe('importing a party CSV', () => {
  it('imports every row with all its columns, one audit row per party and one for the file', async () => {
    const ws = openTempWorkspace({ clock: fixedClock('2026-02-02T02:02:02.000Z') });
    const r = ok(await ws.core.call('parties.import', { source: { path: partyFixture('customers.csv') } }));
    expect(r).toMatchObject({ imported: 5, fileName: 'customers.csv' });
    const page = ok(await ws.core.call('parties.list', { search: 'nordlicht' }));
    const party = ok(await ws.core.call('parties.get', { id: page.rows[0]!.id }));
    expect(party).toMatchObject({
      legalName: 'Nordlicht Photonics GmbH',
      country: 'DE',
      roles: ['end-user', 'purchaser'],
      otherNames: [
        { type: 'other', name: 'Nordlicht Photonik' },
        { type: 'trade', name: 'NLP Optics' },
      ],
      addresses: [{ type: 'business', street: 'Lindenstraße 12', city: 'Jena', postalCode: '07743', region: 'Thuringia', country: 'DE' }],
      contacts: [{ name: 'Anna Weber', email: 'a.weber@nordlicht.example', phone: '+49 3641 1234', title: null }],
      identifiers: [
        { type: 'registration', value: 'HRB 123456', label: null },
        { type: 'tax', value: 'DE123456789', label: null },
      ],
      notes: 'Long-standing customer',
    });
    const lyon = ok(await ws.core.call('parties.list', { search: 'lyon' })).rows[0]!;
    expect(ok(await ws.core.call('parties.get', { id: lyon.id })).addresses[0]!.street).toBe('12 rue des Sciences\nBâtiment B');
    const audit = ok(await ws.core.call('audit.list', {}));
    expect(audit.filter((a) => a.action === 'parties.import' && a.recordType === 'party')).toHaveLength(5);
    expect(audit[0]).toMatchObject({ recordType: 'party_import', recordId: r.sha256, after: { fileName: 'customers.csv', imported: 5 } });
    expect(ok(await ws.core.call('parties.history', { partyId: party.id }))[0]!.after).toMatchObject({ importedFrom: { fileName: 'customers.csv', row: 2 } });
  });

  it('is all or nothing: one bad row and not a single party, child row or audit row is written', async () => {
    const ws = openTempWorkspace();
    await createParty(ws.core, { legalName: 'Already Here Ltd', country: 'GB' });
    const before = partyCounts(ws.db);
    const rows = Array.from({ length: 500 }, (_, i) => `Good Party ${i} Ltd,commercial,GB`);
    rows.splice(321, 0, 'Broken Party Ltd,commercial,Atlantis');
    const e = failed(await ws.core.call('parties.import', { source: csv(HEADER, ...rows) }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', line: 323, field: 'country' });
    expect(e.message).toContain('nothing was imported, 1 row has errors');
    expect(e.message).toContain('row 323, country: "Atlantis" is not an ISO 3166 country code');
    expect(partyCounts(ws.db)).toEqual(before);
  });

  it('refuses rows naming a party already in the workspace, and duplicate rows within the file, naming both rows', async () => {
    const ws = openTempWorkspace();
    const existing = await createParty(ws.core, { legalName: 'Kestrel Logistics Ltd', country: 'GB' });
    const before = partyCounts(ws.db);
    const source = csv(HEADER, 'KESTREL LOGISTICS LTD.,commercial,GB', 'Orion Labs,commercial,US', 'Falcon Devices,commercial,US', 'orion labs,commercial,us');
    const preview = ok(await ws.core.call('parties.importPreview', { source }));
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      { row: 2, field: 'legal_name', message: `party #${existing.id} Kestrel Logistics Ltd (GB) is already in the workspace` },
      { row: 5, field: 'legal_name', message: 'row 5 repeats row 3: the same legal name and country' },
    ]);
    expect(failed(await ws.core.call('parties.import', { source })).code).toBe('INVALID_INPUT');
    expect(partyCounts(ws.db)).toEqual(before);
  });

  it('refuses a file that changed since it was previewed', async () => {
    const ws = openTempWorkspace();
    const preview = ok(await ws.core.call('parties.importPreview', { source: csv(HEADER, 'A Ltd,commercial,GB') }));
    const e = failed(await ws.core.call('parties.import', { source: csv(HEADER, 'B Ltd,commercial,GB'), expectedSha256: preview.sha256 }));
    expect(e.code).toBe('CONFLICT');
    expect(ok(await ws.core.call('parties.import', { source: csv(HEADER, 'A Ltd,commercial,GB'), expectedSha256: preview.sha256 })).imported).toBe(1);
  });
});

describe('exporting parties as CSV', () => {
  it('writes the import columns, and an export imports back into another workspace unchanged', async () => {
    const a = openTempWorkspace();
    ok(await a.core.call('parties.import', { source: { path: partyFixture('customers.csv') } }));
    const out = ok(await a.core.call('parties.export', {}));
    expect(out.rowCount).toBe(5);
    expect(out.fileName).toMatch(/^parties-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(out.content.startsWith(`\ufeff${PARTY_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const [audit] = ok(await a.core.call('audit.list', { limit: 1 }));
    expect(audit).toMatchObject({ action: 'parties.export', recordType: 'party_export', after: { rowCount: 5, sha256: out.sha256 } });

    const file = path.join(tempDir(), out.fileName);
    fs.writeFileSync(file, out.content);
    const b = openTempWorkspace();
    expect(ok(await b.core.call('parties.import', { source: { path: file } })).imported).toBe(5);
    const fieldsOf = async (ws: typeof a) => {
      const page = ok(await ws.core.call('parties.list', {}));
      return Promise.all(page.rows.map(async (r) => {
        const { id: _id, createdAt: _c, updatedAt: _u, createdBy: _b, ...rest } = ok(await ws.core.call('parties.get', { id: r.id }));
        return rest;
      }));
    };
    expect(await fieldsOf(b)).toEqual(await fieldsOf(a));
  });

  it('exports only the parties the filters select', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('parties.import', { source: { path: partyFixture('customers.csv') } }));
    const out = ok(await ws.core.call('parties.export', { country: 'GB' }));
    expect(out.rowCount).toBe(1);
    expect(out.content).toContain('Kestrel Freight Forwarding Ltd');
    expect(out.content).not.toContain('Nordlicht');
  });

  it('defuses spreadsheet formulas in names and reads them back as typed', async () => {
    const ws = openTempWorkspace();
    await createParty(ws.core, { legalName: '=HYPERLINK("http://evil.example","Click")', country: 'GB', contacts: [{ name: 'Desk', phone: '+44 20 7946 0000' }] });
    const out = ok(await ws.core.call('parties.export', {}));
    expect(out.content).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    // A spreadsheet reads "+44 20 …" as a formula too (csv-injection.test.ts): defused, and read back as typed.
    expect(out.content).toContain(",'+44 20 7946 0000,");
    for (const v of ['=1+1', '@SUM(A1)', '+cmd', '-2+3', 'Plain']) expect(uncsvCell(csvCell(v).replace(/^"|"$/g, '').replace(/""/g, '"'))).toBe(v);
  });
});
