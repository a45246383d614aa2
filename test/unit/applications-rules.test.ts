/**
 * The pure rules of applications and licenses, as tables of cases: every readiness rule passing and
 * failing, every status transition legal and illegal, money in minor units, and drawdown.
 */
import { describe, expect, it } from 'vitest';
import {
  determinationNeedsLicense,
  endUserPresent,
  endUserStatements,
  isReady,
  itemsClassified,
  partiesScreened,
  readiness,
  requiredBlocks,
  totalsConsistent,
  ultimateConsigneePresent,
  type LineFacts,
  type PartyFacts,
  type ReadinessFacts,
} from '../../shared/applications/readiness';
import { AMENDABLE_STATUSES, TRANSITIONS, assertEditable, assertTransition } from '../../shared/applications/status';
import { formatMoney, formatQuantity, isCurrency, lineTotalMinor, parseMoney, parseQuantity } from '../../shared/applications/money';
import { balances, expiryWindow, licenseStatus, shipmentRefusals, type LicenseForShipment } from '../../shared/applications/drawdown';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../shared/applications/types';
import { AppError } from '../../shared/errors';

const endUser: PartyFacts = {
  id: 1,
  partyId: 11,
  name: 'Nordlicht Photonics GmbH',
  role: 'end-user',
  screening: { at: '2026-03-01T10:00:00Z', snapshotIds: [5], openHits: 0, confirmedMatch: false },
  statementDocumentId: 7,
  statementReason: null,
};
const consignee: PartyFacts = { ...endUser, id: 2, partyId: 12, name: 'Hafen Logistik AG', role: 'ultimate-consignee', statementDocumentId: null };
const line: LineFacts = {
  id: 21,
  lineNo: 1,
  itemId: 31,
  itemName: 'SecureLink VPN Gateway',
  quantityMilli: 10_000,
  unitPriceMinor: 125_000,
  totalMinor: 1_250_000,
  currency: 'USD',
  pinnedClassificationId: 41,
  inForce: { id: 41, kind: 'entry', label: '5A002.a', status: 'final', snapshotId: 3 },
  openReviews: 0,
  determination: { outcome: 'license-required', summary: 'A license is required.' },
};

function facts(over: Partial<ReadinessFacts> = {}, app: Partial<ReadinessFacts['application']> = {}): ReadinessFacts {
  return {
    today: '2026-03-10',
    application: {
      id: 1,
      type: 'license',
      exportType: 'permanent',
      returnDate: null,
      applicant: 'Acme Security Inc.',
      reference: 'EXP-1',
      destination: 'DE',
      endUse: 'Site-to-site encryption of a research network',
      shipDirect: false,
      currency: 'USD',
      ...app,
    },
    parties: [endUser, consignee],
    lines: [line],
    currentScreeningSnapshots: [{ id: 5, listName: 'Watch list' }],
    currentCcl: { id: 3, label: 'US Commerce Control List eCFR 2026-01-15' },
    ...over,
  };
}

const failures = (checks: { ok: boolean; message: string }[]) => checks.filter((c) => !c.ok).map((c) => c.message);

