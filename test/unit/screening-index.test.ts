import { describe, expect, it } from 'vitest';
import { buildIndex, screen, screenExhaustive } from '../../shared/screening/candidate-index';
import { prepareEntry } from '../../shared/screening/entry-score';
import { ScreeningInputError } from '../../shared/screening/normalize';
import { DEFAULT_THRESHOLD } from '../../shared/screening/threshold';
import type { PartyType, ScreenResult, ScreeningEntry, ScreeningQuery } from '../../shared/screening/types';
import { loadLabelledPairs } from '../fixtures/screening/labelled-pairs';

const pairs = loadLabelledPairs();

/**
 * A few hundred list entries: every name of the labelled set (the near misses make the hardest
 * neighbours), some with the query of a matching pair as an alias so aliases compete with primary
 * names; types and countries cycled.
 */
function entries(): ScreeningEntry[] {
  const byName = new Map<string, ScreeningEntry>();
  const types: PartyType[] = ['individual', 'entity', 'vessel', 'unknown'];
  const countries = [['RU'], ['IR'], [], ['CN', 'HK']];
  const add = (name: string, i: number) => {
    let e = byName.get(name);
    if (!e) {
      e = { id: `e${byName.size}`, listId: i % 2 ? 'sdn' : 'un', names: [name], type: types[i % 4]!, countries: countries[i % 4]! };
      byName.set(name, e);
    }
    return e;
  };
  pairs.forEach((p, i) => {
    const e = add(p.candidate, i);
    if (p.match && i % 3 === 0) e.names.push(p.query);
    if (!p.match) add(p.query, i);
  });
  return [...byName.values()];
}

/** Seeded edits of list names: the kind of query that sits near the threshold. */
function perturbed(names: string[]): string[] {
  let seed = 42;
  const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return names.map((n, i) => {
    const at = 1 + Math.floor(r() * Math.max(1, n.length - 2));
    switch (i % 4) {
      case 0:
        return n.slice(0, at) + n.slice(at + 1); // a dropped letter
      case 1:
        return n.slice(0, at) + n[at + 1] + n[at] + n.slice(at + 2); // a transposition
      case 2:
        return n.split(/[ ,]+/).reverse().join(' '); // reversed order
      default:
        return n.split(/[ ,]+/).slice(0, 2).join(''); // first two words run together
    }
  });
}

const signature = (r: ScreenResult) => r.hits.map((h) => `${h.entryId}#${h.matchedIndex}@${h.score.toFixed(9)}`);

describe('candidate index', () => {
  const list = entries();
  const index = buildIndex(list);
  const prepared = list.map((e) => prepareEntry(e));
  const totalNames = list.reduce((n, e) => n + e.names.length, 0);
  const queries: ScreeningQuery[] = [
    ...pairs.map((p) => ({ name: p.query })),
    ...perturbed(list.map((e) => e.names[0]!)).map((name) => ({ name })),
  ];

  it('holds a few hundred entries', () => {
    expect(list.length).toBeGreaterThan(300);
    expect(index.names.length).toBe(totalNames);
  });

  it.each([DEFAULT_THRESHOLD, 0.6])('returns exactly the hits of scoring every name, at threshold %d', (threshold) => {
    let scored = 0;
    let hits = 0;
    for (const q of queries) {
      if (!/[\p{L}\p{N}]/u.test(q.name)) continue;
      const fast = screen(index, q, { threshold, limit: 1000 });
      const full = screenExhaustive(prepared, q, { threshold, limit: 1000 });
      expect(signature(fast), q.name).toEqual(signature(full));
      scored += fast.namesScored;
      hits += fast.hits.length;
    }
    expect(hits).toBeGreaterThan(queries.length / 2);
    // The point of the index: far fewer names scored than a full scan would.
    expect(scored / queries.length).toBeLessThan(totalNames / 20);
  });

  it('agrees with the full scan when country and type nudge the scores', () => {
    for (const [i, p] of pairs.entries()) {
      const q: ScreeningQuery = { name: p.query, country: i % 2 ? 'RU' : 'CN', type: i % 3 ? 'individual' : 'entity' };
      const threshold = DEFAULT_THRESHOLD - 0.05;
      expect(signature(screen(index, q, { threshold, limit: 1000 })), p.query).toEqual(
        signature(screenExhaustive(prepared, q, { threshold, limit: 1000 })),
      );
    }
  });

  it('sorts hits best first and honours the limit', () => {
    const r = screen(index, { name: 'Vladimir Putin' }, { threshold: 0.3, limit: 3 });
    expect(r.hits.length).toBe(3);
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(r.hits[0]).toMatchObject({ score: 1 });
    expect(r.hits[0]!.matchedName.toLowerCase()).toContain('putin');
  });

  it('finds the real target cases', () => {
    const target = buildIndex([
      { id: 'sdn-35096', listId: 'sdn', names: ['PUTIN, Vladimir Vladimirovich'], type: 'individual', countries: ['RU'] },
      { id: 'csl-17016', listId: 'csl', names: ['GAZPROMBANK JOINT STOCK COMPANY', 'GAZPROMBANK'], type: 'entity', countries: ['RU'] },
      { id: 'sdn-24430', listId: 'sdn', names: ['11420 CORP.'], type: 'entity', countries: ['US'] },
      { id: 'sdn-37447', listId: 'sdn', names: ['JSC ARGUMENT'], type: 'entity', countries: ['RU'] },
    ]);
    const ids = (name: string) => screen(target, { name }).hits.map((h) => h.entryId);
    expect(ids('PUTIN, Vladimir')).toEqual(['sdn-35096']);
    expect(ids('Владимир Путин')).toEqual(['sdn-35096']);
    expect(ids('Gazprom Bank')).toEqual(['csl-17016']);
    expect(ids('JSCARGUMENT')).toEqual(['sdn-37447']);
    expect(ids('BELLETECH CORP')).toEqual([]);
  });

  it('rejects an empty name with the matcher error and flags a name of legal forms alone', () => {
    expect(() => screen(index, { name: '  ' })).toThrow(ScreeningInputError);
    const r = screen(index, { name: 'Holding Company LLC' });
    expect(r).toMatchObject({ hits: [], weakOnly: true });
    expect(screen(index, { name: 'Belletech Corp' }).weakOnly).toBe(false);
  });

  it('still finds a listed name made only of weak words, and only with names made the same way', () => {
    const lists = buildIndex([
      { id: 'd', listId: 'sdn', names: ['D COMPANY'], type: 'entity', countries: [] },
      { id: 'des', listId: 'sdn', names: ['DES INTERNATIONAL CO., LTD.'], type: 'entity', countries: [] },
      { id: 'acme', listId: 'sdn', names: ['ACME COMPANY'], type: 'entity', countries: [] },
    ]);
    const ids = (name: string) => screen(lists, { name }).hits.map((h) => h.entryId);
    expect(ids('D-Company')).toEqual(['d']);
    expect(ids('DES International Co Ltd')).toEqual(['des']);
    expect(ids('Zenith Company')).toEqual([]);
    expect(ids('Company')).toEqual([]);
    expect(ids('Acme Co')).toEqual(['acme']);
  });

  it('reports a truncated query', () => {
    const r = screen(index, { name: 'Rosoboronexport '.repeat(625) });
    expect(r.truncated).toBe(true);
  });

  it('refuses a threshold outside 0..1 or a limit below 1', () => {
    expect(() => screen(index, { name: 'Putin' }, { threshold: 1.5 })).toThrow(RangeError);
    expect(() => screen(index, { name: 'Putin' }, { limit: 0 })).toThrow(RangeError);
  });
});
