/**
 * The license exceptions an entry lists (LVS, GBS, ENC, ACE, ...) as candidates, with the limits
 * that can be checked from the classification and the destination's Country Groups. A candidate is
 * never a decision: every exception has conditions (value, end user, § 740.2) a person must confirm.
 */
import type { LicenseExceptionFlag } from '../control-lists/types';
import { CITE } from './citations';
import { listCoverage, parseParagraphList, type Coverage } from './paragraphs';
import type { ExceptionCandidate, ExceptionStatus } from './types';

/** Part 740 sections by symbol (15 CFR Part 740, as catalogued in the license-exceptions file). */
export const EXCEPTION_CATALOGUE: Record<string, { section: string; title: string }> = {
  LVS: { section: '§ 740.3', title: 'Shipments of limited value' },
  GBS: { section: '§ 740.4', title: 'Shipments to Country Group B countries' },
  SPP: { section: '§ 740.5', title: 'Syria Peace and Prosperity' },
  TSR: { section: '§ 740.6', title: 'Technology and software under restriction' },
  APP: { section: '§ 740.7', title: 'Computers' },
  NAC: { section: '§ 740.8', title: 'Notified Advanced Computing' },
  ACA: { section: '§ 740.8', title: 'Advanced Computing Authorized' },
  TMP: { section: '§ 740.9', title: 'Temporary imports, exports, reexports, and transfers (in-country)' },
  RPL: { section: '§ 740.10', title: 'Servicing and replacement of parts and equipment' },
  GOV: { section: '§ 740.11', title: 'Governments, international organizations, CWC inspections and the ISS' },
  GFT: { section: '§ 740.12', title: 'Gift parcels and humanitarian donations' },
  TSU: { section: '§ 740.13', title: 'Technology and software - unrestricted' },
  BAG: { section: '§ 740.14', title: 'Baggage' },
  AVS: { section: '§ 740.15', title: 'Aircraft, vessels and spacecraft' },
  APR: { section: '§ 740.16', title: 'Additional permissive reexports' },
  ENC: { section: '§ 740.17', title: 'Encryption commodities, software, and technology' },
  AGR: { section: '§ 740.18', title: 'Agricultural commodities' },
  CCD: { section: '§ 740.19', title: 'Consumer communications devices' },
  STA: { section: '§ 740.20', title: 'Strategic Trade Authorization' },
  SCP: { section: '§ 740.21', title: 'Support for the Cuban People' },
  ACE: { section: '§ 740.22', title: 'Authorized Cybersecurity Exports' },
  MED: { section: '§ 740.23', title: 'Medical devices' },
  IEC: { section: '§ 740.24', title: 'Implemented Export Control' },
  HBM: { section: '§ 740.25', title: 'High Bandwidth Memory' },
  RFF: { section: '§ 740.26', title: 'Restricted Fabrication Facility' },
  AIA: { section: '§ 740.27', title: 'Artificial Intelligence Authorization' },
  ACM: { section: '§ 740.28', title: 'Advanced Compute Manufacturing' },
  LPP: { section: '§ 740.29', title: 'Low Processing Performance' },
};

export interface DestinationLimit {
  /** Available only to destinations in one of these groups. */
  onlyGroups?: string[];
  /** Not available to destinations in any of these groups. */
  notGroups?: string[];
  /** Not available to these destinations (ISO codes). */
  notCountries?: string[];
  citation: string;
  /** Stated for some of the entry's items only: shown, but it does not rule the exception out. */
  advisory?: boolean;
}

/**
 * Destination limits the regulations attach to an exception whatever the entry says: LVS, GBS and
 * TSR are Country Group B exceptions (GBS and TSR "except Sudan and Ukraine"); ENC and ACE are not
 * for E:1 or E:2; STA paragraph (c)(1) is for A:5 and (c)(2) for A:6.
 */
export const BUILT_IN_LIMITS: Record<string, DestinationLimit[]> = {
  LVS: [{ onlyGroups: ['B'], citation: '15 CFR § 740.3(b)' }],
  GBS: [{ onlyGroups: ['B'], notCountries: ['SD', 'UA'], citation: '15 CFR § 740.4' }],
  TSR: [{ onlyGroups: ['B'], notCountries: ['SD', 'UA'], citation: '15 CFR § 740.6(a)' }],
  ENC: [{ notGroups: ['E:1', 'E:2'], citation: '15 CFR § 740.17' }],
  ACE: [{ notGroups: ['E:1', 'E:2'], citation: '15 CFR § 740.22' }],
  STA: [{ onlyGroups: ['A:5', 'A:6'], citation: '15 CFR § 740.20(c)(1)-(2)' }],
};

