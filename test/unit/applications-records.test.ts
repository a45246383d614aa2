/**
 * Applications at the handler level, on a real workspace: the readiness checklist computed from the
 * screening, classification and determination records, the status flow, read-only filed versions,
 * amendments, copies, requests for information, and bad input refused with nothing changed.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Checklist } from '../../shared/applications/types';
import type { Result } from '../../shared/errors';
import { cleanupTemp, failed, importFile, ok } from './helpers';
import { CLASSIFICATION_FIXTURES } from './classification-helpers';
import { partyFixture } from './parties-helpers';
import { screeningFixture } from './screening-lists-helpers';
import { applicationCounts, approvedApplication, classifiedItem, licensingWorkspace, readyApplication, screenedParty } from './applications-helpers';

afterEach(cleanupTemp);

const failing = (c: Checklist) => c.checks.filter((x) => !x.ok).map((x) => `${x.rule}: ${x.message}`);

describe('a draft application', () => {
  it('starts as a draft with its blocks, and the checklist names every missing piece, live as the user edits', async () => {
    const ws = await licensingWorkspace();
    const app = ok(await ws.core.call('applications.create', { reference: 'EXP-1' })).application;
    expect(app).toMatchObject({ version: 1, status: 'draft', type: 'license', exportType: 'permanent', currency: 'USD', editable: true, lines: [], parties: [] });
    expect(app.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'draft' })]);
    let c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(c.ready).toBe(false);
    expect(failing(c)).toEqual([
      'required-blocks: Name the applicant (Block 14).',
      'required-blocks: Choose the country of ultimate destination.',
      'required-blocks: Describe the specific end use of the items (Block 21).',
      'required-blocks: Add at least one item (Block 22).',
      'end-user: Add the end user (Block 19): who will use the items.',
      'ultimate-consignee: Add the ultimate consignee (Block 18), or mark the application as shipped directly to the end user.',
    ]);
    ok(await ws.core.call('applications.update', { id: app.id, applicant: 'Acme Security Inc.', destination: 'de', endUse: 'VPN for a university network', shipDirect: true }));
    c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual(['required-blocks: Add at least one item (Block 22).', 'end-user: Add the end user (Block 19): who will use the items.']);
    expect(ok(await ws.core.call('applications.get', { id: app.id })).destination).toBe('DE');
  });

  it('passes every rule once complete; determinations are stored per line with the snapshots they read', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    const c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual([]);
    expect(c.ready).toBe(true);
    expect(app.lines[0]).toMatchObject({ lineNo: 1, classificationLabel: '5A002.a', quantity: '10', unitPrice: '1250.00', total: '12500.00', currency: 'USD' });
    expect(app.total).toBe('12500.00');
    expect(app.determinations).toEqual([
      expect.objectContaining({ lineId: app.lines[0]!.id, eccn: '5A002.a', destination: 'DE', outcome: 'license-required', controlSnapshotId: 1, chartSnapshotId: 1, groupsSnapshotId: 2, error: null }),
    ]);
  });

  it('screening: a party screened before a newer list snapshot, with an open hit, or a confirmed match fails', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    // A new list loaded after the screening: the parties are not screened against the current lists.
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    let c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c).filter((m) => m.startsWith('screening'))).toHaveLength(2);
    expect(failing(c)[0]).toMatch(/Nordlicht Photonics GmbH was last screened on 2026-03-10, before the current version of .*: screen again/);
    for (const p of app.parties) ok(await ws.core.call('screening.party', { partyId: p.partyId }));
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(true);

    // A purchaser whose name is on the watch list: an open hit until decided.
    const northwind = await screenedParty(ws.core, 'Northwind Trading FZE', 'AE');
    ok(await ws.core.call('applications.addParty', { id: app.id, partyId: northwind, role: 'purchaser' }));
    c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual([expect.stringMatching(/^screening: Northwind Trading FZE has \d screening hits? waiting for a decision\.$/)]);
    expect(c.checks.find((x) => !x.ok)!.fixAt).toEqual({ area: 'party', id: northwind, field: 'screening' });
    const hit = ok(await ws.core.call('screening.history', { partyId: northwind }))[0]!.hits[0]!;
    ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'confirmed', reason: 'Same company, same address' }));
    c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual(['screening: Northwind Trading FZE is a confirmed match on a restricted-party list and cannot be on an application.']);
    // And a confirmed match cannot be put on another application.
    const other = ok(await ws.core.call('applications.create', { reference: 'EXP-2' })).application;
    expect(failed(await ws.core.call('applications.addParty', { id: other.id, partyId: northwind, role: 'end-user' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/confirmed match/) });
  });

  it('classification: reclassified, a draft, or against an earlier CCL fails; refreshing the line fixes the first', async () => {
    const ws = await licensingWorkspace();
    const { app, item } = await readyApplication(ws.core);
    ok(await ws.core.call('classifications.save', { itemId: item, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a.1', rationale: 'Primary function is information security', status: 'draft', replaceCurrent: true }));
    let c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual(['classification: Line 1 (SecureLink VPN Gateway): the classification 5A002.a.1 is a draft; make it final.']);
    ok(await ws.core.call('classifications.save', { itemId: item, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a.1', rationale: 'Primary function is information security', status: 'final', replaceCurrent: true }));
    c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual([expect.stringMatching(/classified again \(now 5A002\.a\.1\) after it was added: update the line/)]);
    expect(c.checks.find((x) => !x.ok)!.fixAt).toEqual({ area: 'application-line', id: app.lines[0]!.id, field: 'classification' });
    const refreshed = ok(await ws.core.call('applications.updateItem', { id: app.id, lineId: app.lines[0]!.id, refreshClassification: true })).application;
    expect(refreshed.lines[0]!.classificationLabel).toBe('5A002.a.1');
    expect(refreshed.determinations[0]!.eccn).toBe('5A002.a.1');
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(true);
    // A newer CCL edition becomes current: the classification cites an earlier version.
    await importFile(ws.core, path.join(CLASSIFICATION_FIXTURES, 'ccl-crypto-2026-04-01.json'));
    c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c).some((m) => /classified 5A002\.a\.1 against an earlier version of the CCL/.test(m))).toBe(true);
  });

  it('end-user statement: a reason or the application\'s own statement document for the end user passes', async () => {
    const ws = await licensingWorkspace();
    const endUser = await screenedParty(ws.core, 'Universität Nordstadt');
    const item = await classifiedItem(ws.core, 'SecureLink VPN Gateway');
    const app = ok(await ws.core.call('applications.create', { reference: 'EXP-3', applicant: 'Acme', destination: 'DE', endUse: 'Research network', shipDirect: true })).application;
    const withParty = ok(await ws.core.call('applications.addParty', { id: app.id, partyId: endUser, role: 'end-user' })).application;
    ok(await ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: 100 }));
    const entry = withParty.parties[0]!.id;
    let c = ok(await ws.core.call('applications.checklist', { id: app.id }));
    expect(failing(c)).toEqual(['end-user-statement: Attach the end-user statement of Universität Nordstadt (Supp. No. 3 to Part 748), or state why there is none.']);
    ok(await ws.core.call('applications.updateParty', { id: app.id, entryId: entry, statementReason: 'Public university: statement requested, not yet received' }));
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(true);
    ok(await ws.core.call('applications.updateParty', { id: app.id, entryId: entry, statementReason: null }));
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(false);
    const attached = ok(
      await ws.core.call('applications.attachDocument', { id: app.id, source: { path: partyFixture('end-user-statement.pdf') }, docType: 'end-user-statement', partyId: endUser }),
    ).application;
    expect(attached.documents).toEqual([expect.objectContaining({ ownerType: 'application', ownerId: app.id, docType: 'end-user-statement', partyId: endUser })]);
    expect(attached.parties[0]!.statementDocumentId).toBe(attached.documents[0]!.documentId);
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(true);
  });

  it('supporting documents: a party\'s own document can be added; a stranger\'s cannot; twice is refused', async () => {
    const ws = await licensingWorkspace();
    const { app, endUser } = await readyApplication(ws.core);
    const stranger = await screenedParty(ws.core, 'Fremde GmbH');
    const doc = ok(await ws.core.call('parties.attachDocument', { partyId: stranger, docType: 'letter', source: { path: partyFixture('letter.odt') } })).document;
    const own = ok(await ws.core.call('parties.documents', { partyId: endUser }))[0]!;
    const a = ok(await ws.core.call('applications.attachDocument', { id: app.id, documentId: own.id })).application;
    expect(a.documents.map((d) => [d.documentId, d.ownerType])).toEqual([[own.id, 'party']]);
    expect(failed(await ws.core.call('applications.attachDocument', { id: app.id, documentId: own.id }))).toMatchObject({ code: 'DUPLICATE' });
    expect(failed(await ws.core.call('applications.attachDocument', { id: app.id, documentId: doc.id }))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/belongs to neither a party nor an item/) });
  });

  it('totals: a quoted total that is not quantity × unit price fails until corrected', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    const line = app.lines[0]!;
    ok(await ws.core.call('applications.updateItem', { id: app.id, lineId: line.id, total: '12000' }));
    expect(failing(ok(await ws.core.call('applications.checklist', { id: app.id })))).toEqual(['totals: Line 1: the total USD 12000.00 is not quantity × unit price (USD 12500.00).']);
    const fixed = ok(await ws.core.call('applications.updateItem', { id: app.id, lineId: line.id, quantity: '9.6' })).application;
    expect(fixed.lines[0]).toMatchObject({ quantity: '9.6', total: '12000.00' });
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).ready).toBe(true);
  });

  it('determination: when no line needs a license to the destination, the checklist says to record NLR instead', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    const mass = await classifiedItem(ws.core, 'Home Router', '5A992.c');
    ok(await ws.core.call('applications.removeItem', { id: app.id, lineId: app.lines[0]!.id }));
    const a = ok(await ws.core.call('applications.addItem', { id: app.id, itemId: mass, quantity: 100, unit: 'units', unitPrice: '49.90' })).application;
    expect(a.determinations[0]).toMatchObject({ eccn: '5A992.c', outcome: 'not-required' });
    expect(failing(ok(await ws.core.call('applications.checklist', { id: app.id })))).toEqual([expect.stringMatching(/^determination: No line needs a license to DE .*record "no license required" \(NLR\)/)]);
    // To Russia every CCL item needs a license (§ 746.8), so filing is right again.
    ok(await ws.core.call('applications.update', { id: app.id, destination: 'RU' }));
    expect(ok(await ws.core.call('applications.checklist', { id: app.id })).checks.find((c) => c.rule === 'determination')).toMatchObject({ ok: true });
  });
});

describe('status', () => {
  it('ready only when every rule passes; refused with the failing rules and nothing changed', async () => {
    const ws = await licensingWorkspace();
    const app = ok(await ws.core.call('applications.create', { reference: 'EXP-9' })).application;
    const before = applicationCounts(ws.db);
    const e = failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/^The application cannot be marked ready: 6 checks fail\. Name the applicant/);
    expect(applicationCounts(ws.db)).toEqual(before);
  });

  it('draft → ready → submitted → approved; each step in the history; illegal moves refused', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'approved' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/draft cannot be set to approved/) });
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' }));
    // Ready is held unchanged until set back to draft.
    expect(failed(await ws.core.call('applications.update', { id: app.id, endUse: 'x' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Set it back to draft/) });
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'externalNumber' });
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z1', date: '2026-04-01' }))).toMatchObject({ message: expect.stringMatching(/in the future/) });
    const sub = ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z1234567', date: '2026-03-09' })).application;
    expect(sub).toMatchObject({ status: 'submitted', externalNumber: 'Z1234567', submittedOn: '2026-03-09', editable: false });
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'approved-with-conditions' }))).toMatchObject({ field: 'conditions' });
    const appr = ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'approved-with-conditions', conditions: 'No reexport to D:1 countries', date: '2026-03-10' })).application;
    expect(appr).toMatchObject({ status: 'approved-with-conditions', decidedOn: '2026-03-10', conditions: 'No reexport to D:1 countries' });
    expect(appr.history.map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual(['null>draft', 'draft>ready', 'ready>submitted', 'submitted>approved-with-conditions']);
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'denied' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/closed/) });
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'draft' }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('submitting re-checks readiness: a list imported since "ready" blocks filing', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' }));
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z1' }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/cannot be submitted: 2 checks fail/),
    });
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'draft' }));
    expect(ok(await ws.core.call('applications.get', { id: app.id })).status).toBe('draft');
  });

  it('denied → appealed → approved; requests for information with due dates, answered once', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    expect(failed(await ws.core.call('applications.addRequest', { id: app.id, dueOn: '2026-04-01', text: 'Describe the end use' }))).toMatchObject({ code: 'CONFLICT' });
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' }));
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z7', date: '2026-03-01' }));
    const withReq = ok(await ws.core.call('applications.addRequest', { id: app.id, receivedOn: '2026-03-02', dueOn: '2026-03-05', text: 'Name the network operator' })).application;
    expect(withReq.requests).toEqual([expect.objectContaining({ dueOn: '2026-03-05', answeredOn: null, overdue: true })]);
    expect(failed(await ws.core.call('applications.addRequest', { id: app.id, receivedOn: '2026-03-02', dueOn: '2026-03-01', text: 'x' }))).toMatchObject({ field: 'dueOn' });
    const reqId = withReq.requests[0]!.id;
    const answered = ok(await ws.core.call('applications.answerRequest', { requestId: reqId, answer: 'DFN-Verein', answeredOn: '2026-03-04' })).application;
    expect(answered.requests[0]).toMatchObject({ answeredOn: '2026-03-04', answer: 'DFN-Verein', overdue: false });
    expect(failed(await ws.core.call('applications.answerRequest', { requestId: reqId, answer: 'again' }))).toMatchObject({ code: 'CONFLICT' });
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'denied', date: '2026-03-06' }));
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'appealed', note: 'Appeal under Part 756' }));
    const final = ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'approved', date: '2026-03-09' })).application;
    expect(final.history.map((h) => h.toStatus)).toEqual(['draft', 'ready', 'submitted', 'denied', 'appealed', 'approved']);
  });

  it('withdrawn is final; returned without action can only be copied', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'withdrawn' }));
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'draft' }))).toMatchObject({ message: expect.stringMatching(/Copy it into a new draft/) });
    expect(failed(await ws.core.call('applications.amend', { id: app.id }))).toMatchObject({ message: expect.stringMatching(/copy it into a new draft/) });
  });
});

describe('filed applications, amendments and copies', () => {
  it('a submitted application refuses every edit with a clear message, nothing changed', async () => {
    const ws = await licensingWorkspace();
    const { app, endUser, item } = await readyApplication(ws.core);
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' }));
    ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z1', date: '2026-03-10' }));
    const before = applicationCounts(ws.db);
    const line = app.lines[0]!.id;
    const attempts = [
      ws.core.call('applications.update', { id: app.id, endUse: 'Something else' }),
      ws.core.call('applications.addParty', { id: app.id, partyId: endUser, role: 'purchaser' }),
      ws.core.call('applications.updateParty', { id: app.id, entryId: app.parties[0]!.id, statementReason: 'x' }),
      ws.core.call('applications.removeParty', { id: app.id, entryId: app.parties[0]!.id }),
      ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: 1 }),
      ws.core.call('applications.updateItem', { id: app.id, lineId: line, quantity: 2 }),
      ws.core.call('applications.removeItem', { id: app.id, lineId: line }),
      ws.core.call('applications.attachDocument', { id: app.id, source: { path: partyFixture('letter.odt') } }),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(failed(r)).toMatchObject({ code: 'CONFLICT', message: 'Application EXP-2026-001 is submitted and read-only: what was filed is kept as filed. Amend it to make a new version.' });
    }
    expect(applicationCounts(ws.db)).toEqual(before);
    // The database refuses it too, whatever the caller.
    expect(() => ws.db.prepare('UPDATE applications SET end_use = ? WHERE id = ?').run('x', app.id)).toThrow(/read-only/);
    expect(() => ws.db.prepare('DELETE FROM application_items WHERE application_id = ?').run(app.id)).toThrow(/read-only/);
  });

  it('an amendment is a new draft version linked to the filed one, which stays as filed', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const v2 = ok(await ws.core.call('applications.amend', { id: app.id, note: 'Quantity raised' })).application;
    expect(v2).toMatchObject({ version: 2, previousVersionId: app.id, reference: 'EXP-2026-001', status: 'draft', editable: true });
    expect(v2.parties.map((p) => p.role)).toEqual(['end-user', 'ultimate-consignee']);
    expect(v2.lines.map((l) => l.classificationId)).toEqual(app.lines.map((l) => l.classificationId));
    const v1 = ok(await ws.core.call('applications.get', { id: app.id }));
    expect(v1).toMatchObject({ supersededById: v2.id, status: 'approved', editable: false });
    expect(failed(await ws.core.call('applications.amend', { id: app.id }))).toMatchObject({ message: expect.stringMatching(/already been amended/) });
    expect(failed(await ws.core.call('applications.setStatus', { id: app.id, status: 'withdrawn' }))).toMatchObject({ code: 'CONFLICT' });
    expect(failed(await ws.core.call('applications.amend', { id: v2.id }))).toMatchObject({ message: expect.stringMatching(/change it directly/) });
    ok(await ws.core.call('applications.updateItem', { id: v2.id, lineId: v2.lines[0]!.id, quantity: 20 }));
    expect(ok(await ws.core.call('applications.get', { id: app.id })).lines[0]!.quantity).toBe('10');
    const live = ok(await ws.core.call('applications.list', {}));
    expect(live.map((a) => [a.id, a.version])).toEqual([[v2.id, 2]]);
    expect(ok(await ws.core.call('applications.list', { includeSuperseded: true }))).toHaveLength(2);
  });

  it('copy reuses the parties and items under a new reference; a reference in use is refused', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    expect(failed(await ws.core.call('applications.copy', { id: app.id, reference: 'EXP-2026-001' }))).toMatchObject({ code: 'DUPLICATE', field: 'reference' });
    const copy = ok(await ws.core.call('applications.copy', { id: app.id, reference: 'EXP-2026-002' })).application;
    expect(copy).toMatchObject({ version: 1, copiedFromId: app.id, status: 'draft', destination: 'DE', externalNumber: null, documents: [], requests: [] });
    expect(copy.parties.map((p) => [p.partyId, p.role])).toEqual(app.parties.map((p) => [p.partyId, p.role]));
    expect(copy.lines.map((l) => [l.itemId, l.quantity, l.total])).toEqual(app.lines.map((l) => [l.itemId, l.quantity, l.total]));
    expect(ok(await ws.core.call('applications.checklist', { id: copy.id })).ready).toBe(true);
    expect(failed(await ws.core.call('applications.create', { reference: 'EXP-2026-002' }))).toMatchObject({ code: 'DUPLICATE' });
  });
});

describe('bad input is refused with a clear message and nothing changed', () => {
  it('unknown destination, negative or non-numeric quantity and price, currency mismatch, unknown records', async () => {
    const ws = await licensingWorkspace();
    const { app, item } = await readyApplication(ws.core);
    const before = applicationCounts(ws.db);
    const cases: [Promise<Result<unknown>>, RegExp][] = [
      [ws.core.call('applications.create', { reference: 'EXP-X', destination: 'XX' }), /"XX" is not an ISO 3166 country code/],
      [ws.core.call('applications.update', { id: app.id, destination: 'Atlantis' }), /not an ISO 3166 country code/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: -1, unit: 'units', unitPrice: 1 }), /The quantity cannot be negative/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 'lots', unit: 'units', unitPrice: 1 }), /The quantity must be a number such as 12 or 12.50, not "lots"/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 0, unit: 'units', unitPrice: 1 }), /more than zero/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: '-3' }), /The unit price cannot be negative/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: 'abc' }), /The unit price must be a number/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: 1, currency: 'EUR' }), /priced in EUR but application EXP-2026-001 is in USD/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: 1, unit: 'units', unitPrice: 1, currency: 'ZZZ' }), /ISO 4217/],
      [ws.core.call('applications.addItem', { id: app.id, itemId: 999, quantity: 1, unit: 'units', unitPrice: 1 }), /There is no item #999/],
      [ws.core.call('applications.update', { id: app.id, currency: 'EUR' }), /priced in USD: remove or re-price them/],
      [ws.core.call('applications.update', { id: app.id, returnDate: '2026-05-01' }), /temporary export only/],
      [ws.core.call('applications.addParty', { id: app.id, partyId: 999, role: 'end-user' }), /There is no party #999/],
      [ws.core.call('applications.get', { id: 999 }), /There is no application #999/],
      [ws.core.call('applications.setStatus', { id: app.id, status: 'shipped' as 'draft' }), /the status must be one of/],
    ];
    for (const [call, message] of cases) expect(failed(await call).message).toMatch(message);
    expect(applicationCounts(ws.db)).toEqual(before);
  });
});
