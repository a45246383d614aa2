/**
 * `imports.run` routes a file to the importer that reads it and writes exactly what that importer
 * writes (same snapshot, same audit rows); a file it cannot route writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/contract';
import { REPO_ROOT, cleanupTemp, countRows, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { DETERMINATION_FILES, missingDeterminationFiles } from './determination-files';

afterEach(cleanupTemp);

const fx = (p: string) => path.join(REPO_ROOT, 'test/fixtures', p);

function auditActions(db: import('better-sqlite3').Database): string[] {
  return (db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action);
}

describe('imports.run', () => {
  it('imports a Country Chart and Country Groups file as destinations.import does, with progress', async () => {
    const ws = openTempWorkspace();
    const events: Progress[] = [];
    const chart = ok(await ws.core.call('imports.run', { source: { path: fx('determination/chart-mini.json') }, jobId: 'j1' }, { onProgress: (p) => events.push(p) }));
    expect(chart.kind).toBe('destinations');
    if (chart.kind !== 'destinations') return;
    expect(chart.snapshot).toMatchObject({ kind: 'country-chart', isCurrent: true, sourceFileName: 'chart-mini.json' });
    expect(chart.label).toMatch(/Commerce Country Chart/);
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['Recognising the file', 'Writing the snapshot']));
    const groups = ok(await ws.core.call('imports.run', { source: { path: fx('determination/groups-mini.json') } }));
    expect(groups.kind === 'destinations' && groups.snapshot.kind).toBe('country-groups');
    expect(ok(await ws.core.call('destinations.snapshots', {})).map((s) => [s.kind, s.isCurrent])).toEqual([
      ['country-chart', true],
      ['country-groups', true],
    ]);
    expect(auditActions(ws.db)).toEqual(['destinations.import', 'destinations.setCurrent', 'destinations.import', 'destinations.setCurrent']);
  });

  it('imports a control list with its version label', async () => {
    const ws = openTempWorkspace();
    const r = ok(await ws.core.call('imports.run', { source: { path: fx('control-lists/ccl-2026-01-15.json') }, versionLabel: 'January issue' }));
    expect(r.kind).toBe('control-list');
    if (r.kind !== 'control-list') return;
    expect(r.snapshot).toMatchObject({ listId: 'us-ccl', versionLabel: 'January issue', isCurrent: true, format: 'ccl-json' });
    expect(auditActions(ws.db)).toContain('controls.import');
  });

  it('gives a control-list CSV its list id, name and effective date, and leaves them off other formats', async () => {
    const ws = openTempWorkspace();
    const csv = ok(
      await ws.core.call('imports.run', { source: { path: fx('control-lists/custom-list.csv') }, listId: 'own-crypto', listName: 'Own crypto list', effectiveDate: '2026-02-01' }),
    );
    expect(csv.kind === 'control-list' && csv.snapshot).toMatchObject({ listId: 'own-crypto', listName: 'Own crypto list', effectiveDate: '2026-02-01' });
    // A published list keeps its own identity even when a list id was typed for a CSV earlier.
    const ccl = ok(await ws.core.call('imports.run', { source: { path: fx('control-lists/ccl-2026-01-15.json') }, listId: 'own-crypto' }));
    expect(ccl.kind === 'control-list' && ccl.snapshot.listId).toBe('us-ccl');
  });

  it('imports a screening list, an own list under its name', async () => {
    const ws = openTempWorkspace();
    const sdn = ok(await ws.core.call('imports.run', { source: { path: fx('screening-lists/sdn-2024-01-05.csv') }, publishedAt: '2024-01-05' }));
    expect(sdn.kind === 'screening-list' && sdn.snapshot).toMatchObject({ format: 'ofac-sdn-csv', publishedAt: '2024-01-05', isCurrent: true });
    const own = ok(await ws.core.call('imports.run', { source: { path: fx('screening-lists/watch-list.csv') }, listId: 'own-watch', listName: 'Own watch list' }));
    expect(own.kind === 'screening-list' && own.snapshot).toMatchObject({ format: 'custom-csv', listId: 'own-watch', listName: 'Own watch list' });
    expect(auditActions(ws.db).filter((a) => a === 'lists.import')).toHaveLength(2);
  });

  it('refuses the same file twice, as each importer does', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('imports.run', { source: { path: fx('determination/chart-mini.json') } }));
    const e = failed(await ws.core.call('imports.run', { source: { path: fx('determination/chart-mini.json') } }));
    expect(e.code).toBe('DUPLICATE');
    expect(e.message).toMatch(/^chart-mini\.json is already imported as snapshot #1: Commerce Country Chart/);
  });

  it('writes nothing for a file it cannot route, a party spreadsheet or a broken list', async () => {
    const ws = openTempWorkspace();
    const before = countRows(ws.db);
    const unknown = path.join(tempDir(), 'notes.json');
    fs.writeFileSync(unknown, '{"notes": []}');
    expect(failed(await ws.core.call('imports.run', { source: { path: unknown } })).message).toMatch(/^notes\.json is not a file ExportDesk can import/);
    const party = failed(await ws.core.call('imports.run', { source: { path: fx('parties/customers.csv') } }));
    expect(party.message).toBe('customers.csv is a party spreadsheet: import it from Parties ▸ Import CSV, where every row is checked and shown before anything is written.');
    // Routed to the CCL importer, whose own check names the entry at fault.
    expect(failed(await ws.core.call('imports.run', { source: { path: fx('control-lists/wrong-shape-ccl.json') } })).message).toMatch(/^wrong-shape-ccl\.json/);
    expect(countRows(ws.db)).toEqual(before);
    expect((ws.db.prepare('SELECT count(*) AS n FROM destination_snapshots').get() as { n: number }).n).toBe(0);
  });

  describe.skipIf(missingDeterminationFiles('imports-run').length > 0)('the real 2026-07-23 files', () => {
    it('imports the real Country Chart and Country Groups', async () => {
      const ws = openTempWorkspace();
      const chart = ok(await ws.core.call('imports.run', { source: { path: DETERMINATION_FILES.chart } }));
      const groups = ok(await ws.core.call('imports.run', { source: { path: DETERMINATION_FILES.groups } }));
      expect(chart.kind === 'destinations' && chart.snapshot).toMatchObject({ kind: 'country-chart', issueDate: '2026-07-23', isCurrent: true });
      expect(groups.kind === 'destinations' && groups.snapshot).toMatchObject({ kind: 'country-groups', issueDate: '2026-07-23', isCurrent: true });
      expect(chart.kind === 'destinations' && chart.snapshot.destinationCount).toBeGreaterThan(150);
    });
  });
});
