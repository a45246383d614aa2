import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { assertPartyUsable } from '../../electron/core/parties/screening-status';
import { cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { screeningFixture } from './screening-lists-helpers';

afterEach(cleanupTemp);

async function withLists(...files: string[]) {
  const ws = openTempWorkspace();
  for (const f of files) ok(await ws.core.call('lists.import', { source: { path: screeningFixture(f) } }));
  return ws;
}

async function createParty(core: Core, legalName: string, extra: Record<string, unknown> = {}) {
  return ok(await core.call('parties.create', { legalName, kind: 'individual', country: 'RU', ...extra })).party.id;
}

const count = (db: import('better-sqlite3').Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('screening an ad-hoc name', () => {
  it('records the query, the list versions, the threshold, every hit with its explanation, the operator and an audit row', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    ok(await ws.core.call('settings.update', { userName: 'A. Officer' }));
    const r = ok(await ws.core.call('screening.name', { name: 'Ivan Petrov', country: 'RU' }));
    expect(r).toMatchObject({ subjectKind: 'name', queryName: 'Ivan Petrov', queryCountry: 'RU', operator: 'A. Officer', threshold: 0.78 });
    expect(r.lists).toEqual([expect.objectContaining({ listId: 'ofac-sdn', publishedAt: '2024-01-05', entryCount: 3 })]);
    expect(r.hits).toHaveLength(1);
    const h = r.hits[0]!;
    expect(h).toMatchObject({ externalId: '7001', entryName: 'PETROV, Ivan', listVersion: '2024-01-05', status: 'open' });
    expect(h.explanation.pairs.map((p) => [p.query, p.candidate, p.kind])).toEqual(expect.arrayContaining([['ivan', 'ivan', 'exact'], ['petrov', 'petrov', 'exact']]));
    const audit = ok(await ws.core.call('audit.list', { recordType: 'screening', recordId: String(r.id) }));
    expect(audit[0]).toMatchObject({ action: 'screening.name', actor: 'A. Officer' });
    expect(ok(await ws.core.call('screening.get', { screeningId: r.id }))).toEqual(r);
  });

  it('an alias match says which alias', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const r = ok(await ws.core.call('screening.name', { name: 'Ivan Petroff' }));
    expect(r.hits[0]).toMatchObject({ matchedName: 'PETROFF, Ivan', matchedIndex: 1 });
  });

  it('the live preview records nothing', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const before = [count(ws.db, 'screenings'), count(ws.db, 'audit_log')];
    const p = ok(await ws.core.call('screening.preview', { name: 'Banco Nacional de Cuba' }));
    expect(p.hits.map((h) => h.externalId)).toEqual(['306']);
    expect([count(ws.db, 'screenings'), count(ws.db, 'audit_log')]).toEqual(before);
  });

  it('a custom threshold is used and recorded; the workspace setting is the default', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const strict = ok(await ws.core.call('screening.name', { name: 'Ivan Petrovv', threshold: 0.99 }));
    expect(strict.threshold).toBe(0.99);
    expect(strict.hits).toHaveLength(0);
  });

  it('refuses to screen when no list is loaded, and an empty name', async () => {
    const ws = openTempWorkspace();
    expect(failed(await ws.core.call('screening.name', { name: 'Anyone' })).message).toMatch(/No screening lists are loaded/);
    const ws2 = await withLists('sdn-2024-01-05.csv');
    expect(failed(await ws2.core.call('screening.name', { name: '   ' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    expect(count(ws2.db, 'screenings')).toBe(0);
  });

  it('a 10,000-character name is cut safely and the record says so', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const r = ok(await ws.core.call('screening.name', { name: `Ivan Petrov ${'x'.repeat(10_000)}` }));
    expect(r.truncated).toBe(true);
  });
});

describe('decisions on hits', () => {
  it('clearing needs a reason; each decision is kept with who and when, and audited', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    ok(await ws.core.call('settings.update', { userName: 'A. Officer' }));
    const hit = ok(await ws.core.call('screening.name', { name: 'Ivan Petrov' })).hits[0]!;
    expect(failed(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'cleared', reason: '' }))).toMatchObject({ field: 'reason' });
    const reviewed = ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'review', reason: 'Ask sales for date of birth' }));
    expect(reviewed.status).toBe('review');
    const cleared = ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'cleared', reason: 'Born 1985; the listed person was born 1970' }));
    expect(cleared.status).toBe('cleared');
    expect(cleared.decisions.map((d) => [d.decision, d.by])).toEqual([
      ['review', 'A. Officer'],
      ['cleared', 'A. Officer'],
    ]);
    const audit = ok(await ws.core.call('audit.list', { recordType: 'screening_hit', recordId: String(hit.id) }));
    expect(audit.map((a) => [a.before, (a.after as { status: string }).status])).toEqual([
      [{ status: 'review' }, 'cleared'],
      [{ status: 'open' }, 'review'],
    ]);
  });

  it('the review queue holds open and needs-review hits and drops decided ones', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const a = ok(await ws.core.call('screening.name', { name: 'Ivan Petrov' })).hits[0]!;
    const b = ok(await ws.core.call('screening.name', { name: 'Banco Nacional de Cuba' })).hits[0]!;
    expect(ok(await ws.core.call('screening.queue', {})).items.map((i) => i.hit.id)).toEqual([a.id, b.id]);
    ok(await ws.core.call('screening.decide', { hitId: a.id, decision: 'cleared', reason: 'Different person' }));
    ok(await ws.core.call('screening.decide', { hitId: b.id, decision: 'review', reason: '' }));
    const q = ok(await ws.core.call('screening.queue', {}));
    expect([q.total, q.items.map((i) => [i.hit.id, i.hit.status])]).toEqual([1, [[b.id, 'review']]]);
    expect(ok(await ws.core.call('screening.queue', { status: 'open' })).total).toBe(0);
  });

  it('screening records and decisions cannot be edited or deleted', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const hit = ok(await ws.core.call('screening.name', { name: 'Ivan Petrov' })).hits[0]!;
    ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'review', reason: 'x' }));
    expect(() => ws.db.prepare("UPDATE screenings SET query_name = 'x'").run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM screening_hits').run()).toThrow(/append-only/);
    expect(() => ws.db.prepare("UPDATE hit_decisions SET reason = 'x'").run()).toThrow(/append-only/);
  });
});

