import { AppError } from '../errors';
import { transliterate } from './transliterate';
import { ABJAD_PARTICLES, WEAK_PHRASES, WEAK_SYNONYMS, WEAK_TOKENS } from './weak-tokens';

/**
 * Names longer than this are cut (and the cut reported): no real party name comes near it, and the
 * alignment work grows with the square of the token count.
 */
export const MAX_NAME_LENGTH = 500;
export const MAX_TOKENS = 48;
/**
 * Words longer than this are cut: the longest real name word is far shorter, and the candidate
 * index's deletion neighbourhoods grow steeply with word length (a 500-letter word took seconds).
 */
export const MAX_TOKEN_LENGTH = 40;

export interface NameToken {
  /** Lower-case ASCII as shown in explanations. */
  text: string;
  /** Comparison form: romanisation variants folded (x/ks, ph/f, ou/u, dj/j, q/k), legal-form synonyms merged. */
  key: string;
  /** key with doubled letters single ("hassan" -> "hasan"). */
  squeezed: string;
  /** Consonant skeleton: squeezed without a, e, i, o, u, w, y; what the candidate index keys on. */
  loose: string;
  weak: boolean;
  /** Contains a digit: must agree exactly. */
  number: boolean;
  /** Came from Arabic, Hebrew, Syriac or Thaana script, so short vowels were never written. */
  abjad: boolean;
}

export interface NormalizedName {
  /** The name as given, cut to MAX_NAME_LENGTH. */
  input: string;
  /** Tokens joined by single spaces: the name as the matcher read it. */
  normalized: string;
  tokens: NameToken[];
  truncated: boolean;
  strongCount: number;
  /**
   * Every word was a legal form, title, particle or initial. Such a name is compared word for word
   * as if strong, so it meets only names of the same kind and never a name that merely shares its
   * legal form ("BELLETECH CORP" never meets "11420 CORP.").
   */
  genericOnly: boolean;
}

/** A name the matcher cannot screen; the core turns it into the INVALID_INPUT envelope. */
export class ScreeningInputError extends AppError {
  constructor(message: string) {
    super('INVALID_INPUT', message, { field: 'name' });
    this.name = 'ScreeningInputError';
  }
}

const DOTTED_ABBREVIATION = /(^|[^a-z0-9])([a-z](?:\.[a-z])+)\.?(?=[^a-z0-9]|$)/g;
const APOSTROPHES = /['`]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const DIGIT = /[0-9]/;

/**
 * Romanisation variants that differ by more than a vowel; folding them keeps the edit budget for
 * typos. ck/k and ph/f are English spellings; dj/j and ou/u French romanisations of Arabic; dh/d,
 * q/k the Arabic letters ذ and ق; x/ks the Russian Aleksandr / Alexander.
 */
const SPELLING_FOLDS: Record<string, string> = { ck: 'k', ph: 'f', dj: 'j', dh: 'd', x: 'ks', q: 'k', ou: 'u' };
const SPELLING_VARIANT = /ck|ph|dj|dh|x|q|ou/g;

export function foldSpelling(text: string): string {
  return text.replace(SPELLING_VARIANT, (m) => SPELLING_FOLDS[m]!);
}

export function squeeze(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

export function consonantSkeleton(s: string): string {
  return squeeze(s.replace(/[aeiouwy]/g, ''));
}

function toWords(text: string): string[] {
  const cleaned = text
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(DOTTED_ABBREVIATION, (_m, before: string, letters: string) => before + letters.replace(/\./g, ''))
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
  return cleaned ? cleaned.split(' ') : [];
}

function makeToken(text: string, weak: boolean, abjad: boolean): NameToken {
  const number = DIGIT.test(text);
  const key = number ? text : (weak ? WEAK_SYNONYMS.get(text) : undefined) ?? foldSpelling(text);
  const squeezed = number ? key : squeeze(key);
  return { text, key, squeezed, loose: number ? key : consonantSkeleton(squeezed), weak, number, abjad };
}

/** Weak words, including legal-form phrases ("joint stock company") whose words are not weak alone. */
function weakness(words: string[], abjad: boolean[]): boolean[] {
  // A lone letter is an initial; a lone digit is a number and stays strong.
  const weak = words.map((w, i) => (w.length === 1 && !DIGIT.test(w)) || (abjad[i] ? ABJAD_PARTICLES : WEAK_TOKENS).has(w));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of WEAK_PHRASES) {
      if (i + phrase.length > words.length) continue;
      if (phrase.every((p, k) => words[i + k] === p && !abjad[i + k])) {
        for (let k = 0; k < phrase.length; k++) weak[i + k] = true;
        break;
      }
    }
  }
  return weak;
}

function cutAt(raw: string, max: number): string {
  let cut = raw.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Reads a name the way the matcher compares it: transliterated to ASCII, case-folded, accents and
 * punctuation gone, split into tokens, each marked weak (legal form, title, particle, lone initial)
 * or strong. Throws ScreeningInputError when nothing is left to compare.
 */
export function normalizeName(raw: string): NormalizedName {
  if (typeof raw !== 'string') throw new ScreeningInputError('The name to screen must be text.');
  let truncated = raw.length > MAX_NAME_LENGTH;
  const input = truncated ? cutAt(raw, MAX_NAME_LENGTH) : raw;

  const words: string[] = [];
  const abjad: boolean[] = [];
  for (const run of transliterate(input)) {
    for (const w of toWords(run.text)) {
      if (w.length > MAX_TOKEN_LENGTH) truncated = true;
      words.push(w.length > MAX_TOKEN_LENGTH ? w.slice(0, MAX_TOKEN_LENGTH) : w);
      abjad.push(run.abjad);
    }
  }
  if (words.length > MAX_TOKENS) {
    words.length = MAX_TOKENS;
    truncated = true;
  }
  if (words.length === 0) {
    throw new ScreeningInputError(
      raw.trim()
        ? `The name "${cutAt(raw.trim(), 60)}" has no letters or digits to compare; enter a name to screen.`
        : 'The name to screen is empty; enter a name to screen.',
    );
  }
  let weak = weakness(words, abjad);
  // A name made only of weak words ("D COMPANY", "DES INTERNATIONAL CO., LTD.", "PTE OOO" are all
  // listed) is those words: compared as strong tokens, it can only meet names made the same way.
  const genericOnly = weak.every(Boolean);
  if (genericOnly) weak = weak.map(() => false);
  const tokens = words.map((w, i) => makeToken(w, weak[i]!, abjad[i]!));
  return {
    input,
    normalized: words.join(' '),
    tokens,
    truncated,
    strongCount: tokens.reduce((n, t) => n + (t.weak ? 0 : 1), 0),
    genericOnly,
  };
}