describe('readiness rules', () => {
  it('a complete application passes every rule', () => {
    const checks = readiness(facts());
    expect(failures(checks)).toEqual([]);
    expect(isReady(checks)).toBe(true);
    expect(new Set(checks.map((c) => c.rule))).toEqual(new Set(['required-blocks', 'end-user', 'ultimate-consignee', 'screening', 'classification', 'end-user-statement', 'totals', 'determination']));
  });

  const blockCases: { why: string; app: Partial<ReadinessFacts['application']>; lines?: LineFacts[]; want: RegExp; field: string }[] = [
    { why: 'Block 14 applicant missing', app: { applicant: null }, want: /Name the applicant \(Block 14\)/, field: 'applicant' },
    { why: 'no destination', app: { destination: null }, want: /country of ultimate destination/, field: 'destination' },
    { why: 'Block 21 end use missing', app: { endUse: null }, want: /specific end use .*Block 21/, field: 'endUse' },
    { why: 'temporary export without return date', app: { exportType: 'temporary' }, want: /temporary export needs the date/, field: 'returnDate' },
    { why: 'temporary export returning in the past', app: { exportType: 'temporary', returnDate: '2026-01-01' }, want: /return date 2026-01-01 has passed/, field: 'returnDate' },
    { why: 'no item lines (Block 22)', app: {}, lines: [], want: /at least one item \(Block 22\)/, field: 'lines' },
  ];
  for (const c of blockCases) {
    it(`required blocks fail: ${c.why}`, () => {
      const checks = requiredBlocks(facts(c.lines ? { lines: c.lines } : {}, c.app));
      expect(checks).toHaveLength(1);
      expect(checks[0]).toMatchObject({ rule: 'required-blocks', ok: false, fixAt: { area: 'application', id: 1, field: c.field } });
      expect(checks[0]!.message).toMatch(c.want);
    });
  }
  it('required blocks pass: a temporary export with a future return date; a classification request needs no destination or end use', () => {
    expect(requiredBlocks(facts({}, { exportType: 'temporary', returnDate: '2026-06-01' }))).toEqual([expect.objectContaining({ ok: true })]);
    expect(requiredBlocks(facts({}, { type: 'classification-request', destination: null, endUse: null }))).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('end user: required, except on a classification request', () => {
    expect(endUserPresent(facts())[0]).toMatchObject({ ok: true });
    expect(endUserPresent(facts({ parties: [consignee] }))[0]).toMatchObject({ ok: false, message: expect.stringMatching(/Add the end user \(Block 19\)/) });
    expect(endUserPresent(facts({ parties: [] }, { type: 'classification-request' }))).toEqual([]);
  });

  it('ultimate consignee: one required unless shipped directly; two are refused', () => {
    expect(ultimateConsigneePresent(facts())[0]).toMatchObject({ ok: true });
    expect(ultimateConsigneePresent(facts({ parties: [endUser] }))[0]).toMatchObject({ ok: false, message: expect.stringMatching(/ultimate consignee \(Block 18\).*shipped directly/) });
    expect(ultimateConsigneePresent(facts({ parties: [endUser] }, { shipDirect: true }))[0]).toMatchObject({ ok: true, message: expect.stringMatching(/shipped directly/) });
    const two = ultimateConsigneePresent(facts({ parties: [endUser, consignee, { ...consignee, id: 3, partyId: 13, name: 'Zweite AG' }] }));
    expect(two[0]).toMatchObject({ ok: false, message: expect.stringMatching(/names 2/) });
  });

  const screeningCases: { why: string; party: Partial<PartyFacts>; want: RegExp | null }[] = [
    { why: 'screened against the current lists, nothing open', party: {}, want: null },
    { why: 'never screened', party: { screening: null }, want: /has not been screened/ },
    { why: 'screened before the current list snapshot', party: { screening: { at: '2026-01-02T00:00:00Z', snapshotIds: [4], openHits: 0, confirmedMatch: false } }, want: /last screened on 2026-01-02, before the current version of Watch list: screen again/ },
    { why: 'an open hit', party: { screening: { at: '2026-03-01T00:00:00Z', snapshotIds: [5], openHits: 2, confirmedMatch: false } }, want: /has 2 screening hits waiting for a decision/ },
    { why: 'a confirmed match', party: { screening: { at: '2026-03-01T00:00:00Z', snapshotIds: [5], openHits: 0, confirmedMatch: true } }, want: /confirmed match .* cannot be on an application/ },
  ];
  for (const c of screeningCases) {
    it(`screening: ${c.why}`, () => {
      const checks = partiesScreened(facts({ parties: [{ ...endUser, ...c.party }] }));
      expect(checks).toHaveLength(1);
      expect(checks[0]!.ok).toBe(c.want === null);
      if (c.want) expect(checks[0]).toMatchObject({ message: expect.stringMatching(c.want), fixAt: { area: 'party', id: 11, field: 'screening' } });
    });
  }
  it('screening: no list loaded fails; a party in two roles is checked once', () => {
    expect(partiesScreened(facts({ currentScreeningSnapshots: [] }))[0]).toMatchObject({ ok: false, fixAt: { area: 'screening-lists' } });
    expect(partiesScreened(facts({ parties: [endUser, { ...endUser, id: 9, role: 'purchaser' }] }))).toHaveLength(1);
  });

  const classCases: { why: string; line: Partial<LineFacts>; want: RegExp | null }[] = [
    { why: 'final, current CCL, no review', line: {}, want: null },
    { why: 'EAR99 cites no snapshot', line: { inForce: { id: 41, kind: 'ear99', label: 'EAR99', status: 'final', snapshotId: null } }, want: null },
    { why: 'unclassified', line: { inForce: null, pinnedClassificationId: null }, want: /has no US classification/ },
    { why: 'against an earlier CCL', line: { inForce: { id: 41, kind: 'entry', label: '5A002.a', status: 'final', snapshotId: 2 } }, want: /earlier version of the CCL/ },
    { why: 'awaiting re-review', line: { openReviews: 1 }, want: /waits for review/ },
    { why: 'a draft classification', line: { inForce: { id: 41, kind: 'entry', label: '5A002.a', status: 'draft', snapshotId: 3 } }, want: /is a draft; make it final/ },
    { why: 'reclassified since the line was added', line: { pinnedClassificationId: 40 }, want: /update the line/ },
  ];
  for (const c of classCases) {
    it(`classification: ${c.why}`, () => {
      const [check] = itemsClassified(facts({ lines: [{ ...line, ...c.line }] }));
      expect(check!.ok).toBe(c.want === null);
      if (c.want) expect(check!.message).toMatch(c.want);
    });
  }

  it('end-user statement: a document or a stated reason passes; neither fails and points at the party entry', () => {
    expect(endUserStatements(facts())[0]).toMatchObject({ ok: true });
    expect(endUserStatements(facts({ parties: [{ ...endUser, statementDocumentId: null, statementReason: 'Government end user; statement not obtainable' }] }))[0]).toMatchObject({ ok: true });
    expect(endUserStatements(facts({ parties: [{ ...endUser, statementDocumentId: null }] }))[0]).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Supp\. No\. 3 to Part 748/),
      fixAt: { area: 'application-party', id: 1, field: 'statement' },
    });
    expect(endUserStatements(facts({ parties: [consignee] }))).toEqual([]);
  });

  it('totals: a total that is not quantity × unit price, or another currency, fails', () => {
    expect(totalsConsistent(facts())[0]).toMatchObject({ ok: true });
    expect(totalsConsistent(facts({ lines: [{ ...line, totalMinor: 1_000_000 }] }))[0]).toMatchObject({
      ok: false,
      message: 'Line 1: the total USD 10000.00 is not quantity × unit price (USD 12500.00).',
      fixAt: { area: 'application-line', id: 21, field: 'total' },
    });
    expect(totalsConsistent(facts({ lines: [{ ...line, currency: 'EUR' }] }))[0]).toMatchObject({ ok: false, message: 'Line 1 is priced in EUR, the application in USD.' });
    // 2.5 units at 0.99 = 2.475, rounded half up to 2.48.
    expect(totalsConsistent(facts({ lines: [{ ...line, quantityMilli: 2500, unitPriceMinor: 99, totalMinor: 248 }] }))[0]).toMatchObject({ ok: true });
  });

  it('determination: a license needed passes; none needed suggests recording NLR; cannot tell passes with what to read; an error or a missing one fails', () => {
    expect(determinationNeedsLicense(facts())[0]).toMatchObject({ ok: true, message: expect.stringMatching(/^The license determination says a license is required\.$/) });
    const nlr = determinationNeedsLicense(facts({ lines: [{ ...line, determination: { outcome: 'not-required', summary: '' } }] }));
    expect(nlr[0]).toMatchObject({ ok: false, message: expect.stringMatching(/record "no license required" \(NLR\) .* instead of filing/) });
    const mixed = determinationNeedsLicense(facts({ lines: [line, { ...line, id: 22, lineNo: 2, determination: { outcome: 'not-required', summary: '' } }] }));
    expect(mixed[0]).toMatchObject({ ok: true, message: expect.stringMatching(/line 2 needs none for the reasons checked/) });
    // "Cannot tell" is never read as "not required": no NLR suggestion, but the rules to read are named.
    const open = determinationNeedsLicense(facts({ lines: [{ ...line, determination: { outcome: 'cannot-tell', summary: '' } }] }));
    expect(open[0]).toMatchObject({ ok: true, message: expect.stringMatching(/^No line is certain to need a license; for line 1 the determination cannot tell/) });
    expect(open[0]!.message).not.toMatch(/NLR/);
    const openAndNone = determinationNeedsLicense(facts({ lines: [{ ...line, determination: { outcome: 'cannot-tell', summary: '' } }, { ...line, id: 22, lineNo: 2, determination: { outcome: 'not-required', summary: '' } }] }));
    expect(openAndNone[0]).toMatchObject({ ok: true, message: expect.stringMatching(/cannot tell .*; line 2 needs none for the reasons checked/) });
    expect(determinationNeedsLicense(facts({ lines: [{ ...line, determination: { error: 'No Country Chart has been imported' } }] }))[0]).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No Country Chart/),
    });
    expect(determinationNeedsLicense(facts({ lines: [{ ...line, determination: null }] }))[0]).toMatchObject({ ok: false });
    expect(determinationNeedsLicense(facts({}, { type: 'classification-request' }))).toEqual([]);
  });
});

