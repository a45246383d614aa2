/**
 * The License Requirements rows of a CCL entry, as the CCL prints them:
 *   control "NS applies to entire entry"                        -> chart "NS Column 1."
 *   control "RS applies to items controlled by 5A002.z.1.a, z.2.a" -> chart "To or within any destination worldwide. See § 742.6(a)(6)(iii)(A)"
 *   control "EI applies to entire entry"                        -> chart "Refer to § 742.15 of the EAR."
 * Each row becomes a reason, a scope (entire entry, listed paragraphs, or a condition in words) and
 * a target (a chart column, or another provision with its own destinations and citation).
 */
import type { ChartRow } from '../control-lists/types';
import { citationIn } from './citations';
import { parseDestinationRule, type DestinationRule } from './destination-rules';
import { codesIn, entireCoverage, exceptIfFor, joinSpacedCodes, listCoverage, parseParagraphList, within, type Coverage, type ParagraphRef } from './paragraphs';

/** Reasons that have Country Chart columns (§ 738.2(d)(2)). */
const CHART_REASONS = ['CB', 'NP', 'NS', 'MT', 'RS', 'FC', 'CC', 'AT'] as const;
const REASON_CODES = [...CHART_REASONS, 'EI', 'SL', 'UN', 'SI', 'CW', 'SS'];
const REASON_AT_START = new RegExp(`^(${REASON_CODES.join('|')})\\b`);
const RIS = /^Russian industry sector sanctions?\b/i;
const CLAUSE = new RegExp(`\\b(?:${REASON_CODES.join('|')})\\s+(?:applies|apply)\\b`, 'g');
const COLUMN_IN_TEXT = new RegExp(`\\b(?:${CHART_REASONS.join('|')})\\s+Column\\s+[123]\\b`, 'g');
const COLUMN_ONLY = new RegExp(`^(?:(${CHART_REASONS.join('|')})\\s+)?Column\\s+([123])\\.?(?:\\s*[,;]\\s*(.+))?$`);

export type RowScope =
  /**
   * `except`: paragraphs outside the row. `exceptIf`: paragraphs outside it only when words hold
   * ("parts ... in 9A610.x if being exported for use in an aircraft in 9A610.b"). `exceptWords`:
   * exceptions that name no paragraph ("“technology” for 4A090"). The row applies to the rest, with
   * the words as the "unless" of its finding.
   */
  | { kind: 'entire'; except: string[]; exceptIf: string[]; exceptWords: string[] }
  | { kind: 'paragraphs'; refs: ParagraphRef[] }
  /**
   * Prose the paragraph code cannot settle ("MMIC amplifiers in 3A001.b.2 ... except those for civil
   * telecommunications"). `certain`: the parts of it that are plain lists ("cameras controlled by
   * 6A003.a.3 or a.4"); `within`: every paragraph of the entry the prose names, outside which it
   * cannot apply; null when it may reach any paragraph.
   */
  | { kind: 'conditional'; text: string; certain: ParagraphRef[]; within: string[] | null };

export type RowTarget =
  /** A Country Chart column; `extra` is any further text printed with it ("See § 742.6(a)(3)"). */
  | { kind: 'column'; column: string; extra: string | null }
  | { kind: 'provision'; text: string; citation: string | null; rule: DestinationRule };

export interface ParsedControlRow {
  /** "NS", "RS", "EI", ...; "Russian industry sector" for § 746.5 rows; "?" when none is printed. */
  reason: string;
  scope: RowScope;
  target: RowTarget;
  control: string;
  countryChart: string;
}

/** Splits a row the source printed as two ("NP applies to entire entry AT applies to entire entry"). */
function splitMerged(row: ChartRow): ChartRow[] {
  let { control, countryChart } = row;
  // Some rows repeat one text in both cells: "CB applies to entire entry CB Column 2."
  if (control.trim() === countryChart.trim()) {
    const m = new RegExp(`^(.*?)\\s+((?:${CHART_REASONS.join('|')})\\s+Column\\s+[123])\\.?$`).exec(control.trim());
    if (m) {
      control = m[1]!;
      countryChart = `${m[2]!}.`;
    }
  }
  const clauses = [...control.matchAll(CLAUSE)].map((m) => m.index);
  const columns = [...countryChart.matchAll(COLUMN_IN_TEXT)].map((m) => m.index);
  if (clauses.length > 1 && clauses.length === columns.length && countryChart.replace(COLUMN_IN_TEXT, '').replace(/[\s.]/g, '') === '') {
    return clauses.map((start, i) => ({
      control: control.slice(start, clauses[i + 1] ?? control.length).trim(),
      countryChart: countryChart.slice(columns[i]!, columns[i + 1] ?? countryChart.length).trim(),
    }));
  }
  return [{ control, countryChart }];
}

