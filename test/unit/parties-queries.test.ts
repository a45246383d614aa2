import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { buildPartyQuery, partySearchQuery } from '../../electron/core/parties/list';
import type { PartyFilters } from '../../shared/contract/parties';
import { generateParties } from '../bench/party-data';
import { cleanupTemp, ok, openTempWorkspace, type TempWorkspace } from './helpers';
import { captureStatements, fullScansOf, plan } from './query-plan-helpers';
import { createParty, partyFixture } from './parties-helpers';

/**
 * The queries behind the parties table must stay index lookups as the workspace grows to 100,000
 * parties: each plan is read with EXPLAIN QUERY PLAN, and a full scan of a party table fails.
 */
const PARTY_TABLES = ['parties', 'party_names', 'party_addresses', 'party_contacts', 'party_identifiers', 'party_kyc_answers', 'documents'];

const fullScans = fullScansOf(PARTY_TABLES);

const FILTERS: { what: string; f: PartyFilters; index: RegExp }[] = [
  { what: 'no filter', f: {}, index: /SEARCH p USING COVERING INDEX parties_by_name \(archived=\?\)/ },
  { what: 'archived parties', f: { archived: true }, index: /SEARCH p USING COVERING INDEX parties_by_name \(archived=\?\)/ },
  { what: 'country', f: { country: 'DE' }, index: /SEARCH p USING COVERING INDEX parties_by_country \(archived=\? AND country=\?\)/ },
  { what: 'kind', f: { kind: 'academic' }, index: /SEARCH p USING COVERING INDEX parties_by_kind \(archived=\? AND kind=\?\)/ },
  { what: 'open red flags', f: { kyc: 'open' }, index: /SEARCH p USING COVERING INDEX parties_by_kyc \(archived=\? AND kyc_state=\?\)/ },
  { what: 'country and kind', f: { country: 'DE', kind: 'academic' }, index: /SEARCH p USING COVERING INDEX parties_by_(country|kind) / },
  { what: 'country, kind and red flags', f: { country: 'US', kind: 'commercial', kyc: 'incomplete' }, index: /SEARCH p USING COVERING INDEX parties_by_\w+ / },
  { what: 'screening status', f: { screening: 'open-hits' }, index: /SEARCH p USING COVERING INDEX parties_by_screening \(archived=\? AND screening_state=\?\)/ },
];

describe('query plans of the parties table (on 3,000 generated parties)', () => {
  let ws: TempWorkspace;
  beforeAll(() => {
    ws = openTempWorkspace();
    generateParties(ws.db, 3000);
  });
  afterAll(cleanupTemp);

  for (const c of FILTERS) {
    it(`a page and its count filtered by ${c.what} read one index range, with no sort`, () => {
      const q = buildPartyQuery(c.f);
      const page = plan(ws.db, q.pageSql, [...q.params, 100, 0]);
      const count = plan(ws.db, q.countSql, q.params);
      expect(fullScans(page, { p: 'parties' })).toEqual([]);
      expect(page.join('\n')).toMatch(c.index);
      expect(page.join('\n')).not.toContain('USE TEMP B-TREE');
      // A count may read whichever covering index is smallest; it still never touches the table.
      expect(fullScans(count, { p: 'parties' })).toEqual([]);
      expect(count.join('\n')).toMatch(/SEARCH p USING COVERING INDEX parties_by_\w+ \(archived=\?/);
    });
  }

  it('a name search starts from the full-text index and looks parties up by id', () => {
    for (const f of [{ search: 'nordic sys' }, { search: 'nordic', country: 'DE', kind: 'commercial' as const, kyc: 'open' as const }]) {
      const q = buildPartyQuery(f);
      for (const sql of [q.pageSql, q.countSql]) {
        const lines = plan(ws.db, sql, sql === q.pageSql ? [...q.params, 100, 0] : q.params);
        expect(lines[0]).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
        expect(lines).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
        expect(fullScans(lines, { p: 'parties', s: 'party_search' })).toEqual([]);
      }
    }
  });

  it('every query the party calls run uses an index on every party table it reads', async () => {
    const w = openTempWorkspace();
    // Captured from the start, so statements the writer prepares once and caches are seen too.
    const seen = captureStatements(w.db);
    generateParties(w.db, 500);
    const p = await createParty(w.core, { otherNames: [{ type: 'trade', name: 'NLP' }] });
    ok(await w.core.call('parties.update', { id: p.id, notes: 'changed' }));
    ok(await w.core.call('parties.answerKyc', { partyId: p.id, answers: [{ flagId: 'abnormal-route', answer: 'yes' }] }));
    ok(await w.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { path: partyFixture('letter.odt') } }));
    ok(await w.core.call('parties.get', { id: p.id }));
    ok(await w.core.call('parties.documents', { partyId: p.id }));
    ok(await w.core.call('parties.history', { partyId: p.id }));
    ok(await w.core.call('parties.findSimilar', { legalName: 'Nordic Systems GmbH', country: 'DE' }));
    for (const f of [{}, { search: 'atlas' }, { country: 'DE' }, { kind: 'government' as const }, { kyc: 'open' as const }]) ok(await w.core.call('parties.list', f));
    ok(await w.core.call('parties.importPreview', { source: { path: partyFixture('customers.csv') } }));
    ok(await w.core.call('parties.export', { country: 'DE' }));
    vi.restoreAllMocks();

    const selects = [...seen].filter((sql) => /^\s*SELECT/i.test(sql) && PARTY_TABLES.some((t) => new RegExp(`\\b${t}\\b`).test(sql)));
    expect(selects.length).toBeGreaterThan(15);
    for (const sql of selects) {
      const params = Array((sql.match(/\?/g) ?? []).length).fill(null);
      const aliases = { p: 'parties', s: 'party_search' };
      expect({ sql, scans: fullScans(plan(w.db, sql, params), aliases) }).toEqual({ sql, scans: [] });
    }
    const history = [...seen].find((s) => s.includes("record_type = 'party'"))!;
    expect(plan(w.db, history, [null, null]).join('\n')).toContain('USING INDEX audit_log_record');
  });
});

