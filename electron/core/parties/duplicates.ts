import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { nameKey } from '../../../shared/parties/name-key';
import type { PartyKind, SimilarParty } from '../../../shared/parties/types';
import { DUPLICATE_THRESHOLD, nameLookupKeys, nameSimilarity } from './similar-names';

const MAX_CANDIDATES = 200;
const MAX_RESULTS = 10;

export interface DuplicateQuery {
  legalName: string;
  country: string;
  otherNames?: readonly string[];
}

/**
 * Existing parties in the same country whose legal name or other names closely match any of the
 * new party's names, best first. Candidates come from the matcher's name keys (country-scoped in
 * the search index), so only a handful of parties are scored whatever the size of the workspace.
 */
export function findSimilarParties(db: Database, q: DuplicateQuery, excludeId?: number): SimilarParty[] {
  const names = [q.legalName, ...(q.otherNames ?? [])].filter((n) => n.trim());
  const cc = q.country.toLowerCase();
  const keys = [...new Set(names.flatMap((n) => nameLookupKeys(n)))].slice(0, 60);
  const ids = new Set<number>();
  if (keys.length) {
    const match = `keys : (${keys.map((k) => `"${cc}${k}"`).join(' OR ')})`;
    for (const id of db.prepare('SELECT rowid FROM party_search WHERE party_search MATCH ? ORDER BY rank LIMIT ?').pluck().all(match, MAX_CANDIDATES) as number[]) {
      ids.add(id);
    }
  }
  // The same folded name always counts, even one the matcher has no keys for.
  for (const id of db
    .prepare('SELECT id FROM parties WHERE archived IN (0, 1) AND country = ? AND name_key = ?')
    .pluck()
    .all(q.country, nameKey(q.legalName)) as number[]) {
    ids.add(id);
  }
  if (excludeId !== undefined) ids.delete(excludeId);

  const partyStmt = db.prepare('SELECT id, legal_name, country, kind FROM parties WHERE id = ?');
  const namesStmt = db.prepare('SELECT name FROM party_names WHERE party_id = ? ORDER BY id').pluck();
  const newKeys = new Set(names.map(nameKey));
  const found: SimilarParty[] = [];
  for (const id of ids) {
    const p = partyStmt.get(id) as { id: number; legal_name: string; country: string; kind: PartyKind } | undefined;
    if (!p || p.country !== q.country) continue;
    const theirs = [p.legal_name, ...(namesStmt.all(id) as string[])];
    let best = { score: 0, name: p.legal_name };
    for (const mine of names) {
      for (const other of theirs) {
        const score = newKeys.has(nameKey(other)) ? 1 : nameSimilarity(mine, other);
        if (score > best.score) best = { score, name: other };
      }
    }
    if (best.score >= DUPLICATE_THRESHOLD) {
      found.push({ id: p.id, legalName: p.legal_name, country: p.country, kind: p.kind, matchedName: best.name, score: Math.round(best.score * 1000) / 1000 });
    }
  }
  return found.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, MAX_RESULTS);
}

/** Refuses to enter a party twice unless the user has seen the close matches and confirmed. */
export function refuseLikelyDuplicate(similar: SimilarParty[], confirmed: boolean | undefined): void {
  if (similar.length === 0 || confirmed) return;
  const list = similar
    .slice(0, 3)
    .map((s) => `#${s.id} ${s.legalName} (${s.country})`)
    .join('; ');
  throw new AppError(
    'DUPLICATE',
    `A party with a closely matching name already exists in the same country: ${list}. Open the existing party, or confirm that this is a different party.`,
    { field: 'legalName' },
  );
}
