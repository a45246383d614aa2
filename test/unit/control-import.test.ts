import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/contract';
import { cleanupTemp, countRows, currentPointers, failed, fixedClock, fixture, importFile, ok, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const AT = '2026-04-01T12:00:00.000Z';

describe('controls.import: US CCL JSON (ccl-json)', () => {
  it('stores the snapshot with the eCFR edition, provenance and counts', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const file = fixture('ccl-2026-01-15.json');
    const s = await importFile(ws.core, file);
    expect(s).toEqual({
      id: 1,
      listId: 'us-ccl',
      listName: 'US Commerce Control List',
      listKind: 'us-ccl',
      versionLabel: 'eCFR 2026-01-15',
      effectiveDate: '2026-01-15',
      sourceUrl: 'https://www.ecfr.gov/api/versioner/v1/full/2026-01-15/title-15.xml?part=774',
      sourceFileName: 'ccl-2026-01-15.json',
      format: 'ccl-json',
      retrievedAt: '2026-01-16T09:00:00.000Z',
      importedAt: AT,
      importedBy: 'Ada Lovelace',
      sha256: sha256(file),
      fileSha256: sha256(file),
      attribution: 'US federal regulatory text (15 CFR Part 774, Supplement No. 1), public domain; from the eCFR.',
      citation: '15 C.F.R. Part 774, Supplement No. 1 (Commerce Control List)',
      entryCount: 3,
      paragraphCount: 18,
      isCurrent: true,
    });
    expect(countRows(ws.db)).toMatchObject({
      control_lists: 1,
      list_snapshots: 1,
      control_entries: 3,
      control_paragraphs: 18,
      // One search row per entry heading and one per paragraph.
      control_fts: 3 + 18,
      snapshot_documents: 0,
    });
  });

  it('keeps reasons for control, country-chart rows, license exceptions and item paragraphs with full codes', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const e = ok(await ws.core.call('controls.show', { code: '5A002', snapshotId: s.id }));
    expect(e.code).toBe('5A002');
    expect(e.category).toBe('5');
    expect(e.productGroup).toBe('A');
    expect(e.reasonsForControl).toEqual(['NS', 'RS', 'AT', 'EI']);
    expect(e.reasonsText).toBe('NS, RS, AT, EI');
    expect(e.chartRows[0]).toEqual({ control: 'NS applies to entire entry', countryChart: 'NS Column 1.' });
    expect(e.chartRows.at(-1)).toEqual({ control: 'EI applies to entire entry', countryChart: 'Refer to § 742.15 of the EAR.' });
    expect(e.licenseExceptions.map((x) => x.symbol)).toEqual(['LVS', 'GBS', 'ENC', 'AIA', 'ACM', 'LPP']);
    const a4a = e.paragraphs.find((p) => p.code === '5A002.a.4.a')!;
    expect(a4a).toMatchObject({ label: 'a.4.a', kind: 'item', depth: 3, text: 'It supports a non-primary function of the item; and' });
    // The parent is the nearest earlier, shallower paragraph: 5A002.a.4.
    expect(e.paragraphs[a4a.parentOrdinal!]!.code).toBe('5A002.a.4');
    const note = e.paragraphs.find((p) => p.kind === 'note')!;
    expect(note).toMatchObject({ code: null, label: 'Note 1', depth: 1 });
    expect(e.paragraphs.filter((p) => p.kind === 'text').every((p) => p.code === null && p.label === null && p.depth === 0)).toBe(true);
    expect(e.attribution).toContain('public domain');
    expect(e.listName).toBe('US Commerce Control List');
    expect(e.snapshotLabel).toBe('eCFR 2026-01-15');
  });

  it('falls back to the top-level paragraphs when an entry has no items', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const e = ok(await ws.core.call('controls.show', { code: '0a501' }));
    expect(e.paragraphs.map((p) => [p.code, p.label, p.kind, p.depth])).toEqual([
      ['0A501.a', 'a', 'item', 1],
      ['0A501.b', 'b', 'item', 1],
    ]);
    expect(e.relatedControls).toContain('see also 4D004 and 5A002');
    expect(e.mentions).toEqual(['0A502', '0A506', '0A507', '0A508', '0A509', '4D004', '5A002']);
  });

  it('finds an entry by one of its paragraph codes', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    expect(ok(await ws.core.call('controls.show', { code: '5A002.a.4.b' })).code).toBe('5A002');
    const e = failed(await ws.core.call('controls.show', { code: '9A012' }));
    expect(e).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    expect(e.message).toContain('9A012 is not an entry');
  });
});