describe('status transitions', () => {
  const legal: [ApplicationStatus, ApplicationStatus][] = Object.entries(TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => [from as ApplicationStatus, to] as [ApplicationStatus, ApplicationStatus]));
  it('the table has the moves of the issue: draft → ready → submitted → decision, appeal after denial', () => {
    expect(legal).toEqual(
      expect.arrayContaining([
        ['draft', 'ready'],
        ['ready', 'submitted'],
        ['ready', 'draft'],
        ['submitted', 'returned-without-action'],
        ['submitted', 'approved'],
        ['submitted', 'approved-with-conditions'],
        ['submitted', 'denied'],
        ['submitted', 'withdrawn'],
        ['denied', 'appealed'],
        ['appealed', 'approved'],
      ]),
    );
  });
  for (const from of APPLICATION_STATUSES) {
    for (const to of APPLICATION_STATUSES) {
      const ok = TRANSITIONS[from].includes(to);
      it(`${from} → ${to}: ${ok ? 'allowed' : 'refused'}`, () => {
        if (ok) expect(() => assertTransition(from, to)).not.toThrow();
        else {
          let e: unknown;
          try {
            assertTransition(from, to);
          } catch (x) {
            e = x;
          }
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).info.code).toBe('CONFLICT');
        }
      });
    }
  }
  it('says what is allowed instead', () => {
    expect(() => assertTransition('draft', 'submitted')).toThrow('An application that is draft cannot be set to submitted; it can go to ready to file, withdrawn.');
    expect(() => assertTransition('approved', 'denied')).toThrow(/is closed.*Amend it/);
    expect(() => assertTransition('withdrawn', 'draft')).toThrow(/Copy it into a new draft/);
  });
  it('only a draft is editable; ready says to set it back; a filed one says to amend', () => {
    expect(() => assertEditable('draft', 'X')).not.toThrow();
    expect(() => assertEditable('ready', 'X')).toThrow(/Set it back to draft/);
    expect(() => assertEditable('submitted', 'X')).toThrow('Application X is submitted and read-only: what was filed is kept as filed. Amend it to make a new version.');
    expect(() => assertEditable('draft', 'X', true)).toThrow(/has been amended/);
    expect(AMENDABLE_STATUSES).not.toContain('draft');
  });
});

