import type { MatchExplanation, PairKind, ScoreAdjustments, TokenPair } from '../../../shared/screening/types';

/**
 * The matcher's explanation in a compliance officer's words. Pure, so the wording is in one place
 * and the components only lay it out.
 */

/** Name parts as the lists print them; the matcher works on lower-case ASCII. */
export function token(t: string): string {
  return t.toUpperCase();
}

export const KIND_WORD: Record<PairKind, string> = {
  exact: 'exact',
  fuzzy: 'similar spelling',
  phonetic: 'same consonants',
  merged: 'written together',
  weak: 'legal form or title',
};

export const KIND_HELP: Record<PairKind, string> = {
  exact: 'The same word once accents, case and punctuation are set aside.',
  fuzzy: 'Spelt differently within the few letters a typo or a romanisation variant explains (Mohammed / Muhammad).',
  phonetic: 'Written without vowels in the original script (Arabic, Persian, Hebrew): compared by consonants.',
  merged: 'One name writes as one word what the other writes as two or three (Gazprom Bank / GAZPROMBANK).',
  weak: 'A legal form, title or particle (LLC, JSC, Dr., al, bin): it counts little and never makes a match on its own.',
};

/** "PUTIN = PUTIN (exact)", "VLADIMIR ≈ WLADIMIR (similar spelling, 88%)". */
export function pairText(p: TokenPair): string {
  const same = p.similarity >= 0.999;
  const sign = same ? '=' : '≈';
  const detail = p.kind === 'exact' ? 'exact' : `${KIND_WORD[p.kind]}${same ? '' : `, ${Math.round(p.similarity * 100)}% alike`}`;
  return `${token(p.query)} ${sign} ${token(p.candidate)} (${detail})`;
}

function quoted(tokens: string[]): string {
  return tokens.map((t) => `"${token(t)}"`).join(', ');
}

/** One line per thing the reviewer should know about a hit, in reading order. */
export function explanationLines(e: MatchExplanation, adjustments?: ScoreAdjustments): { key: string; text: string }[] {
  const lines: { key: string; text: string }[] = [];
  if (e.unmatchedCandidate.length) {
    lines.push({ key: 'not-in-query', text: `${quoted(e.unmatchedCandidate)} of the listed name ${e.unmatchedCandidate.length === 1 ? 'is' : 'are'} not in the name screened.` });
  }
  if (e.unmatchedQuery.length) {
    lines.push({ key: 'not-in-list', text: `${quoted(e.unmatchedQuery)} of the name screened ${e.unmatchedQuery.length === 1 ? 'is' : 'are'} not in the listed name.` });
  }
  lines.push({
    key: 'coverage',
    text: `${Math.round(e.queryCoverage * 100)}% of the name screened is found in the listed name, and ${Math.round(e.candidateCoverage * 100)}% of the listed name in the name screened.`,
  });
  for (const a of adjustmentLines(adjustments)) lines.push(a);
  if (e.weakOnly) {
    lines.push({ key: 'weak-only', text: 'Only legal forms, titles or particles agree, so the score is held below the threshold.' });
  }
  if (e.numbersDisagree) {
    lines.push({ key: 'numbers', text: 'Both names carry numbers and they differ (a different vessel or unit), so the score is held below the threshold.' });
  }
  return lines;
}

function points(v: number): string {
  const n = Math.round(v * 100);
  return `${n > 0 ? '+' : '−'}${Math.abs(n)} points`;
}

export function adjustmentLines(a: ScoreAdjustments | undefined): { key: string; text: string }[] {
  if (!a) return [];
  const out: { key: string; text: string }[] = [];
  if (a.country > 0) out.push({ key: 'country', text: `${points(a.country)}: the entry lists the country given.` });
  if (a.country < 0) out.push({ key: 'country', text: `${points(a.country)}: the entry lists other countries only (list countries are addresses and nationalities, so this counts little).` });
  if (a.type > 0) out.push({ key: 'type', text: `${points(a.type)}: the entry is of the type given.` });
  if (a.type < 0) {
    out.push({
      key: 'type',
      text: `${points(a.type)}: ${a.type <= -0.05 ? 'an individual against an entity, vessel or aircraft' : 'an entity against a vessel or aircraft'} (list types are sometimes wrong, so this counts little).`,
    });
  }
  return out;
}

/** The whole explanation as one sentence, for tooltips, copies and tests. */
export function explanationSentence(e: MatchExplanation): string {
  const agree = e.pairs.map(pairText).join(', ');
  const missing = e.unmatchedCandidate.length ? `; ${quoted(e.unmatchedCandidate)} not in the name screened` : '';
  const extra = e.unmatchedQuery.length ? `; ${quoted(e.unmatchedQuery)} not in the listed name` : '';
  return `${agree || 'No name parts agree'}${missing}${extra}.`;
}

export const EVIDENCE_NOTE =
  'A screening result is evidence, not a clearance. A name that does not match can still be a restricted party: ' +
  "OFAC's 50 percent rule and BIS's affiliates rule reach entities owned by listed parties that are named on no list, " +
  'and names may be translated rather than transliterated. A hit is a question for a reviewer, not an answer.';

export const TRUNCATED_NOTE =
  'The name was longer than the matcher reads (500 characters or 48 words) and was cut; the rest of it was not screened.';

export const WEAK_ONLY_NOTE =
  'The name is made only of legal forms, titles or generic words (such as "Holding Company"). It was compared as written and says little about which party is meant.';