describe('screening parties', () => {
  it('screens a party under each of its names and remembers a cleared hit until the listed entry changes', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const id = await createParty(ws.core, 'Ivan Petrov', { otherNames: [{ type: 'other', name: 'Banco Nacional de Cuba' }] });
    const first = ok(await ws.core.call('screening.party', { partyId: id }));
    expect(first.names).toEqual(['Ivan Petrov', 'Banco Nacional de Cuba']);
    expect(first.hits.map((h) => [h.externalId, h.queryName]).sort()).toEqual([
      ['306', 'Banco Nacional de Cuba'],
      ['7001', 'Ivan Petrov'],
    ]);
    const petrov = first.hits.find((h) => h.externalId === '7001')!;
    ok(await ws.core.call('screening.decide', { hitId: petrov.id, decision: 'cleared', reason: 'Date of birth differs' }));

    const again = ok(await ws.core.call('screening.party', { partyId: id }));
    expect(again.hits.find((h) => h.externalId === '7001')).toMatchObject({ status: 'previously-cleared' });
    expect(again.hits.find((h) => h.externalId === '7001')!.statusReason).toMatch(/Cleared as a false positive .*Date of birth differs/);
    // The queue only counts the party's latest screening, and a carried clearance is not an alert.
    expect(ok(await ws.core.call('screening.queue', {})).items.map((i) => i.hit.externalId)).toEqual(['306']);

    // A later snapshot changes PETROV's entry (a new alias): the clearance no longer holds.
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-12.csv') } }));
    const summary = ok(await ws.core.call('screening.rescreenAll', {}));
    expect(summary).toMatchObject({ partiesScreened: 1, partiesWithChanges: 1 });
    expect(summary.changes[0]).toMatchObject({
      partyId: id,
      changed: [expect.objectContaining({ externalId: '7001' })],
      delisted: [expect.objectContaining({ externalId: '306', entryName: 'BANCO NACIONAL DE CUBA' })],
      newHits: [],
    });
    const latest = ok(await ws.core.call('screening.history', { partyId: id }))[0]!;
    expect(latest.hits.map((h) => [h.externalId, h.status])).toEqual([['7001', 'open']]);
    expect(latest.hits[0]!.statusReason).toMatch(/has changed since/);
  });

  it("every party shows its screening status; a confirmed match blocks its use", async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const petrov = await createParty(ws.core, 'Ivan Petrov');
    const smith = await createParty(ws.core, 'Jane Smith', { country: 'GB' });
    // Screened when created (party-auto-screening.test.ts); Screen now records a new screening.
    expect(ok(await ws.core.call('parties.get', { id: petrov })).screening.state).toBe('open-hits');
    const hit = ok(await ws.core.call('screening.party', { partyId: petrov })).hits[0]!;
    ok(await ws.core.call('screening.party', { partyId: smith }));
    expect(ok(await ws.core.call('parties.get', { id: petrov })).screening).toMatchObject({ state: 'open-hits', openHits: 1, confirmedMatch: false });
    expect(ok(await ws.core.call('parties.get', { id: smith })).screening).toMatchObject({ state: 'clear', openHits: 0 });
    expect(ok(await ws.core.call('parties.list', { screening: 'open-hits' })).rows.map((r) => r.id)).toEqual([petrov]);

    ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'confirmed', reason: 'Same person: passport number matches' }));
    expect(ok(await ws.core.call('parties.get', { id: petrov })).screening).toMatchObject({ state: 'confirmed-match', confirmedMatch: true });
    expect(() => assertPartyUsable(ws.db, petrov)).toThrow(/confirmed match/);
    expect(() => assertPartyUsable(ws.db, smith)).not.toThrow();
    // The confirmation carries over to the next screening of the party.
    const again = ok(await ws.core.call('screening.party', { partyId: petrov }));
    expect(again.hits[0]).toMatchObject({ status: 'confirmed' });
    expect(ok(await ws.core.call('parties.get', { id: petrov })).screening.state).toBe('confirmed-match');
  });

  it('a party never screened before is reported with all its hits new', async () => {
    // Entered before any list was imported, so not screened when created.
    const ws = openTempWorkspace();
    const id = await createParty(ws.core, 'Ivan Petrov');
    const quiet = await createParty(ws.core, 'Jane Smith', { country: 'GB' });
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    const summary = ok(await ws.core.call('screening.rescreenAll', {}));
    expect(summary.partiesScreened).toBe(2);
    expect(summary.changes).toEqual([expect.objectContaining({ partyId: id, firstScreening: true, newHits: [expect.objectContaining({ externalId: '7001' })] })]);
    expect(ok(await ws.core.call('parties.get', { id: quiet })).screening.state).toBe('clear');
  });

  it('re-screening names new hits after a list update', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const id = await createParty(ws.core, 'Argument JSC', { kind: 'commercial' });
    expect(ok(await ws.core.call('screening.party', { partyId: id })).hits).toHaveLength(0);
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-12.csv') } }));
    const summary = ok(await ws.core.call('screening.rescreenAll', {}));
    expect(summary.changes.map((c) => [c.partyId, c.newHits.map((h) => h.externalId)])).toEqual([[id, ['7002']]]);
  });

  it('a decision can only be made on the party\'s latest screening', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const id = await createParty(ws.core, 'Ivan Petrov');
    const old = ok(await ws.core.call('screening.party', { partyId: id })).hits[0]!;
    ok(await ws.core.call('screening.party', { partyId: id }));
    expect(failed(await ws.core.call('screening.decide', { hitId: old.id, decision: 'cleared', reason: 'late' })).message).toMatch(/later screening/);
  });
});

