/**
 * The determination stored on an application line and the readiness checklist read the same current
 * CCL, Country Chart and Country Groups: when one of them changes, the open applications are
 * re-determined in the same write, audited, so a line never says "No Commerce Country Chart" while
 * the checklist already passes. Filed applications keep what they were filed with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { describeChange } from '../../renderer/src/audit/describe';
import { cleanupTemp, fixedClock, importFile, ok, openTempWorkspace, tempDir } from './helpers';
import { DETERMINATION_DIR, NOW, readyApplication } from './applications-helpers';
import { screeningFixture } from './screening-lists-helpers';

afterEach(cleanupTemp);

const mini = (f: string) => path.join(DETERMINATION_DIR, f);

/** A later issue of a mini file, so it is a new snapshot that becomes current. */
function laterIssue(file: string, issueDate: string, change: (d: Record<string, unknown>) => void = () => {}): string {
  const data = JSON.parse(fs.readFileSync(mini(file), 'utf8')) as Record<string, unknown>;
  data.ecfrIssueDate = issueDate;
  change(data);
  const out = path.join(tempDir(), file.replace('.json', `-${issueDate}.json`));
  fs.writeFileSync(out, JSON.stringify(data, null, 2));
  return out;
}

async function lineState(core: Core, id: number) {
  const app = ok(await core.call('applications.get', { id }));
  const checklist = ok(await core.call('applications.checklist', { id }));
  const det = app.determinations[0]!;
  return { app, det, check: checklist.checks.find((c) => c.rule === 'determination')!, ready: checklist.ready };
}

function redetermineRows(core: Core) {
  return (core.ws.db.prepare(`SELECT record_id AS id, after_json AS after FROM audit_log WHERE action = 'applications.redetermine' ORDER BY id`).all() as { id: string; after: string }[]).map(
    (r) => ({ id: Number(r.id), after: JSON.parse(r.after) as { because: string; determinations: { line: number; outcome: string }[] } }),
  );
}

describe('re-determination when a list the determination reads changes', () => {
  it('a chart and groups import refresh the line determination in the same write, matching the checklist', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(NOW) });
    await importFile(ws.core, mini('ccl-mini.json'));
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
    const { app } = await readyApplication(ws.core);

    let s = await lineState(ws.core, app.id);
    expect(s.det.outcome).toBe('error');
    expect(s.det.error).toMatch(/^No Commerce Country Chart has been imported yet/);
    expect(s.check.ok).toBe(false);

    // The chart through the one import entry point: the line now reads the chart and waits for the groups.
    ok(await ws.core.call('imports.run', { source: { path: mini('chart-mini.json') } }));
    s = await lineState(ws.core, app.id);
    expect(s.det.error).toMatch(/^No Country Groups has been imported yet|^No Country Groups/);
    expect(s.check.message).toContain(s.det.error!);

    // The groups through the older destinations.import: same refresh.
    ok(await ws.core.call('destinations.import', { source: { path: mini('groups-mini.json') } }));
    s = await lineState(ws.core, app.id);
    const live = ok(await ws.core.call('determination.run', { eccn: s.det.eccn, destination: 'DE' }));
    expect(s.det).toMatchObject({ error: null, outcome: live.outcome, summary: live.summary, chartSnapshotId: live.sources.chart.snapshotId, groupsSnapshotId: live.sources.groups.snapshotId });
    expect(s.det.outcome).toBe('license-required');
    expect(s.check.ok).toBe(true);
    expect(s.ready).toBe(true);

    const rows = redetermineRows(ws.core);
    expect(rows.map((r) => [r.id, r.after.because])).toEqual([
      [app.id, 'Commerce Country Chart eCFR 2026-01-15 became the current version'],
      [app.id, 'Country Groups eCFR 2026-01-15 became the current version'],
    ]);
    expect(rows[1]!.after.determinations).toEqual([expect.objectContaining({ line: 1, outcome: 'license-required' })]);

    // The Audit page says it in words.
    const stored = ws.db.prepare(`SELECT * FROM audit_log WHERE action = 'applications.redetermine' ORDER BY id DESC LIMIT 1`).get() as Record<string, string>;
    const row = { id: 1, at: stored.at!, actor: stored.actor!, action: stored.action!, recordType: stored.record_type!, recordId: stored.record_id!, before: JSON.parse(stored.before_json!), after: JSON.parse(stored.after_json!) };
    expect(describeChange(row).short).toBe(
      'Made the license determination again because the Country Groups eCFR 2026-01-15 became the current version: line 1 (5A002.a) license required (was no determination).',
    );
  });

  it('a new current CCL, or making an older one current again, re-determines too', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(NOW) });
    const first = await importFile(ws.core, mini('ccl-mini.json'));
    ok(await ws.core.call('destinations.import', { source: { path: mini('chart-mini.json') } }));
    ok(await ws.core.call('destinations.import', { source: { path: mini('groups-mini.json') } }));
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
    const { app } = await readyApplication(ws.core);
    expect((await lineState(ws.core, app.id)).det.controlSnapshotId).toBe(first.id);

    const second = ok(await ws.core.call('controls.import', { source: { path: laterIssue('ccl-mini.json', '2026-02-01') } })).snapshot;
    expect(second.isCurrent).toBe(true);
    expect((await lineState(ws.core, app.id)).det.controlSnapshotId).toBe(second.id);

    ok(await ws.core.call('controls.setCurrent', { snapshotId: first.id }));
    expect((await lineState(ws.core, app.id)).det.controlSnapshotId).toBe(first.id);
    expect(redetermineRows(ws.core).map((r) => r.after.because)).toEqual([
      `US Commerce Control List ${second.versionLabel} became the current version`,
      `US Commerce Control List ${first.versionLabel} became the current version`,
    ]);
  });

  it('keeps a filed application as filed, and writes no row when nothing changed', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(NOW) });
    await importFile(ws.core, mini('ccl-mini.json'));
    ok(await ws.core.call('destinations.import', { source: { path: mini('chart-mini.json') } }));
    ok(await ws.core.call('destinations.import', { source: { path: mini('groups-mini.json') } }));
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
    const filed = (await readyApplication(ws.core)).app;
    ok(await ws.core.call('applications.setStatus', { id: filed.id, status: 'ready' }));
    ok(await ws.core.call('applications.setStatus', { id: filed.id, status: 'submitted', externalNumber: 'Z1234567', date: '2026-03-01' }));
    const draft = ok(await ws.core.call('applications.copy', { id: filed.id, reference: 'EXP-2026-002' })).application;
    const filedBefore = (await lineState(ws.core, filed.id)).det;
    const draftBefore = (await lineState(ws.core, draft.id)).det;

    // A screening list and an EU list do not feed the US determination: nothing is re-determined.
    ok(await ws.core.call('imports.run', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    expect(redetermineRows(ws.core)).toEqual([]);
    expect((await lineState(ws.core, draft.id)).det).toEqual(draftBefore);

    // A later chart issue (Germany without NS 1): the draft reads it, the filed one stays as filed.
    const later = laterIssue('chart-mini.json', '2026-02-01', (d) => {
      (d.countries as Record<string, { marks: string[] }>).Germany!.marks = ['CB 1'];
    });
    ok(await ws.core.call('imports.run', { source: { path: later } }));
    const draftAfter = (await lineState(ws.core, draft.id)).det;
    expect(draftAfter.chartSnapshotId).not.toBe(draftBefore.chartSnapshotId);
    expect((await lineState(ws.core, filed.id)).det).toEqual(filedBefore);
    expect(redetermineRows(ws.core).map((r) => r.id)).toEqual([draft.id]);
  });
});