describe('controls.import: EU Annex I JSON (eu-annex-json)', () => {
  it('splits the verbatim text into headed entries, item paragraphs and notes, and keeps the attribution', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    expect(s).toMatchObject({
      listId: 'eu-annex-i',
      listName: 'EU Dual-Use List (Annex I)',
      listKind: 'eu-annex-i',
      versionLabel: '02021R0821-20250101',
      effectiveDate: '2025-01-01',
      retrievedAt: '2025-02-01T10:00:00+00:00',
      format: 'eu-annex-json',
      entryCount: 2,
      citation: 'Regulation (EU) 2021/821, Annex I (consolidated text 02021R0821-20250101)',
    });
    expect(s.attribution).toContain('© European Union, http://eur-lex.europa.eu/');
    const e = ok(await ws.core.call('controls.show', { code: '5A001.j.1.a', snapshotId: s.id }));
    expect(e.heading).toBe('Telecommunications systems, equipment, components and accessories as follows:');
    expect(e.attribution).toBe(s.attribution);
    const j1a = e.paragraphs.find((p) => p.code === '5A001.j.1.a')!;
    expect(j1a).toMatchObject({
      label: 'j.1.a',
      kind: 'item',
      depth: 3,
      text: 'Analysis at the application layer (e.g., Layer 7 of Open Systems Interconnection (OSI) model (ISO/IEC 7498-1));',
    });
    expect(e.paragraphs[j1a.parentOrdinal!]!.code).toBe('5A001.j.1');
    const notes = e.paragraphs.filter((p) => p.kind === 'note');
    expect(notes.map((n) => n.label)).toEqual(['5A001.a Note 1', '5A001.a Note 2', '5A001.j Note']);
    expect(notes[2]!.text).toMatch(/^Note: 5A001\.j\. does not control/);
    const d4 = ok(await ws.core.call('controls.show', { code: '4D004', snapshotId: s.id }));
    expect(d4.heading).toBe('"Software" specially designed or modified for the generation, command and control, or delivery of "intrusion software".');
  });

  it('stores the general notes and the general export authorisations as snapshot documents', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    const docs = ws.db.prepare('SELECT kind, key, title FROM snapshot_documents WHERE snapshot_id = ? ORDER BY id').all(s.id);
    expect(docs).toEqual([
      { kind: 'general_software_note', key: 'doc-1', title: 'GENERAL SOFTWARE NOTE (GSN)' },
      { kind: 'nuclear_software_note', key: 'doc-2', title: 'NUCLEAR SOFTWARE NOTE (NSN)' },
      { kind: 'gea', key: 'EU001', title: expect.stringMatching(/^EU001 — A\. EXPORTS TO AUSTRALIA/) },
    ]);
  });
});

