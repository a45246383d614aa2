/**
 * US license determination, § 738.4: for each reason for control of the item's ECCN (and
 * paragraph), look up the destination in the Commerce Country Chart. An X means a license is
 * required unless a license exception applies; no X means none is required for that reason only if
 * nothing else in the EAR requires one, so every answer lists what it did not check.
 */
import { entryCodeOf, normalizeCode } from '../control-lists/codes';
import { isCountryCode } from '../countries';
import { AppError } from '../errors';
import { CITE, citationIn } from './citations';
import { parseControlRows } from './control-rows';
import { resolveDestination, type ResolvedDestination } from './destination';
import type { DestinationFacts } from './destination-rules';
import { finding } from './finding';
import { footnoteFindings } from './footnote-findings';
import { parseFootnote } from './footnotes';
import { part746Findings } from './part-746';
import { ukraineRegion } from './regions';
import { reasonsWithoutRows } from './reasons-without-rows';
import { rowFinding } from './row-findings';
import { EAR99, ear99Finding, isEar99 } from './ear99';
import { exceptionCandidates } from './exceptions';
import { listCoverage, type Coverage } from './paragraphs';
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
        outcome: coverage === 'unknown' ? 'cannot-tell' : 'license-required',
        citation: list.citation ? `15 CFR § ${list.citation.replace(/^15 C\.F\.R\.\s*/, '')}` : CITE.allDestinations,
        condition: coverage === 'unknown' ? `if the item is ${e.text}` : null,
        text: `${e.text}: ${list.note}${e.govOnly && list.govOnlyCondition ? ` ${list.govOnlyCondition}` : ''}`,
      }),
    );
  }
  return out;
}

function overall(findings: readonly Finding[], dest: ResolvedDestination): OverallOutcome {
  if (findings.some((f) => f.outcome === 'license-required')) return 'license-required';
  if (!dest.row || findings.some((f) => f.outcome === 'cannot-tell')) return 'cannot-tell';
  return 'not-required';
}

function reasonsOf(findings: readonly Finding[], outcome: Finding['outcome']): string[] {
  return [...new Set(findings.filter((f) => f.outcome === outcome).map((f) => f.reason))];
}

/** The sections to read for the rules left open. */
function citationsToRead(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.outcome === 'cannot-tell').map((f) => f.citation))];
}

function summaryOf(outcome: OverallOutcome, findings: readonly Finding[], item: string, d: DestinationView, ear99: boolean): string {
  const required = findings.filter((f) => f.outcome === 'license-required');
  const open = reasonsOf(findings, 'cannot-tell');
  const toRead = citationsToRead(findings);
  switch (outcome) {
    case 'license-required':
      return `License required for ${item} to ${d.name}: ${[...new Set(required.map((f) => `${f.reason}${f.column ? ` (${f.column})` : ''}`))].join(', ')}${open.length ? `; also open: ${open.join(', ')}` : ''}.`;
    case 'cannot-tell':
      return `Cannot tell whether ${item} to ${d.name} needs a license: ${open.length ? `${open.join(', ')} could not be settled from ${ear99 ? 'the classification' : 'the paragraph and the chart'}. Read ${toRead.join('; ')}.` : 'the chart has no row for it.'}`;
    case 'not-required':
      return `No license required for ${item} to ${d.name} for the reasons checked (${[...new Set(findings.map((f) => f.reason))].join(', ')}), subject to what was not checked below.`;
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
    outcome: 'cannot-tell',
    requiredReasons: [],
    openReasons: ['Destination'],
    toRead: ['15 CFR § 772.1 ("United States"); 15 CFR § 734.13'],
    summary: `Cannot tell: ${d.name} is not an export destination, so the Commerce Country Chart has no row for it and no answer is given for ${item}.`,
    findings: [
      finding({
        kind: 'destination',
        reason: 'Destination',
        outcome: 'cannot-tell',
        citation: '15 CFR § 772.1 ("United States"); 15 CFR § 734.13',
        text: `${d.name} is part of the United States under the EAR: a shipment that stays there is not an export, and the chart has no row for it. Give the country the item is going to.`,
      }),
    ],
    exceptions: [],
    notChecked: notChecked(d, false),
    notes: [],
  };
}

/**
 * An ECCN given without its paragraph, whose rows are scoped to paragraphs: when every top-level
 * paragraph the snapshot holds needs a license, so does the item, whichever it is (4A090 to China:
 * .a worldwide, .b to D:1). Only that direction is drawn: a paragraph list can be incomplete, so
 * "every paragraph needs none" is never concluded from it.
 */
