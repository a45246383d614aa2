/**
 * A CSV cut off between two cells of a row (no quote left open) used to import the partial last
 * row and drop everything after it without a word. A row with fewer cells than the header is now
 * an error naming its line, in the party and item spreadsheets and in a custom watch list; a watch
 * list cut short at its last row can still be imported without that row on request, as one cut
 * inside a quoted cell can.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { partyCounts, upload } from './parties-helpers';

afterEach(cleanupTemp);

const PARTIES = [
  'legal_name,kind,country,city,notes',
  'Nordlicht Photonics GmbH,commercial,DE,Jena,Long-standing customer',
  'Kestrel Freight Ltd,commercial,GB,Leeds,Forwarder',
  'Aurora Research Institute,academic,FI',
];

describe('a party or item spreadsheet with a row shorter than its header', () => {
  it('parties: the cut-off last row is an error naming its line, and nothing is imported', async () => {
    const ws = openTempWorkspace();
    const before = partyCounts(ws.db);
    const source = upload('customers.csv', PARTIES.join('\n'));
    const preview = ok(await ws.core.call('parties.importPreview', { source }));
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      { row: 4, field: 'row', message: 'the row has 3 cells but the header names 5 columns: the file may be cut short here, or cells are missing' },
    ]);
    const e = failed(await ws.core.call('parties.import', { source }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', line: 4, field: 'row' });
    expect(e.message).toContain('row 4, row: the row has 3 cells but the header names 5 columns');
    expect(partyCounts(ws.db)).toEqual(before);
  });

  it('parties: a short row in the middle is an error too; complete rows, empty cells included, are not', async () => {
    const ws = openTempWorkspace();
    const text = [PARTIES[0], 'Aurora Research Institute,academic,FI', 'Kestrel Freight Ltd,commercial,GB,,', ''].join('\r\n');
    const preview = ok(await ws.core.call('parties.importPreview', { source: upload('customers.csv', text) }));
    expect(preview.rows.map((r) => [r.row, r.errors.map((x) => x.field)])).toEqual([
      [2, ['row']],
      [3, []],
    ]);
  });

  it('items: the cut-off last row is an error naming its line', async () => {
    const ws = openTempWorkspace();
    const text = 'name,model_number,manufacturer,item_type\nSecureLink VPN Gateway,SL-200,Nordlicht Networks,commodity\nVaultSync,VS-1';
    const preview = ok(await ws.core.call('items.importPreview', { source: upload('items.csv', text) }));
    expect(preview.rows.flatMap((r) => r.errors)).toContainEqual({ row: 3, field: 'row', message: 'the row has 2 cells but the header names 4 columns: the file may be cut short here, or cells are missing' });
    expect(failed(await ws.core.call('items.import', { source: upload('items.csv', text) }))).toMatchObject({ code: 'INVALID_INPUT', line: 3 });
  });
});

describe('a custom watch list with a row shorter than its header', () => {
  const write = (content: string) => {
    const file = path.join(tempDir(), 'own.csv');
    fs.writeFileSync(file, content);
    return file;
  };
  const entries = (db: import('better-sqlite3').Database) => (db.prepare('SELECT count(*) AS n FROM screening_entries').get() as { n: number }).n;

  it('cut off at its last row: refused as truncated, or imported without that row on request', async () => {
    const ws = openTempWorkspace();
    const file = write('id,name,aliases,type,country\nW1,Alpha Trading,,entity,DE\nW2,Beta GmbH,,entity,DE\nW3,Gamma');
    const e = failed(await ws.core.call('lists.import', { source: { path: file } }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'own.csv', line: 4, field: 'acceptTruncated' });
    expect(e.message).toBe(
      'own.csv, line 4: the last row has 2 of the 5 cells the header names, so the file looks truncated. Download it again, or import it choosing to leave out the incomplete last row (exportdesk lists import --accept-truncated).',
    );
    expect(entries(ws.db)).toBe(0);
    const s = ok(await ws.core.call('lists.import', { source: { path: file }, acceptTruncated: true })).snapshot;
    expect(s.entryCount).toBe(2);
    expect(s.notes).toBe("The file's last row (line 4) was incomplete and was left out on import.");
  });

  it('a short row in the middle is refused naming its line, even when a truncated end is accepted', async () => {
    const ws = openTempWorkspace();
    const file = write('id,name,aliases,type,country\nW1,Alpha Trading,,entity,DE\nW2,Beta GmbH\nW3,Gamma Ltd,,entity,FR\n');
    for (const acceptTruncated of [false, true]) {
      const e = failed(await ws.core.call('lists.import', { source: { path: file }, acceptTruncated }));
      expect(e).toMatchObject({ code: 'BAD_FILE', line: 3 });
      expect(e.message).toBe('own.csv, line 3: the row has 2 cells but the header names 5 columns (id, name, aliases, type, country); a cell is missing.');
    }
    expect(entries(ws.db)).toBe(0);
  });
});
