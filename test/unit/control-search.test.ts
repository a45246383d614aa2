import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListSnapshot } from '../../shared/control-lists/types';
import { ftsTerms } from '../../electron/core/control-lists/search';
import { cleanupTemp, failed, fixture, importFile, ok, openTempWorkspace, type TempWorkspace } from './helpers';

let ws: TempWorkspace;
let ccl: ListSnapshot;
let eu: ListSnapshot;

beforeAll(async () => {
  ws = openTempWorkspace();
  ccl = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
  eu = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
});
afterAll(cleanupTemp);

const search = async (query: string, opts: { snapshotId?: number; limit?: number } = {}) =>
  ok(await ws.core.call('controls.search', { query, ...opts }));

describe('controls.search by code', () => {
  it('a code prefix ("5A00") ranks the entries with that prefix first, then text that mentions them', async () => {
    const hits = await search('5A00', { snapshotId: ccl.id });
    expect(hits[0]).toMatchObject({ code: '5A002', matchedOn: 'code', snapshotId: ccl.id });
    // 0A501's related controls mention 5A002: a text hit, ranked after the code hit.
    const mention = hits.findIndex((h) => h.code === '0A501');
    expect(mention).toBeGreaterThan(0);
    expect(hits[mention]!.matchedOn).toBe('text');
  });

  it('a lower-case code ("4d004") finds the entry first, in every current list', async () => {
    const hits = await search('4d004');
    expect(hits.slice(0, 2).map((h) => [h.code, h.matchedOn, h.snapshotId])).toEqual([
      ['4D004', 'code', ccl.id],
      ['4D004', 'code', eu.id],
    ]);
    // The US CCL mentions 4D004 in 0A501's related controls (a fixture edit): found as text, later.
    expect(hits.slice(2).map((h) => [h.code, h.matchedOn])).toEqual([['0A501', 'text']]);
  });

  it('a paragraph code ("5A001.j.1.a") opens its entry at that paragraph', async () => {
    const hits = await search('5A001.J.1.A');
    expect(hits[0]).toMatchObject({
      code: '5A001',
      matchedOn: 'code',
      snapshotId: eu.id,
      paragraphCode: '5A001.j.1.a',
      paragraphLabel: 'j.1.a',
      snippet: 'Analysis at the application layer (e.g., Layer 7 of Open Systems Interconnection (OSI) model (ISO/IEC 7498-1));',
    });
  });

  it('the prefix of a category ("5A") lists its entries in code order', async () => {
    const hits = await search('5a', { snapshotId: ccl.id });
    expect(hits.filter((h) => h.matchedOn === 'code').map((h) => h.code)).toEqual(['5A002']);
  });
});

describe('controls.search by text', () => {
  it('finds words in paragraphs, with the matches marked \\u0001...\\u0002 in the snippet', async () => {
    const hits = await search('cryptography', { snapshotId: ccl.id });
    expect(hits.map((h) => h.code)).toEqual(['5A002']);
    expect(hits[0]!.matchedOn).toBe('text');
    expect(hits[0]!.snippet).toContain('\u0001cryptography\u0002');
    expect(hits[0]!.snippet).not.toMatch(/<|>/);
  });

  it('marks a heading match as such', async () => {
    const hits = await search('telecommunications systems', { snapshotId: eu.id });
    expect(hits[0]).toMatchObject({ code: '5A001', matchedOn: 'heading' });
    expect(hits[0]!.snippet).toContain('\u0001Telecommunications systems\u0002');
    expect(hits[0]!.attribution).toBe(eu.attribution);
  });

  it('matches the last word as a prefix while typing ("intrusion soft")', async () => {
    const hits = await search('intrusion soft', { snapshotId: ccl.id });
    expect(hits.map((h) => h.code)).toContain('4D004');
  });

  it('returns one hit per entry, carrying the paragraph that matched', async () => {
    const hits = await search('surveillance', { snapshotId: eu.id });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ code: '5A001', paragraphCode: '5A001.j', matchedOn: 'text' });
  });

  it('ignores accents ("cafe" finds "café")', async () => {
    const local = openTempWorkspace();
    const base64 = Buffer.from('code,parent,title,text\n1A999,,Café equipment,Espresso machines\n').toString('base64');
    ok(await local.core.call('controls.import', { source: { name: 'cafe.csv', base64 } }));
    const hits = ok(await local.core.call('controls.search', { query: 'cafe' }));
    expect(hits.map((h) => h.code)).toEqual(['1A999']);
  });

  it('respects the limit', async () => {
    const hits = await search('the', { limit: 2 });
    expect(hits).toHaveLength(2);
  });

  it('finds nothing (without failing) for words that are not there', async () => {
    expect(await search('zeppelin')).toEqual([]);
  });
});

describe('controls.search input that could break full-text syntax', () => {
  // Each of these would be an FTS5 syntax error if passed through unquoted.
  const queries = ['!!!', '"', '""', '*', '(', ')', 'NEAR(', '-', '^', ':', 'AND', 'OR NOT', '"5A002', 'software*', 'code:5A002', '5A002 OR', '{}[]', '§ 740.17(b)(1)'];
  for (const q of queries) {
    it(`"${q}" returns a result, not an error`, async () => {
      const r = await ws.core.call('controls.search', { query: q });
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    });
  }

  it('punctuation-only queries have no search terms and find nothing', async () => {
    expect(ftsTerms('!!! ... ---')).toEqual([]);
    expect(await search('!!! ... ---')).toEqual([]);
  });

  it('an empty query is refused with a plain sentence', async () => {
    const e = failed(await ws.core.call('controls.search', { query: '   ' }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'query' });
    expect(e.message).toContain('type something to search for');
  });

  it('an unknown snapshot is NOT_FOUND', async () => {
    expect(failed(await ws.core.call('controls.search', { query: 'software', snapshotId: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('search.quick (Ctrl+K)', () => {
  it('turns control-list hits into titled targets the UI can open', async () => {
    const hits = ok(await ws.core.call('search.quick', { query: '5A001.j.1.a' }));
    expect(hits[0]).toEqual({
      area: 'control-lists',
      title: '5A001 Telecommunications systems, equipment, components and accessories as follows:',
      subtitle: 'EU Dual-Use List (Annex I) · 02021R0821-20250101',
      target: { code: '5A001', snapshotId: eu.id },
    });
  });

  it('finds nothing in an empty workspace', async () => {
    const empty = openTempWorkspace();
    expect(ok(await empty.core.call('search.quick', { query: 'software' }))).toEqual([]);
  });
});
