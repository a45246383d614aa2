import { joinTokens, type JoinedTokens } from './joined-tokens';
import { normalizeName, type NameToken, type NormalizedName } from './normalize';
import { mergeSimilarity, tokenSimilarity } from './similarity';
import type { MatchExplanation, PairKind, TokenPair } from './types';

/**
 * Scores one query name against one candidate name, 0..1, whatever the token order: a one-to-one
 * alignment of tokens and run-together tokens (the better of two greedy passes), then how much of
 * each name the alignment covers.
 */
export const SCORING = {
  /**
   * Weight of a legal form, title, particle or lone initial against 1 for any other token. A weak
   * token that finds its partner adds a little; one that does not is left out of the sums.
   */
  weakWeight: 0.15,
  /**
   * Share of the score taken by how much of the query is found; the rest is how much of the
   * candidate is found. Query-led, because "PUTIN" should find "PUTIN, Vladimir Vladimirovich".
   */
  queryShare: 0.75,
  /** Capped below any sensible threshold: only weak tokens agree ("BELLETECH CORP" / "11420 CORP."). */
  weakOnlyCap: 0.3,
  /** Capped below any sensible threshold: both names carry numbers and they differ. */
  numbersDisagreeCap: 0.5,
  /**
   * A candidate fully contained in a longer query also scores high ("GAZPROMBANK" in "Gazprombank
   * Moscow branch"), but only when it says enough on its own: two strong tokens, or one of this length.
   */
  distinctiveLength: 6,
} as const;

/** A name normalised once and decorated for scoring; the candidate index keeps one per list name. */
export interface PreparedName {
  normalized: NormalizedName;
  tokens: NameToken[];
  weights: Float64Array;
  totalWeight: number;
  /** Sum of the weights of weak tokens. */
  weakWeight: number;
  /**
   * Adjacent tokens run together; null until first needed (the candidate index holds tens of
   * thousands of names and works these out only for the ones it scores).
   */
  joins: JoinedTokens[] | null;
  strongCount: number;
  distinctive: boolean;
}

export function tokenWeight(t: NameToken): number {
  return t.weak ? SCORING.weakWeight : 1;
}

export function prepareName(normalized: NormalizedName, keepJoins = true): PreparedName {
  const tokens = normalized.tokens;
  const weights = new Float64Array(tokens.length);
  let totalWeight = 0;
  let weakWeight = 0;
  let strongLength = 0;
  tokens.forEach((t, i) => {
    const w = tokenWeight(t);
    weights[i] = w;
    totalWeight += w;
    if (t.weak) weakWeight += w;
    else strongLength = Math.max(strongLength, t.key.length);
  });
  return {
    normalized,
    tokens,
    weights,
    totalWeight,
    weakWeight,
    joins: keepJoins ? joinTokens(tokens) : null,
    strongCount: normalized.strongCount,
    distinctive:
      normalized.strongCount >= 2 || (normalized.strongCount === 1 && strongLength >= SCORING.distinctiveLength),
  };
}

/** One aligned pair of query and candidate token runs (spans of 1 unless merged). */
export interface AlignedUnit {
  queryStart: number;
  querySpan: number;
  candidateStart: number;
  candidateSpan: number;
  similarity: number;
  merged: boolean;
  weak: boolean;
  /** similarity times the weight of the tokens covered on both sides: the greedy order. */
  value: number;
}

export interface NameMatch {
  score: number;
  queryCoverage: number;
  candidateCoverage: number;
  weakOnly: boolean;
  numbersDisagree: boolean;
  units: AlignedUnit[];
}

/** Token similarity lookup; the candidate index passes a cached one. */
export type TokenSimilarityFn = (queryIndex: number, candidate: NameToken) => number;

/**
 * Two greedy orders, and the alignment that scores higher wins. Both try name tokens before weak
 * ones (an article must not block "abd al rahman" from meeting "abdurrahman"). By similarity, the
 * closest pairs go first; by value (similarity times the weight covered), a run-together unit that
 * explains three tokens ("nur al lah" / "NURULLAH") goes before a pair that would break it up.
 * Either alone gets some real names wrong; an exact search is not worth its cost per list name.
 */
function bySimilarity(a: AlignedUnit, b: AlignedUnit): number {
  return (
    Number(a.weak) - Number(b.weak) ||
    b.similarity - a.similarity ||
    b.value - a.value ||
    a.queryStart - b.queryStart ||
    a.candidateStart - b.candidateStart
  );
}

