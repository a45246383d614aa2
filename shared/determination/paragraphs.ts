/**
 * Paragraph lists as the CCL prints them in control rows and license-exception texts:
 * "5A002.z.1.a, z.2.a, z.3.a", "5A001.b (except .b.5), .c, .d", "f.2 to f.4, g to j".
 * A shorthand after the first full code is a path from the same ECCN's root ("z.2.a" in a 5A002
 * list is 5A002.z.2.a).
 */
import { normalizeCode } from '../control-lists/codes';

export interface ParagraphRef {
  /** Full code: "5A002.z.2.a". */
  code: string;
  /** Sub-paragraphs the text excepts from this one: "5A001.b (except .b.5)". */
  except: string[];
  /**
   * Sub-paragraphs excepted only when a condition in words holds ("a.3 (except a.3.d.2.a and a.3.e
   * for lead selenide based focal plane arrays)"): inside them the row still applies unless it holds.
   */
  exceptIf?: string[];
}

/** Whether the row or limit reaches the item: 'unknown' when the paragraph given does not settle it. */
export type Coverage = 'yes' | 'no' | 'unknown';

const FULL_CODE = /^[0-9][A-E][0-9]{3}(?:\.[a-z0-9]{1,3})*$/i;
/** Top-level CCL paragraphs are letters; nested ones letters or numbers. */
const SHORTHAND = /^\.?[a-z](?:\.[a-z0-9]{1,3})*$/;
const MAX_RANGE = 40;

/** Whether paragraph `p` is `ancestor` or lies inside it: 5A002.a.1 is within 5A002.a. */
export function within(p: string, ancestor: string): boolean {
  return p === ancestor || p.startsWith(`${ancestor}.`);
}

/**
 * A token as a full code. A bare number after a nested code is a sibling of it: in
 * "1C351.d.15 and .16" the ".16" is 1C351.d.16.
 */
function resolveToken(token: string, eccn: string, previous: string | null = null): string | null {
  const t = token.trim().replace(/^["“”']+|["“”']+$/g, '');
  if (FULL_CODE.test(t)) return normalizeCode(t);
  if (SHORTHAND.test(t)) return `${eccn}.${t.replace(/^\./, '')}`;
  if (/^\.?\d{1,3}$/.test(t) && previous && previous.split('.').length > 2 && /^\d+$/.test(previous.split('.').pop()!)) {
    return [...previous.split('.').slice(0, -1), t.replace(/^\./, '')].join('.');
  }
  return null;
}

/** "f.2 to f.4" -> f.2, f.3, f.4; "g to j" -> g, h, i, j. Null when the ends do not form a range. */
function expandRange(from: string, to: string): string[] | null {
  const a = from.split('.');
  const b = to.split('.');
  if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return null;
  const x = a[a.length - 1]!;
  const y = b[b.length - 1]!;
  const prefix = a.slice(0, -1).join('.');
  let values: string[];
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
    const lo = Number(x);
    const hi = Number(y);
    if (hi < lo || hi - lo > MAX_RANGE) return null;
    values = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
  } else if (/^[a-z]$/.test(x) && /^[a-z]$/.test(y)) {
    const lo = x.charCodeAt(0);
    const hi = y.charCodeAt(0);
    if (hi < lo) return null;
    values = Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCharCode(lo + i));
  } else return null;
  return values.map((v) => `${prefix}.${v}`);
}

/** Splits on list separators (", ", " and ", " or ", ", and ") outside parentheses. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const rest = text.slice(i);
      const sep = /^(?:,\s*(?:and|or)\s+|,\s*|\s+and\s+|\s+or\s+|;\s*)/.exec(rest);
      if (sep) {
        parts.push(cur);
        cur = '';
        i += sep[0].length - 1;
        continue;
      }
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function parseCodes(part: string, eccn: { current: string; previous: string | null }): string[] | null {
  const range = /^(.+?)\s+(?:to|through)\s+(.+)$/.exec(part);
  if (range) {
    const from = resolveToken(range[1]!, eccn.current);
    if (!from) return null;
    const to = resolveToken(range[2]!, from.split('.')[0]!);
    if (!to) return null;
    return expandRange(from, to);
  }
  const code = resolveToken(part, eccn.current, eccn.previous);
  if (!code) return null;
  eccn.current = code.split('.')[0]!;
  eccn.previous = code;
  return [code];
}

/**
 * The paragraphs a text lists, or null when the text is anything but a plain list (prose such as
 * "“software” for equipment controlled by ..." cannot be settled by a paragraph code alone).
 */