/** A noun and "controlled by" before a list: "cameras controlled by 6A003.a.3 or a.4", "“software” in 5D002.a.1". */
const NOUN_LIST = /^(?:to\s+)?([“"]?[\w-]+[”"]?)\s+(?:controlled\s+(?:by|in)|specified\s+(?:by|in)|in)\s+(.+)$/i;
const LIST_PREFIX = /^(?:(?:items|commodities|[“"]?software[”"]?|[“"]?technology[”"]?)\s+(?:controlled by|in)\s+|paragraphs?\s+)/i;
/**
 * 5D002's EI row: "“software” in 5D002.a.1, a.3, .b, c.1 and c.3, for commodities or “software”
 * controlled for EI reasons in ECCN 5A002, 5A004 or 5D002". Every paragraph it lists is itself
 * software for such items, so the clause describes them rather than narrowing the list.
 */
const EI_DESCRIPTION = /,\s*for commodities or [“"]?software[”"]? controlled for EI reasons in ECCN [^;]*$/i;

function listIn(text: string, eccn: string): ParagraphRef[] | null {
  const refs = parseParagraphList(text, eccn);
  return refs && refs.every((r) => r.code.startsWith(`${eccn}.`)) ? refs : null;
}

/** "except 9A610.b; parts ... in 9A610.x if ...; and 9A610.y": each part a list, codes under a condition, or words. */
function parseExceptions(text: string, eccn: string): { except: string[]; exceptIf: string[]; exceptWords: string[] } {
  const out = { except: [] as string[], exceptIf: [] as string[], exceptWords: [] as string[] };
  const parts = text.includes(';') ? text.split(/;\s*(?:and\s+)?/) : [text];
  for (const part of parts.map((p) => p.trim().replace(/\.$/, '')).filter(Boolean)) {
    const refs = listIn(part, eccn);
    if (refs && refs.every((r) => r.except.length === 0 && !r.exceptIf?.length)) {
      out.except.push(...refs.map((r) => r.code));
      continue;
    }
    const named = codesIn(part, eccn);
    if (named) out.exceptIf.push(...named);
    else out.exceptWords.push(part);
  }
  return out;
}

function parseListedScope(rest: string, eccn: string): RowScope {
  const text = rest.replace(EI_DESCRIPTION, '');
  const plain = listIn(text.replace(LIST_PREFIX, ''), eccn);
  if (plain) return { kind: 'paragraphs', refs: plain };
  const certain: ParagraphRef[] = [];
  let within: string[] | null = [];
  for (const segment of text.split(/,?\s+and\s+to\s+|,?\s+or\s+to\s+|;\s+/)) {
    const seg = segment.trim().replace(/^to\s+/i, '');
    const asList = listIn(seg.replace(LIST_PREFIX, ''), eccn);
    const noun = NOUN_LIST.exec(seg);
    // A one-word noun before a plain list names what the listed paragraphs are; anything more is a condition.
    const nounList = asList ?? (noun ? listIn(noun[2]!, eccn) : null);
    if (nounList) {
      certain.push(...nounList);
      continue;
    }
    const named = codesIn(seg, eccn);
    if (named === null) within = null;
    else if (within) within.push(...named);
  }
  // Prose that names no paragraph of the entry at all may reach any of them.
  if (within && within.length === 0 && certain.length === 0) within = null;
  return { kind: 'conditional', text: rest, certain, within: within ? [...new Set(within)] : null };
}

