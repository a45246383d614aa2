/** The home page summary: every figure from known data at a fixed workspace clock. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { median, twelveMonthsBefore } from '../../electron/core/dashboard/summary';
import { cleanupTemp, fixedClock, ok, openTempWorkspace } from './helpers';
import { NOW, approvedApplication, licensingWorkspace } from './applications-helpers';

afterEach(cleanupTemp);

/** Copies an application, files it and records a decision on the given dates. */
async function decided(core: Core, from: number, reference: string, submittedOn: string, decidedOn?: string): Promise<number> {
  const copy = ok(await core.call('applications.copy', { id: from, reference })).application;
  ok(await core.call('applications.setStatus', { id: copy.id, status: 'ready' }));
  ok(await core.call('applications.setStatus', { id: copy.id, status: 'submitted', externalNumber: `Z-${reference}`, date: submittedOn }));
  if (decidedOn) ok(await core.call('applications.setStatus', { id: copy.id, status: 'denied', date: decidedOn }));
  return copy.id;
}

describe('dashboard.summary', () => {
  it('on an empty workspace: first run, nothing due, no decisions yet', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(NOW) });
    const s = ok(await ws.core.call('dashboard.summary', {}));
    expect(s).toMatchObject({
      today: '2026-03-10',
      firstRun: true,
      applications: { total: 0, byStatus: [] },
      requests: { soonDays: 14, overdue: 0, dueSoon: 0, next: [] },
      licenses: { within7: 0, within30: 0, within60: 0, next: [] },
      screening: { open: 0, review: 0 },
      reReview: { items: 0, reviews: 0 },
      parties: { total: 0, openRedFlags: 0 },
      items: { total: 0 },
      snapshots: [],
      decisions: { since: '2025-03-10', count: 0, medianDays: null, text: 'no decisions yet' },
    });
  });

  it('counts applications, requests, licenses, hits and decisions by the workspace clock', async () => {
    const ws = await licensingWorkspace(fixedClock(NOW));
    const core = ws.core;
    // Submitted 2026-03-01, approved 2026-03-05: 4 days.
    const first = await approvedApplication(core);
    // 40 days, inside the window; 30 days, decided before the window opened (2025-03-10).
    await decided(core, first.app.id, 'EXP-IN', '2025-12-01', '2026-01-10');
    await decided(core, first.app.id, 'EXP-OLD', '2025-01-02', '2025-02-01');
    // Filed and waiting, with requests overdue, due within 14 days, and due later.
    const waiting = await decided(core, first.app.id, 'EXP-WAIT', '2026-03-02');
    ok(await core.call('applications.addRequest', { id: waiting, receivedOn: '2026-03-02', dueOn: '2026-03-09', text: 'Overdue question' }));
    ok(await core.call('applications.addRequest', { id: waiting, receivedOn: '2026-03-02', dueOn: '2026-03-24', text: 'Due on day 14' }));
    ok(await core.call('applications.addRequest', { id: waiting, receivedOn: '2026-03-02', dueOn: '2026-03-25', text: 'Due later' }));
    const answered = ok(await core.call('applications.addRequest', { id: waiting, receivedOn: '2026-03-02', dueOn: '2026-03-03', text: 'Answered' })).application;
    ok(await core.call('applications.answerRequest', { requestId: answered.requests.at(-1)!.id, answer: 'Done' }));
    ok(await core.call('applications.create', { reference: 'EXP-DRAFT' }));
    // A license ending in 5 days.
    ok(await core.call('licenses.issue', { applicationId: first.app.id, number: 'D100', validFrom: '2026-03-05', validTo: '2026-03-15' }));
    // An open hit: a party named like a listed entity.
    const suspect = ok(await core.call('parties.create', { legalName: 'Northwind Trading FZE', kind: 'commercial', country: 'AE' })).party;
    ok(await core.call('screening.party', { partyId: suspect.id }));

    const s = ok(await core.call('dashboard.summary', {}));
    expect(s.firstRun).toBe(false);
    expect(s.applications).toEqual({
      total: 5,
      byStatus: [
        { status: 'draft', count: 1 },
        { status: 'submitted', count: 1 },
        { status: 'approved', count: 1 },
        { status: 'denied', count: 2 },
      ],
    });
    expect(s.requests).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(s.requests.next.map((r) => [r.reference, r.dueOn, r.daysLeft])).toEqual([
      ['EXP-WAIT', '2026-03-09', -1],
      ['EXP-WAIT', '2026-03-24', 14],
    ]);
    expect(s.licenses).toMatchObject({ within7: 1, within30: 1, within60: 1 });
    expect(s.licenses.next).toEqual([{ id: 1, number: 'D100', applicationReference: 'EXP-2026-001', validTo: '2026-03-15', daysLeft: 5 }]);
    expect(s.screening.open + s.screening.review).toBeGreaterThanOrEqual(1);
    expect(s.parties.total).toBe(3);
    expect(s.items.total).toBe(1);
    expect(s.snapshots.map((x) => x.kind).sort()).toEqual(['control-list', 'country-chart', 'country-groups', 'screening-list']);
    expect(s.decisions).toEqual({ since: '2025-03-10', count: 2, medianDays: 22, text: '22 days (2 decisions)' });
  });

  it('has a median and a 12-month window that hold at the edges', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(twelveMonthsBefore('2024-02-29')).toBe('2023-02-28');
    expect(twelveMonthsBefore('2026-01-01')).toBe('2025-01-01');
  });
});
