/**
 * Importing the Commerce Country Chart and the Country Groups as snapshots: every country name to
 * an ISO code (the file's aliases, the territories it names), immutable rows, a current snapshot
 * per kind, and bad files refused with file, line and field, nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, failed, fixedClock, ok, openTempWorkspace, REPO_ROOT, sharedData, tempDir } from './helpers';

afterEach(cleanupTemp);

const DIR = path.join(REPO_ROOT, 'test/fixtures/determination');
const CHART = path.join(DIR, 'chart-mini.json');
const GROUPS = path.join(DIR, 'groups-mini.json');
const CCL = path.join(DIR, 'ccl-mini.json');
const AT = '2026-03-04T05:06:07.000Z';

const TABLES = ['destination_snapshots', 'destination_lists', 'chart_destinations', 'group_memberships', 'audit_log'] as const;
function counts(db: Database) {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}
function pointers(db: Database) {
  return db.prepare('SELECT kind, current_snapshot_id AS id FROM destination_lists ORDER BY kind').all();
}

/** Writes a variant of a fixture (parsed, changed, written back) to a temporary file. */
function variant(file: string, name: string, change: (data: Record<string, any>) => void): string {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  change(data);
  const out = path.join(tempDir(), name);
  fs.writeFileSync(out, JSON.stringify(data, null, 2));
  return out;
}

describe('destinations.import', () => {
  it('imports a chart: rows by ISO code, embargoed rows with their pointer, territories that inherit a row', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { snapshot } = ok(await ws.core.call('destinations.import', { source: { path: CHART } }));
    expect(snapshot).toMatchObject({ kind: 'country-chart', versionLabel: 'eCFR 2026-01-15', issueDate: '2026-01-15', destinationCount: 11, isCurrent: true, sourceFileName: 'chart-mini.json', importedAt: AT });
    const rows = ws.db.prepare('SELECT code, name, kind, inherits_code AS inherits FROM chart_destinations ORDER BY code').all();
    expect(rows).toEqual([
      { code: 'CA', name: 'Canada', kind: 'row', inherits: null },
      { code: 'CH', name: 'Switzerland', kind: 'row', inherits: null },
      { code: 'CN', name: 'China', kind: 'row', inherits: null },
      { code: 'CU', name: 'Cuba', kind: 'embargoed', inherits: null },
      { code: 'DE', name: 'Germany', kind: 'row', inherits: null },
      { code: 'GB', name: 'United Kingdom', kind: 'row', inherits: null },
      { code: 'HK', name: 'Hong Kong', kind: 'territory', inherits: 'CN' },
      { code: 'KP', name: 'Korea, North', kind: 'embargoed', inherits: null },
      { code: 'LB', name: 'Lebanon', kind: 'row', inherits: null },
      { code: 'LI', name: 'Liechtenstein', kind: 'row', inherits: 'CH' },
      { code: 'RU', name: 'Russia', kind: 'row', inherits: null },
    ]);
    const audit = ws.db.prepare('SELECT action, record_type, record_id FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([
      { action: 'destinations.import', record_type: 'destination_snapshot', record_id: String(snapshot.id) },
      { action: 'destinations.setCurrent', record_type: 'destination_list', record_id: 'country-chart' },
    ]);
  });

  it('imports the groups: memberships by ISO code, "China (PRC)" as CN, and Hong Kong filed under China by the file\'s alias', async () => {
    const ws = openTempWorkspace();
    const { snapshot } = ok(await ws.core.call('destinations.import', { source: { path: GROUPS } }));
    expect(snapshot).toMatchObject({ kind: 'country-groups', destinationCount: 10, isCurrent: true });
    const get = (code: string) => ws.db.prepare('SELECT groups_json AS g, inherits_code AS i FROM group_memberships WHERE code = ?').get(code) as { g: string; i: string | null };
    expect(JSON.parse(get('CN').g)).toEqual(['D:1', 'D:5']);
    expect(get('HK')).toEqual({ g: '[]', i: 'CN' });
    expect(JSON.parse(get('KP').g)).toEqual(['D:5', 'E:1']);
    const list = ok(await ws.core.call('destinations.snapshots', {}));
    expect(list.map((s) => [s.kind, s.isCurrent])).toEqual([['country-groups', true]]);
  });

  it('keeps the newest issue current: an older chart is kept as history without demoting it', async () => {
    const ws = openTempWorkspace();
    const newer = variant(CHART, 'chart-newer.json', (d) => (d.ecfrIssueDate = '2026-06-01'));
    const a = ok(await ws.core.call('destinations.import', { source: { path: newer } })).snapshot;
    const b = ok(await ws.core.call('destinations.import', { source: { path: CHART } })).snapshot;
    expect(a.isCurrent).toBe(true);
    expect(b.isCurrent).toBe(false);
    expect(ok(await ws.core.call('destinations.snapshots', { kind: 'country-chart' })).map((s) => [s.id, s.isCurrent])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
  });

  it('snapshot rows refuse UPDATE and DELETE', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('destinations.import', { source: { path: CHART } }));
    ok(await ws.core.call('destinations.import', { source: { path: GROUPS } }));
    for (const sql of [
      "UPDATE chart_destinations SET marks_json = '[]' WHERE code = 'DE'",
      "DELETE FROM chart_destinations WHERE code = 'DE'",
      "UPDATE group_memberships SET groups_json = '[]' WHERE code = 'CN'",
      'DELETE FROM group_memberships',
      "UPDATE destination_snapshots SET sha256 = 'x'",
      'DELETE FROM destination_snapshots',
    ]) {
      expect(() => ws.db.exec(sql), sql).toThrow(/immutable/);
    }
  });
});