describe('money and quantities', () => {
  const cases: { raw: string | number; currency: string; minor?: number; error?: RegExp }[] = [
    { raw: '1250', currency: 'USD', minor: 125000 },
    { raw: '1250.5', currency: 'USD', minor: 125050 },
    { raw: 0.1, currency: 'USD', minor: 10 },
    { raw: '1000', currency: 'JPY', minor: 1000 },
    { raw: '1.5', currency: 'JPY', error: /whole numbers only/ },
    { raw: '1.234', currency: 'KWD', minor: 1234 },
    { raw: '1.001', currency: 'USD', error: /at most 2/ },
    { raw: '-5', currency: 'USD', error: /cannot be negative/ },
    { raw: -5, currency: 'USD', error: /cannot be negative/ },
    { raw: 'ten', currency: 'USD', error: /must be a number such as 12 or 12.50, not "ten"/ },
    { raw: '1,250.00', currency: 'USD', error: /must be a number/ },
    { raw: Number.NaN, currency: 'USD', error: /must be a number/ },
    { raw: '', currency: 'USD', error: /is empty/ },
    { raw: '1e30', currency: 'USD', error: /must be a number/ },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.raw)} ${c.currency} → ${c.error ? 'refused' : c.minor}`, () => {
      if (c.error) expect(() => parseMoney(c.raw, c.currency, 'The price', 'unitPrice')).toThrow(c.error);
      else expect(parseMoney(c.raw, c.currency, 'The price', 'unitPrice')).toBe(c.minor);
    });
  }
  it('quantities in thousandths; zero refused; totals exact and rounded half up', () => {
    expect(parseQuantity('2.5')).toBe(2500);
    expect(() => parseQuantity(0)).toThrow(/more than zero/);
    expect(() => parseQuantity('0.0001')).toThrow(/at most 3/);
    expect(formatQuantity(2500)).toBe('2.5');
    expect(formatQuantity(3000)).toBe('3');
    expect(lineTotalMinor(3000, 10)).toBe(30);
    expect(lineTotalMinor(1500, 1)).toBe(2);
    // 0.1 + 0.2 in floats is 0.30000000000000004; in minor units it is 30.
    expect(parseMoney(0.1, 'USD', 'x', 'x') + parseMoney(0.2, 'USD', 'x', 'x')).toBe(30);
    expect(formatMoney(125050, 'USD')).toBe('1250.50');
    expect(formatMoney(5, 'JPY')).toBe('5');
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
  });
});

describe('drawdown', () => {
  const license: LicenseForShipment = {
    number: 'D123456',
    validFrom: '2026-03-01',
    validTo: '2026-12-31',
    currency: 'USD',
    authorized: [
      { licenseItemId: 1, lineNo: 1, itemName: 'Gateway', quantityMilli: 10_000, valueMinor: 1_250_000 },
      { licenseItemId: 2, lineNo: 2, itemName: 'Software', quantityMilli: 5_000, valueMinor: 50_000 },
    ],
    shipped: [{ licenseItemId: 1, quantityMilli: 4_000, valueMinor: 500_000 }],
  };
  const today = '2026-06-01';
  const ship = (lines: { licenseItemId: number; quantityMilli: number; valueMinor: number }[], shippedOn = '2026-05-01') => shipmentRefusals(license, { shippedOn, lines }, today);

  it('balances are computed from the shipments', () => {
    expect(balances(license.authorized, license.shipped)[0]).toMatchObject({ remainingQuantityMilli: 6_000, remainingValueMinor: 750_000, exhausted: false });
  });
  it('the exact balance is accepted; one unit or one cent over is refused with the reason', () => {
    expect(ship([{ licenseItemId: 1, quantityMilli: 6_000, valueMinor: 750_000 }])).toEqual([]);
    expect(ship([{ licenseItemId: 1, quantityMilli: 7_000, valueMinor: 100 }])).toEqual(['Line 1 (Gateway): 7 is more than the 6 left of the 10 authorized.']);
    expect(ship([{ licenseItemId: 1, quantityMilli: 1_000, valueMinor: 750_001 }])).toEqual(['Line 1 (Gateway): USD 7500.01 is more than the USD 7500.00 left of the USD 12500.00 authorized.']);
  });
  it('two lines for the same item are added together', () => {
    expect(ship([{ licenseItemId: 1, quantityMilli: 3_000, valueMinor: 1 }, { licenseItemId: 1, quantityMilli: 3_001, valueMinor: 1 }])).toHaveLength(1);
  });
  it('dates: before valid_from, after valid_to and in the future are refused', () => {
    expect(ship([{ licenseItemId: 2, quantityMilli: 1, valueMinor: 1 }], '2026-02-28')).toEqual(['License D123456 is not valid before 2026-03-01; the shipment is dated 2026-02-28.']);
    expect(shipmentRefusals(license, { shippedOn: '2027-01-01', lines: [{ licenseItemId: 2, quantityMilli: 1, valueMinor: 1 }] }, '2027-01-02')).toEqual([
      'License D123456 expired on 2026-12-31; the shipment is dated 2027-01-01.',
    ]);
    expect(ship([{ licenseItemId: 2, quantityMilli: 1, valueMinor: 1 }], '2026-06-02')[0]).toMatch(/in the future/);
    expect(shipmentRefusals(license, { shippedOn: '2026-12-31', lines: [{ licenseItemId: 2, quantityMilli: 1, valueMinor: 1 }] }, '2027-01-05')).toEqual([]);
    expect(ship([{ licenseItemId: 2, quantityMilli: 1, valueMinor: 1 }], '2026-03-01')).toEqual([]);
  });
  it('status: exhausted when every line is used up (by quantity or value), expired after the last day', () => {
    const used = [
      { licenseItemId: 1, quantityMilli: 10_000, valueMinor: 1 },
      { licenseItemId: 2, quantityMilli: 1, valueMinor: 50_000 },
    ];
    expect(licenseStatus('2026-12-31', balances(license.authorized, used), today)).toBe('exhausted');
    expect(licenseStatus('2026-12-31', balances(license.authorized, used.slice(0, 1)), today)).toBe('issued');
    expect(licenseStatus('2026-12-31', balances(license.authorized, []), '2026-12-31')).toBe('issued');
    expect(licenseStatus('2026-12-31', balances(license.authorized, []), '2027-01-01')).toBe('expired');
    expect(shipmentRefusals({ ...license, shipped: used }, { shippedOn: '2026-05-01', lines: [{ licenseItemId: 1, quantityMilli: 1, valueMinor: 0 }] }, today)[0]).toMatch(/is exhausted/);
  });
  it('expiry windows: 7, 30, 60 days', () => {
    expect(expiryWindow('2026-06-01', '2026-06-01')).toBe(7);
    expect(expiryWindow('2026-06-08', '2026-06-01')).toBe(7);
    expect(expiryWindow('2026-06-09', '2026-06-01')).toBe(30);
    expect(expiryWindow('2026-07-01', '2026-06-01')).toBe(30);
    expect(expiryWindow('2026-07-31', '2026-06-01')).toBe(60);
    expect(expiryWindow('2026-08-01', '2026-06-01')).toBe(null);
    expect(expiryWindow('2026-05-31', '2026-06-01')).toBe(null);
  });
});
