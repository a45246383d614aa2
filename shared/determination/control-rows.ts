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
import { entireCoverage, listCoverage, paragraphsNamed, parseParagraphList, type Coverage, type ParagraphRef } from './paragraphs';

/** Reasons that have Country Chart columns (§ 738.2(d)(2)). */
const CHART_REASONS = ['CB', 'NP', 'NS', 'MT', 'RS', 'FC', 'CC', 'AT'] as const;
const REASON_CODES = [...CHART_REASONS, 'EI', 'SL', 'UN', 'SI', 'CW', 'SS'];
const REASON_AT_START = new RegExp(`^(${REASON_CODES.join('|')})\\b`);
const RIS = /^Russian industry sector sanctions?\b/i;
const CLAUSE = new RegExp(`\\b(?:${REASON_CODES.join('|')})\\s+(?:applies|apply)\\b`, 'g');
const COLUMN_IN_TEXT = new RegExp(`\\b(?:${CHART_REASONS.join('|')})\\s+Column\\s+[123]\\b`, 'g');
const COLUMN_ONLY = new RegExp(`^(?:(${CHART_REASONS.join('|')})\\s+)?Column\\s+([123])\\.?(?:\\s*[,;]\\s*(.+))?$`);

export type RowScope =
  | { kind: 'entire'; except: string[] }
  | { kind: 'paragraphs'; refs: ParagraphRef[] }
  /**
   * Prose the paragraph code cannot settle ("MMIC amplifiers in 3A001.b.2 ... except those for civil
   * telecommunications"). `within`: the entry's own paragraphs it names, outside which it cannot apply.
   */
  | { kind: 'conditional'; text: string; within: string[] | null };

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

function parseScope(control: string, eccn: string): { reason: string; scope: RowScope } {
  const t = control.trim();
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
  if (!verb) return { reason, scope: { kind: 'conditional', text: t, within: null } };
  rest = rest.slice(verb[0].length).replace(/^to\s+/i, '').trim();

  const entire = /^(?:the\s+)?entire entry\b\s*(.*)$/i.exec(rest);
  if (entire) {
    const tail = entire[1]!.trim().replace(/\.$/, '');
    if (tail === '') return { reason, scope: { kind: 'entire', except: [] } };
    const ex = /^,?\s*except(?:\s+for)?:?\s+(.+)$/i.exec(tail);
    const refs = ex ? parseParagraphList(ex[1]!, eccn) : null;
    if (refs && refs.every((r) => r.except.length === 0 && r.code.startsWith(`${eccn}.`))) {
      return { reason, scope: { kind: 'entire', except: refs.map((r) => r.code) } };
    }
    // "entire entry except: 9A610.b; parts ... in 9A610.x if ...": the codes it names are exclusions.
    return { reason, scope: { kind: 'conditional', text: rest, within: null } };
  }

  // "items controlled by 5A002.z.1.a, z.2.a", "paragraphs .a and .x", "“software” controlled by 5D002.z.1.a".
  const listed = rest.replace(
    /^(?:(?:items|commodities|[“"]?software[”"]?|[“"]?technology[”"]?)\s+(?:controlled by|in)\s+|paragraphs?\s+)/i,
    '',
  );
  const refs = parseParagraphList(listed, eccn);
  // Paragraphs of another ECCN describe what the item is for, not where it sits in this entry.
  if (refs && refs.every((r) => r.code.startsWith(`${eccn}.`))) return { reason, scope: { kind: 'paragraphs', refs } };
  return { reason, scope: { kind: 'conditional', text: rest, within: paragraphsNamed(rest, eccn) } };
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
    case 'entire':
      return entireCoverage(scope.except, paragraph);
    case 'paragraphs':
      return listCoverage(scope.refs, paragraph);
    default:
      // The prose qualifies the paragraphs it names, so inside them the answer stays open.
      if (scope.within && listCoverage(scope.within.map((code) => ({ code, except: [] })), paragraph) === 'no') return 'no';
      return 'unknown';
  }
}

/** The condition under which a row whose reach is unsettled applies, in words. */
export function scopeCondition(scope: RowScope): string {
  switch (scope.kind) {
    case 'entire':
      return `unless the item is in ${scope.except.join(', ')}`;
    case 'paragraphs':
      return `if the item is in ${scope.refs.map((r) => (r.except.length ? `${r.code} (except ${r.except.join(', ')})` : r.code)).join(', ')}`;
    default:
      return `if the item is within: ${scope.text}`;
  }
}
