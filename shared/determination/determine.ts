/**
 * US license determination, § 738.4: for each reason for control of the item's ECCN (and
 * paragraph), look up the destination in the Commerce Country Chart. An X means a license is
 * required unless a license exception applies; no X means none is required for that reason only if
 * nothing else in the EAR requires one, so every answer lists what it did not check.
 */
import { codesMentioned, entryCodeOf, normalizeCode } from '../control-lists/codes';
import { isCountryCode } from '../countries';
import { AppError } from '../errors';
import { CITE, citationIn } from './citations';
import { parseControlRows, rowCoverage, scopeCondition, type ParsedControlRow } from './control-rows';
import { resolveDestination, type ResolvedDestination } from './destination';
import { describeRule, matchRule, type DestinationFacts } from './destination-rules';
import { EAR99, ear99Finding, isEar99 } from './ear99';
import { exceptionCandidates } from './exceptions';
import { listCoverage, within, type Coverage } from './paragraphs';
import type {
  CountryChart,
  CountryGroups,
  DeterminationResult,
  DestinationView,
  EntryForDetermination,
  Finding,
  OverallOutcome,
} from './types';

export interface DetermineInput {
  /** The entry code ("5A002") or "EAR99". */
  eccn: string;
  /** The full paragraph code ("5A002.a.1"); null or absent when only the ECCN is known. */
  paragraph?: string | null;
  /** The CCL entry; null for EAR99. */
  entry: EntryForDetermination | null;
  /** ISO 3166 alpha-2 code. */
  destination: string;
  chart: CountryChart;
  groups: CountryGroups;
}

/** Destinations that are part of the United States under the EAR (§ 772.1): not export destinations. */
const UNITED_STATES = ['US', 'PR', 'VI', 'GU', 'AS', 'MP', 'UM'];

function finding(partial: Partial<Finding> & Pick<Finding, 'kind' | 'reason' | 'outcome' | 'citation' | 'text'>): Finding {
  return { column: null, control: null, countryChart: null, condition: null, ...partial };
}

function describeScope(row: ParsedControlRow): string {
  switch (row.scope.kind) {
    case 'entire':
      return `the entire entry except ${row.scope.except.join(', ')}`;
    case 'paragraphs':
      return row.scope.refs.map((r) => r.code).join(', ');
    default:
      return `${row.scope.text}${row.scope.within ? ` (paragraphs named: ${row.scope.within.join(', ')})` : ''}`;
  }
}