describe('batch screening a CSV', () => {
  it('screens and records every row, hits best first', async () => {
    const ws = await withLists('sdn-2024-01-12.csv');
    const file = path.join(tempDir(), 'names.csv');
    fs.writeFileSync(file, 'id,name,country,type\nC-1,JSCARGUMENT,,entity\nC-2,Jane Smith,GB,individual\nC-3,"Petrov, Ivan Ivanovich",RU,\n');
    const r = ok(await ws.core.call('screening.batch', { source: { path: file } }));
    expect(r.rows.map((row) => [row.row, row.id, row.hits.map((h) => h.externalId)])).toEqual([
      [1, 'C-1', ['7002']],
      [2, 'C-2', []],
      [3, 'C-3', ['7001']],
    ]);
    expect(count(ws.db, 'screenings')).toBe(3);
  });

  it('a bad row refuses the whole file naming its line, and records nothing', async () => {
    const ws = await withLists('sdn-2024-01-12.csv');
    const file = path.join(tempDir(), 'names.csv');
    fs.writeFileSync(file, 'name,country\nJane Smith,GB\n,DE\n');
    expect(failed(await ws.core.call('screening.batch', { source: { path: file } })).message).toMatch(/names\.csv, line 3: the name is empty/);
    fs.writeFileSync(file, 'name,country\nJane Smith,Atlantis\n');
    expect(failed(await ws.core.call('screening.batch', { source: { path: file } })).message).toMatch(/line 2: country "Atlantis"/);
    // Cut off between two cells: the last row lacks its country and type.
    fs.writeFileSync(file, 'name,country,type\nJane Smith,GB,individual\nAli Hassan');
    expect(failed(await ws.core.call('screening.batch', { source: { path: file } })).message).toMatch(/line 3: the row has 1 of the 3 cells the header names/);
    fs.writeFileSync(file, 'name,country,type\nJane Smith,GB\nAli Hassan,IQ,individual\n');
    expect(failed(await ws.core.call('screening.batch', { source: { path: file } })).message).toMatch(/line 2: the row has 2 of the 3 cells/);
    fs.writeFileSync(file, 'fullname\nJane\n');
    expect(failed(await ws.core.call('screening.batch', { source: { path: file } })).message).toMatch(/line 1: the header is missing column name/);
    expect(count(ws.db, 'screenings')).toBe(0);
  });
});
