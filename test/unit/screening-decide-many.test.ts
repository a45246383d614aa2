import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { cli } from './cli-helpers';
import { cleanupTemp, ok, openTempWorkspace, tempDir } from './helpers';
import { screeningFixture } from './screening-lists-helpers';

afterEach(cleanupTemp);

const count = (db: Database, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

async function withLists(...files: string[]) {
  const ws = openTempWorkspace();
  for (const f of files) ok(await ws.core.call('lists.import', { source: { path: screeningFixture(f) } }));
  return ws;
}

async function partyHits(core: Core, partyId: number) {
  return ok(await core.call('screening.history', { partyId, limit: 1 }))[0]!.hits;
}

describe('deciding several hits with one reason', () => {
  it('records each decision on its own: a decision row, a status and an audit row per hit', async () => {
    const ws = openTempWorkspace();
    const file = path.join(tempDir(), 'watch-list.csv');
    // A common name listed several times, as "Ali Hassan" is on the SDN list.
    fs.writeFileSync(file, 'id,name,aliases,type,country\nA1,Ali Hassan,,individual,SY\nA2,Ali Hasan,,individual,IQ\nA3,Hassan Ali,,individual,LB\nA4,Jane Smith,,individual,GB\n');
    ok(await ws.core.call('lists.import', { source: { path: file } }));
    const r = ok(await ws.core.call('screening.name', { name: 'Ali Hassan' }));
    expect(r.hits.map((h) => h.externalId).sort()).toEqual(['A1', 'A2', 'A3']);
    const ids = r.hits.map((h) => h.id);
    const auditBefore = count(ws.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'screening.decide'");
    const decided = ok(await ws.core.call('screening.decideMany', { hitIds: ids, decision: 'review', reason: 'Ask for the date of birth' }));
    expect(decided.map((h) => [h.id, h.status])).toEqual(ids.map((id) => [id, 'review']));
    for (const h of decided) expect(h.decisions).toEqual([expect.objectContaining({ decision: 'review', reason: 'Ask for the date of birth' })]);
    expect(count(ws.db, `SELECT count(*) AS n FROM hit_decisions WHERE hit_id IN (${ids.join(',')})`)).toBe(ids.length);
    expect(count(ws.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'screening.decide'")).toBe(auditBefore + ids.length);
    for (const id of ids) {
      const rows = ok(await ws.core.call('audit.list', { recordType: 'screening_hit', recordId: String(id) }));
      expect(rows).toEqual([expect.objectContaining({ action: 'screening.decide' })]);
    }
  });

  it('one listed entry across parties: each party remembers its own clearance', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const a = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' })).party.id;
    const b = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petroff', kind: 'individual', country: 'DE' })).party.id;
    const hits = [(await partyHits(ws.core, a))[0]!, (await partyHits(ws.core, b))[0]!];
    expect(hits.map((h) => h.externalId)).toEqual(['7001', '7001']);
    ok(await ws.core.call('screening.decideMany', { hitIds: hits.map((h) => h.id), decision: 'cleared', reason: 'Both born after 1990; the listed man in 1970' }));
    expect(ok(await ws.core.call('parties.get', { id: a })).screening.state).toBe('clear');
    expect(ok(await ws.core.call('parties.get', { id: b })).screening.state).toBe('clear');
    expect(count(ws.db, 'SELECT count(*) AS n FROM party_hit_memory WHERE external_id = ?', '7001')).toBe(2);
    // The next screening of each starts from its own clearance.
    expect((ok(await ws.core.call('screening.party', { partyId: b })).hits[0]!).status).toBe('previously-cleared');
  });

  it('all or none: one hit that cannot be decided leaves every selected hit undecided', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const a = ok(await ws.core.call('parties.create', { legalName: 'Ivan Petrov', kind: 'individual', country: 'RU' })).party.id;
    const stale = (await partyHits(ws.core, a))[0]!;
    const fresh = ok(await ws.core.call('screening.party', { partyId: a })).hits[0]!;
    const name = ok(await ws.core.call('screening.name', { name: 'Banco Nacional de Cuba' })).hits[0]!;
    const decisionsBefore = count(ws.db, 'SELECT count(*) AS n FROM hit_decisions');
    const auditBefore = count(ws.db, 'SELECT count(*) AS n FROM audit_log');
    const r = await ws.core.call('screening.decideMany', { hitIds: [name.id, fresh.id, stale.id], decision: 'cleared', reason: 'different person' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(new RegExp(`Hit #${stale.id} belongs to screening #${stale.screeningId}`));
    expect(count(ws.db, 'SELECT count(*) AS n FROM hit_decisions')).toBe(decisionsBefore);
    expect(count(ws.db, 'SELECT count(*) AS n FROM audit_log')).toBe(auditBefore);
    expect(ok(await ws.core.call('screening.get', { screeningId: name.screeningId })).hits[0]!.status).toBe('open');
  });

  it('refuses clearing without a reason, no hit, and a hit twice', async () => {
    const ws = await withLists('sdn-2024-01-05.csv');
    const h = ok(await ws.core.call('screening.name', { name: 'Ivan Petrov' })).hits[0]!;
    const noReason = await ws.core.call('screening.decideMany', { hitIds: [h.id], decision: 'cleared', reason: ' ' });
    expect(noReason.ok || noReason.error).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    const none = await ws.core.call('screening.decideMany', { hitIds: [], decision: 'review' });
    expect(none.ok || none.error).toMatchObject({ code: 'INVALID_INPUT', field: 'hitIds' });
    const twice = await ws.core.call('screening.decideMany', { hitIds: [h.id, h.id], decision: 'review' });
    expect(twice.ok || twice.error).toMatchObject({ code: 'INVALID_INPUT', field: 'hitIds' });
    expect(count(ws.db, 'SELECT count(*) AS n FROM hit_decisions')).toBe(0);
  });
});

describe('exportdesk screening decide with several hits', () => {
  it('decides 12,13 with one reason; parties import says what the screening after it found', async () => {
    const dir = tempDir('exportdesk-cli-');
    const w = ['--workspace', path.join(dir, 'ws')];
    expect((await cli([...w, 'lists', 'import', screeningFixture('sdn-2024-01-05.csv')])).code).toBe(0);
    const csv = path.join(dir, 'parties.csv');
    fs.writeFileSync(csv, 'legal_name,kind,country\nIvan Petrov,individual,RU\nIvan Petroff,individual,DE\nNordlicht Photonics GmbH,commercial,DE\n');
    const imported = await cli([...w, 'parties', 'import', csv]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Screened 3 against the current lists: 2 with possible matches');
    const queue = JSON.parse((await cli([...w, '--json', 'screening', 'queue'])).out) as { items: { hit: { id: number } }[] };
    const ids = queue.items.map((i) => i.hit.id);
    expect(ids).toHaveLength(2);
    const decided = await cli([...w, 'screening', 'decide', ids.join(','), 'cleared', '--reason', 'Both born after 1990']);
    expect(decided).toMatchObject({ code: 0, err: [] });
    expect(decided.out.trim()).toBe(ids.map((id) => `Hit #${id} is now cleared`).join('\n'));
    expect(JSON.parse((await cli([...w, '--json', 'screening', 'queue'])).out)).toMatchObject({ total: 0 });
  });
});