function rowFinding(row: ParsedControlRow, paragraph: string | null, eccn: string, dest: ResolvedDestination, facts: DestinationFacts, chart: CountryChart): Finding {
  const base = { kind: 'control-row' as const, reason: row.reason, control: row.control, countryChart: row.countryChart };
  const d = dest.view;
  const coverage = rowCoverage(row.scope, paragraph);
  if (coverage === 'no') {
    return finding({
      ...base,
      column: row.target.kind === 'column' ? row.target.column : null,
      outcome: 'not-applicable-to-paragraph',
      citation: `${CITE.procedure}; Supp. No. 1 to 15 CFR Part 774 (${eccn})`,
      text: `${row.reason} applies to ${describeScope(row)}; ${paragraph} is not within it.`,
    });
  }
  const condition = coverage === 'unknown' ? scopeCondition(row.scope) : null;
  const t = row.target;

  if (t.kind === 'column') {
    const citation = `${CITE.procedure}; ${CITE.chart}, ${t.column}${t.extra && citationIn(t.extra) ? `; ${citationIn(t.extra)}` : ''}`;
    const col = { ...base, column: t.column, citation, condition };
    if (!dest.row) {
      return finding({ ...col, outcome: 'other-provision', text: `${row.reason}: the chart has no row for ${d.name}, so ${t.column} cannot be read.` });
    }
    if (dest.row.kind === 'embargoed') {
      return finding({
        ...col,
        outcome: 'other-provision',
        text: `${row.reason}: ${dest.row.name} has no marks in the chart; an empty cell carries no permissive meaning. See ${citationIn(dest.row.embargoPointer ?? '') ?? CITE.embargoes}.`,
      });
    }
    if (dest.row.marks.includes(t.column)) {
      return finding({
        ...col,
        outcome: 'license-required',
        text: `${row.reason}: ${t.column} has an X for ${dest.row.name}. A license is required${condition ? ` ${condition}` : ''}; a license exception may overcome it.`,
      });
    }
    if (t.extra) {
      return finding({
        ...col,
        outcome: 'other-provision',
        text: `${row.reason}: ${t.column} has no X for ${dest.row.name}, but the entry adds: "${t.extra}"`,
      });
    }
    return finding({
      ...col,
      condition: null,
      outcome: 'not-required-by-chart',
      text: `${row.reason}: ${t.column} has no X for ${dest.row.name}; the chart requires no license for ${row.reason} reasons (§ 738.4(a)(2)(ii)(B)).`,
    });
  }

  const citation = t.citation ?? CITE.procedure;
  const prov = { ...base, citation, condition };
  const nameOf = (code: string) => chart.destinations[code]?.name ?? code;
  const match = matchRule(t.rule, facts);
  if (t.rule.kind === 'un-sanctions') {
    if (!dest.row) return finding({ ...prov, outcome: 'other-provision', text: `${row.reason}: the chart has no row for ${d.name}; see ${citation}.` });
    return match === 'named'
      ? finding({ ...prov, outcome: 'other-provision', text: `${row.reason}: the chart marks ${dest.row.name} for UN Security Council sanctions; see ${citation}.` })
      : finding({
          ...prov,
          condition: null,
          outcome: 'not-required-by-chart',
          text: `${row.reason}: UN controls (${CITE.unSanctions}) reach the destinations the chart marks for UN sanctions; ${dest.row.name} is not marked.`,
        });
  }
  if (match === 'named') {
    const rule = t.rule;
    const why =
      rule.kind === 'listed' && !rule.countries.some((c) => c === facts.code || c === facts.rowCode)
        ? `; ${d.name} is in Country Group ${rule.groups.filter((g) => facts.groups.includes(g)).join(', ')}`
        : rule.kind === 'listed' && rule.countries.length + rule.groups.length > 1
          ? `, naming ${d.name}`
          : '';
    return finding({
      ...prov,
      outcome: 'license-required',
      text: `${row.reason} is not a chart column here: the entry itself requires a license to ${describeRule(rule, nameOf)}${why}. A license is required${condition ? ` ${condition}` : ''}. "${t.text}"`,
    });
  }
  if (match === 'not-named') {
    return finding({
      ...prov,
      outcome: 'other-provision',
      text: `${row.reason} is not a chart column here: as printed, the requirement reaches ${describeRule(t.rule, nameOf)}, which does not include ${d.name}. Confirm in ${citation}. "${t.text}"`,
    });
  }
  return finding({ ...prov, outcome: 'other-provision', text: `${row.reason} is not a chart column here; the entry points elsewhere: "${t.text}"` });
}

/** § 738.3(a)(1): entries licensed to every destination, the chart not applying. */
function allDestinationFindings(eccn: string, paragraph: string | null, chart: CountryChart): Finding[] {
  const list = chart.allDestinations;
  if (!list) return [];
  const out: Finding[] = [];
  for (const e of list.entries) {
    const m = /^([0-9][A-E][0-9]{3}(?:\.[a-z0-9]{1,3})*)\s*(.*)$/i.exec(e.text.trim());
    if (!m) continue;
    const code = normalizeCode(m[1]!);
    if (entryCodeOf(code) !== eccn) continue;
    let coverage: Coverage = code === eccn ? 'yes' : listCoverage([{ code, except: [] }], paragraph);
    if (coverage === 'no') continue;
    if (m[2]!.trim()) coverage = 'unknown';
    out.push(
      finding({
        kind: 'all-destinations',
        reason: 'All destinations',
        outcome: 'license-required',
        citation: list.citation ? `15 CFR § ${list.citation.replace(/^15 C\.F\.R\.\s*/, '')}` : CITE.allDestinations,
        condition: coverage === 'unknown' ? `if the item is ${e.text}` : null,
        text: `${e.text}: ${list.note}${e.govOnly && list.govOnlyCondition ? ` ${list.govOnlyCondition}` : ''}`,
      }),
    );
  }
  return out;
}

