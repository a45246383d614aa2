/**
 * The real published lists users will import: the US CCL (eCFR issue of 2026-07-23) and EU Annex I
 * (consolidated text of 2025-11-15), read from ../shared/data outside the repository. A fresh clone
 * has no such folder, so the suite is skipped there with a message naming the missing path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListSnapshot } from '../../shared/control-lists/types';
import { cleanupTemp, countRows, failed, importFile, ok, openTempWorkspace, SHARED_DATA_DIR, sharedData, tempDir, type TempWorkspace } from './helpers';

const CCL_FILE = sharedData('control-lists', 'us-ccl-2026-07-23.json');
const EU_FILE = sharedData('control-lists', 'eu-annex-i-2025-11-15.json');
const missing = [CCL_FILE, EU_FILE].filter((p) => !fs.existsSync(p));
if (missing.length) {
  console.warn(
    `[real-data] SKIPPED: ${missing.join(' and ')} not found. These tests need the shared data folder ${SHARED_DATA_DIR} ` +
      '(see its README.md) next to the repository; the rest of the suite does not.',
  );
}

describe.skipIf(missing.length > 0)(`real control lists from ${SHARED_DATA_DIR} (skipped when absent)`, () => {
  let ws: TempWorkspace;
  let ccl: ListSnapshot;
  let eu: ListSnapshot;

  beforeAll(async () => {
    ws = openTempWorkspace();
    ccl = await importFile(ws.core, CCL_FILE);
    eu = await importFile(ws.core, EU_FILE);
  });
  afterAll(cleanupTemp);

  it('imports the US CCL of 2026-07-23 with all 633 ECCNs', () => {
    expect(ccl).toMatchObject({
      listId: 'us-ccl',
      format: 'ccl-json',
      versionLabel: 'eCFR 2026-07-23',
      effectiveDate: '2026-07-23',
      citation: '15 C.F.R. Part 774, Supplement No. 1 (Commerce Control List)',
      entryCount: 633,
      isCurrent: true,
    });
    const declared = JSON.parse(fs.readFileSync(CCL_FILE, 'utf8')) as { entryCount: number };
    expect(ccl.entryCount).toBe(declared.entryCount);
    expect(ws.db.prepare('SELECT count(*) AS n FROM control_entries WHERE snapshot_id = ?').get(ccl.id)).toEqual({ n: 633 });
    expect(ccl.paragraphCount).toBeGreaterThan(1000);
  });

  it('imports EU Annex I of 2025-11-15 with all 384 entries, its 36 notes and 8 general export authorisations', () => {
    expect(eu).toMatchObject({
      listId: 'eu-annex-i',
      format: 'eu-annex-json',
      versionLabel: '02021R0821-20251115',
      effectiveDate: '2025-11-15',
      entryCount: 384,
      isCurrent: true,
    });
    const docs = ws.db
      .prepare(`SELECT sum(kind <> 'gea') AS notes, sum(kind = 'gea') AS geas FROM snapshot_documents WHERE snapshot_id = ?`)
      .get(eu.id);
    expect(docs).toEqual({ notes: 36, geas: 8 });
    const geas = ws.db.prepare(`SELECT key FROM snapshot_documents WHERE snapshot_id = ? AND kind = 'gea' ORDER BY key`).all(eu.id);
    expect(geas.map((g) => (g as { key: string }).key)).toEqual(['EU001', 'EU002', 'EU003', 'EU004', 'EU005', 'EU006', 'EU007', 'EU008']);
  });

  it('5A002 is controlled for NS, RS, AT and EI', async () => {
    const e = ok(await ws.core.call('controls.show', { code: '5A002', snapshotId: ccl.id }));
    expect(e.reasonsForControl).toEqual(['NS', 'RS', 'AT', 'EI']);
    expect(e.heading).toBe('“Information security” systems, equipment and “components,” as follows (see List of Items Controlled).');
    expect(e.chartRows.map((r) => r.control)).toContain('EI applies to entire entry');
    expect(e.licenseExceptions.map((x) => x.symbol)).toContain('ENC');
    expect(e.paragraphs.some((p) => p.code === '5A002.a.1' && p.text === 'Items having “information security” as a primary function;')).toBe(true);
  });

  it('EU 5A001.j.1.a reads as published, with the EU attribution', async () => {
    const e = ok(await ws.core.call('controls.show', { code: '5A001.j.1.a', snapshotId: eu.id }));
    const p = e.paragraphs.find((x) => x.code === '5A001.j.1.a');
    expect(p?.text).toBe('Analysis at the application layer (e.g., Layer 7 of Open Systems Interconnection (OSI) model (ISO/IEC 7498-1));');
    expect(p?.depth).toBe(3);
    expect(e.attribution).toContain('© European Union, http://eur-lex.europa.eu/');
    expect(e.attribution).toContain('only the Official Journal is authentic');
  });

  it('every EU entry and EU search hit carries the attribution; US entries carry the public-domain note', async () => {
    expect(eu.attribution).toContain('© European Union');
    const hits = ok(await ws.core.call('controls.search', { query: 'surveillance', snapshotId: eu.id }));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.attribution === eu.attribution)).toBe(true);
    for (const code of ['0A001', '5A002', '9E003']) {
      expect(ok(await ws.core.call('controls.show', { code, snapshotId: eu.id })).attribution).toBe(eu.attribution);
    }
    expect(ok(await ws.core.call('controls.show', { code: '5A002', snapshotId: ccl.id })).attribution).toContain('public domain');
  });

  it('"intrusion software" in the 2026-07-23 CCL finds 4A005, 4D004, 4E001 and 5D002', async () => {
    const hits = ok(await ws.core.call('controls.search', { query: 'intrusion software', snapshotId: ccl.id, limit: 50 }));
    expect(hits.map((h) => h.code).sort()).toEqual(['4A005', '4D004', '4E001', '5D002']);
    expect(hits.every((h) => h.snippet.includes('\u0001') && h.snippet.includes('\u0002'))).toBe(true);
  });

  it('a code prefix ranks its entries first across both lists', async () => {
    const hits = ok(await ws.core.call('controls.search', { query: '5A00', limit: 50 }));
    const codeHits = hits.filter((h) => h.matchedOn === 'code');
    expect(hits.slice(0, codeHits.length)).toEqual(codeHits);
    expect(codeHits.filter((h) => h.snapshotId === ccl.id).map((h) => h.code)).toEqual(['5A001', '5A002', '5A003', '5A004']);
    expect(codeHits.filter((h) => h.snapshotId === eu.id).map((h) => h.code)).toEqual(['5A001', '5A002', '5A003', '5A004']);
  });

  it('export and import into a fresh workspace gives the same rows and the same identity', async () => {
    for (const s of [ccl, eu]) {
      const out = ok(await ws.core.call('controls.export', { snapshotId: s.id }));
      const file = path.join(tempDir(), out.fileName);
      fs.writeFileSync(file, out.content);
      const laptop = openTempWorkspace();
      const copy = await importFile(laptop.core, file);
      expect(copy.sha256).toBe(s.sha256);
      expect([copy.entryCount, copy.paragraphCount]).toEqual([s.entryCount, s.paragraphCount]);
      const rows = (db: typeof ws.db, id: number) =>
        db
          .prepare(
            `SELECT e.code, e.heading, e.reasons_json, p.ordinal, p.code AS pcode, p.kind, p.depth, p.parent_ordinal, p.text
             FROM control_entries e LEFT JOIN control_paragraphs p ON p.entry_id = e.id WHERE e.snapshot_id = ? ORDER BY e.code, p.ordinal`,
          )
          .all(id);
      expect(rows(laptop.db, copy.id)).toEqual(rows(ws.db, s.id));
      const again = ok(await laptop.core.call('controls.export', { snapshotId: copy.id }));
      expect(again.sha256).toBe(out.sha256);
    }
  });

  it('a real file cut short in transfer is refused with its line, and nothing is written', async () => {
    // The EU file is pretty-printed, so the cut lands on a line of its own.
    const text = fs.readFileSync(EU_FILE, 'utf8');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const file = path.join(tempDir(), 'eu-annex-i-2025-11-15.partial.json');
    fs.writeFileSync(file, cut);
    const before = countRows(ws.db);
    const e = failed(await ws.core.call('controls.import', { source: { path: file } }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'eu-annex-i-2025-11-15.partial.json' });
    expect(e.line).toBe(cut.split('\n').length);
    expect(e.message).toMatch(new RegExp(`eu-annex-i-2025-11-15\.partial\.json, line ${e.line}, column \\d+: not valid JSON`));
    expect(countRows(ws.db)).toEqual(before);
  });

  it('a real CCL with one ECCN blanked out is refused naming that entry and field, and nothing is written', async () => {
    // The CCL file is one long line, so the entry number and field are what locate the fault.
    const data = JSON.parse(fs.readFileSync(CCL_FILE, 'utf8')) as { entries: Record<string, unknown>[] };
    delete data.entries[100]!.eccn;
    const file = path.join(tempDir(), 'us-ccl-edited.json');
    fs.writeFileSync(file, JSON.stringify(data));
    const before = countRows(ws.db);
    const e = failed(await ws.core.call('controls.import', { source: { path: file } }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'us-ccl-edited.json', field: 'eccn', line: 1 });
    expect(e.message).toContain('entry 101, field "eccn": is missing');
    expect(countRows(ws.db)).toEqual(before);
  });

  it('importing the same real file again is refused as a duplicate', async () => {
    const e = failed(await ws.core.call('controls.import', { source: { path: CCL_FILE } }));
    expect(e.code).toBe('DUPLICATE');
    expect(e.message).toContain(`already imported as snapshot #${ccl.id}: US Commerce Control List eCFR 2026-07-23`);
  });
});