function byValue(a: AlignedUnit, b: AlignedUnit): number {
  return Number(a.weak) - Number(b.weak) || b.value - a.value || bySimilarity(a, b);
}

function spanWeight(name: PreparedName, start: number, span: number): number {
  let w = 0;
  for (let k = 0; k < span; k++) w += name.weights[start + k]!;
  return w;
}

function unit(q: PreparedName, c: PreparedName, qs: number, qn: number, cs: number, cn: number, s: number): AlignedUnit {
  const merged = qn > 1 || cn > 1;
  return {
    queryStart: qs,
    querySpan: qn,
    candidateStart: cs,
    candidateSpan: cn,
    similarity: s,
    merged,
    weak: !merged && q.tokens[qs]!.weak,
    value: s * (spanWeight(q, qs, qn) + spanWeight(c, cs, cn)),
  };
}

function candidateUnits(q: PreparedName, c: PreparedName, sim: TokenSimilarityFn): AlignedUnit[] {
  const units: AlignedUnit[] = [];
  const qt = q.tokens;
  const ct = c.tokens;
  for (let i = 0; i < qt.length; i++) {
    const qi = qt[i]!;
    for (let j = 0; j < ct.length; j++) {
      const cj = ct[j]!;
      // Weak pairs only with weak: a legal form never stands in for a name, nor the reverse.
      if (qi.weak !== cj.weak) continue;
      const s = sim(i, cj);
      if (s > 0) units.push(unit(q, c, i, 1, j, 1, s));
    }
  }
  for (const join of q.joins ?? joinTokens(qt)) {
    for (let j = 0; j < ct.length; j++) {
      const cj = ct[j]!;
      if (cj.weak) continue;
      const s = mergeSimilarity(cj, join);
      if (s > 0) units.push(unit(q, c, join.start, join.span, j, 1, s));
    }
  }
  // Kept once computed: a list name that was scored once is likely to be scored again.
  for (const join of c.joins ?? (c.joins = joinTokens(ct))) {
    for (let i = 0; i < qt.length; i++) {
      const qi = qt[i]!;
      if (qi.weak) continue;
      const s = mergeSimilarity(qi, join);
      if (s > 0) units.push(unit(q, c, i, 1, join.start, join.span, s));
    }
  }
  return units;
}

const directSimilarity =
  (q: PreparedName): TokenSimilarityFn =>
  (i, candidate) =>
    tokenSimilarity(q.tokens[i]!, candidate);

/**
 * The score from the two coverages. Query-led; a distinctive candidate fully inside a longer query
 * also counts. Names of generic words only ("D COMPANY") weigh both sides equally, so the word
 * "Company" alone does not find "D COMPANY". Monotone in both coverages: the index bound relies on it.
 */
export function combineCoverage(queryCoverage: number, candidateCoverage: number, q: PreparedName, c: PreparedName): number {
  if (q.normalized.genericOnly || c.normalized.genericOnly) return (queryCoverage + candidateCoverage) / 2;
  const forward = SCORING.queryShare * queryCoverage + (1 - SCORING.queryShare) * candidateCoverage;
  const reverse = c.distinctive ? SCORING.queryShare * candidateCoverage + (1 - SCORING.queryShare) * queryCoverage : 0;
  return Math.max(forward, reverse);
}

/**
 * Weighted share of a name's tokens found in the other name. An unmatched weak token is left out
 * rather than counted against: "GAZPROMBANK JOINT STOCK COMPANY" is fully found in "Gazprombank".
 */
function coverage(name: PreparedName, sims: Float64Array, used: Uint8Array): number {
  let covered = 0;
  let total = name.totalWeight - name.weakWeight;
  for (let i = 0; i < sims.length; i++) {
    covered += name.weights[i]! * sims[i]!;
    if (used[i] && name.tokens[i]!.weak) total += name.weights[i]!;
  }
  return total > 0 ? covered / total : 0;
}