function destinationFindings(eccn: string, paragraph: string | null, ear99: boolean, dest: ResolvedDestination): Finding[] {
  const out: Finding[] = [];
  const d = dest.view;
  if (dest.row?.kind === 'embargoed') {
    const pointer = dest.row.embargoPointer ?? '';
    out.push(
      finding({
        kind: 'embargo',
        reason: 'Embargo',
        outcome: 'other-provision',
        citation: citationIn(pointer) ?? CITE.embargoes,
        text: `${dest.row.name} is an embargoed destination. ${pointer} The chart's empty cells for it carry no permissive meaning.`,
      }),
    );
  }
  if (dest.russiaBelarus) {
    out.push(
      ear99
        ? finding({
            kind: 'russia-belarus',
            reason: 'Russia/Belarus',
            outcome: 'other-provision',
            citation: CITE.russiaBelarus,
            text: `§ 746.8 also requires a license to ${d.name} for certain EAR99 items (those its supplements list by Harmonized Tariff Schedule code, and certain EAR99 software): check the item against them.`,
          })
        : finding({
            kind: 'russia-belarus',
            reason: 'Russia/Belarus',
            outcome: 'license-required',
            citation: CITE.russiaBelarus,
            text: `§ 746.8(a)(1) requires a license to ${d.name} for every item on the CCL, whatever the chart shows.`,
          }),
    );
  }
  for (const f of d.footnotes) {
    if (dest.row?.kind === 'embargoed') break;
    const mentions = ear99 ? [] : codesMentioned(f.text).filter((c) => entryCodeOf(c) === eccn);
    const cite = `${CITE.chart}, footnote ${f.number}`;
    if (mentions.length) {
      const reach = mentions.some((c) => c === eccn || (paragraph !== null && within(paragraph, c)))
        ? 'yes'
        : mentions.some((c) => paragraph === null || within(c, paragraph))
          ? 'unknown'
          : 'no';
      if (reach === 'no') continue;
      const requires = /license is (?:still )?required/i.test(f.text);
      out.push(
        finding({
          kind: 'chart-footnote',
          reason: `Footnote ${f.number}`,
          outcome: requires ? 'license-required' : 'other-provision',
          citation: cite,
          condition: `if the item is as footnote ${f.number} describes it`,
          text: `Footnote ${f.number} to the chart names ${mentions.join(', ')} for ${dest.row?.name ?? d.name}: "${f.text}"`,
        }),
      );
    } else if (/§\s*746\.\d/.test(f.text)) {
      out.push(
        finding({
          kind: 'chart-footnote',
          reason: `Footnote ${f.number}`,
          outcome: 'other-provision',
          citation: `${cite}; ${citationIn(f.text) ?? CITE.embargoes}`,
          text: `Footnote ${f.number} to the chart for ${dest.row?.name ?? d.name}: "${f.text}"`,
        }),
      );
    }
  }
  return out;
}

function overall(findings: readonly Finding[], dest: ResolvedDestination, ear99: boolean): OverallOutcome {
  if (findings.some((f) => f.outcome === 'license-required')) return 'license-required';
  if (dest.row?.kind === 'embargoed') return 'embargoed';
  if (!dest.row) return 'indeterminate';
  if (findings.some((f) => f.outcome === 'other-provision')) return 'other-provision';
  return ear99 ? 'no-license-required-by-ccl' : 'not-required-by-chart';
}

