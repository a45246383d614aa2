import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, countRows, failed, fixedClock, ok } from './helpers';
import { classificationWorkspace, createItem } from './classification-helpers';

/**
 * A classification in force is replaced only when the request says so (replaceCurrent): a second
 * questionnaire on an item classified 4A005 (final) must not silently supersede it with EAR99.
 * Handler level, on a real temporary workspace.
 */

const AT = '2026-05-06T07:08:09.000Z';
afterEach(cleanupTemp);

/** Answers to the intrusion-software questionnaire for an implant-delivery appliance (4A005). */
const IMPLANT_APPLIANCE = { form: 'commodity', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no' };
/** Answers to the encryption questionnaire for an item with no cryptography (EAR99 / not listed). */
const NO_CRYPTO = { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': 'none', crypto: 'no' };

async function classified4A005() {
  const ws = await classificationWorkspace({ clock: fixedClock(AT) });
  const item = await createItem(ws.core, { name: 'Nightjar Implant Console', modelNumber: 'NJ-1' });
  const first = ok(
    await ws.core.call('classifications.save', {
      itemId: item.id,
      jurisdiction: 'us-ear',
      kind: 'entry',
      entryCode: '4A005',
      rationale: 'Delivers intrusion software that evades EDR',
      questionnaireId: 'intrusion-software',
      answers: IMPLANT_APPLIANCE,
      status: 'final',
    }),
  ).classification;
  return { ws, item, first };
}

describe('classifications.save: replacing a classification in force needs confirmation', () => {
  it('refuses a second questionnaire without replaceCurrent, names what is in force, and changes nothing', async () => {
    const { ws, item, first } = await classified4A005();
    const before = countRows(ws.db);
    const e = failed(
      await ws.core.call('classifications.save', {
        itemId: item.id,
        jurisdiction: 'us-ear',
        kind: 'ear99',
        rationale: 'No cryptography',
        questionnaireId: 'encryption',
        answers: NO_CRYPTO,
        status: 'final',
      }),
    );
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'replaceCurrent' });
    expect(e.message).toBe(
      'Item Nightjar Implant Console is already classified 4A005 for US (EAR) (final, 2026-05-06, against US Commerce Control List eCFR 2026-01-15): confirm to replace it. The classification in force is kept in the history, marked superseded.',
    );
    expect(countRows(ws.db)).toEqual(before);
    expect(ok(await ws.core.call('items.get', { id: item.id })).us).toEqual({ classificationId: first.id, label: '4A005', status: 'final' });
  });

  it('refuses even when expectedCurrentId names the classification in force: seeing it is not agreeing to replace it', async () => {
    const { ws, item, first } = await classified4A005();
    const e = failed(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'x', status: 'draft', expectedCurrentId: first.id }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'replaceCurrent' });
  });

  it('refuses replacing a draft too, naming its status', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    ok(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'First look', status: 'draft' }));
    const e = failed(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002.a.1', rationale: 'VPN', status: 'final' }));
    expect(e.message).toMatch(/^Item SecureLink VPN Gateway is already classified EAR99 for US \(EAR\) \(draft, 2026-05-06\): confirm to replace it\./);
  });

  it('with replaceCurrent, supersedes the classification in force, which stays in the history', async () => {
    const { ws, item, first } = await classified4A005();
    const second = ok(
      await ws.core.call('classifications.save', {
        itemId: item.id,
        jurisdiction: 'us-ear',
        kind: 'ear99',
        rationale: 'Re-assessed: the console only schedules scans',
        questionnaireId: 'encryption',
        answers: NO_CRYPTO,
        status: 'final',
        expectedCurrentId: first.id,
        replaceCurrent: true,
      }),
    ).classification;
    expect(second).toMatchObject({ label: 'EAR99', supersedesId: first.id });
    const history = ok(await ws.core.call('classifications.history', { itemId: item.id, jurisdiction: 'us-ear' }));
    expect(history.map((h) => [h.label, h.supersededById])).toEqual([
      ['EAR99', null],
      ['4A005', second.id],
    ]);
  });

  it('needs no confirmation for the first classification of a jurisdiction, even when the other one is classified', async () => {
    const { ws, item } = await classified4A005();
    const eu = ok(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'eu', kind: 'entry', entryCode: '4A005', rationale: 'Same definition in Annex I', status: 'final' })).classification;
    expect(eu.label).toBe('4A005');
    // replaceCurrent with nothing in force is harmless.
    const other = await createItem(ws.core, { name: 'Other', modelNumber: 'O-1' });
    expect(ok(await ws.core.call('classifications.save', { itemId: other.id, jurisdiction: 'us-ear', kind: 'ear99', rationale: 'x', status: 'final', replaceCurrent: true })).classification.supersedesId).toBeNull();
  });

  it('reports a fault in the input before asking to confirm, so a confirmed save does not fail on something else', async () => {
    const { ws, item } = await classified4A005();
    const e = failed(await ws.core.call('classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002.q', rationale: 'x', status: 'final' }));
    expect(e).toMatchObject({ code: 'NOT_FOUND', field: 'paragraphCode' });
  });
});
