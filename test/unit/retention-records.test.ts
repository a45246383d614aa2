import { afterEach, describe, expect, it } from 'vitest';
import { approvedApplication, licensingWorkspace, screenedParty } from './applications-helpers';
import { cleanupTemp, ok } from './helpers';

afterEach(cleanupTemp);

/**
 * Retention end dates (15 CFR 762.6) on the real core: an approved application with its license and
 * a shipment, a draft beside it, parties and an item on them, and the list of records past retention.
 */
async function licensedWorkspace() {
  const ws = await licensingWorkspace();
  const f = await approvedApplication(ws.core);
  const license = ok(await ws.core.call('licenses.issue', { applicationId: f.app.id, number: 'D700001', validFrom: '2026-03-05', validTo: '2027-03-04' })).license;
  ok(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-08', lines: [{ line: 1, quantity: '2', value: '2500.00' }], consigneePartyId: f.consignee }));
  // A draft for another party: that party's transaction has not ended.
  const other = await screenedParty(ws.core, 'Lindqvist Instruments AB', 'SE');
  const draft = ok(await ws.core.call('applications.create', { reference: 'EXP-2026-002', destination: 'SE' })).application;
  ok(await ws.core.call('applications.addParty', { id: draft.id, partyId: other, role: 'end-user' }));
  return { ws, ...f, license, other, draft };
}

const licenseEnd = { status: 'set', endsOn: '2032-03-04', basis: { on: '2027-03-04', what: 'license D700001 expires' } };

describe('retention on the record pages (15 CFR 762.6)', () => {
  it('an application, its license, its parties and its item: five years after the license expires', async () => {
    const { ws, app, license, endUser, consignee, item, other, draft } = await licensedWorkspace();
    expect(ok(await ws.core.call('applications.get', { id: app.id })).retention).toEqual(licenseEnd);
    expect(ok(await ws.core.call('licenses.get', { id: license.id })).retention).toEqual(licenseEnd);
    for (const p of [endUser, consignee]) {
      expect(ok(await ws.core.call('parties.get', { id: p })).retention).toEqual({ status: 'set', endsOn: '2032-03-04', basis: { on: '2027-03-04', what: 'application EXP-2026-001: license D700001 expires' } });
    }
    expect(ok(await ws.core.call('items.get', { id: item })).retention).toMatchObject({ status: 'set', endsOn: '2032-03-04' });

    expect(ok(await ws.core.call('applications.get', { id: draft.id })).retention).toEqual({
      status: 'not-started',
      reason: 'application EXP-2026-002 is draft: the transaction is open (withdraw it if it will not be filed)',
    });
    expect(ok(await ws.core.call('parties.get', { id: other })).retention).toMatchObject({ status: 'not-started', reason: expect.stringContaining('EXP-2026-002 is draft') });
  });

  it('a withdrawn draft starts its five years on the day it was withdrawn', async () => {
    const { ws, draft, other } = await licensedWorkspace();
    ok(await ws.core.call('applications.setStatus', { id: draft.id, status: 'withdrawn', date: '2026-03-09' }));
    expect(ok(await ws.core.call('applications.get', { id: draft.id })).retention).toEqual({ status: 'set', endsOn: '2031-03-09', basis: { on: '2026-03-09', what: 'application EXP-2026-002 withdrawn' } });
    // The party was screened on 2026-03-10 (the clock), after the withdrawal: the later day counts.
    expect(ok(await ws.core.call('parties.get', { id: other })).retention).toMatchObject({ status: 'set', endsOn: '2031-03-10', basis: { what: 'latest screening of the party' } });
  });

  it('a version replaced by an amendment follows the version that replaced it', async () => {
    const { ws, app: approved } = await licensedWorkspace();
    // Amending the approved application: its new draft version reopens the transaction.
    const v2 = ok(await ws.core.call('applications.amend', { id: approved.id })).application;
    expect(ok(await ws.core.call('applications.get', { id: approved.id })).retention).toEqual({ status: 'not-started', reason: `application EXP-2026-001 is draft: the transaction is open (withdraw it if it will not be filed)` });
    ok(await ws.core.call('applications.setStatus', { id: v2.id, status: 'withdrawn', date: '2026-03-10' }));
    expect(ok(await ws.core.call('applications.get', { id: approved.id })).retention).toMatchObject({ status: 'set', endsOn: '2031-03-10' });
  });
});

describe('retention.list: records past retention, for review', () => {
  it('lists nothing past before the end day, then exactly the records of the ended transaction', async () => {
    const { ws, app, license, endUser, consignee, item } = await licensedWorkspace();
    const onEndDay = ok(await ws.core.call('retention.list', { pastOnly: true, asOf: '2032-03-04' }));
    expect(onEndDay.rows).toEqual([]);
    expect(onEndDay.total).toBe(0);

    const after = ok(await ws.core.call('retention.list', { pastOnly: true, asOf: '2032-03-05' }));
    const got = after.rows.map((r) => `${r.kind} ${r.id}`).sort();
    const screenings = ws.db.prepare('SELECT id FROM screenings WHERE party_id IN (?, ?) ORDER BY id').pluck().all(endUser, consignee) as number[];
    expect(got).toEqual(
      [`application ${app.id}`, `license ${license.id}`, 'shipment 1', `party ${endUser}`, `party ${consignee}`, `item ${item}`, ...screenings.map((s) => `screening ${s}`)].sort(),
    );
    expect(after.rows.every((r) => r.past && r.retention.status === 'set')).toBe(true);
    expect(after.rows.find((r) => r.kind === 'license')!.label).toBe('License D700001');
    // The draft, its party and that party's screening have not started: counted, never listed as past.
    expect(after.counts.application).toEqual({ past: 1, running: 0, notStarted: 1 });
    expect(after.counts.party).toEqual({ past: 2, running: 0, notStarted: 1 });
  });

  it('without pastOnly lists every record, ending soonest first and those not started last; kinds and limit narrow it', async () => {
    const { ws } = await licensedWorkspace();
    const all = ok(await ws.core.call('retention.list', { asOf: '2026-03-10' }));
    expect(all.total).toBe(all.rows.length);
    const statuses = all.rows.map((r) => r.retention.status);
    expect(statuses.indexOf('not-started')).toBeGreaterThan(statuses.lastIndexOf('set'));
    const ends = all.rows.flatMap((r) => (r.retention.status === 'set' ? [r.retention.endsOn] : []));
    expect(ends).toEqual([...ends].sort());

    const parties = ok(await ws.core.call('retention.list', { asOf: '2026-03-10', kinds: ['party'], limit: 1 }));
    expect(parties.total).toBe(3);
    expect(parties.rows).toHaveLength(1);
    expect(parties.rows[0]!.kind).toBe('party');
  });

  it('refuses a malformed date, naming the field', async () => {
    const { ws } = await licensedWorkspace();
    const r = await ws.core.call('retention.list', { asOf: '05/03/2032' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('asOf must be a date YYYY-MM-DD');
  });
});
