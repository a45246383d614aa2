import type { Database } from 'better-sqlite3';
import type { ItemFilters } from '../../../shared/contract/items';
import type { ItemPage, ItemSummary, ItemType } from '../../../shared/items/types';

export const DEFAULT_PAGE_SIZE = 100;

/**
 * The search box as an FTS5 query over name, model and manufacturer: each word must match the start
 * of a word ("aes vpn" finds "AES VPN Gateway"). Words are quoted, so user punctuation never becomes
 * query syntax. Null when nothing searchable is left.
 */
export function itemSearchQuery(search: string | undefined): string | null {
  const words = (search ?? '').match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (words.length === 0) return null;
  return `{name model manufacturer} : (${words.map((w) => `"${w.toLowerCase()}"*`).join(' ')})`;
}

/** The stored form of a classification filter: '' for unclassified. */
function classValue(v: string): string {
  return v === 'unclassified' ? '' : v;
}

export interface ItemQuery {
  /** Ids of one page, in name order; takes `params` then limit and offset. */
  pageSql: string;
  countSql: string;
  params: unknown[];
}

/**
 * One page is one index range: each filter has an index (column, name_key, id) with the other filter
 * columns riding along, so rows come out in name order without sorting the table. A search starts
 * from the full-text index and sorts only its matches.
 */
export function buildItemQuery(f: ItemFilters = {}): ItemQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.needsReview) where.push('i.needs_review = 1');
  if (f.itemType) (where.push('i.item_type = ?'), params.push(f.itemType));
  if (f.usClass !== undefined) (where.push('i.us_class = ?'), params.push(classValue(f.usClass)));
  if (f.euClass !== undefined) (where.push('i.eu_class = ?'), params.push(classValue(f.euClass)));
  let from = 'items i';
  const match = itemSearchQuery(f.search);
  if (match) {
    // CROSS JOIN keeps the full-text index as the outer loop: the matches are few, the items many.
    from = 'item_search s CROSS JOIN items i ON i.id = s.rowid';
    where.unshift('item_search MATCH ?');
    params.unshift(match);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return {
    pageSql: `SELECT i.id FROM ${from} ${clause} ORDER BY i.name_key, i.id LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) AS n FROM ${from} ${clause}`,
    params,
  };
}

/** The ids matching the filters, in name order, without paging (CSV export). */
export function itemIds(db: Database, f: ItemFilters = {}): number[] {
  const q = buildItemQuery(f);
  return db.prepare(q.pageSql).pluck().all(...q.params, -1, 0) as number[];
}

export function listItems(db: Database, f: ItemFilters & { offset?: number; limit?: number; withTotal?: boolean } = {}): ItemPage {
  const q = buildItemQuery(f);
  const limit = f.limit ?? DEFAULT_PAGE_SIZE;
  const offset = f.offset ?? 0;
  const ids = db.prepare(q.pageSql).pluck().all(...q.params, limit, offset) as number[];
  const total = f.withTotal === false ? null : (db.prepare(q.countSql).get(...q.params) as { n: number }).n;
  return { rows: itemSummaries(db, ids), offset, limit, total };
}

interface SummaryRow {
  id: number;
  name: string;
  model_number: string | null;
  manufacturer: string | null;
  item_type: ItemType;
  origin_country: string | null;
  us_label: string | null;
  us_status: 'draft' | 'final' | null;
  eu_label: string | null;
  eu_status: 'draft' | 'final' | null;
  needs_review: number;
  updated_at: string;
}

/** Table rows for the given ids, in the order given. */
export function itemSummaries(db: Database, ids: number[]): ItemSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, name, model_number, manufacturer, item_type, origin_country, us_label, us_status, eu_label, eu_status, needs_review, updated_at
       FROM items WHERE id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id,
        name: r.name,
        modelNumber: r.model_number,
        manufacturer: r.manufacturer,
        itemType: r.item_type,
        originCountry: r.origin_country,
        us: r.us_label && r.us_status ? { label: r.us_label, status: r.us_status } : null,
        eu: r.eu_label && r.eu_status ? { label: r.eu_label, status: r.eu_status } : null,
        needsReview: r.needs_review === 1,
        updatedAt: r.updated_at,
      },
    ];
  });
}