describe('destinations.import refuses bad files and changes nothing', () => {
  const cases: { name: string; file: () => string; code: string; says: RegExp; line?: boolean }[] = [
    {
      name: 'a country name that maps to no ISO code',
      file: () => variant(CHART, 'chart-xyzland.json', (d) => (d.countries['Xyzland'] = { marks: ['NS 1'], footnotes: [] })),
      code: 'BAD_FILE',
      says: /chart-xyzland\.json, line \d+: countries\.Xyzland: "Xyzland" is not a country name ExportDesk can map to an ISO code.*nothing was imported/,
      line: true,
    },
    {
      name: 'a group member that maps to no ISO code',
      file: () => variant(GROUPS, 'groups-xyzland.json', (d) => d.groups['B'].push('Xyzland')),
      code: 'BAD_FILE',
      says: /groups-xyzland\.json, line \d+: groups\.B\[5\]: "Xyzland" is not a country name/,
      line: true,
    },
    { name: 'malformed JSON', file: () => path.join(DIR, 'chart-malformed.json'), code: 'BAD_FILE', says: /chart-malformed\.json, line 5, column 1: not valid JSON/, line: true },
    {
      name: 'a mark that is not one of the chart\'s columns',
      file: () => variant(CHART, 'chart-bad-mark.json', (d) => d.countries['Germany'].marks.push('NS 3')),
      code: 'BAD_FILE',
      says: /countries\.Germany\.marks\[4\]: "NS 3" is not one of the chart's columns/,
      line: true,
    },
    {
      name: 'a footnote the file does not define',
      file: () => variant(CHART, 'chart-bad-footnote.json', (d) => d.countries['Canada'].footnotes.push(99)),
      code: 'BAD_FILE',
      says: /countries\.Canada\.footnotes\[0\]: footnote 99 is not in the file's "footnotes"/,
    },
    {
      name: 'two names for one ISO code',
      file: () => variant(CHART, 'chart-twice.json', (d) => (d.countries['DE'] = { marks: [], footnotes: [] })),
      code: 'BAD_FILE',
      says: /"DE" and "Germany" both map to ISO code DE/,
    },
    {
      name: 'a territory inheriting a row the chart does not have',
      file: () => variant(CHART, 'chart-bad-territory.json', (d) => (d.territoryInheritance['cayman islands'] = { row: 'Atlantis', basis: '738.3(b)' })),
      code: 'BAD_FILE',
      says: /territoryInheritance\.cayman islands\.row: "Atlantis" is not a row of the chart/,
    },
    { name: 'JSON of another shape', file: () => path.join(REPO_ROOT, 'test/fixtures/control-lists/ccl-2026-01-15.json'), code: 'BAD_FILE', says: /JSON of an unknown shape; expected the Commerce Country Chart/ },
    {
      name: 'a chart without columns',
      file: () => variant(CHART, 'chart-no-columns.json', (d) => (d.columns = 'NS 1')),
      code: 'BAD_FILE',
      says: /field "columns"/,
    },
  ];

  it.each(cases)('$name', async ({ file, code, says, line }) => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('destinations.import', { source: { path: GROUPS } }));
    const before = { counts: counts(ws.db), pointers: pointers(ws.db) };
    const err = failed(await ws.core.call('destinations.import', { source: { path: file() } }));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(says);
    expect(err.file).toBeTruthy();
    if (line) expect(err.line).toBeGreaterThan(0);
    expect({ counts: counts(ws.db), pointers: pointers(ws.db) }).toEqual(before);
  });

  it('a file already imported is refused as a duplicate, naming the snapshot', async () => {
    const ws = openTempWorkspace();
    const first = ok(await ws.core.call('destinations.import', { source: { path: CHART } })).snapshot;
    const before = counts(ws.db);
    const err = failed(await ws.core.call('destinations.import', { source: { path: CHART } }));
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toContain(`chart-mini.json is already imported as snapshot #${first.id}: Commerce Country Chart eCFR 2026-01-15`);
    expect(counts(ws.db)).toEqual(before);
  });
});

