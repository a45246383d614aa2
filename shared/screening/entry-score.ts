import { normalizeName, ScreeningInputError } from './normalize';
import { explainMatch, matchNames, prepareName, type NameMatch, type PreparedName, type TokenSimilarityFn } from './score';
import type { Hit, PartyType, ScoreAdjustments, ScreeningEntry, ScreeningQuery } from './types';

/**
 * Country and party type nudge a name score; they never make or break a strong name match alone.
 * Small on purpose: lists give countries for addresses and nationalities that a counterparty's
 * country need not share, and a missed match is the costly error.
 */
export const ADJUSTMENTS = {
  countryMatch: 0.02,
  countryMismatch: -0.04,
  typeMatch: 0.02,
  /** A person against an organisation, vessel or aircraft, or the reverse. */
  personVersusOther: -0.08,
  /** Two kinds of non-person (an entity against a vessel, say): the lists blur these more often. */
  otherTypeMismatch: -0.03,
} as const;

export interface PreparedQuery {
  query: ScreeningQuery;
  name: PreparedName;
}

export interface PreparedEntry {
  entry: ScreeningEntry;
  /** One per entry name; null where a name has nothing to compare (a list row of punctuation). */
  names: (PreparedName | null)[];
}

export function prepareQuery(query: ScreeningQuery): PreparedQuery {
  return { query, name: prepareName(normalizeName(query.name)) };
}

export function prepareEntry(entry: ScreeningEntry, keepJoins = true): PreparedEntry {
  return {
    entry,
    names: entry.names.map((n) => {
      try {
        return prepareName(normalizeName(n), keepJoins);
      } catch (e) {
        if (e instanceof ScreeningInputError) return null;
        throw e;
      }
    }),
  };
}

function typeAdjustment(query: PartyType | undefined, listed: PartyType): number {
  if (!query || query === 'unknown' || listed === 'unknown') return 0;
  if (query === listed) return ADJUSTMENTS.typeMatch;
  if (query === 'individual' || listed === 'individual') return ADJUSTMENTS.personVersusOther;
  return ADJUSTMENTS.otherTypeMismatch;
}

function countryAdjustment(query: string | undefined, listed: string[]): number {
  if (!query || listed.length === 0) return 0;
  const wanted = query.trim().toUpperCase();
  return listed.some((c) => c.toUpperCase() === wanted) ? ADJUSTMENTS.countryMatch : ADJUSTMENTS.countryMismatch;
}

export function adjustmentsFor(query: ScreeningQuery, entry: ScreeningEntry): ScoreAdjustments {
  return { country: countryAdjustment(query.country, entry.countries), type: typeAdjustment(query.type, entry.type) };
}

/** The adjusted score, clamped to 0..1. */
export function adjustedScore(nameScore: number, a: ScoreAdjustments): number {
  return Math.min(1, Math.max(0, nameScore + a.country + a.type));
}

/**
 * Best-scoring name of an entry among those `consider` admits (all by default); ties go to the
 * earlier name, so the primary name wins over an alias that scores the same.
 */
export function bestName(
  q: PreparedQuery,
  e: PreparedEntry,
  sim?: TokenSimilarityFn,
  consider: (nameIndex: number) => boolean = () => true,
): { index: number; match: NameMatch } | null {
  let best: { index: number; match: NameMatch } | null = null;
  e.names.forEach((name, index) => {
    if (!name || !consider(index)) return;
    const match = matchNames(q.name, name, sim);
    if (!best || match.score > best.match.score) best = { index, match };
  });
  return best;
}

export function toHit(q: PreparedQuery, e: PreparedEntry, index: number, match: NameMatch): Hit {
  const adjustments = adjustmentsFor(q.query, e.entry);
  return {
    entryId: e.entry.id,
    listId: e.entry.listId,
    score: adjustedScore(match.score, adjustments),
    nameScore: match.score,
    matchedName: e.entry.names[index]!,
    matchedIndex: index,
    explanation: explainMatch(q.name, e.names[index]!, match),
    adjustments,
  };
}

/** Scores every name and alias of one entry and reports the best, with its explanation. */
export function scoreEntry(query: ScreeningQuery | PreparedQuery, entry: ScreeningEntry | PreparedEntry): Hit | null {
  const q = typeof query.name === 'string' ? prepareQuery(query as ScreeningQuery) : (query as PreparedQuery);
  const e = 'entry' in entry ? entry : prepareEntry(entry);
  const best = bestName(q, e);
  return best ? toHit(q, e, best.index, best.match) : null;
}
