import { afterEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../shared/parties/red-flags';
import { cleanupTemp, failed, fixedClock, ok, openTempWorkspace } from './helpers';
import { createParty, partyCounts } from './parties-helpers';

afterEach(cleanupTemp);

const AT = '2026-05-06T07:08:09.000Z';
const ALL_NO = RED_FLAGS.map((f) => ({ flagId: f.id, answer: 'no' as const }));

describe('the BIS red flags (Supp. No. 3 to Part 732)', () => {
  it('are the thirteen published red flags plus the catch-all of paragraph (a)(1), each with a unique id and a citation', () => {
    expect(RED_FLAGS).toHaveLength(14);
    expect(new Set(RED_FLAGS.map((f) => f.id)).size).toBe(14);
    RED_FLAGS.slice(0, 13).forEach((f, i) => expect(f.citation).toBe(`Supp. No. 3 to Part 732, red flag ${i + 1}`));
    expect(RED_FLAGS[13]!.citation).toBe('Supp. No. 3 to Part 732, paragraph (a)(1)');
    for (const f of RED_FLAGS) expect(f.question).toMatch(/\?$/);
  });

  it('cover the ones the issue names: end-use reluctance, line of business, cash, delivery route, evasiveness, freight forwarder', () => {
    const text = RED_FLAGS.map((f) => f.question.toLowerCase()).join('\n');
    for (const words of ['reluctant to give information about the end use', "line of business", 'pay cash', 'shipping route', 'evasive', 'freight forwarding firm', 'denied persons', 'installation, training or maintenance', 'packaging']) {
      expect(text).toContain(words);
    }
  });
});

describe('answering the checklist', () => {
  it('records each answer with its note, when and by whom, and marks the party while a red flag is open', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Dana Officer' }));
    const p = await createParty(ws.core);
    const { party } = ok(
      await ws.core.call('parties.answerKyc', {
        partyId: p.id,
        answers: [
          { flagId: 'reluctant-end-use', answer: 'yes', note: 'Would not say which lab uses it' },
          { flagId: 'cash-for-expensive-item', answer: 'no' },
          { flagId: 'abnormal-route', answer: 'unknown', note: '  ' },
        ],
      }),
    );
    expect(party.kyc).toMatchObject({ state: 'open', openRedFlags: 1, answered: 2, total: 14 });
    expect(party.kyc.answers).toEqual([
      { flagId: 'reluctant-end-use', answer: 'yes', note: 'Would not say which lab uses it', answeredAt: AT, answeredBy: 'Dana Officer' },
      { flagId: 'cash-for-expensive-item', answer: 'no', note: null, answeredAt: AT, answeredBy: 'Dana Officer' },
      { flagId: 'abnormal-route', answer: 'unknown', note: null, answeredAt: AT, answeredBy: 'Dana Officer' },
    ]);
    const row = ok(await ws.core.call('parties.list', {})).rows[0]!;
    expect(row.kyc).toEqual({ state: 'open', openRedFlags: 1, answered: 2, total: 14 });
  });

  it('is incomplete while any question is unanswered or unknown, clear when every answer is no, open again on a yes', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const answer = async (answers: { flagId: string; answer: 'yes' | 'no' | 'unknown' }[]) =>
      ok(await ws.core.call('parties.answerKyc', { partyId: p.id, answers })).party.kyc;
    expect(await answer(ALL_NO.slice(0, 13))).toMatchObject({ state: 'incomplete', answered: 13 });
    expect(await answer([{ flagId: RED_FLAGS[13]!.id, answer: 'unknown' }])).toMatchObject({ state: 'incomplete', answered: 13 });
    expect(await answer([{ flagId: RED_FLAGS[13]!.id, answer: 'no' }])).toMatchObject({ state: 'clear', answered: 14, openRedFlags: 0 });
    expect(await answer([{ flagId: 'forwarder-final-destination', answer: 'yes' }])).toMatchObject({ state: 'open', openRedFlags: 1 });
    // Resolving the flag after inquiry: the answer becomes no, and the history keeps the yes.
    expect(await answer([{ flagId: 'forwarder-final-destination', answer: 'no' }])).toMatchObject({ state: 'clear', openRedFlags: 0 });
    const kycRows = ok(await ws.core.call('parties.history', { partyId: p.id })).filter((r) => r.action === 'parties.answerKyc');
    expect(kycRows[0]).toMatchObject({
      before: { 'forwarder-final-destination': { answer: 'yes', note: null } },
      after: { 'forwarder-final-destination': { answer: 'no', note: null } },
    });
    expect(kycRows[1]).toMatchObject({ before: { 'forwarder-final-destination': { answer: 'no', note: null } }, after: { 'forwarder-final-destination': { answer: 'yes', note: null } } });
  });

  it('filters the parties table by checklist state', async () => {
    const ws = openTempWorkspace();
    const open = await createParty(ws.core, { legalName: 'Open Flag Ltd', country: 'GB' });
    const clear = await createParty(ws.core, { legalName: 'All Clear Ltd', country: 'GB' });
    const none = await createParty(ws.core, { legalName: 'Not Asked Ltd', country: 'GB' });
    ok(await ws.core.call('parties.answerKyc', { partyId: open.id, answers: [{ flagId: 'vague-delivery', answer: 'yes' }] }));
    ok(await ws.core.call('parties.answerKyc', { partyId: clear.id, answers: ALL_NO }));
    const ids = async (kyc: 'open' | 'incomplete' | 'clear') => ok(await ws.core.call('parties.list', { kyc })).rows.map((r) => r.id);
    expect(await ids('open')).toEqual([open.id]);
    expect(await ids('clear')).toEqual([clear.id]);
    expect(await ids('incomplete')).toEqual([none.id]);
  });

  it('refuses an unknown red flag, an answer other than yes/no/unknown, the same flag twice and an unknown party, writing nothing', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const before = partyCounts(ws.db);
    const e1 = failed(await ws.core.call('parties.answerKyc', { partyId: p.id, answers: [{ flagId: 'made-up', answer: 'yes' }] }));
    expect(e1).toMatchObject({ code: 'INVALID_INPUT', field: 'answers[0].flagId' });
    expect(e1.message).toContain('not a red flag of Supp. No. 3 to Part 732');
    const e2 = failed(await ws.core.call('parties.answerKyc', { partyId: p.id, answers: [{ flagId: 'abnormal-route', answer: 'maybe' as 'yes' }] }));
    expect(e2).toMatchObject({ code: 'INVALID_INPUT', field: 'answers[0].answer' });
    const e3 = failed(
      await ws.core.call('parties.answerKyc', {
        partyId: p.id,
        answers: [
          { flagId: 'abnormal-route', answer: 'yes' },
          { flagId: 'abnormal-route', answer: 'no' },
        ],
      }),
    );
    expect(e3.message).toContain('a red flag is answered twice');
    expect(failed(await ws.core.call('parties.answerKyc', { partyId: p.id, answers: [] })).message).toContain('give at least one answer');
    expect(failed(await ws.core.call('parties.answerKyc', { partyId: 404, answers: [{ flagId: 'abnormal-route', answer: 'yes' }] })).code).toBe('NOT_FOUND');
    expect(partyCounts(ws.db)).toEqual(before);
  });
});