/** Exceptions that overcome a license requirement for national security reasons only. */
const NS_ONLY = new Set(['GBS', 'TSR']);

const GROUP_LIST = String.raw`([ABDE](?::[1-6])?(?:(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*,\s*or\s+)[ABDE](?::[1-6])?)*)`;

function groupsIn(list: string): string[] {
  return [...list.matchAll(/\b([ABDE](?::[1-6])?)\b/g)].map((m) => m[1]!);
}

/** Group limits the entry's own text states ("Yes, except to Country Group E:1 or E:2"). */
export function limitsInText(text: string): DestinationLimit[] {
  const out: DestinationLimit[] = [];
  const except = new RegExp(String.raw`except (?:to |for exports? (?:or reexports? )?to )?Country Groups? ${GROUP_LIST}`, 'i').exec(text);
  if (except) out.push({ notGroups: groupsIn(except[1]!), citation: 'the entry (Supp. No. 1 to 15 CFR Part 774)' });
  const outside = /outside of those countries listed in Country Group ([ABDE](?::[1-6])?)/i.exec(text);
  // "... outside of those countries listed in Country Group A:5 of “software” controlled by 5D001.a": scoped to some items.
  if (outside) out.push({ onlyGroups: [outside[1]!], citation: 'the entry (Supp. No. 1 to 15 CFR Part 774)', advisory: true });
  const na = /N\/A for ([^.;]*)/i.exec(text);
  if (na && /\b(Macau|Country Groups?)\b/.test(na[1]!)) {
    const groups = /Country Groups?\s+(.*)$/i.exec(na[1]!);
    out.push({
      notCountries: /\bMacau\b/.test(na[1]!) ? ['MO'] : [],
      notGroups: groups ? groupsIn(groups[1]!.split(/,?\s+or\s+destinations\b/)[0]!) : [],
      citation: 'the entry (Supp. No. 1 to 15 CFR Part 774)',
    });
  }
  return out;
}

export interface ExceptionDestination {
  code: string;
  name: string;
  rowCode: string | null;
  groups: readonly string[];
  groupsKnown: boolean;
  embargoed: boolean;
  /** Russia or Belarus: § 746.8(c) governs license exceptions. */
  russiaBelarus: boolean;
  /** The Crimea, DNR or LNR regions of Ukraine: § 746.6 governs license exceptions. */
  region: boolean;
  /** The chart's pointer for an embargoed destination ("See part 746 ..."). */
  embargoCitation: string | null;
}

export interface ExceptionContext {
  eccn: string;
  paragraph: string | null;
  destination: ExceptionDestination;
  /** Reasons for which a license was found required, to say what an NS-only exception leaves open. */
  requiredReasons: readonly string[];
}

/**
 * "4E001.a (for the “development” ... 4D004); and for 4E001.c": the parenthetical narrows 4E001.a in
 * words, so the list is read without it and 4E001.a is left open rather than taken whole.
 */
function withoutQualifiers(text: string): { text: string; qualified: string[] } {
  const qualified: string[] = [];
  let t = text.replace(/;\s*(?:and\s+)?for\s+/g, ', ');
  for (let i = 0; i < 3; i++) {
    t = t.replace(/(\S+)\s*\(([^()]*)\)/g, (_, before: string) => {
      qualified.push(before.replace(/[,;]$/, ''));
      return before;
    });
  }
  return { text: t, qualified };
}

