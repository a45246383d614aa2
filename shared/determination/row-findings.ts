/**
 * One finding per License Requirements row of the entry (§ 738.4(a)(2)): does the row reach the
 * item's paragraph, and does the destination fall under it? "Cannot tell" whenever either half was
 * not fully read; "not required" only when both were.
 */
import { CITE, citationIn } from './citations';
import { rowCoverage, scopeCondition, scopeUnless, type ParsedControlRow, type RowScope } from './control-rows';
import type { ResolvedDestination } from './destination';
import { describeRule, matchRule, type DestinationFacts } from './destination-rules';
import { specialReaches, type FootnoteRule } from './footnotes';
import { listCoverage } from './paragraphs';
import { finding } from './finding';
import type { CountryChart, Finding } from './types';

export interface RowContext {
  eccn: string;
  paragraph: string | null;
  dest: ResolvedDestination;
  facts: DestinationFacts;
  chart: CountryChart;
  /** The destination's footnotes, parsed, with their numbers. */
  footnotes: { number: number; rule: FootnoteRule }[];
}

function describeScope(scope: RowScope): string {
  switch (scope.kind) {
    case 'entire':
      return `the entire entry${scope.except.length ? ` except ${scope.except.join(', ')}` : ''}`;
    case 'paragraphs':
      return scope.refs.map((r) => r.code).join(', ');
    default:
      return `${scope.text}${scope.within ? ` (paragraphs named: ${scope.within.join(', ')})` : ''}`;
  }
}

/** A chart footnote that keeps a column's requirement for some items (footnote 7: RS 2 for India). */
function footnoteColumn(ctx: RowContext, column: string): { number: number; reach: 'yes' | 'unknown' } | null {
  for (const f of ctx.footnotes) {
    if (f.rule.kind !== 'column' || f.rule.column !== column) continue;
    const c = listCoverage(f.rule.refs, ctx.paragraph);
    if (c !== 'no') return { number: f.number, reach: c };
  }
  return null;
}

/**
 * A footnote pointing to special provisions for the item at this destination (thermal imaging
 * cameras, § 742.4(a) for NS and § 742.6(a)(2) for RS; 0A919, § 742.6(a)(3)): the X alone does not
 * settle the requirement. Tied to the reason whose section it cites.
 */
function specialFootnote(ctx: RowContext, reason: string): { number: number; citation: string } | null {
  for (const f of ctx.footnotes) {
    if (f.rule.kind !== 'special' || !specialReaches(f.rule.codes, ctx.eccn, ctx.paragraph)) continue;
    const forReason = /742\.4\b/.test(f.rule.citation) ? 'NS' : /742\.6\b/.test(f.rule.citation) ? 'RS' : null;
    if (forReason === null || forReason === reason) return { number: f.number, citation: f.rule.citation };
  }
  return null;
}