function align(q: PreparedName, c: PreparedName, units: AlignedUnit[]): NameMatch {
  const qSim = new Float64Array(q.tokens.length);
  const cSim = new Float64Array(c.tokens.length);
  const qUsed = new Uint8Array(q.tokens.length);
  const cUsed = new Uint8Array(c.tokens.length);
  const chosen: AlignedUnit[] = [];
  let strongMatched = false;
  for (const u of units) {
    let free = true;
    for (let k = 0; k < u.querySpan && free; k++) if (qUsed[u.queryStart + k]) free = false;
    for (let k = 0; k < u.candidateSpan && free; k++) if (cUsed[u.candidateStart + k]) free = false;
    if (!free) continue;
    for (let k = 0; k < u.querySpan; k++) {
      qUsed[u.queryStart + k] = 1;
      qSim[u.queryStart + k] = u.similarity;
    }
    for (let k = 0; k < u.candidateSpan; k++) {
      cUsed[u.candidateStart + k] = 1;
      cSim[u.candidateStart + k] = u.similarity;
    }
    if (!u.weak) strongMatched = true;
    chosen.push(u);
  }

  const queryCoverage = coverage(q, qSim, qUsed);
  const candidateCoverage = coverage(c, cSim, cUsed);
  const numbersDisagree =
    q.tokens.some((t, i) => t.number && !qUsed[i]) && c.tokens.some((t, j) => t.number && !cUsed[j]);
  let score = combineCoverage(queryCoverage, candidateCoverage, q, c);
  if (!strongMatched) score = Math.min(score, SCORING.weakOnlyCap);
  if (numbersDisagree) score = Math.min(score, SCORING.numbersDisagreeCap);
  return {
    score: Math.min(1, Math.max(0, score)),
    queryCoverage,
    candidateCoverage,
    weakOnly: !strongMatched,
    numbersDisagree,
    units: chosen,
  };
}

export function matchNames(q: PreparedName, c: PreparedName, sim: TokenSimilarityFn = directSimilarity(q)): NameMatch {
  const units = candidateUnits(q, c, sim);
  const closest = align(q, c, units.sort(bySimilarity));
  // Orders differ only when a run-together unit competes; skip the second pass otherwise.
  if (!units.some((u) => u.merged)) return closest;
  const widest = align(q, c, units.sort(byValue));
  return widest.score > closest.score ? widest : closest;
}

function kindOf(q: PreparedName, c: PreparedName, u: AlignedUnit): PairKind {
  if (u.merged) return 'merged';
  const a = q.tokens[u.queryStart]!;
  const b = c.tokens[u.candidateStart]!;
  if (a.weak || b.weak) return 'weak';
  if (u.similarity === 1) return 'exact';
  if (a.abjad || b.abjad) return 'phonetic';
  return 'fuzzy';
}

function spanText(tokens: NameToken[], start: number, span: number): string {
  return tokens
    .slice(start, start + span)
    .map((t) => t.text)
    .join(' ');
}

/** The alignment in words a reviewer can check: which tokens met, how alike, and what was left over. */
export function explainMatch(q: PreparedName, c: PreparedName, m: NameMatch): MatchExplanation {
  const units = [...m.units].sort((a, b) => a.queryStart - b.queryStart);
  const pairs: TokenPair[] = units.map((u) => ({
    query: spanText(q.tokens, u.queryStart, u.querySpan),
    candidate: spanText(c.tokens, u.candidateStart, u.candidateSpan),
    similarity: Math.round(u.similarity * 1000) / 1000,
    kind: kindOf(q, c, u),
  }));
  const qUsed = new Set<number>();
  const cUsed = new Set<number>();
  for (const u of units) {
    for (let k = 0; k < u.querySpan; k++) qUsed.add(u.queryStart + k);
    for (let k = 0; k < u.candidateSpan; k++) cUsed.add(u.candidateStart + k);
  }
  return {
    pairs,
    unmatchedQuery: q.tokens.filter((_, i) => !qUsed.has(i)).map((t) => t.text),
    unmatchedCandidate: c.tokens.filter((_, j) => !cUsed.has(j)).map((t) => t.text),
    queryCoverage: Math.round(m.queryCoverage * 1000) / 1000,
    candidateCoverage: Math.round(m.candidateCoverage * 1000) / 1000,
    weakOnly: m.weakOnly,
    numbersDisagree: m.numbersDisagree,
  };
}

/** Two raw names, scored and explained: for tests, calibration and one-off checks in the UI. */
export function scoreNamePair(query: string, candidate: string): { score: number; explanation: MatchExplanation } {
  const q = prepareName(normalizeName(query));
  const c = prepareName(normalizeName(candidate));
  const m = matchNames(q, c);
  return { score: m.score, explanation: explainMatch(q, c, m) };
}
