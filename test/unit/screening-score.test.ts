import { describe, expect, it } from 'vitest';
import { ADJUSTMENTS, scoreEntry } from '../../shared/screening/entry-score';
import { SCORING, scoreNamePair } from '../../shared/screening/score';
import { DEFAULT_THRESHOLD } from '../../shared/screening/threshold';
import type { ScreeningEntry } from '../../shared/screening/types';

const score = (q: string, c: string) => scoreNamePair(q, c).score;

describe('the real target cases at the default threshold', () => {
  // [query, listed name, should it be a hit, why the case exists]
  const cases: [string, string, boolean, string][] = [
    ['PUTIN, Vladimir', 'Vladimir Putin', true, 'the "SURNAME, Given" form the SDN list uses'],
    ['Владимир Путин', 'Vladimir Putin', true, 'Cyrillic against the Latin listing'],
    ['Gazprom Bank', 'GAZPROMBANK', true, 'two words against the same run together'],
    ['BELLETECH CORP', '11420 CORP.', false, 'only the legal form agrees: must never match on it'],
  ];
  it.each(cases)('%s vs %s: hit=%s (%s)', (query, listed, hit) => {
    expect(score(query, listed) >= DEFAULT_THRESHOLD).toBe(hit);
  });

  it('explains the Cyrillic match token by token', () => {
    const { explanation } = scoreNamePair('Владимир Путин', 'PUTIN, Vladimir Vladimirovich');
    expect(explanation.pairs).toEqual([
      { query: 'vladimir', candidate: 'vladimir', similarity: 1, kind: 'exact' },
      { query: 'putin', candidate: 'putin', similarity: 1, kind: 'exact' },
    ]);
    expect(explanation.unmatchedCandidate).toEqual(['vladimirovich']);
  });

  it('explains why BELLETECH CORP is not 11420 CORP.', () => {
    const { score: s, explanation } = scoreNamePair('BELLETECH CORP', '11420 CORP.');
    expect(s).toBeLessThanOrEqual(SCORING.weakOnlyCap);
    expect(explanation.weakOnly).toBe(true);
    expect(explanation.pairs).toEqual([{ query: 'corp', candidate: 'corp', similarity: 1, kind: 'weak' }]);
    expect(explanation.unmatchedQuery).toEqual(['belletech']);
  });
});

describe('matching rules', () => {
  // [query, listed name, should it be a hit, why]
  const cases: [string, string, boolean, string][] = [
    ['JSCARGUMENT', 'JSC ARGUMENT', true, 'run together on the query side, legal form included'],
    ['JSC ARGUMENT', 'JSCARGUMENT', true, 'and on the list side'],
    ['Abd al-Rahman Yasin', 'ABDUL RAHMAN YASIN', true, 'particle run into the name'],
    ['Kadyrov Ramzan', 'KADYROV, Ramzan Akhmatovich', true, 'order and a missing patronymic'],
    ['Vladimir Puttin', 'PUTIN, Vladimir Vladimirovich', true, 'typo: doubled letter'],
    ['Igor Sechn', 'SECHIN, Igor Ivanovich', true, 'typo: dropped letter'],
    ['Kim Jong Un', 'KIM, Jong Un', true, 'short tokens, exact'],
    ['Kim Jong Un', 'KIM, Jong Sik', false, 'short tokens must be exact: Un is not Sik'],
    ['Kym Jong Un', 'KIM, Jong Un', false, 'nor Kym Kim: a three-letter token gets no edit'],
    ['Ocean Star 1', 'OCEAN STAR 2', false, 'numbers must agree (two vessels of one owner)'],
    ['11421 Corp', '11420 CORP.', false, 'numbers must agree, not one digit off'],
    ['Ocean Star', 'OCEAN STAR 2', true, 'a number on one side only does not veto'],
    ['The Trading Company LLC', 'ADJ TRADING LIMITED', false, 'only weak tokens in the query'],
    ['Boris Rotenberg', 'ROTENBERG, Arkady Romanovich', false, 'same surname, different person'],
    ['Gazprombank Joint Stock Company', 'GAZPROMBANK', true, 'unmatched legal forms do not count against'],
    ['Gazprombank Moscow Branch', 'GAZPROMBANK', true, 'a distinctive listed name inside a longer query'],
    ['Ali Hassan Trading', 'ALI', false, 'a short, common listed name inside a longer query is not enough'],
  ];
  it.each(cases)('%s vs %s: hit=%s (%s)', (query, listed, hit) => {
    expect(score(query, listed) >= DEFAULT_THRESHOLD).toBe(hit);
  });

  it('says how tokens met: run together, fuzzy, phonetic', () => {
    expect(scoreNamePair('JSCARGUMENT', 'JSC ARGUMENT').explanation.pairs).toEqual([
      { query: 'jscargument', candidate: 'jsc argument', similarity: 0.97, kind: 'merged' },
    ]);
    expect(scoreNamePair('Igor Sechn', 'SECHIN, Igor').explanation.pairs).toContainEqual({
      query: 'sechn',
      candidate: 'sechin',
      similarity: 0.833,
      kind: 'fuzzy',
    });
    expect(scoreNamePair('صدام حسين', 'SADDAM HUSSEIN').explanation.pairs).toEqual([
      { query: 'sdm', candidate: 'saddam', similarity: 0.9, kind: 'phonetic' },
      { query: 'hsyn', candidate: 'hussein', similarity: 0.9, kind: 'phonetic' },
    ]);
  });

  it('reports numbers that disagree', () => {
    const { score: s, explanation } = scoreNamePair('Long Xing 626', 'LONG XING 625');
    expect(explanation.numbersDisagree).toBe(true);
    expect(s).toBeLessThanOrEqual(SCORING.numbersDisagreeCap);
  });

  it('scores 0..1 and is order-free', () => {
    expect(score('Vladimir Putin', 'Putin Vladimir')).toBe(1);
    expect(score('Zzyzx Qwerty', 'PUTIN, Vladimir')).toBe(0);
  });
});