/** A paragraph limit the text states: "Yes for 5A002.z.1.a, z.2.a", "$500 for 0A501.c, .d", "Yes, except 5A001.a, b.5". */
function paragraphLimit(text: string, eccn: string, paragraph: string | null): { coverage: Coverage; list: string } | null {
  const { text: plain, qualified } = withoutQualifiers(text.trim());
  const only = /^(?:Yes[,:]?\s*)?(?:\$[\d,]+\s+)?(?:for\s+)?(.+)$/i.exec(plain);
  if (only) {
    const list = only[1]!.split(/,\s*except\b|;\s|\.\s+See\b|\s+\(/i)[0]!.trim().replace(/[.,]$/, '');
    const refs = parseParagraphList(list, eccn);
    if (refs && refs.every((r) => r.code.startsWith(`${eccn}.`))) {
      let coverage = listCoverage(refs, paragraph);
      const narrowed = refs.filter((r) => qualified.some((q) => q.endsWith(r.code.slice(eccn.length)) || q === r.code)).map((r) => r.code);
      if (coverage === 'yes' && paragraph && narrowed.some((c) => paragraph === c || paragraph.startsWith(`${c}.`))) coverage = 'unknown';
      return { coverage, list: `only for ${list}${narrowed.length ? ` (${narrowed.join(', ')} only as the entry qualifies ${narrowed.length === 1 ? 'it' : 'them'})` : ''}` };
    }
  }
  const except = /^Yes,?\s+except(?:\s+for)?\s+(.+)$/i.exec(plain);
  if (except) {
    const list = except[1]!.split(/;\s|\.\s+See\b/i)[0]!.trim().replace(/[.,]$/, '');
    const refs = parseParagraphList(list, eccn);
    if (refs && refs.every((r) => r.code.startsWith(`${eccn}.`))) {
      const c = listCoverage(refs, paragraph);
      return { coverage: c === 'yes' ? 'no' : c === 'no' ? 'yes' : 'unknown', list: `not for ${list}` };
    }
  }
  return null;
}

/** "Yes, except for the following:" with nothing after it: the snapshot does not hold the list it announces. */
const CUT_LIST = /except(?:\s+for)?(?:\s+[“"]?software[”"]?\s+for)?\s+the following:?\s*$/i;

/** "License Exception STA may not be used to ship items specified by ECCN 4A005 [to ... Country Group A:6]". */
function staBars(text: string, eccn: string, paragraph: string | null): { coverage: Coverage; group: string | null; clause: string }[] {
  const out: { coverage: Coverage; group: string | null; clause: string }[] = [];
  for (const clause of text.split(/;\s*(?:and\s+)?/)) {
    const m = /may not be used (?:to ship(?: or transmit)?|for)\s+(.+?)(?:\s+to any of the destinations listed in Country Group ([A-E]:[1-6]))?\s*(?:\(See[^)]*\))?\.?$/i.exec(clause.trim());
    if (!m) continue;
    const what = m[1]!.replace(/^(?:any\s+)?(?:items?|commodit(?:y|ies)|[“"]?software[”"]?|[“"]?technology[”"]?)?\s*(?:specified\s+(?:by|in)|controlled\s+(?:by|in)|in)\s+(?:ECCN\s+)?/i, '');
    const refs = parseParagraphList(what, eccn);
    if (!refs || !refs.every((r) => r.code === eccn || r.code.startsWith(`${eccn}.`))) continue;
    const coverage: Coverage = refs.some((r) => r.code === eccn) ? 'yes' : listCoverage(refs, paragraph);
    out.push({ coverage, group: m[2] ?? null, clause: clause.trim() });
  }
  return out;
}

/** § 740.22(b)(2) and (c): ACE's end-user and end-use limits, which the Country Groups alone do not settle. */
function aceLimits(d: ExceptionDestination): string[] {
  const out = [
    '§ 740.22(c): ACE may not be used when you know or have reason to know the item will be used to affect the confidentiality, integrity or availability of information or information systems without authorization by the owner, operator or administrator.',
  ];
  const dGroups = d.groups.filter((g) => /^D:[1-5]$/.test(g));
  if (dGroups.length) {
    out.push(
      `§ 740.22(b)(2)(i): ${d.name} is in Country Group ${dGroups.join(', ')}; ACE does not authorize exports to its government end users, save the narrow cases that paragraph lists.`,
    );
    if (dGroups.some((g) => g === 'D:1' || g === 'D:5')) {
      out.push(
        `§ 740.22(b)(2)(ii): ${d.name} is in Country Group D:1 or D:5; to non-government end users there ACE covers only the purposes that paragraph lists (such as vulnerability disclosure and cyber incident response): confirm the end user and the purpose.`,
      );
    }
  }
  return out;
}

function describeLimit(l: DestinationLimit): string {
  const parts: string[] = [];
  if (l.onlyGroups?.length) parts.push(`only to Country Group ${l.onlyGroups.join(' or ')}`);
  if (l.notGroups?.length) parts.push(`not to Country Group ${l.notGroups.join(' or ')}`);
  if (l.notCountries?.length) parts.push(`not to ${l.notCountries.join(', ')}`);
  return `${parts.join('; ')} (${l.citation})${l.advisory ? ', for the items the entry names' : ''}`;
}

/** The first limit the destination fails, or null. */
function failedLimit(limits: readonly DestinationLimit[], d: ExceptionDestination): DestinationLimit | null {
  const codes = [d.code, d.rowCode].filter((c): c is string => c !== null);
  for (const l of limits) {
    if (l.advisory) continue;
    if (l.onlyGroups?.length && !l.onlyGroups.some((g) => d.groups.includes(g))) return l;
    if (l.notGroups?.some((g) => d.groups.includes(g))) return l;
    if (l.notCountries?.some((c) => codes.includes(c))) return l;
  }
  return null;
}

const STATUS_ORDER: ExceptionStatus[] = ['not-available', 'not-for-paragraph', 'not-for-destination', 'see-part-746', 'candidate'];

