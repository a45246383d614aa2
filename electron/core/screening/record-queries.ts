import type { Database } from 'better-sqlite3';
import type { DecisionRecord, QueueItem, ScreeningHitRecord, ScreeningRecord } from '../../../shared/screening/record-types';
import { AppError } from '../../../shared/errors';

interface ScreeningRow {
  id: number;
  at: string;
  operator: string;
  subject_kind: ScreeningRecord['subjectKind'];
  party_id: number | null;
  batch_id: number | null;
  batch_row: number | null;
  batch_ref: string | null;
  query_name: string;
  names_json: string;
  query_country: string | null;
  query_type: ScreeningRecord['queryType'];
  normalized_query: string;
  truncated: number;
  threshold: number;
  lists_json: string;
}

const HIT_SELECT = `
  SELECT h.*, e.name AS entry_name, e.type AS entry_type, e.countries_json, e.programs_json, e.source_list,
         l.name AS list_name, s.published_at AS list_version
  FROM screening_hits h
  JOIN screening_entries e ON e.id = h.entry_id
  JOIN screening_snapshots s ON s.id = h.snapshot_id
  JOIN screening_lists l ON l.id = h.list_id`;

interface HitRow {
  id: number;
  screening_id: number;
  entry_id: number;
  snapshot_id: number;
  list_id: string;
  external_id: string;
  matched_name: string;
  matched_index: number;
  query_name: string;
  score: number;
  name_score: number;
  explanation_json: string;
  status: ScreeningHitRecord['status'];
  status_reason: string | null;
  entry_name: string;
  entry_type: ScreeningHitRecord['entryType'];
  countries_json: string;
  programs_json: string;
  source_list: string | null;
  list_name: string;
  list_version: string | null;
}

function decisionsOf(db: Database, hitIds: number[]): Map<number, DecisionRecord[]> {
  const out = new Map<number, DecisionRecord[]>();
  if (!hitIds.length) return out;
  const rows = db
    .prepare(`SELECT id, hit_id, decision, reason, at, by FROM hit_decisions WHERE hit_id IN (${hitIds.map(() => '?').join(',')}) ORDER BY id`)
    .all(...hitIds) as (DecisionRecord & { hit_id: number })[];
  for (const { hit_id, ...d } of rows) {
    const list = out.get(hit_id) ?? [];
    list.push(d);
    out.set(hit_id, list);
  }
  return out;
}

function toHits(db: Database, rows: HitRow[]): ScreeningHitRecord[] {
  const decisions = decisionsOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const { adjustments, ...explanation } = JSON.parse(r.explanation_json);
    return {
      id: r.id,
      screeningId: r.screening_id,
      listId: r.list_id,
      listName: r.list_name,
      listVersion: r.list_version,
      snapshotId: r.snapshot_id,
      entryId: r.entry_id,
      externalId: r.external_id,
      entryName: r.entry_name,
      entryType: r.entry_type,
      entryCountries: JSON.parse(r.countries_json),
      entryPrograms: JSON.parse(r.programs_json),
      entrySourceList: r.source_list,
      matchedName: r.matched_name,
      matchedIndex: r.matched_index,
      queryName: r.query_name,
      score: r.score,
      nameScore: r.name_score,
      explanation,
      adjustments,
      status: r.status,
      statusReason: r.status_reason,
      decisions: decisions.get(r.id) ?? [],
    };
  });
}

export function getHit(db: Database, hitId: number): ScreeningHitRecord {
  const row = db.prepare(`${HIT_SELECT} WHERE h.id = ?`).get(hitId) as HitRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no screening hit #${hitId}`, { field: 'hitId' });
  return toHits(db, [row])[0]!;
}

function toRecord(db: Database, r: ScreeningRow): ScreeningRecord {
  const hits = toHits(db, db.prepare(`${HIT_SELECT} WHERE h.screening_id = ? ORDER BY h.score DESC, h.id`).all(r.id) as HitRow[]);
  return {
    id: r.id,
    at: r.at,
    operator: r.operator,
    subjectKind: r.subject_kind,
    partyId: r.party_id,
    batchId: r.batch_id,
    batchRow: r.batch_row,
    batchRef: r.batch_ref,
    queryName: r.query_name,
    names: JSON.parse(r.names_json),
    queryCountry: r.query_country,
    queryType: r.query_type,
    normalizedQuery: r.normalized_query,
    truncated: Boolean(r.truncated),
    threshold: r.threshold,
    lists: JSON.parse(r.lists_json),
    hits,
  };
}

export function getScreening(db: Database, id: number): ScreeningRecord {
  const row = db.prepare('SELECT * FROM screenings WHERE id = ?').get(id) as ScreeningRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no screening #${id}`, { field: 'screeningId' });
  return toRecord(db, row);
}

export function partyHistory(db: Database, partyId: number, limit = 50): ScreeningRecord[] {
  const rows = db.prepare('SELECT * FROM screenings WHERE party_id = ? ORDER BY id DESC LIMIT ?').all(partyId, limit) as ScreeningRow[];
  return rows.map((r) => toRecord(db, r));
}

export function batchRecords(db: Database, batchId: number): ScreeningRecord[] {
  return (db.prepare('SELECT * FROM screenings WHERE batch_id = ? ORDER BY batch_row').all(batchId) as ScreeningRow[]).map((r) => toRecord(db, r));
}

/**
 * Hits waiting for a decision. Only a subject's latest screening counts: an older screening's
 * open hit is superseded once the subject is screened again.
 */
export function reviewQueue(db: Database, status: 'open' | 'review' | 'undecided', limit: number, offset: number): { total: number; items: QueueItem[] } {
  const statuses = status === 'undecided' ? ['open', 'review'] : [status];
  const where = `h.status IN (${statuses.map(() => '?').join(',')})
    AND (sc.party_id IS NULL OR sc.id = (SELECT max(id) FROM screenings WHERE party_id = sc.party_id))`;
  const total = (db.prepare(`SELECT count(*) AS n FROM screening_hits h JOIN screenings sc ON sc.id = h.screening_id WHERE ${where}`).get(...statuses) as { n: number }).n;
  const rows = db
    .prepare(`${HIT_SELECT} JOIN screenings sc ON sc.id = h.screening_id WHERE ${where} ORDER BY h.id LIMIT ? OFFSET ?`)
    .all(...statuses, limit, offset) as HitRow[];
  const hits = toHits(db, rows);
  const screeningStmt = db.prepare('SELECT * FROM screenings WHERE id = ?');
  const partyName = partyNameLookup(db);
  return {
    total,
    items: hits.map((hit) => {
      const s = screeningStmt.get(hit.screeningId) as ScreeningRow;
      return {
        hit,
        screening: {
          id: s.id,
          at: s.at,
          operator: s.operator,
          subjectKind: s.subject_kind,
          partyId: s.party_id,
          queryName: s.query_name,
          queryCountry: s.query_country,
          batchId: s.batch_id,
          batchRow: s.batch_row,
        },
        partyName: s.party_id ? partyName(s.party_id) : null,
      };
    }),
  };
}

function partyNameLookup(db: Database): (id: number) => string | null {
  const stmt = db.prepare('SELECT legal_name FROM parties WHERE id = ?');
  return (id) => (stmt.get(id) as { legal_name: string } | undefined)?.legal_name ?? null;
}
