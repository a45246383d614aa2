import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, countRows, failed, fixedClock, ok, openTempWorkspace } from './helpers';
import { CCL_V1, MASS_MARKET_ROUTER, classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';
import { importFile } from './helpers';

afterEach(cleanupTemp);

const AT = '2026-05-06T07:08:09.000Z';

describe('classifications.evaluate: candidates quoted from the loaded list versions', () => {
  it('quotes the exact paragraph, its parents and the snapshot version for each jurisdiction, with the EU attribution', async () => {
    const ws = await classificationWorkspace();
    const answers = { ...MASS_MARKET_ROUTER, 'mass-market': 'no', 'mass-market-component': 'no', 'enc-paragraph': 'b1' };
    const ev = ok(await ws.core.call('classifications.evaluate', { questionnaireId: 'encryption', answers }));
    expect(ev.complete).toBe(true);
    const [us, eu] = ev.candidates;
    expect(us).toMatchObject({ jurisdiction: 'us-ear', label: '5A002.a.2', authorization: 'ENC', snapshotId: ws.ccl, problem: null });
    expect(us!.quote).toMatchObject({ versionLabel: 'eCFR 2026-01-15', listName: 'US Commerce Control List', entryCode: '5A002', paragraphCode: '5A002.a.2' });
    expect(us!.quote!.lines.map((l) => l.code)).toEqual(['5A002', '5A002.a', '5A002.a.2']);
    expect(us!.quote!.text).toContain("5A002.a Designed or modified to use 'cryptography for data confidentiality'");
    expect(us!.quote!.text).toContain('5A002.a.2 Digital communication or networking systems, equipment or components, not specified in paragraph 5A002.a.1;');
    expect(eu).toMatchObject({ jurisdiction: 'eu', label: '5A002.a.2', snapshotId: ws.eu, problem: null });
    expect(eu!.quote!.attribution).toContain('© European Union');
    expect(eu!.quote!.text).toContain('5A002.a.2 Digital communication or networking systems, equipment or components, not specified in 5A002.a.1.;');
  });

  it('quotes the Cryptography Note from each list with a mass-market candidate', async () => {
    const ws = await classificationWorkspace();
    const ev = ok(await ws.core.call('classifications.evaluate', { questionnaireId: 'encryption', answers: MASS_MARKET_ROUTER }));
    const [us, eu] = ev.candidates;
    expect(us!.quote!.text).toBe(
      '5A992 Equipment not controlled by 5A002 (see List of Items Controlled)\n5A992.c Commodities classified as mass market encryption commodities in accordance with § 740.17(b) of the EAR.',
    );
    expect(us!.supporting[0]).toMatchObject({ title: 'Cryptography Note (Note 3 to Category 5 Part 2)', versionLabel: 'eCFR 2026-01-15' });
    expect(us!.supporting[0]!.text).toMatch(/^Cryptography Note: ECCNs 5A002, 5D002\.a\.1/);
    expect(us!.supporting[0]!.text).toContain('Generally available to the public');
    expect(eu).toMatchObject({ kind: 'not-listed', quote: null, problem: null });
    expect(eu!.supporting[0]!.text).toMatch(/^Note 3: Cryptography Note/);
    expect(eu!.supporting[0]!.attribution).toContain('© European Union');
  });

  it('asks the next question while the answers are incomplete', async () => {
    const ws = await classificationWorkspace();
    const ev = ok(await ws.core.call('classifications.evaluate', { questionnaireId: 'intrusion-software', answers: { form: 'software' } }));
    expect(ev).toMatchObject({ complete: false, nextQuestionId: 'software-kind', candidates: [] });
    expect(ev.decisionPath.answers).toEqual([expect.objectContaining({ questionId: 'form', answer: 'software', answerLabel: 'Software' })]);
  });

  it('says plainly when no version of a list is loaded, instead of quoting nothing', async () => {
    const ws = openTempWorkspace();
    const ev = ok(await ws.core.call('classifications.evaluate', { questionnaireId: 'surveillance', answers: { form: 'commodity', interception: 'none', 'equipment-role': 'system', carrier: 'yes', selectors: 'yes', excluded: 'no' } }));
    expect(ev.candidates.map((c) => c.problem)).toEqual([expect.stringContaining('No version of the US Commerce Control List is loaded'), expect.stringContaining('No version of the EU dual-use list')]);
  });

  it('refuses answers to unknown questions and answers that are not options, naming the question', async () => {
    const ws = openTempWorkspace();
    expect(failed(await ws.core.call('classifications.evaluate', { questionnaireId: 'encryption', answers: { form: 'gadget' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.form',
    });
    expect(failed(await ws.core.call('classifications.evaluate', { questionnaireId: 'encryption', answers: { colour: 'blue' } }))).toMatchObject({ field: 'answers.colour' });
  });

  it('reads write nothing: evaluating, listing, history and the queue leave the workspace as it was', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    await classifyMassMarket(ws.core, item.id);
    const before = countRows(ws.db);
    ok(await ws.core.call('classifications.questionnaires', {}));
    ok(await ws.core.call('classifications.evaluate', { questionnaireId: 'encryption', answers: MASS_MARKET_ROUTER }));
    ok(await ws.core.call('classifications.history', { itemId: item.id }));
    ok(await ws.core.call('classifications.reReviewQueue', {}));
    ok(await ws.core.call('items.get', { id: item.id }));
    ok(await ws.core.call('items.list', { search: 'securelink' }));
    ok(await ws.core.call('items.history', { itemId: item.id }));
    ok(await ws.core.call('items.documents', { itemId: item.id }));
    ok(await ws.core.call('items.importPreview', { source: { name: 'x.csv', base64: Buffer.from('name,item_type\nA,software\n').toString('base64') } }));
    expect(countRows(ws.db)).toEqual(before);
    expect(ws.db.prepare('SELECT count(*) AS n FROM items').get()).toEqual({ n: 1 });
  });

  it('lists the questionnaires as plain data with their citations', async () => {
    const ws = openTempWorkspace();
    const qs = ok(await ws.core.call('classifications.questionnaires', {}));
    expect(qs.map((q) => q.id)).toEqual(['encryption', 'intrusion-software', 'surveillance']);
    expect(JSON.parse(JSON.stringify(qs))).toEqual(qs);
    expect(qs[0]!.questions.find((x) => x.id === 'mass-market')!.citation).toContain('Note 3');
  });
});

describe('classifications.save: a new classification supersedes, never overwrites', () => {
  it('stores the cited text from the snapshot, the rationale, the decision path, who and when', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const item = await createItem(ws.core);
    const c = await classifyMassMarket(ws.core, item.id);
    expect(c).toMatchObject({
      itemId: item.id,
      jurisdiction: 'us-ear',
      kind: 'entry',
      label: '5A992.c',
      snapshot: { id: ws.ccl, versionLabel: 'eCFR 2026-01-15' },
      authorization: 'MMKT',
      reportItemType: 'router',
      status: 'final',
      createdAt: AT,
      createdBy: 'Ada Lovelace',
      supersedesId: null,
      supersededAt: null,
    });
    expect(c.quotedText).toContain('5A992.c Commodities classified as mass market encryption commodities');
    expect(c.supporting[0]!.title).toContain('Cryptography Note');
    expect(c.decisionPath!.answers.map((a) => a.questionId)).toEqual(Object.keys(MASS_MARKET_ROUTER));
    expect(c.decisionPath!.answers.find((a) => a.questionId === 'mass-market')).toMatchObject({ answerLabel: 'Yes', citation: expect.stringContaining('Note 3') });
    const got = ok(await ws.core.call('items.get', { id: item.id }));
    expect(got.us).toEqual({ classificationId: c.id, label: '5A992.c', status: 'final' });
  });

  it('keeps the Cryptography Note with an EU "not listed" that the questionnaire based on it', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    const c = ok(
      await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'not-listed', rationale: 'Released by Note 3', questionnaireId: 'encryption', answers: { ...MASS_MARKET_ROUTER }, status: 'final' }),
    ).classification;
    expect(c).toMatchObject({ label: 'Not listed', snapshot: null, quote: null });
    expect(c.supporting).toEqual([expect.objectContaining({ title: 'Cryptography Note (Note 3 to Category 5 Part 2)', snapshotId: ws.eu, attribution: expect.stringContaining('© European Union') })]);
  });

  it('keeps every earlier classification with its text, marked superseded by the next', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    const draft = ok(
      await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'First look: no encryption found', status: 'draft', expectedCurrentId: null }),
    ).classification;
    const final = await classifyMassMarket(ws.core, item.id, { expectedCurrentId: draft.id });
    const eu = ok(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'not-listed', rationale: 'Released by Note 3', status: 'final' })).classification;
    const history = ok(await ws.core.call('classifications.history', { itemId: item.id }));
    expect(history.map((h) => [h.id, h.jurisdiction, h.label, h.status, h.supersedesId, h.supersededById])).toEqual([
      [eu.id, 'eu', 'Not listed', 'final', null, null],
      [final.id, 'us-ear', '5A992.c', 'final', draft.id, null],
      [draft.id, 'us-ear', 'EAR99', 'draft', null, final.id],
    ]);
    expect(history[2]!.rationale).toBe('First look: no encryption found');
    expect(history[2]!.supersededAt).not.toBeNull();
    expect(ok(await ws.core.call('classifications.history', { itemId: item.id, jurisdiction: 'eu' })).map((h) => h.id)).toEqual([eu.id]);
    const got = ok(await ws.core.call('items.get', { id: item.id }));
    expect([got.us?.label, got.eu?.label]).toEqual(['5A992.c', 'Not listed']);
  });

  it('refuses to change or delete a stored classification at the database level', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    const c = await classifyMassMarket(ws.core, item.id);
    expect(() => ws.db.prepare(`UPDATE classifications SET rationale = 'edited' WHERE id = ?`).run(c.id)).toThrow(/supersedes, never overwrites/);
    expect(() => ws.db.prepare(`UPDATE classifications SET quoted_text = 'edited', superseded_at = 'x', superseded_by_id = ? WHERE id = ?`).run(c.id, c.id)).toThrow(/never overwrites/);
    expect(() => ws.db.prepare('DELETE FROM classifications').run()).toThrow(/supersedes, never overwrites/);
    const next = await classifyMassMarket(ws.core, item.id, { rationale: 'Confirmed' });
    expect(() => ws.db.prepare(`UPDATE classifications SET superseded_at = 'again', superseded_by_id = ? WHERE id = ?`).run(next.id, c.id)).toThrow(/never overwrites/);
  });

  it('refuses a save when another classification was saved since the user looked (expectedCurrentId)', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    await classifyMassMarket(ws.core, item.id);
    const before = countRows(ws.db);
    const e = failed(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'x', status: 'final', expectedCurrentId: null }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'expectedCurrentId' });
    expect(countRows(ws.db)).toEqual(before);
  });

  const BAD: [string, Record<string, unknown>, { code: string; field?: string; message: RegExp }][] = [
    ['EAR99 for the EU', { jurisdiction: 'eu', kind: 'ear99' }, { code: 'INVALID_INPUT', field: 'kind', message: /EAR99 exists only under the US EAR/ }],
    ['"not listed" for the US', { jurisdiction: 'us-ear', kind: 'not-listed' }, { code: 'INVALID_INPUT', field: 'kind', message: /EAR99, not "not listed"/ }],
    ['an entry classification without a code', { kind: 'entry' }, { code: 'INVALID_INPUT', field: 'entryCode', message: /needs the entry code/ }],
    ['an empty rationale', { kind: 'ear99', rationale: '   ' }, { code: 'INVALID_INPUT', field: 'rationale', message: /rationale cannot be empty/ }],
    ['a code not in the cited version', { kind: 'entry', entryCode: '9A001' }, { code: 'NOT_FOUND', field: 'entryCode', message: /9A001 is not in US Commerce Control List eCFR 2026-01-15/ }],
    ['a paragraph not in the cited version', { kind: 'entry', entryCode: '5A992', paragraphCode: '5A992.q' }, { code: 'NOT_FOUND', field: 'paragraphCode', message: /5A992\.q is not in/ }],
    ['a paragraph of another entry', { kind: 'entry', entryCode: '5A992', paragraphCode: '5A002.a.1' }, { code: 'INVALID_INPUT', field: 'paragraphCode', message: /not a paragraph of 5A992/ }],
    ['MMKT with a 5A002 classification', { kind: 'entry', entryCode: '5A002.a.1', authorization: 'MMKT', reportItemType: 'router' }, { code: 'INVALID_INPUT', field: 'authorization', message: /MMKT goes with ECCN 5A992, 5D992/ }],
    ['ENC without the report item type', { kind: 'entry', entryCode: '5A002.a.1', authorization: 'ENC' }, { code: 'INVALID_INPUT', field: 'reportItemType', message: /Supp\. No\. 8/ }],
    ['an item type that is not a Supp. 8 descriptor', { kind: 'entry', entryCode: '5A002.a.1', authorization: 'ENC', reportItemType: 'widget' }, { code: 'INVALID_INPUT', field: 'reportItemType', message: /\(a\)\(6\)/ }],
    ['ENC for the EU', { jurisdiction: 'eu', kind: 'entry', entryCode: '5A002.a.1', authorization: 'ENC', reportItemType: 'router' }, { code: 'INVALID_INPUT', field: 'authorization', message: /US authorizations/ }],
    ['an EU snapshot for a US classification', { kind: 'entry', entryCode: '5A002', snapshotId: -1 }, { code: 'INVALID_INPUT', field: 'snapshotId', message: /./ }],
    ['answers that stop half-way', { kind: 'ear99', questionnaireId: 'encryption', answers: { form: 'commodity' } }, { code: 'INVALID_INPUT', field: 'answers.cryptanalysis', message: /is not answered/ }],
  ];
  for (const [what, change, expected] of BAD) {
    it(`refuses ${what}, writing nothing`, async () => {
      const ws = await classificationWorkspace();
      const item = await createItem(ws.core);
      const before = countRows(ws.db);
      const input: Record<string, unknown> = { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', rationale: 'Because', status: 'final', ...change };
      if (input.snapshotId === -1) input.snapshotId = ws.eu;
      const e = failed(await ws.core.call('classifications.save', input as never));
      expect(e.code).toBe(expected.code);
      if (expected.field) expect(e.field).toBe(expected.field);
      expect(e.message).toMatch(expected.message);
      expect(countRows(ws.db)).toEqual(before);
      expect(ws.db.prepare('SELECT count(*) AS n FROM classifications').get()).toEqual({ n: 0 });
    });
  }

  it('refuses a save against a list that is not loaded', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, CCL_V1);
    const item = await createItem(ws.core);
    expect(failed(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'entry', entryCode: '5A002', rationale: 'x', status: 'draft' }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('No version of the EU dual-use list'),
    });
  });

  it('accepts a paragraph code given as the entry code, reading its entry from it', async () => {
    const ws = await classificationWorkspace();
    const item = await createItem(ws.core);
    const c = ok(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'entry', entryCode: '5a002.A.1', rationale: 'VPN appliance', status: 'draft' })).classification;
    expect([c.entryCode, c.paragraphCode, c.snapshot?.id]).toEqual(['5A002', '5A002.a.1', ws.eu]);
    expect(c.quote!.attribution).toContain('© European Union');
  });

  it('records each save in the item history with the classification it superseded', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    const first = await classifyMassMarket(ws.core, item.id);
    const second = await classifyMassMarket(ws.core, item.id, { rationale: 'Checked again' });
    const rows = ok(await ws.core.call('items.history', { itemId: item.id }));
    expect(rows.map((r) => r.action)).toEqual(['classifications.save', 'classifications.save', 'items.create']);
    expect(rows[0]).toMatchObject({ before: { classificationId: first.id, label: '5A992.c' }, after: { classificationId: second.id, label: '5A992.c', versionLabel: 'eCFR 2026-01-15', rationale: 'Checked again' } });
  });
});