export function exceptionCandidates(flags: readonly LicenseExceptionFlag[], ctx: ExceptionContext): ExceptionCandidate[] {
  const d = ctx.destination;
  return flags.map((flag): ExceptionCandidate => {
    const symbol = flag.symbol.trim().toUpperCase();
    const known = EXCEPTION_CATALOGUE[symbol];
    const section = known ? `15 CFR ${known.section}` : null;
    const listed = flag.text.trim();
    const limits: string[] = [];
    const statuses: { status: ExceptionStatus; text: string }[] = [];
    const name = `${symbol}${section ? ` (${section})` : ''}`;

    if (/^N\/A\.?$/i.test(listed)) statuses.push({ status: 'not-available', text: `The entry does not allow ${symbol} ("N/A").` });
    if (CUT_LIST.test(listed)) {
      statuses.push({
        status: 'not-for-paragraph',
        text: `The entry allows ${symbol} "${listed}" but this snapshot does not hold the list of what it excludes: do not rely on ${symbol} until you have read that list in the CCL.`,
      });
    }
    if (symbol === 'STA') {
      for (const bar of staBars(listed, ctx.eccn, ctx.paragraph)) {
        if (bar.coverage === 'no') continue;
        const inGroup = bar.group ? d.groups.includes(bar.group) : true;
        if (bar.coverage === 'unknown' || (bar.group && !d.groupsKnown)) {
          limits.push(`As the entry states: "${bar.clause}" Whether it bars ${ctx.paragraph ?? ctx.eccn} depends on the paragraph.`);
        } else if (inGroup) {
          statuses.push({
            status: bar.group ? 'not-for-destination' : ctx.paragraph === null || bar.clause.includes(`ECCN ${ctx.eccn}`) ? 'not-available' : 'not-for-paragraph',
            text: `The entry bars STA here: "${bar.clause}"`,
          });
        }
      }
    }

    const para = paragraphLimit(listed, ctx.eccn, ctx.paragraph);
    if (para) {
      limits.push(`As the entry lists it: ${para.list}.`);
      if (para.coverage === 'no') statuses.push({ status: 'not-for-paragraph', text: `The entry allows ${symbol} ${para.list}; ${ctx.paragraph ?? ctx.eccn} is not among them.` });
      else if (para.coverage === 'unknown') limits.push(`Whether ${ctx.paragraph ?? ctx.eccn} qualifies depends on its paragraph.`);
    }

    const destLimits = [...(BUILT_IN_LIMITS[symbol] ?? []), ...limitsInText(listed)];
    for (const l of destLimits) limits.push(`Destination: ${describeLimit(l)}.`);
    if (!d.groupsKnown) {
      if (destLimits.length) limits.push(`Not checked: there is no Country Group data for ${d.name}.`);
    } else {
      const failed = failedLimit(destLimits, d);
      if (failed) {
        const inGroups = d.groups.length ? `Country Group ${d.groups.join(', ')}` : 'no Country Group';
        statuses.push({ status: 'not-for-destination', text: `${symbol} is available ${describeLimit(failed)}; ${d.name} is in ${inGroups}.` });
      }
    }
    if (d.embargoed) {
      statuses.push({
        status: 'see-part-746',
        text: `${d.name} is an embargoed destination: ${d.embargoCitation ?? CITE.embargoes} decides which license exceptions, if any, may be used.`,
      });
    } else if (d.russiaBelarus) {
      statuses.push({ status: 'see-part-746', text: `For ${d.name}, § 746.8(c) lists the only license exceptions that may be used (${CITE.russiaBelarus}).` });
    } else if (d.region) {
      statuses.push({ status: 'see-part-746', text: `For the ${d.name}, § 746.6 lists the only license exceptions that may be used (15 CFR § 746.6).` });
    }
    if (symbol === 'ACE') limits.push(...aceLimits(d));

    if (NS_ONLY.has(symbol)) {
      limits.push(`Overcomes a license requirement for national security (NS) reasons only (${section}).`);
      const others = ctx.requiredReasons.filter((r) => r !== 'NS');
      if (others.length) limits.push(`Does not overcome the license requirement for ${[...new Set(others)].join(', ')}.`);
    }
    if (symbol === 'STA') limits.push(`As the entry states: ${listed}`);

    statuses.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    const first = statuses[0];
    return {
      symbol,
      section,
      title: known?.title ?? null,
      listed,
      status: first?.status ?? 'candidate',
      limits,
      text:
        first?.text ??
        `Candidate: ${name} as the entry lists it ("${listed}"). Confirm every condition of ${section ?? 'the exception'} and the restrictions of § 740.2 before relying on it.`,
    };
  });
}
