/**
 * The footnotes of the Commerce Country Chart (Supp. No. 1 to 15 CFR Part 738) as rules. They are
 * substantive: footnote 10 alone requires a license for the listed firearms items to Australia and
 * the United Kingdom, whose rows are nearly empty; footnote 7 keeps an RS column 2 requirement for
 * India that its row lacks. Each is read by what it says, not by its number, so a renumbered chart
 * is still read right; a footnote of a form not recognised stays open ("cannot tell").
 */
import { codesMentioned, entryCodeOf, normalizeCode } from '../control-lists/codes';
import { citationIn } from './citations';
import { listCoverage, parseParagraphList, within, type Coverage, type ParagraphRef } from './paragraphs';

/** One ECCN of a footnote's list: its paragraphs, and the words that narrow it, if any. */
export interface FootnoteItem {
  text: string;
  refs: ParagraphRef[];
  /** "for shotguns with a barrel length less than 18 inches": the item must be so to be caught. */
  condition: string | null;
  /** "(except for “software” for commodities in ECCN 0A501.y ...)": an exception in words. */
  unless: string | null;
}

export type FootnoteRule =
  /** "A license is required to these destinations for items in the following ECCNs: ..." */
  | { kind: 'requires'; items: FootnoteItem[] }
  /** "a license is still required for items controlled under ECCNs 6A003.b.4.b and 9A515.e for RS column 2 reasons" */
  | { kind: 'column'; column: string; refs: ParagraphRef[] }
  /** Special provisions for some items (thermal imaging cameras, 0A919 military commodities): read the section. */
  | { kind: 'special'; codes: string[]; citation: string }
  /** § 746.1(b) UN sanctions and § 746.3 for Iraq. */
  | { kind: 'un-iraq'; citation: string }
  /** § 746.6: applies to the Crimea, DNR and LNR regions, which are given as destinations of their own. */
  | { kind: 'regions' }
  /** § 746.5 and § 746.8: Russia and Belarus, answered by the § 746.8 finding. */
  | { kind: 'russia-belarus' }
  /** "Refer to Switzerland for ... Liechtenstein": the row inheritance already applies it. */
  | { kind: 'territory' }
  | { kind: 'unknown' };

const FULL = /^([0-9][A-E][0-9]{3})(?:\.[a-z0-9]{1,3})*/;

/** Splits the list on top-level commas; a piece that does not start with a code continues the one before. */
function listItems(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      pieces.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  pieces.push(cur);
  const items: string[] = [];
  for (const raw of pieces) {
    const p = raw.trim().replace(/^(?:and|or)\s+/, '').replace(/\.$/, '');
    if (!p) continue;
    if (FULL.test(p) || items.length === 0) items.push(p);
    else items[items.length - 1] += `, ${p}`;
  }
  return items;
}

function footnoteItem(text: string): FootnoteItem | null {
  const m = FULL.exec(text);
  if (!m) return null;
  const entry = m[1]!;
  const plain = parseParagraphList(text, entry);
  if (plain) return { text, refs: plain, condition: null, unless: null };
  const ex = /^(\S+)\s*\(except(?:\s+for)?\s+(.+)\)$/i.exec(text);
  if (ex) {
    const base = parseParagraphList(ex[1]!, entry);
    const exRefs = parseParagraphList(ex[2]!, entry);
    if (base && exRefs) return { text, refs: base.map((r) => ({ ...r, except: exRefs.map((x) => x.code) })), condition: null, unless: null };
    if (base) return { text, refs: base, condition: null, unless: ex[2]! };
  }
  return { text, refs: [{ code: normalizeCode(m[0]), except: [] }], condition: text.slice(m[0].length).trim() || null, unless: null };
}

export function parseFootnote(text: string): FootnoteRule {
  const t = text.trim();
  const list = /^A license is required to these destinations for items in the following ECCNs?:\s*(.+)$/is.exec(t);
  if (list) {
    const items = listItems(list[1]!).map(footnoteItem);
    return items.every((i): i is FootnoteItem => i !== null) ? { kind: 'requires', items } : { kind: 'unknown' };
  }
  const column = /license is still required for items controlled under ECCNs?\s+(.+?)\s+for\s+([A-Z]{2})\s+column\s+([123])\s+reasons/i.exec(t);
  if (column) {
    const refs = parseParagraphList(column[1]!, entryCodeOf(column[1]!.split(/\s/)[0]!));
    if (refs) return { kind: 'column', column: `${column[2]!.toUpperCase()} ${column[3]!}`, refs };
    return { kind: 'unknown' };
  }
  if (/thermal imaging cameras/i.test(t)) return { kind: 'special', codes: ['6A003.b.4'], citation: citationIn(t) ?? '15 CFR Part 742' };
  if (/special provisions/i.test(t) && codesMentioned(t).length) return { kind: 'special', codes: codesMentioned(t), citation: citationIn(t) ?? '15 CFR Part 742' };
  if (/§\s*746\.6\b/.test(t)) return { kind: 'regions' };
  if (/§\s*746\.8\b/.test(t)) return { kind: 'russia-belarus' };
  if (/§\s*746\.1\(b\)/.test(t)) return { kind: 'un-iraq', citation: citationIn(t) ?? '15 CFR § 746.1(b)' };
  if (/^Refer to \S+ for licensing requirements for/i.test(t)) return { kind: 'territory' };
  return { kind: 'unknown' };
}

/** How a footnote item reaches the item: certainly, perhaps, or not at all. */
export function itemCoverage(item: FootnoteItem, eccn: string, paragraph: string | null): Coverage {
  const refs = item.refs.filter((r) => entryCodeOf(r.code) === eccn);
  if (!refs.length) return 'no';
  const whole = refs.some((r) => r.code === eccn && r.except.length === 0);
  const c = whole ? 'yes' : listCoverage(refs, paragraph);
  if (c === 'no') return 'no';
  return item.condition ? 'unknown' : c;
}

/** Whether special provisions for `codes` may reach the item. */
export function specialReaches(codes: readonly string[], eccn: string, paragraph: string | null): boolean {
  return codes.some((c) => entryCodeOf(c) === eccn && (paragraph === null || c === eccn || within(paragraph, c) || within(c, paragraph)));
}
