import { describe, expect, it } from 'vitest';
import {
  addYears,
  applicationRetention,
  describeRetention,
  isPastRetention,
  itemRetention,
  partyRetention,
  retentionFrom,
  screeningRetention,
  type ApplicationFacts,
} from '../../shared/retention/rule';
import type { RecordRetention } from '../../shared/retention/types';

const set = (endsOn: string, on: string, what: string): RecordRetention => ({ status: 'set', endsOn, basis: { on, what } });
const app = (f: Partial<ApplicationFacts>): ApplicationFacts => ({ reference: 'EXP-1', status: 'approved', decidedOn: '2026-03-05', lastStatusOn: '2026-03-05', license: null, ...f });

describe('addYears: five years of 15 CFR 762.6 on the calendar', () => {
  it.each([
    ['2026-03-05', 5, '2031-03-05', 'an ordinary day'],
    ['2024-02-29', 5, '2029-03-01', 'a leap day in a year without one: the later candidate day, never a day early'],
    ['2024-02-29', 4, '2028-02-29', 'a leap day into another leap year stays'],
    ['2026-12-31', 5, '2031-12-31', 'the last day of a year'],
    ['2026-03-05T23:59:59.000Z', 5, '2031-03-05', 'an audit timestamp counts by its (UTC) day'],
  ])('%s + %d years = %s (%s)', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });
});

describe('retentionFrom and isPastRetention', () => {
  it('runs from the latest event, whatever order the events come in', () => {
    const r = retentionFrom({ events: [{ on: '2026-01-01', what: 'a' }, { on: '2027-06-30', what: 'b' }, { on: '2026-12-31', what: 'c' }], open: [], nothingYet: 'x' });
    expect(r).toEqual(set('2032-06-30', '2027-06-30', 'b'));
  });
  it('does not start while anything is open, even with events', () => {
    expect(retentionFrom({ events: [{ on: '2020-01-01', what: 'a' }], open: ['still open'], nothingYet: 'x' })).toEqual({ status: 'not-started', reason: 'still open' });
  });
  it('does not start with nothing recorded, and says why', () => {
    expect(retentionFrom({ events: [], open: [], nothingYet: 'nothing yet' })).toEqual({ status: 'not-started', reason: 'nothing yet' });
  });
  it.each([
    ['2031-03-04', false, 'the day before the end'],
    ['2031-03-05', false, 'the end day itself is still within retention'],
    ['2031-03-06', true, 'the day after'],
  ])('ending 2031-03-05, as of %s past = %s (%s)', (asOf, past) => {
    expect(isPastRetention(set('2031-03-05', '2026-03-05', 'x'), asOf)).toBe(past);
  });
  it('a record whose retention has not started is never past', () => {
    expect(isPastRetention({ status: 'not-started', reason: 'open' }, '2100-01-01')).toBe(false);
  });
});

describe('applications, licenses and shipments: one transaction', () => {
  it.each<[string, Partial<ApplicationFacts>, RecordRetention]>([
    ['a draft has not started: nothing has ended', { status: 'draft', decidedOn: null }, { status: 'not-started', reason: 'application EXP-1 is draft: the transaction is open (withdraw it if it will not be filed)' }],
    ['submitted: the agency holds the case', { status: 'submitted', decidedOn: null }, { status: 'not-started', reason: 'application EXP-1 is submitted: the transaction is open' }],
    ['under appeal after a denial: open again (Part 756)', { status: 'appealed' }, { status: 'not-started', reason: 'application EXP-1 is under appeal: the transaction is open' }],
    ['denied: from the decision', { status: 'denied', decidedOn: '2026-04-01' }, set('2031-04-01', '2026-04-01', 'decision on application EXP-1 (denied)')],
    ['returned without action: from the decision', { status: 'returned-without-action', decidedOn: '2026-04-02' }, set('2031-04-02', '2026-04-02', 'decision on application EXP-1 (returned without action)')],
    ['withdrawn: from the withdrawal', { status: 'withdrawn', decidedOn: null, lastStatusOn: '2026-05-01' }, set('2031-05-01', '2026-05-01', 'application EXP-1 withdrawn')],
    ['approved, no license recorded yet: from the decision', { status: 'approved' }, set('2031-03-05', '2026-03-05', 'decision on application EXP-1 (approved)')],
    [
      'approved with a license: from its expiry, later than the decision',
      { license: { number: 'D1', validTo: '2028-03-04', lastShippedOn: '2026-06-01' } },
      set('2033-03-04', '2028-03-04', 'license D1 expires'),
    ],
    [
      'a shipment can be recorded after expiry (made within validity): the later day counts',
      { license: { number: 'D1', validTo: '2026-03-31', lastShippedOn: '2026-03-31' } },
      set('2031-03-31', '2026-03-31', 'license D1 expires'),
    ],
  ])('%s', (_why, facts, expected) => {
    expect(applicationRetention(app(facts))).toEqual(expected);
  });

  it('an exhausted license still counts from its expiry (keeping longer is never a breach of § 762.6)', () => {
    // The shipments used the license up in 2026; it was valid to 2028.
    expect(applicationRetention(app({ license: { number: 'D1', validTo: '2028-01-31', lastShippedOn: '2026-07-01' } }))).toMatchObject({ endsOn: '2033-01-31' });
  });
});

