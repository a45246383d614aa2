import type { Database } from 'better-sqlite3';
import type { PartyFilters } from '../../../shared/contract/parties';
import { countryName } from '../../../shared/countries';
import { RED_FLAGS } from '../../../shared/parties/red-flags';
import type { PartyKind, PartyPage, PartyRole, PartySummary } from '../../../shared/parties/types';
import { partyScreeningStatuses, screeningStateCondition } from './screening-status';

export const DEFAULT_PAGE_SIZE = 100;

/**
 * The search box as an FTS5 query over names and identifiers: each word must match the start of a
 * word ("sie ener" finds "Siemens Energy"). Words are quoted, so user punctuation never becomes
 * query syntax. Null when nothing searchable is left.
 */
export function partySearchQuery(search: string | undefined): string | null {
  const words = (search ?? '').match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (words.length === 0) return null;
  return `{names identifiers} : (${words.map((w) => `"${w.toLowerCase()}"*`).join(' ')})`;
}

export interface PartyQuery {
  /** Ids of one page, in name order; takes `params` then limit and offset. */
  pageSql: string;
  countSql: string;
  params: unknown[];
}

/**
 * One page is one index range: each filter has an index (archived, column, name_key, id), so the
 * rows come out in name order without sorting the table. A search starts from the full-text index
 * and sorts only its matches.
 */
export function buildPartyQuery(f: PartyFilters = {}): PartyQuery {
  const where: string[] = ['p.archived = ?'];
  const params: unknown[] = [f.archived ? 1 : 0];
  if (f.country) (where.push('p.country = ?'), params.push(f.country));
  if (f.kind) (where.push('p.kind = ?'), params.push(f.kind));
  if (f.kyc) (where.push('p.kyc_state = ?'), params.push(f.kyc));
  if (f.screening) {
    const c = screeningStateCondition(f.screening);
    where.push(`(${c.sql})`);
    params.push(...c.params);
  }
  let from = 'parties p';
  const match = partySearchQuery(f.search);
  if (match) {
    // CROSS JOIN keeps the full-text index as the outer loop: the matches are few, the parties many.
    from = 'party_search s CROSS JOIN parties p ON p.id = s.rowid';
    where.unshift('party_search MATCH ?');
    params.unshift(match);
  }
  const clause = where.join(' AND ');
  return {
    pageSql: `SELECT p.id FROM ${from} WHERE ${clause} ORDER BY p.name_key, p.id LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) AS n FROM ${from} WHERE ${clause}`,
    params,
  };
}

interface SummaryRow {
  id: number;
  legal_name: string;
  kind: PartyKind;
  country: string;
  roles_json: string;
  kyc_state: 'open' | 'incomplete' | 'clear';
  open_red_flags: number;
  kyc_answered: number;
  archived: number;
  updated_at: string;
}

/** The ids matching the filters, in name order, without paging (CSV export). */
export function partyIds(db: Database, f: PartyFilters = {}): number[] {
  const q = buildPartyQuery(f);
  return (db.prepare(q.pageSql).pluck().all(...q.params, -1, 0) as number[]);
}

export function listParties(db: Database, f: PartyFilters & { offset?: number; limit?: number; withTotal?: boolean } = {}): PartyPage {
  const q = buildPartyQuery(f);
  const limit = f.limit ?? DEFAULT_PAGE_SIZE;
  const offset = f.offset ?? 0;
  const ids = db.prepare(q.pageSql).pluck().all(...q.params, limit, offset) as number[];
  const total = f.withTotal === false ? null : (db.prepare(q.countSql).get(...q.params) as { n: number }).n;
  return { rows: partySummaries(db, ids), offset, limit, total };
}

/** Table rows for the given ids, in the order given. */
export function partySummaries(db: Database, ids: number[]): PartySummary[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(',');
  const rows = db
    .prepare(
      `SELECT id, legal_name, kind, country, roles_json, kyc_state, open_red_flags, kyc_answered, archived, updated_at
       FROM parties WHERE id IN (${marks})`,
    )
    .all(...ids) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names = new Map<number, string[]>();
  for (const n of db
    .prepare(`SELECT party_id, name FROM party_names WHERE party_id IN (${marks}) AND type IN ('other', 'trade') ORDER BY party_id, id`)
    .all(...ids) as { party_id: number; name: string }[]) {
    const list = names.get(n.party_id) ?? [];
    list.push(n.name);
    names.set(n.party_id, list);
  }
  const screening = partyScreeningStatuses(db, ids);
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id,
        legalName: r.legal_name,
        otherNames: names.get(id) ?? [],
        kind: r.kind,
        country: r.country,
        countryName: countryName(r.country) ?? r.country,
        roles: JSON.parse(r.roles_json) as PartyRole[],
        kyc: { state: r.kyc_state, openRedFlags: r.open_red_flags, answered: r.kyc_answered, total: RED_FLAGS.length },
        screening: screening.get(id)!,
        archived: r.archived === 1,
        updatedAt: r.updated_at,
      },
    ];
  });
}
