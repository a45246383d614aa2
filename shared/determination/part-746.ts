/**
 * Part 746 (15 CFR): the destination rules that come before the chart. The comprehensive embargoes
 * (§ 746.2 Cuba, § 746.4 North Korea, § 746.7 Iran, § 746.9 Syria), § 746.6 for the Crimea, DNR and
 * LNR regions of Ukraine, and § 746.8 for Russia and Belarus. Each requires a license whatever the
 * item's paragraph, so a certain finding here outranks any open question the rows leave.
 */
import type { ResolvedDestination } from './destination';
import { finding } from './finding';
import type { Finding } from './types';

interface Embargo {
  citation: string;
  /** For an item on the CCL. */
  ccl: string;
  /** For an EAR99 item. */
  ear99: string;
}

/** Keyed by ISO code of the embargoed row. The texts restate the sections cited. */
const EMBARGOES: Record<string, Embargo> = {
  CU: {
    citation: '15 CFR § 746.2(a)',
    ccl: '§ 746.2(a) requires a license for every item subject to the EAR going to Cuba; only the license exceptions § 746.2(a)(2) lists may be used.',
    ear99: '§ 746.2(a) requires a license for every item subject to the EAR going to Cuba, EAR99 items included; only the license exceptions § 746.2(a)(2) lists may be used.',
  },
  KP: {
    citation: '15 CFR § 746.4(a)',
    ccl: '§ 746.4(a) requires a license for every item subject to the EAR going to North Korea, except food and medicine designated EAR99.',
    ear99: '§ 746.4(a) requires a license for every item subject to the EAR going to North Korea; the only EAR99 items it leaves out are food and medicine (as § 772.1 defines them).',
  },
  IR: {
    citation: '15 CFR § 746.7; 31 CFR Part 560',
    ccl: '§ 746.7(a) requires a BIS license for items on the CCL going to Iran, and the Iranian Transactions and Sanctions Regulations (31 CFR Part 560) prohibit the export without OFAC authorization; an OFAC authorization stands in for the BIS license (§ 746.7).',
    ear99: 'The Iranian Transactions and Sanctions Regulations (31 CFR § 560.204) prohibit exporting EAR99 items from the United States to Iran without OFAC authorization, and § 746.7 requires a BIS license for the EAR99 items its supplements list: an authorization is required.',
  },
  SY: {
    citation: '15 CFR § 746.9(a)',
    ccl: '§ 746.9(a) requires a license for every item subject to the EAR going to Syria, except food and medicine classified EAR99.',
    ear99: '§ 746.9(a) requires a license for every item subject to the EAR going to Syria except food and medicine classified EAR99; License Exception SPP (§ 740.5) may authorize other EAR99 items.',
  },
};

export const REGIONS_CITATION = '15 CFR § 746.6';
export const RUSSIA_BELARUS_CITATION = '15 CFR § 746.8';

export function part746Findings(eccn: string, paragraph: string | null, ear99: boolean, dest: ResolvedDestination): Finding[] {
  const out: Finding[] = [];
  const d = dest.view;
  if (dest.row?.kind === 'embargoed') {
    const e = EMBARGOES[dest.row.code];
    out.push(
      e
        ? finding({ kind: 'embargo', reason: 'Embargo', outcome: 'license-required', citation: e.citation, text: ear99 ? e.ear99 : e.ccl })
        : finding({
            kind: 'embargo',
            reason: 'Embargo',
            outcome: 'cannot-tell',
            citation: '15 CFR Part 746',
            text: `${dest.row.name} is an embargoed destination: ${dest.row.embargoPointer ?? 'see Part 746'} ExportDesk does not hold the rule for it.`,
          }),
    );
  }
  if (d.region) {
    const software = eccn === '5D992' && (paragraph === null || paragraph.startsWith('5D992.c'));
    out.push(
      ear99
        ? finding({
            kind: 'crimea-region',
            reason: 'Crimea/DNR/LNR',
            outcome: 'license-required',
            citation: REGIONS_CITATION,
            text: `§ 746.6 requires a license for every item subject to the EAR going to the ${d.name}; the only EAR99 items it leaves out are food and medicine, and certain software for internet-based communications (§ 746.6).`,
          })
        : software
          ? finding({
              kind: 'crimea-region',
              reason: 'Crimea/DNR/LNR',
              outcome: 'cannot-tell',
              citation: REGIONS_CITATION,
              condition: 'unless the software is for internet-based communications as § 746.6 describes it',
              text: `§ 746.6 requires a license for items subject to the EAR going to the ${d.name}, but leaves out certain 5D992.c software for internet-based communications: read § 746.6 for this software.`,
            })
          : finding({
              kind: 'crimea-region',
              reason: 'Crimea/DNR/LNR',
              outcome: 'license-required',
              citation: REGIONS_CITATION,
              text: `§ 746.6 requires a license for every item on the CCL going to the ${d.name}, whatever the chart shows for Ukraine.`,
            }),
    );
  }
  if (dest.russiaBelarus) {
    out.push(
      ear99
        ? finding({
            kind: 'russia-belarus',
            reason: 'Russia/Belarus',
            outcome: 'cannot-tell',
            citation: RUSSIA_BELARUS_CITATION,
            condition: 'if the item is among the EAR99 items the supplements to Part 746 list',
            text: `§ 746.8 also requires a license to ${d.name} for the EAR99 items its supplements list by Harmonized Tariff Schedule code and certain EAR99 software: check the item against them.`,
          })
        : finding({
            kind: 'russia-belarus',
            reason: 'Russia/Belarus',
            outcome: 'license-required',
            citation: RUSSIA_BELARUS_CITATION,
            text: `§ 746.8(a)(1) requires a license to ${d.name} for every item on the CCL, whatever the chart shows.`,
          }),
    );
  }
  return out;
}