export function rowFinding(row: ParsedControlRow, ctx: RowContext): Finding {
  const { eccn, paragraph, dest } = ctx;
  const base = { kind: 'control-row' as const, reason: row.reason, control: row.control, countryChart: row.countryChart };
  const d = dest.view;
  const coverage = rowCoverage(row.scope, paragraph);
  const t = row.target;
  const column = t.kind === 'column' ? t.column : null;
  if (coverage === 'no') {
    return finding({
      ...base,
      column,
      outcome: 'not-for-paragraph',
      citation: `${CITE.procedure}; Supp. No. 1 to 15 CFR Part 774 (${eccn})`,
      text: `${row.reason} applies to ${describeScope(row.scope)}; ${paragraph} is not within it.`,
    });
  }
  const open = coverage === 'unknown';
  const condition = open ? scopeCondition(row.scope) : null;
  const unless = open ? null : scopeUnless(row.scope);
  const required = (what: string) =>
    open
      ? `Cannot tell from the chart: ${what}, but whether the row reaches ${paragraph ?? eccn} depends on what the item is (${condition}). Read the row.`
      : `${what}: a license is required${unless ? ` unless the item falls under the row's exception (${unless})` : ''}; a license exception may overcome it.`;

  if (t.kind === 'column') {
    const citation = `${CITE.procedure}; ${CITE.chart}, ${t.column}${t.extra && citationIn(t.extra) ? `; ${citationIn(t.extra)}` : ''}`;
    const col = { ...base, column: t.column, citation, condition };
    if (!dest.row) {
      return finding({ ...col, outcome: 'cannot-tell', text: `${row.reason}: the chart has no row for ${d.name}, so ${t.column} cannot be read.` });
    }
    if (dest.row.kind === 'embargoed') {
      return finding({
        ...col,
        outcome: 'cannot-tell',
        text: `${row.reason}: ${dest.row.name} has no marks in the chart; an empty cell carries no permissive meaning. Part 746 decides (see ${citationIn(dest.row.embargoPointer ?? '') ?? CITE.embargoes}).`,
      });
    }
    if (dest.row.marks.includes(t.column)) {
      const special = specialFootnote(ctx, row.reason);
      if (special && !open) {
        return finding({
          ...col,
          citation: `${citation}; ${CITE.chart}, footnote ${special.number}; ${special.citation}`,
          outcome: 'cannot-tell',
          condition: `unless ${special.citation} exempts the item for ${dest.row.name}`,
          text: `${row.reason}: ${t.column} has an X for ${dest.row.name}, but footnote ${special.number} points to special provisions for such items there (${special.citation}), which may change the requirement: read them.`,
        });
      }
      return finding({ ...col, unless, outcome: open ? 'cannot-tell' : 'license-required', text: required(`${row.reason}: ${t.column} has an X for ${dest.row.name}`) });
    }
    const kept = footnoteColumn(ctx, t.column);
    if (kept) {
      const sure = !open || kept.reach === 'yes';
      return finding({
        ...col,
        citation: `${citation}; ${CITE.chart}, footnote ${kept.number}`,
        condition: sure ? null : condition,
        outcome: sure ? 'license-required' : 'cannot-tell',
        text: sure
          ? `${row.reason}: ${t.column} has no X for ${dest.row.name}, but footnote ${kept.number} to the chart keeps the ${t.column} requirement for ${paragraph ?? eccn}: a license is required.`
          : `${row.reason}: ${t.column} has no X for ${dest.row.name}, but footnote ${kept.number} keeps the ${t.column} requirement for some of ${eccn}'s paragraphs: cannot tell without the paragraph. Read footnote ${kept.number}.`,
      });
    }
    if (t.extra) {
      return finding({ ...col, outcome: 'cannot-tell', text: `${row.reason}: ${t.column} has no X for ${dest.row.name}, but the entry adds: "${t.extra}" Read it.` });
    }
    return finding({
      ...col,
      condition: null,
      outcome: 'not-required',
      text: `${row.reason}: ${t.column} has no X for ${dest.row.name}; the chart requires no license for ${row.reason} reasons (§ 738.4(a)(2)(ii)(B)).`,
    });
  }

  const citation = t.citation ?? CITE.procedure;
  const prov = { ...base, citation, condition };
  const nameOf = (code: string) => ctx.chart.destinations[code]?.name ?? code;
  const match = matchRule(t.rule, ctx.facts);
  if (t.rule.kind === 'un-sanctions') {
    if (!dest.row) return finding({ ...prov, outcome: 'cannot-tell', text: `${row.reason}: the chart has no row for ${d.name}; read ${citation}.` });
    return match === 'named'
      ? finding({ ...prov, outcome: 'cannot-tell', text: `${row.reason}: the chart marks ${dest.row.name} for UN Security Council sanctions; § 746.1(b) says which items need a license there. Read ${citation}.` })
      : finding({
          ...prov,
          condition: null,
          outcome: 'not-required',
          text: `${row.reason}: UN controls (${CITE.unSanctions}) reach the destinations the chart marks for UN sanctions; ${dest.row.name} is not marked.`,
        });
  }
  if (match === 'named') {
    const rule = t.rule;
    const why =
      rule.kind === 'listed' && !rule.countries.some((c) => c === ctx.facts.code || c === ctx.facts.rowCode)
        ? `; ${d.name} is in Country Group ${rule.groups.filter((g) => ctx.facts.groups.includes(g)).join(', ')}`
        : rule.kind === 'listed' && rule.countries.length + rule.groups.length > 1
          ? `, naming ${d.name}`
          : '';
    return finding({
      ...prov,
      unless,
      outcome: open ? 'cannot-tell' : 'license-required',
      text: `${required(`${row.reason} is not a chart column here: the entry itself requires a license to ${describeRule(rule, nameOf)}${why}`)} "${t.text}"`,
    });
  }
  if (match === 'not-named') {
    return finding({
      ...prov,
      condition: null,
      outcome: 'not-required',
      text: `${row.reason} is not a chart column here: the entry's own requirement reaches ${describeRule(t.rule, nameOf)}, which does not include ${d.name}, so it requires no license there (§ 738.4(a)(1)). "${t.text}"`,
    });
  }
  return finding({ ...prov, outcome: 'cannot-tell', text: `${row.reason} is not a chart column here and ExportDesk cannot read where it applies: read "${t.text}"` });
}
