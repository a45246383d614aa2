/**
 * Characters that change what a reader sees without being seen themselves. Refused in text a user
 * types (shared/contract/text-fields.ts) and escaped wherever stored text meets a terminal, because
 * old records and imported lists may still hold them.
 */

export type HiddenKind = 'control' | 'bidi' | 'zero-width' | 'separator';

export interface HiddenCharacter {
  kind: HiddenKind;
  /** The code point as U+XXXX. */
  codePoint: string;
  /** 0-based index in the string. */
  index: number;
}

// C0 and C1 controls and DEL; the bidi embeddings, overrides (U+202A-U+202E) and isolates
// (U+2066-U+2069); zero-width space, joiners, word joiner and BOM; line and paragraph separators.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u2028\u2029]/g;
const HIDDEN_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u2028\u2029]/g;

function kindOf(c: number): HiddenKind {
  if (c <= 0x9f) return 'control';
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return 'bidi';
  if (c === 0x2028 || c === 0x2029) return 'separator';
  return 'zero-width';
}

export const codePointLabel = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden character in `s`; `multiline` lets line feeds and tabs through. */
export function hiddenCharacterIn(s: string, opts: { multiline?: boolean } = {}): HiddenCharacter | null {
  const re = opts.multiline ? HIDDEN_EXCEPT_LINES : HIDDEN;
  re.lastIndex = 0;
  const m = re.exec(s);
  if (!m) return null;
  const c = m[0].charCodeAt(0);
  return { kind: kindOf(c), codePoint: codePointLabel(c), index: m.index };
}

const KIND_WORDS: Record<HiddenKind, string> = {
  control: 'a control character',
  bidi: 'a right-to-left or left-to-right override or isolate character',
  'zero-width': 'an invisible zero-width character',
  separator: 'a line or paragraph separator',
};

/** The end of a sentence that starts with the field's name: "contains a control character (U+001B) ...". */
export function describeHiddenCharacter(h: HiddenCharacter): string {
  const where = h.kind === 'control' || h.kind === 'separator' ? 'which does not show as text' : 'which would change how the text reads';
  return `contains ${KIND_WORDS[h.kind]} (${h.codePoint}, at character ${h.index + 1}), ${where}; remove it`;
}

/**
 * Shows every hidden character as \u{XX}, so nothing a record holds can move the cursor, rewrite the
 * screen or reorder a line. Line feeds and tabs stay, and so does the \r of a \r\n line end (a CSV
 * printed to stdout); a lone \r, which returns to the start of the line to overwrite it, does not.
 */
export function escapeHidden(s: string): string {
  return s.replace(HIDDEN_EXCEPT_LINES, (ch, at: number) => (ch === '\r' && s[at + 1] === '\n' ? ch : `\\u{${ch.charCodeAt(0).toString(16)}}`));
}

/**
 * The same for JSON text: a JSON \uXXXX escape, so the parsed value is unchanged. JSON.stringify
 * already escapes C0 controls but leaves C1 controls (U+009B starts an escape sequence on many
 * terminals) and the bidi characters raw.
 */
export function escapeHiddenInJson(json: string): string {
  return json.replace(HIDDEN_EXCEPT_LINES, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
