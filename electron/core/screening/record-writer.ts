import type { Database, Statement } from 'better-sqlite3';
import type { HitStatus } from '../../../shared/screening/record-types';
import type { Tx } from '../registry';
import type { SubjectMatch } from './match';
import { refreshPartyScreeningState } from '../parties/screening-status';

export interface ScreeningSubject {
  kind: 'party' | 'name' | 'batch-row';
  partyId?: number;
  batchId?: number;
  batchRow?: number;
  batchRef?: string | null;
  country?: string | null;
  type?: string | null;
}

interface Memory {
  decision: 'cleared' | 'confirmed';
  content_hash: string;
  at: string;
  by: string;
  reason: string;
}

/**
 * The writer's statements, compiled once per database: a batch writes 100,000 screenings in one
 * transaction, and compiling the same INSERT for each row kept the write lock held longer.
 */
const statements = new WeakMap<Database, Map<string, Statement>>();

function statement(db: Database, sql: string): Statement {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let s = forDb.get(sql);
  if (!s) forDb.set(sql, (s = db.prepare(sql)));
  return s;
}

/** A party's earlier decision on a listed entry decides the new hit's starting status. */
function carriedStatus(db: Database, partyId: number | undefined, listId: string, externalId: string, contentHash: string): { status: HitStatus; reason: string | null } {
  if (partyId === undefined) return { status: 'open', reason: null };
  const m = statement(
    db,
    `SELECT m.decision, m.content_hash, d.at, d.by, d.reason FROM party_hit_memory m JOIN hit_decisions d ON d.id = m.decision_id
     WHERE m.party_id = ? AND m.list_id = ? AND m.external_id = ?`,
  ).get(partyId, listId, externalId) as Memory | undefined;
  if (!m) return { status: 'open', reason: null };
  const when = `${m.at.slice(0, 10)} by ${m.by}`;
  if (m.decision === 'confirmed') return { status: 'confirmed', reason: `Confirmed as a match on ${when}: ${m.reason || 'no reason given'}` };
  if (m.content_hash === contentHash) return { status: 'previously-cleared', reason: `Cleared as a false positive on ${when}: ${m.reason}` };
  return { status: 'open', reason: `Cleared on ${when}, but the listed entry has changed since, so it is open again` };
}

/** Writes one screening with its hits inside the caller's transaction; returns its id. Audited by the caller's action. */
export function writeScreening(tx: Tx, subject: ScreeningSubject, match: SubjectMatch, audit = true): number {
  const { db } = tx;
  const id = Number(
    statement(
      db,
      `INSERT INTO screenings (at, operator, subject_kind, party_id, batch_id, batch_row, batch_ref, query_name, names_json,
         query_country, query_type, normalized_query, truncated, threshold, lists_json, hit_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      tx.at, tx.actor, subject.kind, subject.partyId ?? null, subject.batchId ?? null, subject.batchRow ?? null, subject.batchRef ?? null,
      match.names[0] ?? '', JSON.stringify(match.names), subject.country ?? null, subject.type ?? null, match.normalizedQuery,
      match.truncated ? 1 : 0, match.threshold, JSON.stringify(match.loaded.lists), match.hits.length,
    ).lastInsertRowid,
  );
  const ins = statement(
    db,
    `INSERT INTO screening_hits (screening_id, entry_id, snapshot_id, list_id, external_id, content_hash, matched_name, matched_index,
       query_name, score, name_score, explanation_json, status, status_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const h of match.hits) {
    const carried = carriedStatus(db, subject.partyId, h.entry.listId, h.entry.externalId, h.entry.contentHash);
    ins.run(
      id, h.entry.rowId, h.entry.snapshotId, h.entry.listId, h.entry.externalId, h.entry.contentHash, h.hit.matchedName, h.hit.matchedIndex,
      h.queryName, h.hit.score, h.hit.nameScore, JSON.stringify({ ...h.hit.explanation, adjustments: h.hit.adjustments }), carried.status, carried.reason,
    );
  }
  if (subject.partyId !== undefined) refreshPartyScreeningState(db, subject.partyId);
  if (audit) {
    tx.audit({
      action: subject.kind === 'party' ? 'screening.party' : subject.kind === 'name' ? 'screening.name' : 'screening.batch',
      recordType: 'screening',
      recordId: id,
      after: {
        subject: subject.kind,
        partyId: subject.partyId ?? null,
        names: match.names,
        threshold: match.threshold,
        lists: match.loaded.lists.map((l) => `${l.listId}@${l.publishedAt ?? l.sha256.slice(0, 12)}`),
        hits: match.hits.map((h) => ({ list: h.entry.listId, entry: h.entry.externalId, score: Number(h.hit.score.toFixed(3)) })),
      },
    });
  }
  return id;
}