describe('scoreEntry: every name and alias, then country and type', () => {
  const putin: ScreeningEntry = {
    id: '35096',
    listId: 'sdn',
    names: ['PUTIN, Vladimir Vladimirovich', 'Владимир Владимирович Путин', 'V. V. PUTIN'],
    type: 'individual',
    countries: ['RU'],
  };

  it('reports which alias matched and how', () => {
    const qaida: ScreeningEntry = {
      id: 'QDe.004',
      listId: 'un',
      names: ['AL-QAIDA', 'القاعدة', 'THE BASE', 'ISLAMIC SALVATION FOUNDATION'],
      type: 'entity',
      countries: [],
    };
    const hit = scoreEntry({ name: 'Islamic Salvation Foundation' }, qaida)!;
    expect(hit).toMatchObject({ entryId: 'QDe.004', listId: 'un', matchedIndex: 3, matchedName: 'ISLAMIC SALVATION FOUNDATION', score: 1 });
    expect(hit.explanation.pairs.map((p) => `${p.query}~${p.candidate}:${p.kind}`)).toEqual([
      'islamic~islamic:exact',
      'salvation~salvation:exact',
      'foundation~foundation:exact',
    ]);
    const arabic = scoreEntry({ name: 'القاعدة' }, qaida)!;
    expect(arabic.matchedIndex).toBe(1);
    expect(scoreEntry({ name: 'Al Qaeda' }, qaida)!.matchedIndex).toBe(0);
  });

  it('prefers the primary name when an alias scores the same', () => {
    const hit = scoreEntry({ name: 'Vladimir Vladimirovich Putin' }, putin)!;
    expect(hit.matchedIndex).toBe(0);
    expect(hit.score).toBe(1);
  });

  // [query country, query type, country adjustment, type adjustment, why]
  const adjustments: [string | undefined, ScreeningEntry['type'] | undefined, number, number, string][] = [
    [undefined, undefined, 0, 0, 'nothing given: name score only'],
    ['RU', undefined, ADJUSTMENTS.countryMatch, 0, 'country agrees'],
    ['ru', undefined, ADJUSTMENTS.countryMatch, 0, 'country codes compare case-blind'],
    ['FR', undefined, ADJUSTMENTS.countryMismatch, 0, 'country differs'],
    [undefined, 'individual', 0, ADJUSTMENTS.typeMatch, 'type agrees'],
    [undefined, 'entity', 0, ADJUSTMENTS.personVersusOther, 'a company against a person'],
    [undefined, 'unknown', 0, 0, 'unknown type: no nudge'],
  ];
  it.each(adjustments)('country %s, type %s: %d / %d (%s)', (country, type, c, t) => {
    const hit = scoreEntry({ name: 'Vladimir Putne', country, type }, putin)!;
    expect(hit.adjustments).toEqual({ country: c, type: t });
    expect(hit.score).toBeCloseTo(Math.min(1, hit.nameScore + c + t), 10);
  });

  it('gives vessels and entities a smaller type penalty than persons and companies', () => {
    const vessel: ScreeningEntry = { id: 'v', listId: 'sdn', names: ['OCEAN STAR'], type: 'vessel', countries: [] };
    expect(scoreEntry({ name: 'Ocean Star', type: 'entity' }, vessel)!.adjustments.type).toBe(ADJUSTMENTS.otherTypeMismatch);
  });

  it('never lets the adjustments outweigh the name: a strong name match survives every penalty', () => {
    const hit = scoreEntry({ name: 'Vladimir Putin', country: 'FR', type: 'entity' }, putin)!;
    expect(hit.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});
