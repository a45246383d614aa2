/**
 * Control-list codes: ECCNs (15 CFR 774 Supp. No. 1) and EU Annex I codes share one shape,
 * category digit + product group letter + three digits, then dotted paragraphs (5A001.j.1.a).
 */
export const CATEGORY_NAMES: Record<string, string> = {
  '0': 'Nuclear materials, facilities and equipment',
  '1': 'Special materials and related equipment, chemicals, microorganisms and toxins',
  '2': 'Materials processing',
  '3': 'Electronics',
  '4': 'Computers',
  '5': 'Telecommunications and information security',
  '6': 'Sensors and lasers',
  '7': 'Navigation and avionics',
  '8': 'Marine',
  '9': 'Aerospace and propulsion',
};

export const PRODUCT_GROUP_NAMES: Record<string, string> = {
  A: 'Systems, equipment and components',
  B: 'Test, inspection and production equipment',
  C: 'Materials',
  D: 'Software',
  E: 'Technology',
};

const ENTRY_CODE = /^[0-9][A-E][0-9]{3}$/;
/** A whole or partial code as a user types it: "5a00", "4D004", "5A002.a.1". */
const CODE_QUERY = /^[0-9]([A-E]([0-9]{1,3}([.][A-Za-z0-9.]*)?)?)?$/i;
/** Codes mentioned in running text, e.g. "see 5D002.c.1" or "ECCN 7A005". */
const CODE_MENTION = /\b([0-9][A-E][0-9]{3})((?:\.[a-z0-9]{1,3})*)/g;

export function isEntryCode(code: string): boolean {
  return ENTRY_CODE.test(code);
}

/** Upper-cases the entry part and lower-cases paragraph letters, as the regulations print them. */
export function normalizeCode(raw: string): string {
  const trimmed = raw.trim().replace(/\.$/, '');
  const [head, ...rest] = trimmed.split('.');
  return [head!.toUpperCase(), ...rest.map((p) => p.toLowerCase())].join('.');
}

export function looksLikeCodeQuery(q: string): boolean {
  return CODE_QUERY.test(q.trim()) && /[A-Ea-e]/.test(q.trim().slice(1, 2));
}

/** The entry a paragraph code belongs to: "5A001.j.1.a" -> "5A001". */
export function entryCodeOf(code: string): string {
  return normalizeCode(code).split('.')[0]!;
}

/** Distinct entry and paragraph codes mentioned in a text, in order of first mention. */
export function codesMentioned(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(CODE_MENTION)) {
    seen.add(normalizeCode(m[1]! + (m[2] ?? '')));
  }
  return [...seen];
}

export interface CodeMentionSpan {
  /** Offset and length of the mention in the text, as printed. */
  index: number;
  length: number;
  /** The normalised code it refers to. */
  code: string;
}

/** Where codes are mentioned in a text, so a viewer can turn each mention into a link. */
export function codeMentionSpans(text: string): CodeMentionSpan[] {
  return [...text.matchAll(CODE_MENTION)].map((m) => ({
    index: m.index,
    length: m[0].length,
    code: normalizeCode(m[1]! + (m[2] ?? '')),
  }));
}
