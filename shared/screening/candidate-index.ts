import { ADJUSTMENTS, bestName, adjustmentsFor, prepareEntry, prepareQuery, toHit, type PreparedEntry, type PreparedQuery } from './entry-score';
import type { NameToken } from './normalize';
import { joinTokens } from './joined-tokens';
import { combineCoverage, type PreparedName, type TokenSimilarityFn } from './score';
import { consonantAllowance, mergeSimilarity, osaDistance, tokenSimilarity } from './similarity';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from './threshold';
import type { Hit, ScreenOptions, ScreenResult, ScreeningEntry, ScreeningQuery } from './types';

/**
 * Screening without comparing against every list name. Every way two names can score (a token
 * pair, or a token against run-together tokens) needs at least one strong token pair whose
 * consonant skeletons are within consonantAllowance of each other, or run-together tokens whose
 * skeleton equals a token's. So the index keeps:
 *   - postings: strong token -> (name, position);
 *   - skeletons: consonant skeleton -> tokens, reached through deletion neighbourhoods (every
 *     string within the allowance shares a variant made by deleting up to that many letters);
 *   - joins: skeleton of 2-3 adjacent tokens run together -> (name, start, span).
 * A query collects the names these reach and which of their tokens, bounds each name's score from
 * that, and scores in full only the names whose bound reaches the threshold. The bound never
 * underestimates, so the hits equal those of scoring every name (test/unit/screening-index.test.ts).
 */
export interface MatcherIndex {
  entries: PreparedEntry[];
  /** Flattened list names: entry index and slot in the entry's names, by name id. */
  nameEntry: Int32Array;
  nameSlot: Int32Array;
  names: PreparedName[];
  /** Strong-token mask of each name, positions 0..31 and 32..47. */
  strongLo: Uint32Array;
  strongHi: Uint32Array;
  vocabulary: Map<string, number>;
  vocabularyTokens: NameToken[];
  /** token id -> name id << 6 | position */
  postings: Int32Array[];
  skeletons: Map<string, number>;
  skeletonText: string[];
  skeletonTokens: Int32Array[];
  /** The tokens of each skeleton that came from Arabic-type script (compared by consonants). */
  skeletonAbjadTokens: Int32Array[];
  /** Deletion variant -> skeleton ids. */
  neighbourhoods: Map<string, Int32Array>;
  /** Skeleton of run-together tokens -> name id << 8 | start << 2 | span. */
  joins: Map<string, Int32Array>;
  scratch: Scratch;
}

interface Scratch {
  touched: Int32Array;
  touchedCount: number;
  isTouched: Uint8Array;
  qLo: Uint32Array;
  qHi: Uint32Array;
  cLo: Uint32Array;
  cHi: Uint32Array;
  skeletonStamp: Int32Array;
  stamp: number;
}

/** Postings pack a name id and a token position (< 64) into one int: id << 6 | position. */
const POSITIONS = 64;
const POSITION_SHIFT = 6;
/** Run-together postings: id << 8 | start << 2 | span (2 or 3). */
const JOIN_SHIFT = 8;
const BOUND_SLACK = 1e-9;

/** Vocabulary key: the same letters from Arabic script compare differently from Latin ones. */
function vocabularyKey(t: NameToken): string {
  return t.abjad && !t.number ? `#${t.text}` : t.text;
}

