import type { Database } from 'better-sqlite3';
import type { ApplicationStatus } from '../../../shared/applications/types';
import { AppError } from '../../../shared/errors';
import {
  applicationRetention,
  itemRetention,
  partyRetention,
  screeningRetention,
  type TransactionRef,
} from '../../../shared/retention/rule';
import type { RecordRetention } from '../../../shared/retention/types';

/**
 * Gathers the facts the retention rule (shared/retention/rule.ts) reads, for one record (the record
 * pages) or for every record (the list). Each query takes an optional id so a page reads one row
 * through its primary key instead of scanning 100,000 parties.
 */

interface ApplicationRow {
  id: number;
  reference: string;
  version: number;
  status: ApplicationStatus;
  decided_on: string | null;
  superseded_by_id: number | null;
  last_status_on: string | null;
  license_number: string | null;
  valid_to: string | null;
  last_shipped_on: string | null;
}

const APPLICATION_SQL = `
  SELECT a.id, a.reference, a.version, a.status, a.decided_on, a.superseded_by_id,
    (SELECT coalesce(h.on_date, substr(h.at, 1, 10)) FROM application_status_history h WHERE h.application_id = a.id ORDER BY h.id DESC LIMIT 1) AS last_status_on,
    l.number AS license_number, l.valid_to,
    (SELECT max(s.shipped_on) FROM shipments s WHERE s.license_id = l.id) AS last_shipped_on
  FROM applications a LEFT JOIN licenses l ON l.application_id = a.id`;

export interface ApplicationRetention {
  id: number;
  reference: string;
  version: number;
  superseded: boolean;
  retention: RecordRetention;
}

/**
 * The retention of applications by id, each read once. A version replaced by an amendment belongs
 * to the same transaction as the version that replaced it, so it takes the latest version's retention.
 */
export function applicationRetentions(db: Database): (id: number) => ApplicationRetention {
  const one = db.prepare(`${APPLICATION_SQL} WHERE a.id = ?`);
  const cache = new Map<number, ApplicationRetention>();
  const get = (id: number, depth = 0): ApplicationRetention => {
    const hit = cache.get(id);
    if (hit) return hit;
    const row = one.get(id) as ApplicationRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no application #${id} in this workspace`, { field: 'id' });
    if (depth > 1000) throw new AppError('INTERNAL', `Application #${id}: its chain of amendments does not end`);
    const retention =
      row.superseded_by_id !== null
        ? get(row.superseded_by_id, depth + 1).retention
        : applicationRetention({
            reference: row.reference,
            status: row.status,
            decidedOn: row.decided_on,
            lastStatusOn: row.last_status_on,
            license: row.license_number && row.valid_to ? { number: row.license_number, validTo: row.valid_to, lastShippedOn: row.last_shipped_on } : null,
          });
    const out = { id: row.id, reference: row.reference, version: row.version, superseded: row.superseded_by_id !== null, retention };
    cache.set(id, out);
    return out;
  };
  return (id) => get(id);
}

/** Every application id, for the list. */
export function allApplicationIds(db: Database): number[] {
  return db.prepare('SELECT id FROM applications ORDER BY id').pluck().all() as number[];
}

function transactionRefs(ids: Iterable<number>, apps: (id: number) => ApplicationRetention): TransactionRef[] {
  return [...new Set(ids)].map((id) => {
    const a = apps(id);
    return { label: `application ${a.reference}`, retention: a.retention };
  });
}

/** (record id, application id) pairs, grouped by record. */
function groupPairs(rows: { owner: number; application_id: number }[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const list = out.get(r.owner);
    if (list) list.push(r.application_id);
    else out.set(r.owner, [r.application_id]);
  }
  return out;
}

const where = (id: number | undefined, column: string) => (id === undefined ? { sql: '', params: [] as number[] } : { sql: ` WHERE ${column} = ?`, params: [id] });

// ---- Licenses and shipments ----

export interface RecordFacts {
  id: number;
  label: string;
  retention: RecordRetention;
  /** For a shipment, its license: the page it is shown on. */
  licenseId?: number;
}

export function licenseRetentions(db: Database, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  const w = where(id, 'l.id');
  const rows = db.prepare(`SELECT l.id, l.number, l.application_id FROM licenses l${w.sql} ORDER BY l.id`).all(...w.params) as { id: number; number: string; application_id: number }[];
  return rows.map((r) => ({ id: r.id, label: `License ${r.number}`, retention: apps(r.application_id).retention }));
}

export function shipmentRetentions(db: Database, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  const w = where(id, 's.id');
  const rows = db
    .prepare(`SELECT s.id, s.shipped_on, l.id AS license_id, l.number, l.application_id FROM shipments s JOIN licenses l ON l.id = s.license_id${w.sql} ORDER BY s.id`)
    .all(...w.params) as { id: number; shipped_on: string; license_id: number; number: string; application_id: number }[];
  return rows.map((r) => ({ id: r.id, label: `Shipment of ${r.shipped_on} under license ${r.number}`, retention: apps(r.application_id).retention, licenseId: r.license_id }));
}

// ---- Parties ----

