import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildItemQuery, itemSearchQuery } from '../../electron/core/items/list';
import type { ItemFilters } from '../../shared/contract/items';
import { generateItems } from '../bench/item-data';
import { cleanupTemp, ok, openTempWorkspace, type TempWorkspace } from './helpers';
import { captureStatements, fullScansOf, plan } from './query-plan-helpers';
import { CCL_V2, classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';
import { importFile } from './helpers';
import { giveSubmitter } from './report-submitter';

/**
 * The queries behind the items table must stay index lookups as the catalogue grows to 20,000
 * items: each plan is read with EXPLAIN QUERY PLAN, and a full scan of an item table fails.
 */
const ITEM_TABLES = ['items', 'item_parameters', 'classifications', 'classification_reviews', 'documents'];

const fullScans = fullScansOf(ITEM_TABLES);

const FILTERS: { what: string; f: ItemFilters; index: RegExp }[] = [
  { what: 'no filter', f: {}, index: /SCAN i USING COVERING INDEX items_by_name/ },
  { what: 'item type', f: { itemType: 'software' }, index: /SEARCH i USING COVERING INDEX items_by_type \(item_type=\?\)/ },
  { what: 'US classification', f: { usClass: '5A992' }, index: /SEARCH i USING COVERING INDEX items_by_us_class \(us_class=\?\)/ },
  { what: 'unclassified (US)', f: { usClass: 'unclassified' }, index: /SEARCH i USING COVERING INDEX items_by_us_class \(us_class=\?\)/ },
  { what: 'EU classification', f: { euClass: 'NOT-LISTED' }, index: /SEARCH i USING COVERING INDEX items_by_eu_class \(eu_class=\?\)/ },
  { what: 'needs re-review', f: { needsReview: true }, index: /SEARCH i USING COVERING INDEX items_by_review \(needs_review=\?\)/ },
  { what: 'type and US classification', f: { itemType: 'software', usClass: '5D992' }, index: /SEARCH i USING COVERING INDEX items_by_(type|us_class) / },
  { what: 'needs review, type and EU classification', f: { needsReview: true, itemType: 'commodity', euClass: '5A002' }, index: /SEARCH i USING COVERING INDEX items_by_\w+ / },
];

describe('query plans of the items table (on 3,000 generated items)', () => {
  let ws: TempWorkspace;
  beforeAll(() => {
    ws = openTempWorkspace();
    generateItems(ws.db, 3000);
    ws.db.exec('ANALYZE');
  });
  afterAll(cleanupTemp);

  for (const c of FILTERS) {
    it(`a page and its count filtered by ${c.what} read one index, with no sort`, () => {
      const q = buildItemQuery(c.f);
      const page = plan(ws.db, q.pageSql, [...q.params, 100, 0]);
      const count = plan(ws.db, q.countSql, q.params);
      expect(fullScans(page, { i: 'items' })).toEqual([]);
      expect(page.join('\n')).toMatch(c.index);
      expect(page.join('\n')).not.toContain('USE TEMP B-TREE');
      expect(fullScans(count, { i: 'items' })).toEqual([]);
    });
  }

  it('a name search starts from the full-text index and looks items up by id', () => {
    for (const f of [{ search: 'secure vpn' }, { search: 'vault', itemType: 'software' as const, usClass: '5D992', needsReview: true }]) {
      const q = buildItemQuery(f);
      for (const sql of [q.pageSql, q.countSql]) {
        const lines = plan(ws.db, sql, sql === q.pageSql ? [...q.params, 100, 0] : q.params);
        expect(lines[0]).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
        expect(lines).toContain('SEARCH i USING INTEGER PRIMARY KEY (rowid=?)');
        expect(fullScans(lines, { i: 'items' })).toEqual([]);
      }
    }
  });

  it('turns the search box into word-prefix matches, never query syntax', () => {
    expect(itemSearchQuery('Secure "VPN" OR-gate*')).toBe('{name model manufacturer} : ("secure"* "vpn"* "or"* "gate"*)');
    expect(itemSearchQuery(' -- ')).toBeNull();
  });
});

describe('every query the item and classification calls run', () => {
  afterEach(cleanupTemp);
  afterEach(() => vi.restoreAllMocks());

  it('uses an index on every item table it reads (no full scan of items, classifications or reviews)', async () => {
    const w = await classificationWorkspace();
    // Captured from the start, so statements prepared once and cached are seen too.
    const seen = captureStatements(w.db);
    generateItems(w.db, 500);
    const item = await createItem(w.core);
    ok(await w.core.call('items.update', { id: item.id, notes: 'n' }));
    await classifyMassMarket(w.core, item.id);
    await classifyMassMarket(w.core, item.id, { rationale: 'again' });
    await importFile(w.core, CCL_V2);
    for (const f of [{}, ...FILTERS.map((c) => c.f), { search: 'secure' }]) ok(await w.core.call('items.list', f));
    ok(await w.core.call('items.get', { id: item.id }));
    ok(await w.core.call('items.history', { itemId: item.id }));
    ok(await w.core.call('items.documents', { itemId: item.id }));
    ok(await w.core.call('classifications.history', { itemId: item.id }));
    ok(await w.core.call('classifications.reReviewQueue', {}));
    giveSubmitter(w.db);
    ok(await w.core.call('reports.encryption', { year: 2026 }));
    ok(await w.core.call('items.export', { itemType: 'software' }));

    const offenders: string[] = [];
    for (const sql of seen) {
      if (!/\b(items|item_parameters|classifications|classification_reviews)\b/.test(sql) || !/^\s*SELECT/i.test(sql)) continue;
      const params = (sql.match(/\?/g) ?? []).map(() => 1);
      const named = sql.includes('@');
      if (named) continue;
      const scans = fullScans(plan(w.db, sql, params), { i: 'items', c: 'classifications', r: 'classification_reviews', p: 'item_parameters' });
      if (scans.length) offenders.push(`${sql.replace(/\s+/g, ' ').slice(0, 160)} → ${scans.join('; ')}`);
    }
    expect(offenders).toEqual([]);
  });
});