function deletionVariants(s: string, depth: number): string[] {
  const seen = new Set<string>([s]);
  let frontier = [s];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      for (let i = 0; i < f.length; i++) {
        const v = f.slice(0, i) + f.slice(i + 1);
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function frozen<K>(map: Map<K, number[]>): Map<K, Int32Array> {
  const out = new Map<K, Int32Array>();
  for (const [k, v] of map) out.set(k, Int32Array.from(v));
  return out;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** One shared object per distinct token: list names repeat the same words thousands of times. */
function internTokens(prepared: PreparedEntry[]): void {
  const canonical = new Map<string, NameToken>();
  for (const e of prepared) {
    for (const name of e.names) {
      if (!name) continue;
      name.tokens.forEach((t, i) => {
        const key = `${t.abjad ? 1 : 0}${t.weak ? 1 : 0}${t.text}`;
        const shared = canonical.get(key);
        if (shared) name.tokens[i] = shared;
        else canonical.set(key, t);
      });
    }
  }
}

export function buildIndex(entries: ScreeningEntry[]): MatcherIndex {
  const prepared = entries.map((e) => prepareEntry(e, false));
  internTokens(prepared);
  const nameEntry: number[] = [];
  const nameSlot: number[] = [];
  const names: PreparedName[] = [];
  const strongLo: number[] = [];
  const strongHi: number[] = [];
  const vocabulary = new Map<string, number>();
  const vocabularyTokens: NameToken[] = [];
  const postings: number[][] = [];
  const joins = new Map<string, number[]>();

  prepared.forEach((e, entryIndex) => {
    e.names.forEach((name, slot) => {
      if (!name) return;
      const nameId = names.length;
      names.push(name);
      nameEntry.push(entryIndex);
      nameSlot.push(slot);
      let lo = 0;
      let hi = 0;
      name.tokens.forEach((t, pos) => {
        if (t.weak) return;
        if (pos < 32) lo |= 1 << pos;
        else hi |= 1 << (pos - 32);
        const key = vocabularyKey(t);
        let id = vocabulary.get(key);
        if (id === undefined) {
          id = vocabularyTokens.length;
          vocabulary.set(key, id);
          vocabularyTokens.push(t);
          postings.push([]);
        }
        postings[id]!.push((nameId << POSITION_SHIFT) | pos);
      });
      strongLo.push(lo >>> 0);
      strongHi.push(hi >>> 0);
      for (const j of joinTokens(name.tokens)) pushTo(joins, j.loose, (nameId << JOIN_SHIFT) | (j.start << 2) | j.span);
    });
  });

  const skeletons = new Map<string, number>();
  const skeletonText: string[] = [];
  const skeletonTokens: number[][] = [];
  vocabularyTokens.forEach((t, id) => {
    if (t.number) return;
    let sid = skeletons.get(t.loose);
    if (sid === undefined) {
      sid = skeletonText.length;
      skeletons.set(t.loose, sid);
      skeletonText.push(t.loose);
      skeletonTokens.push([]);
    }
    skeletonTokens[sid]!.push(id);
  });
  const neighbourhoods = new Map<string, number[]>();
  skeletonText.forEach((s, sid) => {
    for (const v of deletionVariants(s, consonantAllowance(s.length))) pushTo(neighbourhoods, v, sid);
  });

  const nameCount = names.length;
  return {
    entries: prepared,
    nameEntry: Int32Array.from(nameEntry),
    nameSlot: Int32Array.from(nameSlot),
    names,
    strongLo: Uint32Array.from(strongLo),
    strongHi: Uint32Array.from(strongHi),
    vocabulary,
    vocabularyTokens,
    postings: postings.map((p) => Int32Array.from(p)),
    skeletons,
    skeletonText,
    skeletonTokens: skeletonTokens.map((t) => Int32Array.from(t)),
    skeletonAbjadTokens: skeletonTokens.map((t) => Int32Array.from(t.filter((id) => vocabularyTokens[id]!.abjad))),
    neighbourhoods: frozen(neighbourhoods),
    joins: frozen(joins),
    scratch: {
      touched: new Int32Array(nameCount),
      touchedCount: 0,
      isTouched: new Uint8Array(nameCount),
      qLo: new Uint32Array(nameCount),
      qHi: new Uint32Array(nameCount),
      cLo: new Uint32Array(nameCount),
      cHi: new Uint32Array(nameCount),
      skeletonStamp: new Int32Array(skeletonText.length),
      stamp: 0,
    },
  };
}

/** Per-query cache of token similarities, shared by retrieval and scoring so each pair is computed once. */
function cachedSimilarity(q: PreparedQuery): TokenSimilarityFn {
  const caches = q.name.tokens.map(() => new Map<string, number>());
  return (i, candidate) => {
    const cache = caches[i]!;
    const key = vocabularyKey(candidate);
    let s = cache.get(key);
    if (s === undefined) {
      s = tokenSimilarity(q.name.tokens[i]!, candidate);
      cache.set(key, s);
    }
    return s;
  };
}

function spanMask(start: number, span: number): [number, number] {
  let lo = 0;
  let hi = 0;
  for (let k = start; k < start + span; k++) {
    if (k < 32) lo |= 1 << k;
    else hi |= 1 << (k - 32);
  }
  return [lo, hi];
}

/** Marks the names in a postings list as reached, with the query tokens and the name positions that met. */
function creditPostings(s: Scratch, postings: Int32Array, queryLo: number, queryHi: number): void {
  const { isTouched, touched, qLo, qHi, cLo, cHi } = s;
  for (let k = 0; k < postings.length; k++) {
    const code = postings[k]!;
    const n = code >>> POSITION_SHIFT;
    const pos = code & (POSITIONS - 1);
    if (!isTouched[n]) {
      isTouched[n] = 1;
      touched[s.touchedCount++] = n;
    }
    qLo[n] = qLo[n]! | queryLo;
    qHi[n] = qHi[n]! | queryHi;
    if (pos < 32) cLo[n] = cLo[n]! | (1 << pos);
    else cHi[n] = cHi[n]! | (1 << (pos - 32));
  }
}

/** The same for run-together postings, which cover two or three positions of the list name. */
function creditJoins(s: Scratch, codes: Int32Array, queryLo: number, queryHi: number): void {
  const { isTouched, touched, qLo, qHi, cLo, cHi } = s;
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k]!;
    const n = code >>> JOIN_SHIFT;
    const [lo, hi] = spanMask((code >>> 2) & (POSITIONS - 1), code & 3);
    if (!isTouched[n]) {
      isTouched[n] = 1;
      touched[s.touchedCount++] = n;
    }
    qLo[n] = qLo[n]! | queryLo;
    qHi[n] = qHi[n]! | queryHi;
    cLo[n] = cLo[n]! | lo;
    cHi[n] = cHi[n]! | hi;
  }
}

/** Finds every list name that shares a possible scoring pair with the query, and which tokens meet. */
function collect(index: MatcherIndex, q: PreparedQuery, sim: TokenSimilarityFn): void {
  const s = index.scratch;
  q.name.tokens.forEach((t, i) => {
    if (t.weak) return;
    const [queryLo, queryHi] = spanMask(i, 1);
    const joined = index.joins.get(t.loose);
    if (joined) creditJoins(s, joined, queryLo, queryHi);
    if (t.number) {
      const exact = index.vocabulary.get(vocabularyKey(t));
      if (exact !== undefined) creditPostings(s, index.postings[exact]!, queryLo, queryHi);
      return;
    }
    // A short Latin token meets other skeletons only through abjad tokens (consonant rules);
    // Latin ones must be the same token or a spelling variant with its own skeleton.
    const shortLatin = !t.abjad && t.key.length <= 3;
    const stamp = ++s.stamp;
    const variants = deletionVariantsCached(t.loose, consonantAllowance(t.loose.length));
    for (const variant of variants) {
      const sids = index.neighbourhoods.get(variant);
      if (!sids) continue;
      for (let k = 0; k < sids.length; k++) {
        const sid = sids[k]!;
        if (s.skeletonStamp[sid] === stamp) continue;
        s.skeletonStamp[sid] = stamp;
        const skeleton = index.skeletonText[sid]!;
        const limit = consonantAllowance(Math.min(skeleton.length, t.loose.length));
        if (skeleton !== t.loose && osaDistance(skeleton, t.loose, limit) > limit) continue;
        const tokenIds = shortLatin && skeleton !== t.loose ? index.skeletonAbjadTokens[sid]! : index.skeletonTokens[sid]!;
        for (let m = 0; m < tokenIds.length; m++) {
          const tokenId = tokenIds[m]!;
          if (sim(i, index.vocabularyTokens[tokenId]!) > 0) creditPostings(s, index.postings[tokenId]!, queryLo, queryHi);
        }
      }
    }
  });

  for (const join of q.name.joins ?? joinTokens(q.name.tokens)) {
    const [queryLo, queryHi] = spanMask(join.start, join.span);
    let tokenIds: ArrayLike<number> = [];
    if (join.number) {
      const exact = index.vocabulary.get(join.text);
      if (exact !== undefined) tokenIds = [exact];
    } else {
      const sid = index.skeletons.get(join.loose);
      if (sid !== undefined) tokenIds = index.skeletonTokens[sid]!;
    }
    for (let m = 0; m < tokenIds.length; m++) {
      const tokenId = tokenIds[m]!;
      if (mergeSimilarity(index.vocabularyTokens[tokenId]!, join) > 0) creditPostings(s, index.postings[tokenId]!, queryLo, queryHi);
    }
  }
}

const variantCache = new Map<string, string[]>();
function deletionVariantsCached(s: string, depth: number): string[] {
  const key = `${depth}:${s}`;
  let v = variantCache.get(key);
  if (!v) {
    v = deletionVariants(s, depth);
    if (variantCache.size > 10_000) variantCache.clear();
    variantCache.set(key, v);
  }
  return v;
}

/** The most a name can score given which of its tokens, and the query's, the index found. */
function upperBound(index: MatcherIndex, q: PreparedQuery, nameId: number, qStrongLo: number, qStrongHi: number): number {
  const s = index.scratch;
  const c = index.names[nameId]!;
  const qFound = bitCount(s.qLo[nameId]! & qStrongLo) + bitCount(s.qHi[nameId]! & qStrongHi);
  const cFound = bitCount(s.cLo[nameId]! & index.strongLo[nameId]!) + bitCount(s.cHi[nameId]! & index.strongHi[nameId]!);
  // Coverage leaves unmatched weak tokens out of the sums, so assuming every weak token matched
  // with similarity 1 can only raise it: (found + weak) / (strong + weak) >= the real share.
  const qCov = Math.min(1, (q.name.weakWeight + qFound) / q.name.totalWeight);
  const cCov = Math.min(1, (c.weakWeight + cFound) / c.totalWeight);
  return combineCoverage(qCov, cCov, q.name, c);
}

function resetScratch(index: MatcherIndex): void {
  const s = index.scratch;
  for (let k = 0; k < s.touchedCount; k++) {
    const n = s.touched[k]!;
    s.isTouched[n] = 0;
    s.qLo[n] = 0;
    s.qHi[n] = 0;
    s.cLo[n] = 0;
    s.cHi[n] = 0;
  }
  s.touchedCount = 0;
}

function checkOptions(options: ScreenOptions): { threshold: number; limit: number } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`The threshold must be between 0 and 1, not ${threshold}.`);
  if (!(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`The limit must be a whole number of at least 1, not ${limit}.`);
  return { threshold, limit };
}