describe('determination.run needs its snapshots', () => {
  it('says what to import when there is no chart, and refuses a snapshot of the wrong kind or list', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('controls.import', { source: { path: CCL } }));
    const noChart = failed(await ws.core.call('determination.run', { eccn: '5A002.a', destination: 'DE' }));
    expect(noChart).toMatchObject({ code: 'NOT_FOUND' });
    expect(noChart.message).toContain('No Commerce Country Chart has been imported yet: import one with "exportdesk destinations import FILE"');
    const chart = ok(await ws.core.call('destinations.import', { source: { path: CHART } })).snapshot;
    const groups = ok(await ws.core.call('destinations.import', { source: { path: GROUPS } })).snapshot;
    const wrongKind = failed(await ws.core.call('determination.run', { eccn: '5A002.a', destination: 'DE', chartSnapshotId: groups.id }));
    expect(wrongKind.message).toBe(`Snapshot #${groups.id} is a Country Groups, not a Commerce Country Chart`);
    const eu = ok(await ws.core.call('controls.import', { source: { path: path.join(REPO_ROOT, 'test/fixtures/control-lists/eu-annex-i-2025-01-01.json') } })).snapshot;
    const wrongList = failed(await ws.core.call('determination.run', { eccn: '5A002.a', destination: 'DE', controlSnapshotId: eu.id }));
    expect(wrongList).toMatchObject({ code: 'INVALID_INPUT', field: 'controlSnapshotId' });
    const r = ok(await ws.core.call('determination.run', { eccn: '5A002.a.1', destination: 'de', chartSnapshotId: chart.id }));
    expect(r.outcome).toBe('license-required');
    expect(r.sources.chart.snapshotId).toBe(chart.id);
  });

  it.each([
    { eccn: '5A002.a', destination: 'ZZ', says: '"ZZ" is not a destination ExportDesk knows: give its ISO 3166 two-letter code', field: 'destination' },
    { eccn: '5A002.a', destination: 'Atlantis', says: '"Atlantis" is not a destination ExportDesk knows', field: 'destination' },
    { eccn: 'not-an-eccn', destination: 'DE', says: '"not-an-eccn" is not an ECCN (like 5A002 or 5A002.a.1) or EAR99', field: 'eccn' },
  ])('refuses $eccn to $destination with a clear message, changing nothing', async ({ eccn, destination, says, field }) => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('controls.import', { source: { path: CCL } }));
    ok(await ws.core.call('destinations.import', { source: { path: CHART } }));
    ok(await ws.core.call('destinations.import', { source: { path: GROUPS } }));
    const before = counts(ws.db);
    const err = failed(await ws.core.call('determination.run', { eccn, destination }));
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(err.message).toContain(says);
    expect(counts(ws.db)).toEqual(before);
  });

  it('accepts a destination as the lists print its name', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('controls.import', { source: { path: CCL } }));
    ok(await ws.core.call('destinations.import', { source: { path: CHART } }));
    ok(await ws.core.call('destinations.import', { source: { path: GROUPS } }));
    expect(ok(await ws.core.call('determination.run', { eccn: 'EAR99', destination: 'Korea, North' })).destination.code).toBe('KP');
  });
});