export function partyRetentions(db: Database, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  const w = where(id, 'p.id');
  const parties = db.prepare(`SELECT p.id, p.legal_name, p.screening_state, p.screened_at FROM parties p${w.sql} ORDER BY p.id`).all(...w.params) as {
    id: number;
    legal_name: string;
    screening_state: string;
    screened_at: string | null;
  }[];
  const wParty = where(id, 'party_id');
  const wConsignee = where(id, 's.consignee_party_id');
  const txs = groupPairs(
    db
      .prepare(
        `SELECT party_id AS owner, application_id FROM application_parties${wParty.sql}
         UNION SELECT s.consignee_party_id AS owner, l.application_id FROM shipments s JOIN licenses l ON l.id = s.license_id
           ${wConsignee.sql ? `${wConsignee.sql} AND` : 'WHERE'} s.consignee_party_id IS NOT NULL`,
      )
      .all(...wParty.params, ...wConsignee.params) as { owner: number; application_id: number }[],
  );
  const wDecision = where(id, 's.party_id');
  const decisions = new Map(
    (
      db
        .prepare(
          `SELECT s.party_id AS party, max(d.at) AS last FROM hit_decisions d JOIN screening_hits h ON h.id = d.hit_id JOIN screenings s ON s.id = h.screening_id
           ${wDecision.sql ? `${wDecision.sql} AND` : 'WHERE'} s.party_id IS NOT NULL GROUP BY s.party_id`,
        )
        .all(...wDecision.params) as { party: number; last: string }[]
    ).map((r) => [r.party, r.last]),
  );
  return parties.map((p) => ({
    id: p.id,
    label: p.legal_name,
    retention: partyRetention({
      lastScreenedAt: p.screened_at,
      lastDecisionAt: decisions.get(p.id) ?? null,
      openHits: p.screening_state === 'open-hits',
      transactions: transactionRefs(txs.get(p.id) ?? [], apps),
    }),
  }));
}

// ---- Items ----

function classificationLabel(c: { kind: string; entry_code: string | null; paragraph_code: string | null; jurisdiction: string }): string {
  if (c.kind === 'ear99') return 'EAR99';
  if (c.kind === 'not-listed') return 'not listed (EU)';
  return `${c.paragraph_code ?? c.entry_code ?? '?'}${c.jurisdiction === 'eu' ? ' (EU)' : ''}`;
}

export function itemRetentions(db: Database, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  const w = where(id, 'i.id');
  const items = db.prepare(`SELECT i.id, i.name, i.us_status, i.eu_status FROM items i${w.sql} ORDER BY i.id`).all(...w.params) as {
    id: number;
    name: string;
    us_status: string | null;
    eu_status: string | null;
  }[];
  const wItem = where(id, 'item_id');
  // Final classifications in id order: the last one seen per item is its latest decision.
  const latest = new Map<number, { on: string; label: string }>();
  for (const c of db
    .prepare(`SELECT item_id, created_at, kind, entry_code, paragraph_code, jurisdiction FROM classifications${wItem.sql ? `${wItem.sql} AND` : ' WHERE'} status = 'final' ORDER BY id`)
    .iterate(...wItem.params) as Iterable<{ item_id: number; created_at: string; kind: string; entry_code: string | null; paragraph_code: string | null; jurisdiction: string }>) {
    latest.set(c.item_id, { on: c.created_at, label: classificationLabel(c) });
  }
  const txs = groupPairs(db.prepare(`SELECT DISTINCT item_id AS owner, application_id FROM application_items${wItem.sql}`).all(...wItem.params) as { owner: number; application_id: number }[]);
  return items.map((i) => ({
    id: i.id,
    label: i.name,
    retention: itemRetention({
      lastClassification: latest.get(i.id) ?? null,
      draftInForce: [...(i.us_status === 'draft' ? ['US'] : []), ...(i.eu_status === 'draft' ? ['EU'] : [])],
      transactions: transactionRefs(txs.get(i.id) ?? [], apps),
    }),
  }));
}

// ---- Screening records ----

export function screeningRetentions(db: Database, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  const w = where(id, 's.id');
  const rows = db
    .prepare(
      `SELECT s.id, s.at, s.subject_kind, s.party_id, s.query_name,
         (SELECT max(d.at) FROM screening_hits h JOIN hit_decisions d ON d.hit_id = h.id WHERE h.screening_id = s.id) AS last_decision,
         (SELECT count(*) FROM screening_hits h WHERE h.screening_id = s.id AND h.status IN ('open', 'review')) AS open_hits,
         (s.party_id IS NOT NULL AND EXISTS (SELECT 1 FROM screenings later WHERE later.party_id = s.party_id AND later.id > s.id)) AS superseded
       FROM screenings s${w.sql} ORDER BY s.id`,
    )
    .all(...w.params) as { id: number; at: string; subject_kind: string; party_id: number | null; query_name: string; last_decision: string | null; open_hits: number; superseded: number }[];
  const partyIds = [...new Set(rows.map((r) => r.party_id).filter((p): p is number => p !== null))];
  const txs =
    id === undefined
      ? groupPairs(
          db
            .prepare(
              `SELECT party_id AS owner, application_id FROM application_parties
               UNION SELECT s.consignee_party_id AS owner, l.application_id FROM shipments s JOIN licenses l ON l.id = s.license_id WHERE s.consignee_party_id IS NOT NULL`,
            )
            .all() as { owner: number; application_id: number }[],
        )
      : groupPairs(
          partyIds.flatMap(
            (p) =>
              db
                .prepare(
                  `SELECT party_id AS owner, application_id FROM application_parties WHERE party_id = ?
                   UNION SELECT s.consignee_party_id AS owner, l.application_id FROM shipments s JOIN licenses l ON l.id = s.license_id WHERE s.consignee_party_id = ?`,
                )
                .all(p, p) as { owner: number; application_id: number }[],
          ),
        );
  return rows.map((r) => ({
    id: r.id,
    label: `Screening #${r.id}: ${r.query_name}`,
    retention: screeningRetention({
      id: r.id,
      at: r.at,
      lastDecisionAt: r.last_decision,
      // A later screening of the same party replaces this one's open hits (the party's state reads the latest only).
      openHits: r.superseded ? 0 : r.open_hits,
      transactions: r.party_id === null ? [] : transactionRefs(txs.get(r.party_id) ?? [], apps),
    }),
  }));
}
