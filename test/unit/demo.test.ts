/** The demo workspace: built through the real handlers in a new folder, never in a used one. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoWorkspace, DEMO_LIST_LABEL } from '../../electron/core/demo/create';
import type { Core } from '../../electron/core';
import { REPO_ROOT, cleanupTemp, fixedClock, ok, tempDir } from './helpers';

const RESOURCES = path.join(REPO_ROOT, 'resources/demo');
const NOW = '2026-03-10T09:00:00.000Z';
let open: Core | undefined;

afterEach(() => {
  if (open?.ws.db.open) open.ws.close();
  open = undefined;
  cleanupTemp();
});

describe('createDemoWorkspace', () => {
  it('builds a fictional company whose ready application passes every check, with an intact audit log', async () => {
    const dir = path.join(tempDir('exportdesk-demo-'), 'demo');
    const demo = await createDemoWorkspace(dir, { resourcesDir: RESOURCES, clock: fixedClock(NOW) });
    open = demo.core;
    const core = demo.core;

    const info = ok(await core.call('workspace.info', {}));
    expect(info.isDemo).toBe(true);
    expect(info.currentSnapshots.map((s) => s.versionLabel)).toEqual([DEMO_LIST_LABEL]);

    const checklist = ok(await core.call('applications.checklist', { id: demo.readyApplicationId }));
    expect(checklist.status).toBe('ready');
    expect(checklist.ready).toBe(true);
    expect(checklist.checks.filter((c) => !c.ok)).toEqual([]);

    const verify = ok(await core.call('audit.verify', {}));
    expect(verify.ok).toBe(true);
    expect(verify.rowsChecked).toBeGreaterThan(30);
    const actions = ok(await core.call('audit.list', { limit: 1000 })).map((r) => r.action);
    expect(actions.at(-1)).toBe('workspace.demo');
    expect(actions).toContain('licenses.issue');

    const summary = ok(await core.call('dashboard.summary', {}));
    expect(summary.firstRun).toBe(false);
    expect(Object.fromEntries(summary.applications.byStatus.map((s) => [s.status, s.count]))).toEqual({ ready: 1, submitted: 1, approved: 1 });
    expect(summary.requests).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(summary.licenses).toMatchObject({ within7: 0, within30: 1, within60: 1 });
    expect(summary.screening).toEqual({ open: 0, review: 0 });
    expect(summary.parties).toEqual({ total: 4, openRedFlags: 1 });
    expect(summary.items.total).toBe(3);
    expect(summary.decisions).toMatchObject({ count: 1, medianDays: 28 });
    expect(summary.snapshots.map((s) => s.kind).sort()).toEqual(['control-list', 'country-chart', 'country-groups', 'screening-list']);

    const licenses = ok(await core.call('licenses.list', {}));
    expect(licenses).toHaveLength(1);
    expect(ok(await core.call('shipments.list', { licenseId: demo.licenseId }))).toHaveLength(1);
  });

  it('refuses a folder that is not empty and leaves it untouched', async () => {
    const dir = tempDir('exportdesk-demo-');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'real work');
    await expect(createDemoWorkspace(dir, { resourcesDir: RESOURCES })).rejects.toThrow(/not empty.*never mixed into a real workspace/);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('is refused as a second run over an existing demo workspace', async () => {
    const dir = path.join(tempDir('exportdesk-demo-'), 'demo');
    const demo = await createDemoWorkspace(dir, { resourcesDir: RESOURCES, clock: fixedClock(NOW) });
    demo.core.ws.close();
    const err = await createDemoWorkspace(dir, { resourcesDir: RESOURCES }).catch((e: Error) => e);
    expect(String(err)).toContain('is not empty');
  });
});
