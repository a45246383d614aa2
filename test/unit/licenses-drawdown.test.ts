/**
 * Licenses issued on approved applications and the shipments drawn against them, on a real
 * workspace with a clock the test moves: exact balance, one over, exhausted and expired by
 * themselves, not yet valid, currency mismatch, bad numbers, and the 60/30/7-day expiry lists.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { cleanupTemp, failed, ok } from './helpers';
import { NOW, applicationCounts, approvedApplication, licensingWorkspace, screenedParty } from './applications-helpers';

afterEach(cleanupTemp);

function movableClock() {
  let now = NOW;
  return { clock: () => new Date(now), set: (day: string) => (now = `${day}T09:00:00.000Z`) };
}

async function issued(core: Core, validFrom = '2026-03-05', validTo = '2026-12-31') {
  const f = await approvedApplication(core);
  const license = ok(await core.call('licenses.issue', { applicationId: f.app.id, number: 'D123456', validFrom, validTo })).license;
  return { ...f, license };
}

describe('issuing a license', () => {
  it('records number, validity, conditions and every line as authorized; only on an approved application, once', async () => {
    const ws = await licensingWorkspace();
    const { app, license } = await issued(ws.core);
    expect(license).toMatchObject({ number: 'D123456', applicationId: app.id, validFrom: '2026-03-05', validTo: '2026-12-31', currency: 'USD', status: 'issued', daysLeft: 296 });
    expect(license.items).toEqual([
      expect.objectContaining({ lineNo: 1, itemName: 'SecureLink VPN Gateway', classificationLabel: '5A002.a', authorizedQuantity: '10', authorizedValue: '12500.00', remainingQuantity: '10', exhausted: false }),
    ]);
    expect(ok(await ws.core.call('applications.get', { id: app.id })).licenseId).toBe(license.id);
    expect(failed(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D999', validFrom: '2026-03-05', validTo: '2026-12-31' }))).toMatchObject({ code: 'DUPLICATE' });
    const draft = ok(await ws.core.call('applications.copy', { id: app.id, reference: 'EXP-2' })).application;
    expect(failed(await ws.core.call('licenses.issue', { applicationId: draft.id, number: 'D2', validFrom: '2026-03-05', validTo: '2026-12-31' }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Application EXP-2 is draft: a license is recorded only on an approved application.',
    });
  });

  it('may authorize less than applied for, never more; dates must run forward', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const before = applicationCounts(ws.db);
    expect(failed(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D1', validFrom: '2026-03-05', validTo: '2026-12-31', items: [{ line: 1, quantity: 11 }] })).message).toMatch(
      /11 is more than the 10 applied for/,
    );
    expect(failed(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D1', validFrom: '2026-03-05', validTo: '2026-03-01' }))).toMatchObject({ field: 'validTo' });
    expect(failed(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D1', validFrom: '2026-03-05', validTo: '2026-12-31', items: [{ line: 2 }] })).message).toMatch(/no line 2/);
    expect(applicationCounts(ws.db)).toEqual(before);
    const lic = ok(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D1', validFrom: '2026-03-05', validTo: '2026-12-31', items: [{ line: 1, quantity: 8, value: '10000' }] })).license;
    expect(lic.items[0]).toMatchObject({ authorizedQuantity: '8', authorizedValue: '10000.00' });
  });
});

describe('shipments draw the license down', () => {
  it('the exact balance is accepted and the license turns exhausted by itself; one more is refused with the reason', async () => {
    const ws = await licensingWorkspace();
    const { license, consignee } = await issued(ws.core);
    const first = ok(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-08', lines: [{ line: 1, quantity: 4, value: '5000' }], consigneePartyId: consignee, reference: 'AWB 123' }));
    expect(first.shipment).toMatchObject({ licenseNumber: 'D123456', shippedOn: '2026-03-08', consigneePartyId: consignee, consigneeName: 'Hafen Logistik AG', reference: 'AWB 123' });
    expect(first.license.items[0]).toMatchObject({ shippedQuantity: '4', remainingQuantity: '6', remainingValue: '7500.00' });
    const before = applicationCounts(ws.db);
    const over = failed(await ws.core.call('shipments.add', { licenseNumber: 'D123456', shippedOn: '2026-03-09', lines: [{ line: 1, quantity: 7, value: '100' }] }));
    expect(over).toMatchObject({ code: 'CONFLICT', message: 'The shipment was not recorded. Line 1 (SecureLink VPN Gateway): 7 is more than the 6 left of the 10 authorized.' });
    const overValue = failed(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-09', lines: [{ line: 1, quantity: 1, value: '7500.01' }] }));
    expect(overValue.message).toMatch(/USD 7500\.01 is more than the USD 7500\.00 left/);
    expect(applicationCounts(ws.db)).toEqual(before);
    const last = ok(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-09', lines: [{ line: 1, quantity: 6, value: '7500' }] }));
    expect(last.license).toMatchObject({ status: 'exhausted' });
    expect(last.license.items[0]).toMatchObject({ remainingQuantity: '0', remainingValue: '0.00', exhausted: true });
    expect(failed(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-10', lines: [{ line: 1, quantity: 1, value: 0 }] })).message).toMatch(/D123456 is exhausted/);
    expect(ok(await ws.core.call('shipments.list', { licenseId: license.id })).map((s) => s.lines[0]!.quantity)).toEqual(['4', '6']);
    expect(ok(await ws.core.call('licenses.list', { status: 'exhausted' })).map((l) => l.number)).toEqual(['D123456']);
    // Append-only: the balance cannot be edited behind the records' back.
    expect(() => ws.db.prepare('UPDATE shipment_lines SET quantity_milli = 1').run()).toThrow(/append-only/);
  });

  it('expires by itself after its last valid day; a shipment dated after it is refused, one dated within it is not', async () => {
    const t = movableClock();
    const ws = await licensingWorkspace(t.clock);
    const { license } = await issued(ws.core, '2026-03-05', '2026-04-30');
    t.set('2026-05-01');
    expect(ok(await ws.core.call('licenses.get', { id: license.id }))).toMatchObject({ status: 'expired', daysLeft: -1 });
    const before = applicationCounts(ws.db);
    expect(failed(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-05-01', lines: [{ line: 1, quantity: 1, value: 1 }] })).message).toBe(
      'The shipment was not recorded. License D123456 expired on 2026-04-30; the shipment is dated 2026-05-01.',
    );
    expect(applicationCounts(ws.db)).toEqual(before);
    // A shipment made on the last valid day may be recorded late.
    ok(await ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-04-30', lines: [{ line: 1, quantity: 1, value: 1 }] }));
  });

  it('not yet valid, dated in the future, currency mismatch, negative and non-numeric values, unknown line: refused, nothing changed', async () => {
    const ws = await licensingWorkspace();
    const { license } = await issued(ws.core, '2026-03-09', '2026-12-31');
    const northwind = await screenedParty(ws.core, 'Northwind Trading FZE', 'AE');
    const hit = ok(await ws.core.call('screening.history', { partyId: northwind }))[0]!.hits[0]!;
    ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'confirmed', reason: 'Same company' }));
    const before = applicationCounts(ws.db);
    const add = (over: Record<string, unknown>) => ws.core.call('shipments.add', { licenseId: license.id, shippedOn: '2026-03-10', lines: [{ line: 1, quantity: 1, value: 10 }], ...over });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ shippedOn: '2026-03-08' }, /not valid before 2026-03-09; the shipment is dated 2026-03-08/],
      [{ shippedOn: '2026-03-11' }, /in the future/],
      [{ currency: 'EUR' }, /License D123456 is in USD; the shipment is valued in EUR/],
      [{ lines: [{ line: 1, quantity: -2, value: 10 }] }, /The quantity cannot be negative/],
      [{ lines: [{ line: 1, quantity: 'two', value: 10 }] }, /The quantity must be a number/],
      [{ lines: [{ line: 1, quantity: 1, value: '-1' }] }, /The shipped value cannot be negative/],
      [{ lines: [{ line: 1, quantity: 1, value: '1.005' }] }, /more decimals than allowed/],
      [{ lines: [{ line: 3, quantity: 1, value: 1 }] }, /authorizes no line 3/],
      [{ lines: [] }, /at least one line/],
      [{ consigneePartyId: northwind }, /confirmed match/],
      [{ licenseId: 99 }, /There is no license #99/],
      [{ shippedOn: '10/03/2026' }, /YYYY-MM-DD/],
    ];
    for (const [over, message] of cases) expect(failed(await add(over)).message).toMatch(message);
    expect(applicationCounts(ws.db)).toEqual(before);
  });
});

describe('expiring licenses', () => {
  it('lists issued licenses expiring within 60, 30 and 7 days', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const ends = { D7: '2026-03-15', D30: '2026-04-05', D60: '2026-05-01', D90: '2026-06-20' };
    const numbers = Object.keys(ends) as (keyof typeof ends)[];
    for (const [i, number] of numbers.entries()) {
      let id = app.id;
      if (i > 0) {
        id = ok(await ws.core.call('applications.copy', { id: app.id, reference: `EXP-${number}` })).application.id;
        ok(await ws.core.call('applications.setStatus', { id, status: 'ready' }));
        ok(await ws.core.call('applications.setStatus', { id, status: 'submitted', externalNumber: `Z-${number}` }));
        ok(await ws.core.call('applications.setStatus', { id, status: 'approved' }));
      }
      ok(await ws.core.call('licenses.issue', { applicationId: id, number, validFrom: '2026-03-01', validTo: ends[number] }));
    }
    const within = async (d: number) => ok(await ws.core.call('licenses.expiring', { withinDays: d })).map((l) => l.number);
    expect(await within(7)).toEqual(['D7']);
    expect(await within(30)).toEqual(['D7', 'D30']);
    expect(await within(60)).toEqual(['D7', 'D30', 'D60']);
    const all = ok(await ws.core.call('licenses.list', {}));
    expect(all.map((l) => [l.number, l.expiresWithin, l.daysLeft])).toEqual([
      ['D7', 7, 5],
      ['D30', 30, 26],
      ['D60', 60, 52],
      ['D90', null, 102],
    ]);
    expect(failed(await ws.core.call('licenses.expiring', { withinDays: -1 }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