function summaryOf(outcome: OverallOutcome, conditional: boolean, findings: readonly Finding[], item: string, d: DestinationView): string {
  const required = [...new Set(findings.filter((f) => f.outcome === 'license-required').map((f) => f.reason))];
  switch (outcome) {
    case 'license-required':
      return `${conditional ? 'A license may be required' : 'License required'} for ${item} to ${d.name} (${required.join(', ')})${conditional ? ', depending on what the item is (see the conditions)' : ''}${d.embargoed ? `; ${d.name} is embargoed (Part 746)` : ''}.`;
    case 'embargoed':
      return `${d.name} is embargoed: Part 746 decides whether ${item} needs a license (the chart's pointer: ${findings.find((f) => f.kind === 'embargo')?.citation ?? CITE.embargoes}).`;
    case 'indeterminate':
      return `Indeterminate: the Commerce Country Chart has no row for ${d.name} and the chart file names no row it inherits, so no answer is given.`;
    case 'other-provision':
      return `The chart does not settle ${item} to ${d.name}: ${[...new Set(findings.filter((f) => f.outcome === 'other-provision').map((f) => f.reason))].join(', ')} point to other provisions of the EAR.`;
    case 'not-required-by-chart':
      return `No license required by the Commerce Country Chart for ${item} to ${d.name}, for the reasons checked, and subject to what was not checked below.`;
    case 'no-license-required-by-ccl':
      return `EAR99: no license required by the CCL to ${d.name}; embargoes, end-use and end-user controls still apply (see below).`;
  }
}

export function notChecked(d: DestinationView, russiaBelarus: boolean): string[] {
  return [
    `End-use and end-user controls (${CITE.endUse}): the Entity List (Supp. No. 4 to Part 744) and the other parties found by screening, military end uses and end users, and WMD-related end uses were not evaluated. Screen every party and check the end use.`,
    russiaBelarus
      ? `Russia and Belarus (${CITE.russiaBelarus}): the license requirement for ${d.name} is shown; the license exceptions of § 746.8(c), the licensing policy and the foreign direct product rules were not evaluated.`
      : `Russia and Belarus (${CITE.russiaBelarus}): a license is required for every item on the CCL going to Russia or Belarus; only the destination given (${d.name}) was checked, not a reexport, transfer or diversion there.`,
    `General Prohibitions Four to Ten (${CITE.generalProhibitions}): denial orders, end-use and end-user prohibitions, embargo rules beyond the chart's pointer, activities of U.S. persons, in-transit shipments, license conditions and proceeding with knowledge of a violation were not evaluated.`,
    'Reexports and foreign-made items: de minimis (15 CFR § 734.4) and the foreign direct product rules (15 CFR § 734.9) were not evaluated; the answer is for an export of the item as classified.',
    'License exceptions are candidates only: value limits, end-user and reporting conditions, and the restrictions of 15 CFR § 740.2 were not checked.',
  ];
}

/** The United States and its territories have no chart row: a shipment there is not an export. */
function notAnExport(
  item: string,
  eccn: string,
  paragraph: string | null,
  ear99: boolean,
  entry: EntryForDetermination | null,
  dest: ResolvedDestination,
): DeterminationResult {
  const d = dest.view;
  return {
    item: { eccn, paragraph, heading: entry?.heading ?? null, ear99 },
    destination: d,
    outcome: 'indeterminate',
    conditional: false,
    summary: `Indeterminate: ${d.name} is not an export destination, so the Commerce Country Chart has no row for it and no answer is given for ${item}.`,
    findings: [
      finding({
        kind: 'destination',
        reason: 'Destination',
        outcome: 'other-provision',
        citation: '15 CFR § 772.1 ("United States"); 15 CFR § 734.13',
        text: `${d.name} is part of the United States under the EAR: a shipment that stays there is not an export, and the chart has no row for it. Give the country the item is going to.`,
      }),
    ],
    exceptions: [],
    notChecked: notChecked(d, false),
    notes: [],
  };
}