export function parseParagraphList(text: string, eccn: string): ParagraphRef[] | null {
  const cleaned = joinSpacedCodes(text)
    .trim()
    .replace(/\s+of this entry$/i, '')
    .replace(/\.$/, '')
    .replace(/\s+only$/i, '')
    .trim();
  if (!cleaned) return null;
  const state: { current: string; previous: string | null } = { current: eccn, previous: null };
  const refs: ParagraphRef[] = [];
  for (const part of splitList(cleaned)) {
    const ex = /^(.*?)\s*\(except\s+(.+)\)$/i.exec(part);
    const base = ex ? ex[1]! : part;
    const codes = parseCodes(base, state);
    if (!codes) return null;
    let except: string[] = [];
    let exceptIf: string[] = [];
    if (ex) {
      const entry = codes[0]!.split('.')[0]!;
      const exRefs = parseParagraphList(ex[2]!.replace(/^for\s+/i, ''), entry);
      if (exRefs && exRefs.every((r) => r.except.length === 0 && !r.exceptIf?.length)) except = exRefs.map((r) => r.code);
      else {
        // An exception qualified in words: the codes it names are excepted only if the words hold.
        exceptIf = codesIn(ex[2]!, entry, true) ?? [];
        if (!exceptIf.length) return null;
      }
    }
    for (const code of codes) refs.push(exceptIf.length ? { code, except, exceptIf } : { code, except });
  }
  return refs.length ? refs : null;
}

/** Whether the listed paragraphs reach the item's paragraph (null: only the ECCN is known). */
export function listCoverage(refs: readonly ParagraphRef[], paragraph: string | null): Coverage {
  if (!paragraph) return 'unknown';
  let result: Coverage = 'no';
  for (const ref of refs) {
    if (within(paragraph, ref.code)) {
      if (ref.except.some((x) => within(paragraph, x))) continue;
      if (ref.except.some((x) => within(x, paragraph))) {
        result = 'unknown';
        continue;
      }
      // An exception in words leaves the row applying, with the words as its condition (see exceptIfFor).
      return 'yes';
    }
    // The item is classified more coarsely than the row: some of its sub-paragraphs are listed.
    if (within(ref.code, paragraph)) result = 'unknown';
  }
  return result;
}

/** Whether "entire entry [except ...]" reaches the item's paragraph. */
export function entireCoverage(except: readonly string[], paragraph: string | null): Coverage {
  if (!paragraph) return except.length ? 'unknown' : 'yes';
  if (except.some((x) => within(paragraph, x))) return 'no';
  if (except.some((x) => within(x, paragraph))) return 'unknown';
  return 'yes';
}

/** "5A002.a.1" -> { eccn: "5A002", paragraph: "5A002.a.1" }; "5A002" -> paragraph null. */
export function splitClassification(code: string): { eccn: string; paragraph: string | null } {
  const c = normalizeCode(code);
  const eccn = c.split('.')[0]!;
  return { eccn, paragraph: c === eccn ? null : c };
}

const CONTINUATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(\.?[a-z](?:\.[a-z0-9]{1,3})*|\.?\d{1,3})(?![\p{L}\d])/u;
const RANGE_END = /^\s+(?:to|through)\s+(\.?[a-z](?:\.[a-z0-9]{1,3})*)(?![\p{L}\d])/u;

/**
 * The entry's own paragraphs a sentence names, with the shorthand that follows each
 * ("cameras controlled by 6A003.a.3 or a.4 and to plug-ins in 6A003.a.6" -> a.3, a.4, a.6).
 * Null when the sentence names the entry as a whole ("this entry", the bare ECCN) or none of its
 * paragraphs: then it does not narrow where the row applies.
 */
