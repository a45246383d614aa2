import type { Database } from 'better-sqlite3';
import { entryCodeOf, looksLikeCodeQuery, normalizeCode } from '../../../shared/control-lists/codes';
import type { ListSnapshot, SearchHit } from '../../../shared/control-lists/types';
import { currentSnapshots, getSnapshot } from './queries';

const HIT_OPEN = '\u0001';
const HIT_CLOSE = '\u0002';

/** Words of a free-text query, quoted for FTS5 so user punctuation never becomes query syntax. */
export function ftsTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

interface FtsRow {
  snapshot_id: number;
  entry_id: number;
  paragraph_id: number | null;
  body_snip: string;
  heading_snip: string;
  rank: number;
}

/**
 * Search over one snapshot, or every current snapshot. A code or code prefix ("5A00", "4d004")
 * ranks matching entries first; then an exact phrase, then all words, ranked by bm25 with codes and
 * headings weighted over body text. One hit per entry, carrying the paragraph that matched best.
 */
export function searchControls(db: Database, query: string, opts: { snapshotId?: number; limit?: number } = {}): SearchHit[] {
  const limit = opts.limit ?? 25;
  const snapshots: ListSnapshot[] = opts.snapshotId !== undefined ? [getSnapshot(db, opts.snapshotId)] : currentSnapshots(db);
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const push = (h: SearchHit) => {
    const key = `${h.snapshotId}:${h.code}`;
    if (seen.has(key) || hits.length >= limit) return;
    seen.add(key);
    hits.push(h);
  };

  for (const s of snapshots) {
    if (looksLikeCodeQuery(query)) codeHits(db, s, query.trim(), limit).forEach(push);
  }
  const terms = ftsTerms(query);
  if (terms.length === 0) return hits;
  const phrase = `"${terms.join(' ')}"`;
  const allWords = terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
  for (const match of terms.length > 1 ? [phrase, allWords] : [allWords]) {
    for (const s of snapshots) {
      for (const h of textHits(db, s, match, limit * 4)) push(h);
    }
    if (hits.length >= limit) break;
  }
  return hits;
}

function codeHits(db: Database, s: ListSnapshot, query: string, limit: number): SearchHit[] {
  const code = normalizeCode(query);
  const isParagraph = code.includes('.');
  const rows = (
    isParagraph
      ? db.prepare('SELECT id, code, heading FROM control_entries WHERE snapshot_id = ? AND code = ?').all(s.id, entryCodeOf(code))
      : db
          .prepare('SELECT id, code, heading FROM control_entries WHERE snapshot_id = ? AND code >= ? AND code < ? ORDER BY code LIMIT ?')
          .all(s.id, code, `${code}\u007f`, limit)
  ) as { id: number; code: string; heading: string }[];
  return rows.map((r) => {
    const para = isParagraph
      ? (db
          .prepare(`SELECT code, label, text FROM control_paragraphs WHERE entry_id = ? AND code = ? AND kind = 'item' ORDER BY ordinal LIMIT 1`)
          .get(r.id, code) as { code: string; label: string; text: string } | undefined)
      : undefined;
    return {
      snapshotId: s.id,
      code: r.code,
      heading: r.heading,
      paragraphCode: para?.code ?? null,
      paragraphLabel: para?.label ?? null,
      snippet: para ? para.text : r.heading,
      matchedOn: 'code' as const,
      attribution: s.attribution,
    };
  });
}

function textHits(db: Database, s: ListSnapshot, match: string, limit: number): SearchHit[] {
  const rows = db
    .prepare(
      `SELECT snapshot_id, entry_id, paragraph_id,
              snippet(control_fts, 2, '${HIT_OPEN}', '${HIT_CLOSE}', '…', 18) AS body_snip,
              snippet(control_fts, 1, '${HIT_OPEN}', '${HIT_CLOSE}', '…', 18) AS heading_snip,
              bm25(control_fts, 10.0, 4.0, 1.0) AS rank
       FROM control_fts WHERE control_fts MATCH ? AND snapshot_id = ? ORDER BY rank LIMIT ?`,
    )
    .all(match, s.id, limit) as FtsRow[];
  const entryStmt = db.prepare('SELECT code, heading FROM control_entries WHERE id = ?');
  const paraStmt = db.prepare('SELECT code, label FROM control_paragraphs WHERE id = ?');
  return rows.map((r) => {
    const e = entryStmt.get(r.entry_id) as { code: string; heading: string };
    const p = r.paragraph_id ? (paraStmt.get(r.paragraph_id) as { code: string | null; label: string | null }) : undefined;
    const onHeading = r.heading_snip.includes(HIT_OPEN);
    return {
      snapshotId: s.id,
      code: e.code,
      heading: e.heading,
      paragraphCode: p?.code ?? null,
      paragraphLabel: p?.label ?? null,
      snippet: onHeading ? r.heading_snip : r.body_snip,
      matchedOn: onHeading ? ('heading' as const) : ('text' as const),
      attribution: s.attribution,
    };
  });
}