function everyParagraphRequires(input: DetermineInput, result: DeterminationResult): DeterminationResult {
  const top = [...new Set((input.entry?.paragraphs ?? []).map((p) => p.code).filter((c): c is string => c !== null && c.split('.').length === 2))];
  if (top.length === 0) return result;
  // Only requirements that hold outright count: one that holds "unless" words (NS for 4E001 "except
  // technology for 4A090") may not hold for the paragraph the item is in.
  const sure = top.map((paragraph) =>
    determine({ ...input, paragraph })
      .findings.filter((f) => f.outcome === 'license-required' && f.unless === null)
      .map((f) => f.reason),
  );
  if (!sure.every((reasons) => reasons.length > 0)) return result;
  const common = sure[0]!.filter((reason) => sure.every((r) => r.includes(reason)));
  const reasons = common.length ? common : [...new Set(sure.flat())];
  const item = result.item.eccn;
  const d = result.destination;
  const findings = [
    ...reasons.map((reason) =>
      finding({
        kind: 'control-row',
        reason,
        outcome: 'license-required',
        citation: `${CITE.procedure}; Supp. No. 1 to 15 CFR Part 774 (${item})`,
        text: `${reason}: every paragraph of ${item} this snapshot holds (${top.map((c) => c.slice(item.length + 1)).join(', ')}) needs a license to ${d.name}, so the item does whichever it is.`,
      }),
    ),
    ...result.findings,
  ];
  return {
    ...result,
    outcome: 'license-required',
    requiredReasons: reasonsOf(findings, 'license-required'),
    summary: summaryOf('license-required', findings, item, d, false),
    findings,
  };
}

export function determine(input: DetermineInput): DeterminationResult {
  const result = determineAsGiven(input);
  return result.outcome === 'cannot-tell' && !result.item.ear99 && result.item.paragraph === null ? everyParagraphRequires(input, result) : result;
}

function determineAsGiven(input: DetermineInput): DeterminationResult {
  const code = input.destination.trim().toUpperCase();
  if (!isCountryCode(code) && !ukraineRegion(code)) {
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
  const rowCode = dest.row?.code ?? null;
  const facts: DestinationFacts = { code: d.region ? 'UA' : code, rowCode, groups: d.groups, footnoteTexts: d.footnotes.map((f) => f.text) };
  const notes: string[] = [];
  if (d.chartRowVia) notes.push(d.chartRowVia);
  if (d.groupsVia) notes.push(d.groupsVia);
  if (d.region) notes.push(`The ${d.name} has no row of its own: Ukraine's row and Country Groups are read, and § 746.6 applies on top of them.`);
  if (!dest.row) {
    notes.push(
      `The chart has no row for ${d.name} and the chart file names none it inherits (15 CFR § 738.3(b) states the principle, but BIS publishes no full list of territories). Nothing is concluded for it.`,
    );
  }
  const footnotes = dest.row?.kind === 'embargoed' ? [] : d.footnotes.map((f) => ({ ...f, rule: parseFootnote(f.text) }));

  // Part 746 first: an embargo or § 746.8 requires a license whatever the paragraph.
  const findings: Finding[] = part746Findings(eccn, paragraph, ear99, dest);
  const columnsRead = new Set<string>();
  if (ear99) {
    findings.push(ear99Finding(d.name, dest.row !== null));
  } else {
    const entry = input.entry!;
    const rows = parseControlRows(eccn, entry.chartRows, input.chart.columns, input.chart.names);
    const ctx = { eccn, paragraph, dest, facts, chart: input.chart, footnotes };
    for (const row of rows) {
      findings.push(rowFinding(row, ctx));
      if (row.target.kind === 'column') columnsRead.add(row.target.column);
    }
    if (rows.length === 0) {
      findings.push(
        finding({
          kind: 'control-row',
          reason: entry.reasonsForControl.join(', ') || '?',
          outcome: 'cannot-tell',
          citation: `Supp. No. 1 to 15 CFR Part 774 (${eccn})`,
          text: `${eccn} lists no Country Chart rows; its License Requirements must be read in the entry itself.`,
        }),
      );
    } else {
      findings.push(...reasonsWithoutRows(eccn, paragraph, entry.reasonsForControl, rows));
    }
    findings.push(...allDestinationFindings(eccn, paragraph, input.chart));
  }
  const fromFootnotes = footnoteFindings(eccn, paragraph, ear99, dest, footnotes, columnsRead);
  findings.push(...fromFootnotes.findings);
  notes.push(...fromFootnotes.notes);

  const outcome = overall(findings, dest);
  const requiredReasons = reasonsOf(findings, 'license-required');
  const exceptions = ear99
    ? []
    : exceptionCandidates(input.entry!.licenseExceptions, {
        eccn,
        paragraph,
        requiredReasons: findings.filter((f) => f.outcome === 'license-required' && f.kind === 'control-row').map((f) => f.reason),
        destination: {
          code: facts.code,
          name: d.name,
          rowCode,
          groups: d.groups,
          groupsKnown: d.groupsKnown,
          embargoed: d.embargoed,
          russiaBelarus: dest.russiaBelarus,
          region: d.region !== null,
          embargoCitation: dest.row?.embargoPointer ? citationIn(dest.row.embargoPointer) : null,
        },
      });

  return {
    item: { eccn, paragraph, heading: input.entry?.heading ?? null, ear99 },
    destination: d,
    outcome,
    requiredReasons,
    openReasons: reasonsOf(findings, 'cannot-tell'),
    toRead: citationsToRead(findings),
    summary: summaryOf(outcome, findings, item, d, ear99),
    findings,
    exceptions,
    notChecked: notChecked(d, dest.russiaBelarus),
    notes,
  };
}