export function paragraphsNamed(text: string, eccn: string): string[] | null {
  if (/\bthis entry\b/i.test(text) || new RegExp(`\\b${eccn}\\b(?!\\.[a-z0-9])`).test(text)) return null;
  const found = new Set<string>();
  const full = new RegExp(`\\b${eccn}((?:\\.[a-z0-9]{1,3})+)`, 'g');
  for (const m of text.matchAll(full)) {
    let previous = normalizeCode(`${eccn}${m[1]!}`);
    found.add(previous);
    let rest = text.slice(m.index + m[0].length);
    for (;;) {
      const range = RANGE_END.exec(rest);
      if (range) {
        const to = resolveToken(range[1]!, eccn, previous);
        const span = to ? expandRange(previous, to) : null;
        if (span) span.forEach((c) => found.add(c));
        else if (to) found.add(to);
        rest = rest.slice(range[0].length);
        continue;
      }
      const next = CONTINUATION.exec(rest);
      if (!next) break;
      const code = resolveToken(next[1]!, eccn, previous);
      if (!code) break;
      found.add(code);
      previous = code;
      rest = rest.slice(next[0].length);
    }
  }
  return found.size ? [...found] : null;
}

/** "9A004 .g, .r" as printed in some rows: the space between entry and paragraph is a typesetting artefact. */
export function joinSpacedCodes(text: string): string {
  return text.replace(/\b([0-9][A-E][0-9]{3})\s+\.(?=[a-z0-9])/g, '$1.');
}

/** The exceptions in words that reach the item, so a finding can say "unless ...". */
export function exceptIfFor(refs: readonly ParagraphRef[], paragraph: string | null): string[] {
  if (!paragraph) return [];
  return refs.filter((r) => within(paragraph, r.code)).flatMap((r) => (r.exceptIf ?? []).filter((x) => within(paragraph, x) || within(x, paragraph)));
}

const SEPARATOR_BEFORE = /(?:^|[,;(]|\b(?:and|or|to|through|except))\s*$/i;
const TOKEN = /(?<![\p{L}\d.])(?:([0-9][A-E][0-9]{3})((?:\.[a-z0-9]{1,3})*)|(\.?[a-z](?:\.[a-z0-9]{1,3})*|\.[0-9]{1,3}))(?![\p{L}\d])/gu;

/**
 * Every paragraph of `eccn` a text names, read generously: full codes, and shorthand ("a.2", ".c",
 * "e.1", "b") after a list separator anywhere after the first full code, inside parentheses too.
 * Used where a text is not a plain list: it may name a paragraph that is not there (that paragraph
 * then stays open), but it must not miss one that is, or the rest of the entry would wrongly fall
 * outside the row. Null when the text names the entry as a whole ("this entry", the bare ECCN) or
 * none of its paragraphs.
 */
export function codesIn(text: string, eccn: string, startInside = false): string[] | null {
  // "e.g." and "i.e." read as paragraphs, and so do the letters of a citation ("§ 742.6(a)(2)(iii) and (v)").
  const t = joinSpacedCodes(text)
    .replace(/\b(?:e\.g|i\.e)\.,?/g, ' ')
    .replace(/§+\s*\d+\.\d+(?:\([a-z0-9]+\))*(?:\s*(?:,|and|or)\s*\([a-z0-9]+\))*/gi, ' ')
    .replace(/\((?:[a-z]|[ivx]+|\d+)\)/g, ' ');
  if (/\bthis entry\b/i.test(t) || new RegExp(`\\b${eccn}\\b(?!\\.[a-z0-9])`).test(t)) return null;
  const found = new Set<string>();
  let current: string | null = startInside ? eccn : null;
  let previous: string | null = null;
  let lastEnd = 0;
  for (const m of t.matchAll(TOKEN)) {
    const between = t.slice(lastEnd, m.index);
    if (m[1]) {
      current = m[1];
      const code = normalizeCode(`${m[1]}${m[2] ?? ''}`);
      previous = code;
      if (current === eccn && code !== eccn) found.add(code);
      lastEnd = m.index + m[0].length;
      continue;
    }
    lastEnd = m.index + m[0].length;
    if (current !== eccn || (!SEPARATOR_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index)) && !(startInside && previous === null))) continue;
    // A lone letter followed by a word is an article ("or a civil product"), not a paragraph.
    if (/^[a-z]$/.test(m[3]!) && /^\s+(?!and\b|or\b|to\b|through\b)[a-z]/i.test(t.slice(lastEnd))) continue;
    const code = resolveToken(m[3]!, eccn, previous);
    if (!code) continue;
    const span = previous && /^\s+(?:to|through)\s+$/.test(between) ? expandRange(previous, code) : null;
    for (const c of span ?? [code]) found.add(c);
    previous = code;
  }
  return found.size ? [...found] : null;
}