describe('listing parties', () => {
  afterEach(cleanupTemp);

  it('pages in the order of the folded legal name, with the total of the filtered set', async () => {
    const ws = openTempWorkspace();
    for (const legalName of ['Zeta Labs', 'éclair Systems', 'Alpha Devices', 'beta Networks', 'Émile Dubois']) await createParty(ws.core, { legalName, country: 'FR' });
    const names = async (offset: number, limit: number) => {
      const page = ok(await ws.core.call('parties.list', { offset, limit }));
      return { names: page.rows.map((r) => r.legalName), total: page.total, offset: page.offset };
    };
    expect(await names(0, 3)).toEqual({ names: ['Alpha Devices', 'beta Networks', 'éclair Systems'], total: 5, offset: 0 });
    expect(await names(3, 3)).toEqual({ names: ['Émile Dubois', 'Zeta Labs'], total: 5, offset: 3 });
    expect(ok(await ws.core.call('parties.list', { withTotal: false })).total).toBeNull();
  });

  it('finds parties by the start of any word of their legal name, other names or identifiers, accents folded', async () => {
    const ws = openTempWorkspace();
    const a = await createParty(ws.core, { legalName: 'Société Générale d’Optique', country: 'FR', otherNames: [{ type: 'trade', name: 'SGO Lasers' }] });
    const b = await createParty(ws.core, { legalName: 'Kestrel Logistics Ltd', country: 'GB', identifiers: [{ type: 'tax', value: 'GB987654321' }] });
    const ids = async (search: string) => ok(await ws.core.call('parties.list', { search })).rows.map((r) => r.id);
    expect(await ids('societe gen')).toEqual([a.id]);
    expect(await ids('LASER')).toEqual([a.id]);
    expect(await ids('gb9876')).toEqual([b.id]);
    expect(await ids('kes log')).toEqual([b.id]);
    expect(await ids('kestrel optique')).toEqual([]);
    // Punctuation and FTS syntax in the box are words, never query syntax.
    expect(await ids('"kestrel" OR * NEAR(')).toEqual([]);
    expect(await ids('kestrel -')).toEqual([b.id]);
    // Nothing searchable left: every party, in name order.
    expect(await ids('!!!')).toEqual([b.id, a.id]);
  });

  it('combines search and filters', async () => {
    const ws = openTempWorkspace();
    await createParty(ws.core, { legalName: 'Atlas Systems GmbH', country: 'DE' });
    const us = await createParty(ws.core, { legalName: 'Atlas Systems Inc.', country: 'US' });
    await createParty(ws.core, { legalName: 'Atlas University', country: 'US', kind: 'academic' });
    const page = ok(await ws.core.call('parties.list', { search: 'atlas', country: 'US', kind: 'commercial' }));
    expect(page.rows.map((r) => r.id)).toEqual([us.id]);
    expect(page.total).toBe(1);
  });

  it('turns the search box into quoted prefix terms over names and identifiers only', () => {
    expect(partySearchQuery('  Acme  "Trading" GmbH* ')).toBe('{names identifiers} : ("acme"* "trading"* "gmbh"*)');
    expect(partySearchQuery('---')).toBeNull();
    expect(partySearchQuery(undefined)).toBeNull();
  });
});
