/**
 * How alike two name tokens are, 0..1. Three rules, in order:
 * numbers agree exactly or not at all; tokens from a script written without vowels (Arabic, Hebrew)
 * are compared by consonants; everything else by a weighted edit distance with a budget that grows
 * with the token's length (short tokens must be exact).
 */

export interface Comparable {
  text: string;
  key: string;
  squeezed: string;
  loose: string;
  number: boolean;
  abjad: boolean;
}

export const SIMILARITY = {
  /** Same comparison key, different spelling: "Mustapha" / "Mustafa", "Aleksandr" / "Alexandr". */
  spellingVariant: 0.98,
  /** Different only in doubled letters: "Hassan" / "Hasan". */
  doubledLetters: 0.97,
  /** A vowel for a vowel costs half an edit: transliterations disagree on vowels more than anything. */
  vowelSubstitution: 0.5,
  /** Abjad tokens with the same consonants, by skeleton length 1, 2, 3+. */
  consonantsEqual: [0, 0.8, 0.85, 0.9] as const,
  /** Abjad tokens one consonant apart (3+ consonants), or one consonant added to two. */
  consonantsNear: 0.75,
  consonantsNearShort: 0.7,
  /** Two or three adjacent tokens that run together into the other token exactly: "Gazprom Bank" / "GAZPROMBANK". */
  mergedExact: 0.97,
  /** Run together with the same consonants: "Abd al-Rahman" / "Abdulrahman". */
  mergedConsonants: 0.8,
} as const;

/** Weighted edits allowed for a token of this length (the shorter of the two). */
export function editBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 9) return 2;
  if (length <= 13) return 2.5;
  return 3;
}

/**
 * Consonant edits allowed between skeletons; the candidate index relies on this exact bound
 * (deletion neighbourhoods of this depth), so the two must change together.
 */
export function consonantAllowance(skeletonLength: number): number {
  if (skeletonLength <= 1) return 0;
  if (skeletonLength <= 5) return 1;
  return 2;
}

let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let rowC = new Float64Array(64);

function isVowel(c: number): boolean {
  // a e i o u y
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), optionally
 * charging half for a vowel-for-vowel substitution. Stops early and returns Infinity past `limit`.
 */
export function osaDistance(a: string, b: string, limit: number, discountVowels = false): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return Infinity;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (rowA.length <= m) {
    rowA = new Float64Array(m + 16);
    rowB = new Float64Array(m + 16);
    rowC = new Float64Array(m + 16);
  }
  let before = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = ca === cb ? 0 : discountVowels && isVowel(ca) && isVowel(cb) ? SIMILARITY.vowelSubstitution : 1;
      let v = prev[j - 1]! + sub;
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const tr = before[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return Infinity;
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** Abjad script against anything: equal or nearly equal consonant skeletons. */
export function consonantSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return SIMILARITY.consonantsEqual[Math.min(a.length, 3)]!;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 3) return osaDistance(a, b, 1) <= 1 ? SIMILARITY.consonantsNear : 0;
  // Two consonants leave too little to tell names apart; allow only one more at the end, which
  // is how a ta marbuta read as -t comes out (عصبة / Asbat).
  if (shorter === 2 && Math.abs(a.length - b.length) === 1 && (a.startsWith(b) || b.startsWith(a))) {
    return SIMILARITY.consonantsNearShort;
  }
  return 0;
}

/** Latin against Latin within the edit budget, the consonants no further apart than the index allows. */
function budgetSimilarity(a: Comparable, b: Comparable, checkConsonants: boolean): number {
  const sa = a.squeezed;
  const sb = b.squeezed;
  // A doubled letter is the commonest slip and no edit in our terms, so even short tokens allow it.
  if (sa === sb) return SIMILARITY.doubledLetters;
  const budget = editBudget(Math.min(a.key.length, b.key.length));
  if (budget === 0) return 0;
  if (Math.abs(sa.length - sb.length) > budget) return 0;
  if (checkConsonants) {
    const allowance = consonantAllowance(Math.min(a.loose.length, b.loose.length));
    if (osaDistance(a.loose, b.loose, allowance) > allowance) return 0;
  }
  const d = osaDistance(sa, sb, budget, true);
  if (d > budget) return 0;
  return 1 - d / Math.max(sa.length, sb.length);
}

export function tokenSimilarity(a: Comparable, b: Comparable): number {
  if (a.text === b.text) return 1;
  if (a.number || b.number) return 0;
  if (a.key === b.key) return SIMILARITY.spellingVariant;
  if (a.abjad || b.abjad) return consonantSimilarity(a.loose, b.loose);
  return budgetSimilarity(a, b, true);
}

/**
 * One token against adjacent tokens run together (or the reverse). Consonants must agree exactly,
 * so a run-together name is found through one lookup in the candidate index. From Arabic script
 * that is all there is to compare; Latin spellings must also be within the edit budget, or "Yu
 * Song" would run together into "SONG" (the y and u are not consonants).
 */
export function mergeSimilarity(single: Comparable, joined: Comparable): number {
  if (single.key === joined.key) return SIMILARITY.mergedExact;
  if (single.number || joined.number) return 0;
  if (single.loose !== joined.loose || single.loose.length < 2) return 0;
  if (single.abjad || joined.abjad) return SIMILARITY.mergedConsonants;
  const s = budgetSimilarity(single, joined, false);
  return s > 0 ? Math.max(SIMILARITY.mergedConsonants, SIMILARITY.mergedExact * s) : 0;
}
