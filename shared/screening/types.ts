/** The restricted-party matcher's model, shared by the core and the UI. Plain data only. */

export type PartyType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/** One listed party as the matcher sees it, whatever list it came from. */
export interface ScreeningEntry {
  id: string;
  listId: string;
  /** The primary name first, then every alias (a.k.a., f.k.a., original-script names). */
  names: string[];
  type: PartyType;
  /** ISO 3166 alpha-2 codes where known (addresses, nationality, citizenship); may be empty. */
  countries: string[];
}

/** The party being screened. Country and type are optional and only nudge the score. */
export interface ScreeningQuery {
  name: string;
  /** ISO 3166 alpha-2. */
  country?: string;
  type?: PartyType;
}

/**
 * How a pair of name parts was judged alike:
 * exact: same after normalising; fuzzy: within the edit budget for its length;
 * phonetic: same consonants, for names written without vowels (Arabic, Hebrew script);
 * merged: one part equals two or three adjacent parts of the other name run together;
 * weak: a legal form, title or particle, which counts little and never makes a match alone.
 */
export type PairKind = 'exact' | 'fuzzy' | 'phonetic' | 'merged' | 'weak';

export interface TokenPair {
  /** Normalised query part(s); merged parts are joined with a space. */
  query: string;
  candidate: string;
  similarity: number;
  kind: PairKind;
}

export interface MatchExplanation {
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** Share of the query name (by weight) found in the candidate, and the reverse; 0..1. */
  queryCoverage: number;
  candidateCoverage: number;
  /** True when only legal forms, titles or particles agreed: the score is capped below any threshold. */
  weakOnly: boolean;
  /** True when both names carry numbers and they differ: the score is capped below any threshold. */
  numbersDisagree: boolean;
}

/** Country and type nudges applied on top of the name score; each is 0 when not applicable. */
export interface ScoreAdjustments {
  country: number;
  type: number;
}

export interface Hit {
  entryId: string;
  listId: string;
  /** 0..1, name score plus adjustments, clamped. */
  score: number;
  /** The name score before country and type adjustments. */
  nameScore: number;
  matchedName: string;
  /** Index into the entry's names: 0 is the primary name, higher numbers are aliases. */
  matchedIndex: number;
  explanation: MatchExplanation;
  adjustments: ScoreAdjustments;
}

export interface ScreenOptions {
  /** Hits scoring below this are not returned; defaults to DEFAULT_THRESHOLD. */
  threshold?: number;
  /** At most this many hits, best first; defaults to 50. */
  limit?: number;
}

export interface ScreenResult {
  hits: Hit[];
  /** The query as the matcher read it, for the screening record. */
  normalizedQuery: string;
  /** True when the query name was longer than the matcher reads and was cut. */
  truncated: boolean;
  /**
   * True when the query had only legal forms, titles, particles or initials ("Holding Company").
   * Its words were then compared as the name itself, so it finds only list names made the same way
   * ("D COMPANY") and never one that merely shares a legal form; the reviewer should know the
   * query said little.
   */
  weakOnly: boolean;
  /** How many list names were scored in full (the rest were ruled out by the candidate index). */
  namesScored: number;
}
