import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors';
import { MAX_NAME_LENGTH, MAX_TOKEN_LENGTH, MAX_TOKENS, normalizeName, ScreeningInputError } from '../../shared/screening/normalize';

/** The name as the matcher reads it, weak tokens marked with a trailing "*". */
function read(raw: string): string {
  return normalizeName(raw)
    .tokens.map((t) => (t.weak ? `${t.text}*` : t.text))
    .join(' ');
}

describe('normalizeName: how a name is read', () => {
  // [input, as read, why the case exists]
  const cases: [string, string, string][] = [
    ['PUTIN, Vladimir', 'putin vladimir', 'case folding; the comma of "SURNAME, Given" is punctuation'],
    ['MÜLLER-Lüdenscheidt', 'muller ludenscheidt', 'marks stripped after decomposition; hyphen splits'],
    ['Łódź Øresund Straße', 'lodz oresund strasse', 'letters with no decomposition go through anyAscii'],
    ['ＡＢＣ ＳＨＩＰＰＩＮＧ', 'abc shipping', 'full-width forms fold to ASCII'],
    ["O'Brien", 'obrien', 'apostrophes join rather than split'],
    ['J.P. Morgan', 'jp morgan', 'dotted initials close up'],
    ['Владимир Путин', 'vladimir putin', 'Cyrillic'],
    ['Юрий Щукин', 'yuriy shchukin', 'Cyrillic й stays y: composed before transliteration'],
    ['Αλέξης Τσίπρας', 'alexis tsipras', 'Greek, accents stripped'],
    ['Γεώργιος Γεωργίου', 'georgios georgiou', 'Greek ου is ou (ELOT 743), not anyAscii letter by letter "oy"'],
    ['صدام حسين التكريتي', 'sdm hsyn al* tkryty', 'Arabic: consonants only; the joined article al- is split off and weak'],
    ['عبدالله', 'bd al* lh', 'Arabic: "Abd al-" written as one word is split like the free article'],
    ['علی خامنه‌ای', 'ly khmnhy', 'Persian letters; the zero-width non-joiner is dropped'],
    ['习近平', 'xi jin ping', 'Chinese: one token per syllable so "XI Jinping" can meet it run together'],
    ['ガルーダ・インドネシア', 'garuda indoneshia', 'Japanese kana: one token per word, voicing marks and the long-vowel mark kept'],
    ['김정은', 'kim jong un', 'Korean: Revised Romanization brought to the list spelling (Gim Jeong Eun -> Kim Jong Un)'],
    ['리병철', 'ri pyong chol', 'Korean initial l -> r, b -> p, eo -> o (RI Pyong Chol on the SDN list)'],
    ['ООО «Ромашка»', 'ooo* romashka', 'Russian legal form OOO is weak; guillemets are punctuation'],
    ['Acme Holdings Ltd.', 'acme holdings* ltd*', 'legal form and generic business word are weak'],
    ['Holdings Ltd.', 'holdings ltd', 'but a name of nothing else is read as those words'],
    ['Public Joint Stock Company Sberbank of Russia', 'public* joint* stock* company* sberbank of* russia', 'a legal-form phrase makes "public" weak'],
    ['Open Sky', 'open sky', '"open" alone is a name word, not part of a legal form'],
    ['Dr. Ayman al-Zawahiri', 'dr* ayman al* zawahiri', 'title and particle are weak'],
    ['Mr Omar', 'mr* omar', 'Mr is a title in Latin script...'],
    ['عمر', 'mr', '...but in Arabic script "mr" is Omar, a name'],
    ['Sepriv, S.A. de C.V.', 'sepriv sa* de* cv*', 'dotted legal forms close up and are weak'],
    ['Boeing 737-800', 'boeing 737 800', 'numbers are their own tokens'],
    ['Tour 2', 'tour 2', 'a lone digit is a number, not an initial: it stays strong'],
    ['V. V. Putin', 'v* v* putin', 'a lone letter is an initial: weak'],
  ];
  it.each(cases)('%s -> %s (%s)', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it('marks numbers, which must match exactly', () => {
    const tokens = normalizeName('PEGASUS 88 LIMITED').tokens;
    expect(tokens.map((t) => t.number)).toEqual([false, true, false]);
  });

  it('folds romanisation variants into one comparison key but shows the name as written', () => {
    const [alexander] = normalizeName('Alexander').tokens;
    expect(alexander).toMatchObject({ text: 'alexander', key: 'aleksander' });
    const [, limited] = normalizeName('Acme Limited').tokens;
    expect(limited).toMatchObject({ text: 'limited', key: 'ltd', weak: true });
  });

  it('reads a name of weak words alone as those words, and says so', () => {
    // "D COMPANY" is on the SDN list: if its words stayed weak it could never be found.
    const d = normalizeName('D COMPANY');
    expect(d.genericOnly).toBe(true);
    expect(d.tokens.map((t) => t.weak)).toEqual([false, false]);
    const belletech = normalizeName('BELLETECH CORP');
    expect(belletech.genericOnly).toBe(false);
    expect(belletech.strongCount).toBe(1);
  });
});

describe('normalizeName: names it cannot or will not read in full', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['-- / ,;', 'punctuation only'],
  ])('rejects %j (%s) with a clear INVALID_INPUT error', (raw) => {
    let caught: unknown;
    try {
      normalizeName(raw);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScreeningInputError);
    expect(isAppError(caught)).toBe(true);
    expect((caught as ScreeningInputError).info).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    expect((caught as Error).message).toMatch(/enter a name to screen/);
  });

  it('cuts a 10,000-character name to a safe length and says so', () => {
    const long = 'Rosoboronexport '.repeat(625);
    expect(long).toHaveLength(10_000);
    const n = normalizeName(long);
    expect(n.truncated).toBe(true);
    expect(n.input.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(n.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(n.tokens[0]!.text).toBe('rosoboronexport');
  });

  it('cuts a single 10,000-letter word to a word length the index handles, and says so', () => {
    const n = normalizeName(`Ivan ${'x'.repeat(10_000)}`);
    expect(n.truncated).toBe(true);
    expect(n.tokens.map((t) => t.text.length)).toEqual([4, MAX_TOKEN_LENGTH]);
  });

  it('caps the token count even when the characters fit', () => {
    const n = normalizeName(Array.from({ length: 200 }, (_, i) => `a${i}`).join(' '));
    expect(n.tokens).toHaveLength(MAX_TOKENS);
    expect(n.truncated).toBe(true);
  });

  it('never cuts a character in half', () => {
    const n = normalizeName('A'.repeat(MAX_NAME_LENGTH - 1) + '😀 tail');
    expect(n.input.endsWith('A')).toBe(true);
    expect(n.truncated).toBe(true);
  });

  it('leaves ordinary names alone', () => {
    expect(normalizeName('Gazprombank').truncated).toBe(false);
  });
});