export function determine(input: DetermineInput): DeterminationResult {
  const code = input.destination.trim().toUpperCase();
  if (!isCountryCode(code)) {
    throw new AppError('INVALID_INPUT', `"${input.destination}" is not a destination ExportDesk knows: give its ISO 3166 two-letter code (DE for Germany)`, {
      field: 'destination',
    });
  }
  const ear99 = isEar99(input.eccn);
  if (!ear99 && !input.entry) throw new AppError('INVALID_INPUT', `${input.eccn}: the CCL entry is needed to determine a license requirement`, { field: 'eccn' });
  const eccn = ear99 ? EAR99 : normalizeCode(input.eccn);
  const paragraph = !ear99 && input.paragraph && normalizeCode(input.paragraph) !== eccn ? normalizeCode(input.paragraph) : null;
  if (paragraph && entryCodeOf(paragraph) !== eccn) {
    throw new AppError('INVALID_INPUT', `${paragraph} is not a paragraph of ${eccn}`, { field: 'paragraph' });
  }

  const dest = resolveDestination(code, input.chart, input.groups);
  const d = dest.view;
  const item = ear99 ? EAR99 : (paragraph ?? eccn);
  if (UNITED_STATES.includes(code) && !dest.row) return notAnExport(item, eccn, paragraph, ear99, input.entry, dest);
  const facts: DestinationFacts = { code, rowCode: dest.row?.code ?? null, groups: d.groups, footnoteTexts: d.footnotes.map((f) => f.text) };
  const notes: string[] = [];
  if (d.chartRowVia) notes.push(d.chartRowVia);
  if (d.groupsVia) notes.push(d.groupsVia);
  if (!dest.row) {
    notes.push(
      `The chart has no row for ${d.name} and the chart file names none it inherits (15 CFR § 738.3(b) states the principle, but BIS publishes no full list of territories). Nothing is concluded for it.`,
    );
  }

  const findings: Finding[] = [];
  if (ear99) {
    findings.push(ear99Finding(d.name, dest.row !== null));
  } else {
    const entry = input.entry!;
    const rows = parseControlRows(eccn, entry.chartRows, input.chart.columns, input.chart.names);
    for (const row of rows) findings.push(rowFinding(row, paragraph, eccn, dest, facts, input.chart));
    if (rows.length === 0) {
      findings.push(
        finding({
          kind: 'control-row',
          reason: entry.reasonsForControl.join(', ') || '?',
          outcome: 'other-provision',
          citation: `Supp. No. 1 to 15 CFR Part 774 (${eccn})`,
          text: `${eccn} lists no Country Chart rows; its License Requirements must be read in the entry itself.`,
        }),
      );
    }
    findings.push(...allDestinationFindings(eccn, paragraph, input.chart));
  }
  findings.push(...destinationFindings(eccn, paragraph, ear99, dest));

  const outcome = overall(findings, dest, ear99);
  const required = findings.filter((f) => f.outcome === 'license-required');
  const conditional = required.length > 0 && required.every((f) => f.condition !== null);
  const exceptions = ear99
    ? []
    : exceptionCandidates(input.entry!.licenseExceptions, {
        eccn,
        paragraph,
        requiredReasons: required.filter((f) => f.kind === 'control-row').map((f) => f.reason),
        destination: {
          code,
          name: d.name,
          rowCode: dest.row?.code ?? null,
          groups: d.groups,
          groupsKnown: d.groupsKnown,
          embargoed: d.embargoed,
          russiaBelarus: dest.russiaBelarus,
          embargoCitation: dest.row?.embargoPointer ? citationIn(dest.row.embargoPointer) : null,
        },
      });

  return {
    item: { eccn, paragraph, heading: input.entry?.heading ?? null, ear99 },
    destination: d,
    outcome,
    conditional,
    summary: summaryOf(outcome, conditional, findings, item, d),
    findings,
    exceptions,
    notChecked: notChecked(d, dest.russiaBelarus),
    notes,
  };
}
