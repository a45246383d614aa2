import type { Database } from 'better-sqlite3';
import type { RescreenPartyChange, RescreenSummary } from '../../../shared/screening/record-types';
import type { HandlerContext, Tx } from '../registry';
import { matchSubject, type SubjectMatch } from './match';
import { allPartyIds, partySubject } from './party-subject';
import { writeScreening } from './record-writer';

export interface PreparedRescreen {
  threshold: number;
  results: { partyId: number; partyName: string; country: string | null; type: string | null; match: SubjectMatch }[];
}

/** Screens every party (the slow, read-only half), reporting progress as it goes. */
export async function prepareRescreen(ctx: HandlerContext, threshold: number): Promise<PreparedRescreen> {
  const parties = allPartyIds(ctx.db);
  const results: PreparedRescreen['results'] = [];
  await ctx.progress('Loading the lists', 0, parties.length);
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i]!;
    const subject = partySubject(ctx.db, p.id);
    results.push({ partyId: p.id, partyName: p.legal_name, country: subject.country ?? null, type: subject.type ?? null, match: matchSubject(ctx.db, subject, threshold) });
    if (i % 25 === 0) await ctx.progress(`Screening parties (${i + 1} of ${parties.length})`, i + 1, parties.length);
  }
  await ctx.progress('Recording the screenings', parties.length, parties.length);
  return { threshold, results };
}

interface PrevHit {
  list_id: string;
  external_id: string;
  content_hash: string;
  entry_name: string;
}

function previousHits(db: Database, partyId: number): PrevHit[] | undefined {
  const last = db.prepare('SELECT max(id) AS id FROM screenings WHERE party_id = ?').get(partyId) as { id: number | null };
  if (last.id === null) return undefined;
  return db
    .prepare(
      `SELECT h.list_id, h.external_id, h.content_hash, e.name AS entry_name FROM screening_hits h
       JOIN screening_entries e ON e.id = h.entry_id WHERE h.screening_id = ?`,
    )
    .all(last.id) as PrevHit[];
}

/**
 * Records every party's new screening and says what changed since its previous one: new hits,
 * hits whose listed entry was removed from the current list (delisted), and hits whose entry changed.
 */
export function commitRescreen(tx: Tx, prepared: PreparedRescreen): RescreenSummary {
  const { db } = tx;
  const batchId = Number(
    db
      .prepare("INSERT INTO screening_batches (at, operator, kind, source, row_count) VALUES (?, ?, 'rescreen', 'every party against the current lists', ?)")
      .run(tx.at, tx.actor, prepared.results.length).lastInsertRowid,
  );
  const stillListed = db.prepare(
    `SELECT 1 FROM screening_entries e JOIN screening_lists l ON l.current_snapshot_id = e.snapshot_id WHERE l.id = ? AND e.external_id = ?`,
  );
  const changes: RescreenPartyChange[] = [];
  for (const r of prepared.results) {
    // A party never screened before is compared with an empty screening: all its hits are new.
    const previous = previousHits(db, r.partyId);
    const prev = previous ?? [];
    const screeningId = writeScreening(tx, { kind: 'party', partyId: r.partyId, batchId, country: r.country, type: r.type }, r.match, false);
    const key = (listId: string, externalId: string) => `${listId}\u0000${externalId}`;
    const before = new Map(prev.map((p) => [key(p.list_id, p.external_id), p]));
    const now = new Map(r.match.hits.map((h) => [key(h.entry.listId, h.entry.externalId), h]));
    const change: RescreenPartyChange = { partyId: r.partyId, partyName: r.partyName, screeningId, firstScreening: previous === undefined, newHits: [], delisted: [], changed: [] };
    for (const [k, h] of now) {
      const p = before.get(k);
      if (!p) change.newHits.push({ externalId: h.entry.externalId, listId: h.entry.listId, entryName: h.entry.name, score: h.hit.score });
      else if (p.content_hash !== h.entry.contentHash) change.changed.push({ externalId: h.entry.externalId, listId: h.entry.listId, entryName: h.entry.name });
    }
    for (const [k, p] of before) {
      if (!now.has(k) && !stillListed.get(p.list_id, p.external_id)) change.delisted.push({ externalId: p.external_id, listId: p.list_id, entryName: p.entry_name });
    }
    if (change.newHits.length || change.delisted.length || change.changed.length) changes.push(change);
  }
  const summary: RescreenSummary = { batchId, partiesScreened: prepared.results.length, partiesWithChanges: changes.length, changes };
  db.prepare('UPDATE screening_batches SET summary_json = ? WHERE id = ?').run(JSON.stringify({ partiesScreened: summary.partiesScreened, partiesWithChanges: changes.length }), batchId);
  tx.audit({
    action: 'screening.rescreenAll',
    recordType: 'screening_batch',
    recordId: batchId,
    after: {
      partiesScreened: summary.partiesScreened,
      threshold: prepared.threshold,
      changes: changes.map((c) => ({ partyId: c.partyId, new: c.newHits.length, delisted: c.delisted.length, changed: c.changed.length })),
    },
  });
  return summary;
}
