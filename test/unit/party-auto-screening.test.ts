import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/contract';
import { cleanupTemp, ok, openTempWorkspace, tempDir } from './helpers';
import { screeningFixture } from './screening-lists-helpers';

afterEach(cleanupTemp);

const count = (db: Database, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
const screeningsOf = (db: Database, partyId: number) => count(db, 'SELECT count(*) AS n FROM screenings WHERE party_id = ?', partyId);
const auditOf = (db: Database, action: string) => count(db, 'SELECT count(*) AS n FROM audit_log WHERE action = ?', action);

async function withSdn() {
  const ws = openTempWorkspace();
  ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
  return ws;
}

describe('a party is screened when it is written', () => {
  it('create: screened in the same call, with its screening record and audit row', async () => {
    const ws = await withSdn();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' }));
    expect(party.screening).toMatchObject({ state: 'open-hits', openHits: 1 });
    expect(party.screening.notScreenedReason).toBeUndefined();
    const [record] = ok(await ws.core.call('screening.history', { partyId: party.id }));
    expect(record).toMatchObject({ subjectKind: 'party', partyId: party.id, names: ['Ivan Petrov'] });
    expect(record!.lists.map((l) => l.listId)).toEqual(['ofac-sdn']);
    expect(record!.hits.map((h) => h.externalId)).toEqual(['7001']);
    const audit = ok(await ws.core.call('audit.list', { recordType: 'screening', recordId: String(record!.id) }));
    expect(audit).toEqual([expect.objectContaining({ action: 'screening.party' })]);
  });

  it('create of a party with no match is screened clear', async () => {
    const ws = await withSdn();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' }));
    expect(party.screening.state).toBe('clear');
    expect(screeningsOf(ws.db, party.id)).toBe(1);
  });

  it('an edit of a field screening does not read records no new screening; a new name or country does', async () => {
    const ws = await withSdn();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' }));
    ok(await ws.core.call('parties.update', { id: party.id, website: 'https://example.org', notes: 'met at a fair', roles: ['end-user'] }));
    expect(screeningsOf(ws.db, party.id)).toBe(1);

    ok(await ws.core.call('parties.update', { id: party.id, country: 'KZ' }));
    expect(screeningsOf(ws.db, party.id)).toBe(2);
    const latest = ok(await ws.core.call('screening.history', { partyId: party.id, limit: 1 }))[0]!;
    expect(latest.queryCountry).toBe('KZ');

    const renamed = ok(await ws.core.call('parties.update', { id: party.id, legalName: 'Banco Nacional de Cuba', kind: 'commercial' }));
    expect(screeningsOf(ws.db, party.id)).toBe(3);
    const newest = ok(await ws.core.call('screening.history', { partyId: party.id, limit: 1 }))[0]!;
    expect(newest.names).toEqual(['Banco Nacional de Cuba']);
    expect(newest.hits.map((h) => h.externalId)).toContain('306');
    expect(renamed.party.screening.state).toBe('open-hits');

    ok(await ws.core.call('parties.update', { id: party.id, otherNames: [{ type: 'other', name: 'BNC Havana' }] }));
    expect(screeningsOf(ws.db, party.id)).toBe(4);
  });

  it('an archived party is not screened when renamed, and is screened when restored', async () => {
    const ws = await withSdn();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Jane Smith Consulting', kind: 'commercial', country: 'GB' }));
    ok(await ws.core.call('parties.update', { id: party.id, archived: true }));
    ok(await ws.core.call('parties.update', { id: party.id, legalName: 'Banco Nacional de Cuba' }));
    expect(screeningsOf(ws.db, party.id)).toBe(1);
    const { party: restored } = ok(await ws.core.call('parties.update', { id: party.id, archived: false }));
    expect(screeningsOf(ws.db, party.id)).toBe(2);
    expect(restored.screening.state).toBe('open-hits');
  });

  it('a decision made before a rename carries over to the screening the rename records', async () => {
    const ws = await withSdn();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' }));
    const hit = ok(await ws.core.call('screening.history', { partyId: party.id }))[0]!.hits[0]!;
    ok(await ws.core.call('screening.decide', { hitId: hit.id, decision: 'cleared', reason: 'born 1985, not 1970' }));
    const { party: after } = ok(await ws.core.call('parties.update', { id: party.id, otherNames: [{ type: 'other', name: 'I. Petrov' }] }));
    expect(after.screening.state).toBe('clear');
    const latest = ok(await ws.core.call('screening.history', { partyId: party.id, limit: 1 }))[0]!;
    expect(latest.hits[0]).toMatchObject({ externalId: '7001', status: 'previously-cleared' });
  });

  it('with no screening list imported, the party is created and says why it is not screened', async () => {
    const ws = openTempWorkspace();
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' }));
    expect(party.screening.state).toBe('not-screened');
    expect(party.screening.notScreenedReason).toMatch(/No screening list is imported/);
    expect(count(ws.db, 'SELECT count(*) AS n FROM screenings')).toBe(0);
    const page = ok(await ws.core.call('parties.list', {}));
    expect(page.rows[0]!.screening.notScreenedReason).toMatch(/No screening list is imported/);
    // Once a list is there, a party not screened no longer blames the missing list.
    ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    expect(ok(await ws.core.call('parties.get', { id: party.id })).screening.notScreenedReason).toBeUndefined();
  });

  it('a create that fails (a likely duplicate) records no screening either', async () => {
    const ws = await withSdn();
    ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' }));
    const before = count(ws.db, 'SELECT count(*) AS n FROM screenings');
    const r = await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' });
    expect(r.ok).toBe(false);
    expect(count(ws.db, 'SELECT count(*) AS n FROM screenings')).toBe(before);
  });
});

describe('an import screens the parties it wrote', () => {
  function partyCsv(n: number): string {
    const dir = tempDir();
    const rows = ['legal_name,kind,country'];
    for (let i = 1; i <= n; i++) rows.push(`Testwerk Nummer ${i} GmbH,commercial,DE`);
    rows.push('Ivan Petrov,individual,RU');
    const file = path.join(dir, 'parties.csv');
    fs.writeFileSync(file, rows.join('\n') + '\n');
    return file;
  }

  it('N parties imported give N screening records, each audited, in chunks with progress', async () => {
    const ws = await withSdn();
    const n = 449; // plus Ivan Petrov: 450 parties, three chunks of 200
    const events: Progress[] = [];
    const r = ok(await ws.core.call('parties.import', { source: { path: partyCsv(n) }, jobId: 'imp-1' }, { onProgress: (p) => events.push(p) }));
    expect(r.imported).toBe(n + 1);
    expect(r.ids).toHaveLength(n + 1);
    expect(r.screening).toEqual({ screened: n + 1, withHits: 1, notScreenedReason: null });
    expect(count(ws.db, "SELECT count(*) AS n FROM screenings WHERE subject_kind = 'party'")).toBe(n + 1);
    expect(count(ws.db, 'SELECT count(DISTINCT party_id) AS n FROM screenings')).toBe(n + 1);
    expect(auditOf(ws.db, 'screening.party')).toBe(n + 1);
    const petrov = r.ids[r.ids.length - 1]!;
    expect(ok(await ws.core.call('parties.get', { id: petrov })).screening).toMatchObject({ state: 'open-hits', openHits: 1 });
    const screeningPhases = events.filter((e) => e.jobId === 'imp-1' && e.phase.startsWith('Screening the parties'));
    expect(screeningPhases.at(-1)).toMatchObject({ done: n + 1, total: n + 1 });
    // Progress comes between chunks: every count reported is a chunk boundary (the transport may
    // drop an event that follows the last by under 30 ms, so which boundaries show is not fixed).
    for (const e of screeningPhases) expect([0, 200, 400, n + 1]).toContain(e.done);
  });

  it('with no list, the import succeeds and says why its parties are not screened', async () => {
    const ws = openTempWorkspace();
    const r = ok(await ws.core.call('parties.import', { source: { path: partyCsv(3) } }));
    expect(r.imported).toBe(4);
    expect(r.screening).toMatchObject({ screened: 0, notScreenedReason: expect.stringMatching(/No screening list is imported/) });
    expect(count(ws.db, 'SELECT count(*) AS n FROM screenings')).toBe(0);
  });
});