const REAL = [sharedData('control-lists', 'us-country-chart-2026-07-23.json'), sharedData('control-lists', 'us-country-groups-2026-07-23.json')];
const realMissing = REAL.filter((f) => !fs.existsSync(f));
if (realMissing.length) console.warn(`[determination-import] SKIPPED real-file imports: ${realMissing.join(', ')} not found.`);

describe.skipIf(realMissing.length > 0)('the real chart and groups files (skipped when ../shared/data is absent)', () => {
  it('maps every name in the chart to an ISO code: 196 rows, 4 embargoed, Hong Kong and the Cayman Islands as territories', async () => {
    const ws = openTempWorkspace();
    const { snapshot } = ok(await ws.core.call('destinations.import', { source: { path: REAL[0]! } }));
    expect(snapshot.destinationCount).toBe(202);
    const byKind = ws.db.prepare('SELECT kind, count(*) AS n FROM chart_destinations GROUP BY kind ORDER BY kind').all();
    expect(byKind).toEqual([
      { kind: 'embargoed', n: 4 },
      { kind: 'row', n: 196 },
      { kind: 'territory', n: 2 },
    ]);
    const name = (code: string) => (ws.db.prepare('SELECT name, inherits_code AS i FROM chart_destinations WHERE code = ?').get(code) as { name: string; i: string | null } | undefined);
    expect(name('SC')).toEqual({ name: 'Seycheles', i: null });
    expect(name('CD')?.name).toBe('Congo (Democratic Republic of the)');
    expect(name('CG')?.name).toBe('Congo (Republic of the)');
    expect(name('FM')?.name).toBe('Micronesia (Federated State of)');
    expect(name('MD')?.name).toBe('Moldova');
    expect(name('KP')?.name).toBe('Korea, North');
    expect(name('HK')).toEqual({ name: 'Hong Kong', i: 'CN' });
    expect(name('LI')).toEqual({ name: 'Liechtenstein', i: 'CH' });
    expect(name('KY')).toEqual({ name: 'Cayman Islands', i: 'GB' });
    expect(name('US')).toBeUndefined();
  });

  it('maps every group member to an ISO code, including the spellings Part 740 prints ("Cote d\'lvoire", "China (PRC)")', async () => {
    const ws = openTempWorkspace();
    const { snapshot } = ok(await ws.core.call('destinations.import', { source: { path: REAL[1]! } }));
    const groups = (code: string) => JSON.parse((ws.db.prepare('SELECT groups_json AS g FROM group_memberships WHERE code = ?').get(code) as { g: string }).g) as string[];
    expect(groups('CI')).toEqual(['B']);
    expect(groups('CN')).toEqual(['D:1', 'D:3', 'D:4', 'D:5']);
    expect(groups('MO')).toEqual(['D:1', 'D:3', 'D:4']);
    expect(groups('IR')).toContain('E:1');
    expect(groups('CU')).toContain('E:2');
    expect(groups('US')).toEqual(['A:1', 'A:2', 'A:3', 'A:4', 'B']);
    expect(ws.db.prepare("SELECT inherits_code AS i FROM group_memberships WHERE code = 'HK'").get()).toEqual({ i: 'CN' });
    expect(snapshot.destinationCount).toBe((ws.db.prepare('SELECT count(*) AS n FROM group_memberships').get() as { n: number }).n);
  });
});