describe('controls.import: CSV', () => {
  it('makes rows with an empty parent entries and the others paragraphs under their parent', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('custom-list.csv'), { listId: 'acme-internal', listName: 'ACME internal list', effectiveDate: '2026-02-01' });
    expect(s).toMatchObject({
      listId: 'acme-internal',
      listName: 'ACME internal list',
      listKind: 'custom',
      versionLabel: 'custom-list',
      effectiveDate: '2026-02-01',
      format: 'csv',
      entryCount: 2,
      paragraphCount: 5,
      attribution: null,
    });
    const e = ok(await ws.core.call('controls.show', { code: '5A992', snapshotId: s.id }));
    expect(e.heading).toBe('Mass-market encryption equipment');
    expect(e.reasonsForControl).toEqual(['AT', 'EI']);
    expect(e.paragraphs.map((p) => [p.code, p.label, p.kind, p.depth])).toEqual([
      [null, null, 'text', 0],
      ['5A992.a', 'a', 'item', 1],
      ['5A992.c', 'c', 'item', 1],
      ['5A992.c.1', 'c.1', 'item', 2],
      [null, 'n1', 'note', 1],
    ]);
    // The entry's own text (title and text on one row) comes first; 5A992.c.1 sits under 5A992.c.
    expect(e.paragraphs[0]!.text).toBe('Equipment not controlled by 5A002, as follows:');
    expect(e.paragraphs[3]!.parentOrdinal).toBe(2);
    const other = ok(await ws.core.call('controls.show', { code: 'acme-7', snapshotId: s.id }));
    expect(other).toMatchObject({ code: 'ACME-7', heading: 'In-house prototype boards', category: '', productGroup: '', paragraphs: [] });
    const groups = ok(await ws.core.call('controls.browse', { snapshotId: s.id }));
    expect(groups.map((g) => [g.categoryName, g.entries.map((x) => x.code)])).toEqual([
      ['Other entries', ['ACME-7']],
      ['Telecommunications and information security', ['5A992']],
    ]);
  });

  it('accepts a file handed over as bytes (a browser file picker) and uses only its base name', async () => {
    const ws = openTempWorkspace();
    const base64 = fs.readFileSync(fixture('custom-list.csv')).toString('base64');
    const s = ok(await ws.core.call('controls.import', { source: { name: 'C:\\Users\\ada\\Desktop\\custom-list.csv', base64 } })).snapshot;
    expect(s).toMatchObject({ sourceFileName: 'custom-list.csv', listId: 'custom', listName: 'Custom list', entryCount: 2 });
  });
});

describe('controls.import: exchange JSON', () => {
  it('is detected by its format marker and keeps the publisher file identity', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const out = ok(await ws.core.call('controls.export', { snapshotId: s.id }));
    const other = openTempWorkspace();
    const file = `${other.dir}/${out.fileName}`;
    fs.writeFileSync(file, out.content);
    const copy = await importFile(other.core, file);
    expect(copy).toMatchObject({ format: 'exchange-json', sha256: s.sha256, fileSha256: out.sha256, sourceFileName: 'ccl-2026-01-15.json' });
  });
});

describe('import options', () => {
  it('a version label and effective date given by the user override the file', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('ccl-2026-01-15.json'), { versionLabel: 'January edition', effectiveDate: '2026-01-20' });
    expect(s).toMatchObject({ versionLabel: 'January edition', effectiveDate: '2026-01-20' });
  });

  it('a format named by the user is used instead of detection', async () => {
    const ws = openTempWorkspace();
    const e = failed(await ws.core.call('controls.import', { source: { path: fixture('custom-list.csv') }, format: 'ccl-json' }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'custom-list.csv', line: 1 });
    expect(e.message).toContain('not valid JSON');
  });

  it('reports progress with the caller’s job id, ending at done = total', async () => {
    const ws = openTempWorkspace();
    const events: Progress[] = [];
    ok(await ws.core.call('controls.import', { source: { path: fixture('ccl-2026-01-15.json') }, jobId: 'job-7' }, { onProgress: (p) => events.push(p) }));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((p) => p.jobId === 'job-7')).toBe(true);
    expect(events[0]).toMatchObject({ done: 0, phase: 'Reading the file' });
    expect(events.at(-1)).toMatchObject({ done: 4, total: 4, phase: 'Writing 3 entries' });
  });
});