function byScore(a: Hit & { order: number }, b: Hit & { order: number }): number {
  return b.score - a.score || b.nameScore - a.nameScore || a.order - b.order;
}

function result(q: PreparedQuery, hits: (Hit & { order: number })[], limit: number, namesScored: number): ScreenResult {
  return {
    hits: hits
      .sort(byScore)
      .slice(0, limit)
      .map(({ order: _order, ...hit }) => hit),
    normalizedQuery: q.name.normalized.normalized,
    truncated: q.name.normalized.truncated,
    weakOnly: q.name.normalized.genericOnly,
    namesScored,
  };
}

/** Screens one name against the index; hits best first. Throws ScreeningInputError for an empty name. */
export function screen(index: MatcherIndex, query: ScreeningQuery, options: ScreenOptions = {}): ScreenResult {
  const { threshold, limit } = checkOptions(options);
  const q = prepareQuery(query);
  const sim = cachedSimilarity(q);
  let qStrongLo = 0;
  let qStrongHi = 0;
  q.name.tokens.forEach((t, i) => {
    if (t.weak) return;
    if (i < 32) qStrongLo |= 1 << i;
    else qStrongHi |= 1 << (i - 32);
  });

  collect(index, q, sim);
  // Names that may reach the threshold, grouped by entry (entry index -> name slots).
  const byEntry = new Map<number, Set<number>>();
  const s = index.scratch;
  const bestAdjustment = (q.query.country ? ADJUSTMENTS.countryMatch : 0) + (q.query.type ? ADJUSTMENTS.typeMatch : 0);
  for (let k = 0; k < s.touchedCount; k++) {
    const nameId = s.touched[k]!;
    const entryIndex = index.nameEntry[nameId]!;
    // The slack keeps a rounding difference between bound and score from dropping a borderline hit.
    const bound = upperBound(index, q, nameId, qStrongLo >>> 0, qStrongHi >>> 0) + BOUND_SLACK;
    if (bound + bestAdjustment < threshold) continue;
    const a = adjustmentsFor(q.query, index.entries[entryIndex]!.entry);
    if (bound + a.country + a.type < threshold) continue;
    let slots = byEntry.get(entryIndex);
    if (!slots) byEntry.set(entryIndex, (slots = new Set()));
    slots.add(index.nameSlot[nameId]!);
  }
  resetScratch(index);

  let namesScored = 0;
  const hits: (Hit & { order: number })[] = [];
  for (const [entryIndex, slots] of byEntry) {
    const e = index.entries[entryIndex]!;
    namesScored += slots.size;
    const best = bestName(q, e, sim, (slot) => slots.has(slot));
    if (!best) continue;
    const hit = toHit(q, e, best.index, best.match);
    if (hit.score >= threshold) hits.push({ ...hit, order: entryIndex });
  }
  return result(q, hits, limit, namesScored);
}

/** Scores every name of every entry: the reference the index must agree with, and fine for short lists. */
export function screenExhaustive(
  entries: (ScreeningEntry | PreparedEntry)[],
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreenResult {
  const { threshold, limit } = checkOptions(options);
  const q = prepareQuery(query);
  const hits: (Hit & { order: number })[] = [];
  let namesScored = 0;
  entries.forEach((entry, order) => {
    const e = 'entry' in entry ? entry : prepareEntry(entry);
    namesScored += e.names.length;
    const best = bestName(q, e);
    if (!best) return;
    const hit = toHit(q, e, best.index, best.match);
    if (hit.score >= threshold) hits.push({ ...hit, order });
  });
  return result(q, hits, limit, namesScored);
}
