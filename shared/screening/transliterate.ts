import anyAscii from 'any-ascii';

/**
 * Turns any script into lower-case ASCII, in runs of one script at a time, because scripts need
 * different care before anyAscii sees them. The result keeps a flag on text that came from a script
 * written without short vowels, which the similarity compares by consonants only.
 */
export interface TransliteratedRun {
  text: string;
  /** From Arabic, Hebrew, Syriac or Thaana script: vowels are mostly not written. */
  abjad: boolean;
}

type RunKind = 'abjad' | 'cyrillic' | 'greek' | 'hangul' | 'han' | 'kana' | 'other';

const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /[\p{Script=Han}\p{Script=Bopomofo}]/u;
// Script extensions, so the long-vowel mark ー (shared by both kana) stays inside its word.
const KANA = /[\p{scx=Hiragana}\p{scx=Katakana}]/u;
const MARKS = /\p{M}/gu;
const ARABIC_TATWEEL = /\u0640/g;
// The article al- is written joined to the word; anyAscii drops the alif and would glue "l" on.
const ARABIC_ARTICLE = /(^|[^\p{L}])\u0627\u0644(?=\p{L}{2})/gu;
// "Abd al-" is usually written as one word (عبدالله, عبدالخالق); split it like the free-standing article.
const ABD_ARTICLE = /\u0639\u0628\u062f\u0627\u0644(?=\p{L}{2})/gu;
// Ta marbuta is pronounced -a and romanised -a or -ah; "a" keeps "Hamza" and "Osama" consonant-equal.
const TA_MARBUTA = /\u0629/g;
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Greek digraphs as ELOT 743 (and the lists) romanise them; anyAscii goes letter by letter and
 * would turn Γεωργίου into "Georgioy". Applied to lower case text with accents already stripped.
 */
const GREEK_DIGRAPHS: readonly [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/ηυ/g, 'iv'],
  [/(^|[^\p{L}])μπ/gu, '$1b'],
  [/(^|[^\p{L}])ντ/gu, '$1d'],
  [/(^|[^\p{L}])γκ/gu, '$1g'],
  [/γγ/g, 'ng'],
  [/γκ/g, 'ng'],
];

function kindOf(ch: string): RunKind {
  if (ABJAD.test(ch)) return 'abjad';
  if (CYRILLIC.test(ch)) return 'cyrillic';
  if (GREEK.test(ch)) return 'greek';
  if (HANGUL.test(ch)) return 'hangul';
  if (HAN.test(ch)) return 'han';
  if (KANA.test(ch)) return 'kana';
  return 'other';
}

function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '');
}

/**
 * anyAscii romanises Hangul by the Revised Romanization (김정은 -> Gim Jeong Eun) while names on
 * the lists use the older McCune-Reischauer-like spellings (Kim Jong Un). These rewrites bring the
 * commonest syllables together: voiced initials to voiceless, initial l -> r (리 -> Ri), eo -> o, eu -> u, final g -> k.
 */
function koreanSyllable(s: string): string {
  return s
    .toLowerCase()
    .replace(/^g/, 'k')
    .replace(/^d/, 't')
    .replace(/^b/, 'p')
    .replace(/^l/, 'r')
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/([^n])g$/, '$1k');
}

function transliterateRun(kind: RunKind, run: string): string {
  switch (kind) {
    case 'abjad':
      return anyAscii(
        stripMarks(run.replace(ARABIC_TATWEEL, ''))
          .replace(ABD_ARTICLE, '\u0639\u0628\u062f al ')
          .replace(ARABIC_ARTICLE, '$1al ')
          .replace(TA_MARBUTA, 'a'),
      );
    case 'cyrillic':
      // Composed on purpose: stripping the breve would turn й (y) into и (i).
      return anyAscii(run.normalize('NFC'));
    case 'greek':
      return anyAscii(GREEK_DIGRAPHS.reduce((t, [from, to]) => t.replace(from, to), stripMarks(run).toLowerCase()));
    case 'hangul':
      // One token per syllable: Korean names are written syllable by syllable in Latin too.
      return Array.from(run.normalize('NFC'), (ch) => ` ${koreanSyllable(anyAscii(ch))} `).join('');
    case 'han':
      // anyAscii glues syllables ("JinZhengEn"); separate tokens let "Xi Jin Ping" meet "XI Jinping".
      return Array.from(run, (ch) => ` ${anyAscii(ch)} `).join('');
    case 'kana':
      // Composed on purpose: decomposing would strip the voicing marks (ガ would read ka, not ga).
      return anyAscii(run.normalize('NFC'));
    case 'other':
      // Latin and the rest: decompose and drop accents, then anyAscii for what has no decomposition (ß, Ø, Ł).
      return anyAscii(stripMarks(run));
  }
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function transliterate(input: string): TransliteratedRun[] {
  // Most list names are plain ASCII already; skip the per-character work for them.
  if (ASCII_ONLY.test(input)) return [{ text: input.toLowerCase(), abjad: false }];
  // Zero-width joiners and the like carry no sound; Persian writes ZWNJ inside words (خامنه‌ای).
  input = input.replace(FORMAT_CHARACTERS, '');
  const runs: TransliteratedRun[] = [];
  let current = '';
  let currentKind: RunKind = 'other';
  const flush = () => {
    if (!current) return;
    const text = transliterateRun(currentKind, current).toLowerCase();
    runs.push({ text, abjad: currentKind === 'abjad' });
    current = '';
  };
  for (const ch of input.normalize('NFC')) {
    // Spaces and punctuation join the run they sit in, so "عبد الرحمن" stays one abjad run.
    const kind: RunKind = /[\p{L}\p{N}]/u.test(ch) ? kindOf(ch) : currentKind;
    if (kind !== currentKind) {
      flush();
      currentKind = kind;
    }
    current += ch;
  }
  flush();
  return runs;
}