describe('duplicate files', () => {
  it('are refused by SHA-256 with a message naming the existing snapshot, and nothing is written', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const first = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const before = countRows(ws.db);
    // Same bytes under another name: still the same published list.
    const copy = `${ws.dir}/renamed-copy.json`;
    fs.copyFileSync(fixture('ccl-2026-01-15.json'), copy);
    for (const file of [fixture('ccl-2026-01-15.json'), copy]) {
      const e = failed(await ws.core.call('controls.import', { source: { path: file }, versionLabel: 'another label' }));
      expect(e.code).toBe('DUPLICATE');
      expect(e.file).toBe(file.split('/').pop());
      expect(e.message).toBe(
        `${file.split('/').pop()} is already imported as snapshot #${first.id}: US Commerce Control List eCFR 2026-01-15 (imported 2026-04-01 by Ada Lovelace)`,
      );
    }
    expect(countRows(ws.db)).toEqual(before);
  });
});

describe('the current snapshot of a list', () => {
  it('is the newest edition: a newer import becomes current, an older one does not demote it', async () => {
    const ws = openTempWorkspace();
    const march = await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    expect(march.isCurrent).toBe(true);
    const january = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    expect(january.isCurrent).toBe(false);
    expect(currentPointers(ws.db)).toEqual({ 'us-ccl': march.id });
    const snaps = ok(await ws.core.call('controls.snapshots', { listId: 'us-ccl' }));
    expect(snaps.map((s) => [s.id, s.effectiveDate, s.isCurrent])).toEqual([
      [march.id, '2026-03-01', true],
      [january.id, '2026-01-15', false],
    ]);
    // Without a snapshot id, show and search use the current one.
    expect(ok(await ws.core.call('controls.show', { code: '5A004' })).snapshotId).toBe(march.id);
    expect(failed(await ws.core.call('controls.show', { code: '0A501' })).code).toBe('NOT_FOUND');
  });

  it('can be set by the user (audited), and is per list', async () => {
    const ws = openTempWorkspace();
    const january = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const march = await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    const eu = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    expect(currentPointers(ws.db)).toEqual({ 'eu-annex-i': eu.id, 'us-ccl': march.id });
    const r = ok(await ws.core.call('controls.setCurrent', { snapshotId: january.id }));
    expect(r.snapshot).toMatchObject({ id: january.id, isCurrent: true });
    expect(currentPointers(ws.db)).toEqual({ 'eu-annex-i': eu.id, 'us-ccl': january.id });
    expect(ok(await ws.core.call('controls.show', { code: '0A501' })).snapshotId).toBe(january.id);
    const lists = ok(await ws.core.call('controls.lists', {}));
    expect(lists).toEqual([
      { id: 'eu-annex-i', name: 'EU Dual-Use List (Annex I)', kind: 'eu-annex-i', currentSnapshotId: eu.id },
      { id: 'us-ccl', name: 'US Commerce Control List', kind: 'us-ccl', currentSnapshotId: january.id },
    ]);
    const info = ok(await ws.core.call('workspace.info', {}));
    expect(info.currentSnapshots.map((s) => s.id)).toEqual([january.id, eu.id]);
    const audit = ok(await ws.core.call('audit.list', { limit: 1 }));
    expect(audit[0]).toMatchObject({ action: 'controls.setCurrent', recordId: 'us-ccl', after: { currentSnapshotId: january.id } });
  });
});

describe('snapshot immutability', () => {
  it('UPDATE and DELETE of snapshot rows are refused by the database', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    await importFile(ws.core, fixture('custom-list.csv'));
    const before = countRows(ws.db);
    const refused = [
      `UPDATE list_snapshots SET version_label = 'edited'`,
      'DELETE FROM list_snapshots',
      `UPDATE control_entries SET heading = 'edited'`,
      // ACME-7 has no paragraphs, so no foreign key stands in the way: only the trigger does.
      `DELETE FROM control_entries WHERE code = 'ACME-7'`,
      `UPDATE control_paragraphs SET text = 'edited'`,
      'DELETE FROM control_paragraphs',
      `UPDATE snapshot_documents SET text = 'edited'`,
      'DELETE FROM snapshot_documents',
    ];
    for (const sql of refused) expect(() => ws.db.prepare(sql).run(), sql).toThrow('control-list snapshots are immutable');
    expect(countRows(ws.db)).toEqual(before);
  });
});
