/**
 * Reasons for control an entry names but prints no License Requirements row for. A reason that is
 * listed without a row is never read as "no license": either a section of Part 742 states where it
 * applies (CW for 1C351.d.15 and .16, § 742.18), or the answer stays open.
 */
import { entryCodeOf } from '../control-lists/codes';
import type { ParsedControlRow } from './control-rows';
import { within } from './paragraphs';
import { finding } from './finding';
import type { Finding } from './types';

const REASON = /\b(NS|MT|NP|CB|CW|RS|CC|AT|EI|FC|SL|SS|UN|SI)\b/g;

/**
 * § 742.18(a)(1): a license is required for CW reasons for the Schedule 1 chemicals of 1C351.d.15
 * (ricin) and 1C351.d.16 (saxitoxin) to all destinations, Canada included.
 */
const ALL_DESTINATIONS: Record<string, { codes: string[]; citation: string }> = {
  'CW 1C351': { codes: ['1C351.d.15', '1C351.d.16'], citation: '15 CFR § 742.18(a)(1)' },
};

const SECTION: Record<string, string> = {
  CW: '15 CFR § 742.18',
  SS: '15 CFR Part 754',
  SL: '15 CFR § 742.13',
  SI: '15 CFR § 742.14',
  UN: '15 CFR § 746.1(b)',
  EI: '15 CFR § 742.15',
};

/** The reason codes in the entry's reasons ("MT and AT", "CC 1", "RS AT" as some entries print them). */
export function reasonCodes(reasons: readonly string[]): string[] {
  return [...new Set(reasons.flatMap((r) => [...r.toUpperCase().matchAll(REASON)].map((m) => m[1]!)))];
}

export function reasonsWithoutRows(eccn: string, paragraph: string | null, reasons: readonly string[], rows: readonly ParsedControlRow[]): Finding[] {
  const withRows = new Set(rows.map((r) => r.reason));
  const out: Finding[] = [];
  for (const reason of reasonCodes(reasons)) {
    if (withRows.has(reason)) continue;
    const known = ALL_DESTINATIONS[`${reason} ${eccn}`];
    const base = { kind: 'reason-without-row' as const, reason, citation: known?.citation ?? SECTION[reason] ?? `Supp. No. 1 to 15 CFR Part 774 (${eccn})` };
    if (known) {
      const codes = known.codes.filter((c) => entryCodeOf(c) === eccn);
      const inside = paragraph !== null && codes.some((c) => within(paragraph, c));
      const coarser = paragraph === null || codes.some((c) => within(c, paragraph));
      if (inside) {
        out.push(finding({ ...base, outcome: 'license-required', text: `${reason}: ${known.citation.replace('15 CFR ', '')} requires a license for ${codes.join(' and ')} to all destinations, Canada included.` }));
      } else if (coarser) {
        out.push(
          finding({
            ...base,
            outcome: 'cannot-tell',
            condition: `if the item is in ${codes.join(' or ')}`,
            text: `${reason}: ${known.citation.replace('15 CFR ', '')} requires a license for ${codes.join(' and ')} to all destinations; give the paragraph to settle it.`,
          }),
        );
      } else {
        out.push(finding({ ...base, outcome: 'not-for-paragraph', text: `${reason} reaches ${codes.join(' and ')} only (${known.citation.replace('15 CFR ', '')}); ${paragraph} is not within them.` }));
      }
      continue;
    }
    out.push(
      finding({
        ...base,
        outcome: 'cannot-tell',
        text: `${eccn} lists ${reason} among its reasons for control but prints no Country Chart row for it: read the entry's License Requirements and ${SECTION[reason] ?? 'the section of Part 742 for that reason'}.`,
      }),
    );
  }
  return out;
}