function parseScope(control: string, eccn: string): { reason: string; scope: RowScope } {
  const t = joinSpacedCodes(control.trim());
  let reason = '?';
  let rest = t;
  const code = REASON_AT_START.exec(t);
  if (code) {
    reason = code[1]!;
    rest = t.slice(code[0].length);
  } else if (RIS.test(t)) {
    reason = 'Russian industry sector';
    rest = t.replace(RIS, '');
  }
  const verb = /^\s*(?:applies|apply)\b\s*/i.exec(rest);
  if (!verb) return { reason, scope: { kind: 'conditional', text: t, certain: [], within: null } };
  rest = rest.slice(verb[0].length).replace(/^to\s+/i, '').trim();

  const entire = /^(?:the\s+)?entire entry\b\s*(.*)$/i.exec(rest);
  if (entire) {
    const tail = entire[1]!.trim().replace(/\.$/, '');
    // "CW applies to entire entry. A license is required ...": the sentences after it are the target's.
    if (tail === '' || /^\.\s/.test(entire[1]!.trim())) return { reason, scope: { kind: 'entire', except: [], exceptIf: [], exceptWords: [] } };
    const ex = /^,?\s*except(?:\s+for)?:?\s+(.+)$/i.exec(tail);
    if (ex) return { reason, scope: { kind: 'entire', ...parseExceptions(ex[1]!, eccn) } };
    return { reason, scope: { kind: 'conditional', text: rest, certain: [], within: null } };
  }
  return { reason, scope: parseListedScope(rest, eccn) };
}

function parseTarget(countryChart: string, reason: string, columns: readonly string[], names: Record<string, string>): RowTarget {
  const t = countryChart.trim();
  const col = COLUMN_ONLY.exec(t);
  if (col) {
    const column = `${col[1] ?? reason} ${col[2]!}`;
    if (columns.includes(column)) return { kind: 'column', column, extra: col[3]?.trim() || null };
  }
  return { kind: 'provision', text: t, citation: citationIn(t), rule: parseDestinationRule(t, names) };
}

/**
 * Every row of an entry, parsed. `columns` are the chart's own (so a restructured chart is not
 * misread); `names` lets destinations named in words be recognised.
 */
export function parseControlRows(
  eccn: string,
  rows: readonly ChartRow[],
  columns: readonly string[],
  names: Record<string, string> = {},
): ParsedControlRow[] {
  const out: ParsedControlRow[] = [];
  for (const raw of rows) {
    for (const row of splitMerged(raw)) {
      const { reason, scope } = parseScope(row.control, eccn);
      out.push({ reason, scope, target: parseTarget(row.countryChart, reason, columns, names), control: row.control, countryChart: row.countryChart });
    }
  }
  return out;
}

/** Whether a parsed row reaches the item's paragraph. */
export function rowCoverage(scope: RowScope, paragraph: string | null): Coverage {
  switch (scope.kind) {
    case 'entire': {
      const c = entireCoverage(scope.except, paragraph);
      if (c !== 'yes') return c;
      // An exception in words that names the item's own paragraph, or any exception when no paragraph is given, leaves it open.
      if (paragraph === null) return scope.exceptIf.length || scope.exceptWords.length ? 'unknown' : 'yes';
      return scope.exceptIf.some((x) => within(paragraph, x) || within(x, paragraph)) ? 'unknown' : 'yes';
    }
    case 'paragraphs': {
      const c = listCoverage(scope.refs, paragraph);
      return c === 'yes' && exceptIfFor(scope.refs, paragraph).length ? 'unknown' : c;
    }
    default: {
      const sure = listCoverage(scope.certain, paragraph);
      if (sure === 'yes') return 'yes';
      if (scope.within === null) return 'unknown';
      // The prose qualifies the paragraphs it names, so inside them the answer stays open.
      return listCoverage(scope.within.map((code) => ({ code, except: [] })), paragraph) === 'no' ? sure : 'unknown';
    }
  }
}

/** Exceptions in words that may take the item out of a row that otherwise reaches it. */
export function scopeUnless(scope: RowScope): string | null {
  return scope.kind === 'entire' && scope.exceptWords.length ? scope.exceptWords.join('; ') : null;
}

/** The condition under which a row whose reach is unsettled applies, in words. */
export function scopeCondition(scope: RowScope): string {
  switch (scope.kind) {
    case 'entire':
      return `unless the item is in ${[...scope.except, ...scope.exceptIf].join(', ') || scope.exceptWords.join('; ')}${scope.exceptIf.length || scope.exceptWords.length ? ' as the row describes' : ''}`;
    case 'paragraphs':
      return `if the item is in ${scope.refs.map((r) => (r.except.length ? `${r.code} (except ${r.except.join(', ')})` : r.code)).join(', ')}`;
    default:
      return `if the item is within: ${scope.text}`;
  }
}
