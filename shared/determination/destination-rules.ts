/**
 * CCL rows that state their own destinations instead of naming a chart column ("To or within any
 * destination worldwide", "China, Russia, or Venezuela", "See § 746.1(b) for UN controls"). Only
 * forms read with certainty become a rule; anything else stays 'unknown' and the finding sends the
 * reader to the cited section.
 */

export type DestinationRule =
  | { kind: 'all'; except: string[] }
  /** Countries named outright are in even when a group exclusion would take them out (the UAE). */
  | { kind: 'listed'; countries: string[]; groups: string[]; excludingGroups: string[] }
  /** § 746.1(b): the destinations the chart marks with the UN-sanctions footnote. */
  | { kind: 'un-sanctions' }
  | { kind: 'unknown' };

export interface DestinationFacts {
  code: string;
  /** The chart row used for it (Hong Kong -> CN). */
  rowCode: string | null;
  groups: readonly string[];
  footnoteTexts: readonly string[];
}

export type RuleMatch = 'named' | 'not-named' | 'unknown';

const GROUP = /\b([ADE]:[1-6])\b/g;

/** Lower case without accents, curly apostrophes made straight: how names are compared. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");
}

/**
 * ISO codes of the destinations a text names, longest names first so "Equatorial Guinea" is not
 * read as "Guinea". Short aliases ("uk", "prc") are ignored: they match inside ordinary words.
 */
export function namedDestinations(text: string, names: Record<string, string>): string[] {
  return scanNames(text, names).codes;
}

/** The codes named and the text left once the names are blanked out. */
function scanNames(text: string, names: Record<string, string>): { codes: string[]; rest: string } {
  let t = fold(text);
  const found: string[] = [];
  const candidates = Object.entries(names)
    .filter(([n]) => n.length >= 4)
    .sort((a, b) => b[0].length - a[0].length);
  for (const [name, code] of candidates) {
    const re = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'u');
    const m = re.exec(t);
    if (!m) continue;
    if (!found.includes(code)) found.push(code);
    const start = m.index + m[1]!.length;
    t = t.slice(0, start) + ' '.repeat(name.length) + t.slice(start + name.length);
  }
  return { codes: found, rest: t };
}

export function parseDestinationRule(text: string, names: Record<string, string>): DestinationRule {
  const t = text.trim();
  if (/UN controls/i.test(t)) return { kind: 'un-sanctions' };
  // § 742.15(a)(1): a license for EI items to every destination except Canada.
  if (/^Refer to § 742\.15\b/.test(t)) return { kind: 'all', except: ['CA'] };
  if (/^To or within any destination worldwide\b/i.test(t) || /^Worldwide control\b/i.test(t)) return { kind: 'all', except: [] };
  const all = /license is required for all destinations(?:,\s*except\s+([^,.;]+))?/i.exec(t);
  if (all) {
    const except = all[1] ? namedDestinations(all[1], names) : [];
    if (all[1] && except.length === 0) return { kind: 'unknown' };
    return { kind: 'all', except };
  }
  if (/^See § 746\.8\b/.test(t)) {
    const ru = namedDestinations('Russia Belarus', names);
    return ru.length === 2 ? { kind: 'listed', countries: ru, groups: [], excludingGroups: [] } : { kind: 'unknown' };
  }
  const within = /^To or within (.+?)(?:\.\s+See\b|,\s+see\b|\.?$)/i.exec(t);
  if (within) {
    const [include, exclude = ''] = within[1]!.split(/,?\s*excluding\b/i);
    const groups = [...include!.matchAll(GROUP)].map((m) => m[1]!);
    if (/\bCountry Group B\b/.test(include!)) groups.push('B');
    const countries = namedDestinations(include!, names);
    const excludingGroups = [...exclude.matchAll(GROUP)].map((m) => m[1]!);
    if (!groups.length && !countries.length) return { kind: 'unknown' };
    return { kind: 'listed', countries, groups, excludingGroups };
  }
  // "China, Russia, or Venezuela (see § 742.6(a)(7))": nothing but names before the citation.
  const list = /^([^()]+?)\s*\(see §.*\)\.?$/i.exec(t);
  if (list) {
    const { codes, rest } = scanNames(list[1]!, names);
    if (codes.length && rest.replace(/,|\bor\b|\band\b|\s/g, '') === '') {
      return { kind: 'listed', countries: codes, groups: [], excludingGroups: [] };
    }
    return { kind: 'unknown' };
  }
  // "A license is required for items controlled by this entry ... to Iraq or Pakistan ...".
  const sentence = /^A license is required\b(.*?)(?:\.\s|\.?$)/i.exec(t);
  if (sentence && !/\bexcept\b|\bnot listed\b|non-States/i.test(sentence[1]!)) {
    const countries = namedDestinations(sentence[1]!, names);
    if (countries.length) return { kind: 'listed', countries, groups: [], excludingGroups: [] };
  }
  return { kind: 'unknown' };
}

export function matchRule(rule: DestinationRule, d: DestinationFacts): RuleMatch {
  const codes = [d.code, d.rowCode].filter((c): c is string => c !== null);
  switch (rule.kind) {
    case 'all':
      return codes.some((c) => rule.except.includes(c)) ? 'not-named' : 'named';
    case 'listed':
      if (codes.some((c) => rule.countries.includes(c))) return 'named';
      if (rule.groups.some((g) => d.groups.includes(g)) && !rule.excludingGroups.some((g) => d.groups.includes(g))) return 'named';
      return 'not-named';
    case 'un-sanctions':
      return d.footnoteTexts.some((f) => /746\.1\(b\)/.test(f)) ? 'named' : 'not-named';
    default:
      return 'unknown';
  }
}

/** The destinations of a rule in words, for the finding's sentence. */
export function describeRule(rule: DestinationRule, nameOf: (code: string) => string): string {
  switch (rule.kind) {
    case 'all':
      return rule.except.length ? `all destinations except ${rule.except.map(nameOf).join(', ')}` : 'all destinations';
    case 'listed': {
      const parts = [...rule.countries.map(nameOf), ...(rule.groups.length ? [`Country Group ${rule.groups.join(', ')}`] : [])];
      return `${parts.join(', ')}${rule.excludingGroups.length ? ` (excluding Country Group ${rule.excludingGroups.join(', ')})` : ''}`;
    }
    case 'un-sanctions':
      return 'the destinations the chart marks for UN Security Council sanctions';
    default:
      return 'destinations this tool does not read from the text';
  }
}