describe('parties, items and screening records follow the transactions they took part in', () => {
  const closed = { label: 'application EXP-1', retention: set('2032-03-04', '2027-03-04', 'license D1 expires') };
  const open = { label: 'application EXP-2', retention: { status: 'not-started' as const, reason: 'application EXP-2 is submitted: the transaction is open' } };

  it.each<[string, Parameters<typeof partyRetention>[0], RecordRetention]>([
    ['never screened nor used', { lastScreenedAt: null, lastDecisionAt: null, openHits: false, transactions: [] }, { status: 'not-started', reason: 'the party has not been screened nor named on an application yet' }],
    ['screened only: from the screening', { lastScreenedAt: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: false, transactions: [] }, set('2031-02-01', '2026-02-01', 'latest screening of the party')],
    ['a decision after the screening counts', { lastScreenedAt: '2026-02-01T10:00:00Z', lastDecisionAt: '2026-02-03T09:00:00Z', openHits: false, transactions: [] }, set('2031-02-03', '2026-02-03', 'latest screening decision on the party')],
    ['hits waiting for a decision keep it open', { lastScreenedAt: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: true, transactions: [closed] }, { status: 'not-started', reason: 'screening hits on the party wait for a decision' }],
    ['on a closed application: its end, named', { lastScreenedAt: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: false, transactions: [closed] }, set('2032-03-04', '2027-03-04', 'application EXP-1: license D1 expires')],
    ['on an open application too: not started', { lastScreenedAt: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: false, transactions: [closed, open] }, { status: 'not-started', reason: 'application EXP-2 is submitted: the transaction is open' }],
  ])('party: %s', (_why, facts, expected) => {
    expect(partyRetention(facts)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof itemRetention>[0], RecordRetention]>([
    ['never classified nor used', { lastClassification: null, draftInForce: [], transactions: [] }, { status: 'not-started', reason: 'the item has not been classified nor put on an application yet' }],
    ['classified: from the classification decision', { lastClassification: { on: '2026-01-05T08:00:00Z', label: '5A002.a' }, draftInForce: [], transactions: [] }, set('2031-01-05', '2026-01-05', 'classification as 5A002.a')],
    ['a draft classification in force is a decision still to make', { lastClassification: { on: '2026-01-05', label: '5A002.a' }, draftInForce: ['EU'], transactions: [] }, { status: 'not-started', reason: 'the EU classification is still a draft' }],
    ['on a closed application later than its classification', { lastClassification: { on: '2026-01-05', label: 'EAR99' }, draftInForce: [], transactions: [closed] }, set('2032-03-04', '2027-03-04', 'application EXP-1: license D1 expires')],
  ])('item: %s', (_why, facts, expected) => {
    expect(itemRetention(facts)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof screeningRetention>[0], RecordRetention]>([
    ['no hits: from the screening', { id: 7, at: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: 0, transactions: [] }, set('2031-02-01', '2026-02-01', 'screening #7')],
    ['from the last decision on its hits', { id: 7, at: '2026-02-01T10:00:00Z', lastDecisionAt: '2026-02-10T10:00:00Z', openHits: 0, transactions: [] }, set('2031-02-10', '2026-02-10', 'latest decision on screening #7')],
    ['hits waiting', { id: 7, at: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: 2, transactions: [] }, { status: 'not-started', reason: '2 hits wait for a decision on screening #7' }],
    ['a party screening lasts as long as the party’s transactions', { id: 7, at: '2026-02-01T10:00:00Z', lastDecisionAt: null, openHits: 0, transactions: [closed] }, set('2032-03-04', '2027-03-04', 'application EXP-1: license D1 expires')],
  ])('screening: %s', (_why, facts, expected) => {
    expect(screeningRetention(facts)).toEqual(expected);
  });

  it('describes a retention for pages and the CLI, citing § 762.6', () => {
    expect(describeRetention(set('2031-03-05', '2026-03-05', 'decision on application EXP-1 (approved)'))).toBe(
      'Retain until 2031-03-05 (15 CFR 762.6): five years after decision on application EXP-1 (approved) on 2026-03-05',
    );
    expect(describeRetention({ status: 'not-started', reason: 'x' })).toBe('Retention not started (15 CFR 762.6): x');
  });
});
