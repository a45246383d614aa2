/** 15 CFR citations found in CCL and chart texts, written the one way the answers print them. */

const SECTION = /\b(7[0-9]{2}\.[0-9]+(?:\([a-zA-Z0-9]+\))*)/g;
const PART = /\bpart\s+(7[0-9]{2})\b/gi;

/** "See §§ 742.6 and 746.3 of the EAR" -> "15 CFR §§ 742.6, 746.3"; null when the text cites nothing. */
export function citationIn(text: string): string | null {
  const sections = [...new Set([...text.matchAll(SECTION)].map((m) => m[1]!))];
  if (sections.length) return `15 CFR ${sections.length > 1 ? '§§' : '§'} ${sections.join(', ')}`;
  const parts = [...new Set([...text.matchAll(PART)].map((m) => m[1]!))];
  if (parts.length) return `15 CFR ${parts.length > 1 ? 'Parts' : 'Part'} ${parts.join(', ')}`;
  return null;
}

export const CITE = {
  procedure: '15 CFR § 738.4',
  chart: 'Supp. No. 1 to 15 CFR Part 738 (Commerce Country Chart)',
  groups: 'Supp. No. 1 to 15 CFR Part 740 (Country Groups)',
  allDestinations: '15 CFR § 738.3(a)(1)',
  territories: '15 CFR § 738.3(b)',
  embargoes: '15 CFR Part 746',
  russiaBelarus: '15 CFR § 746.8',
  endUse: '15 CFR Part 744',
  generalProhibitions: '15 CFR § 736.2(b)(4)-(10)',
  ear99: '15 CFR § 734.3(c)',
  unSanctions: '15 CFR § 746.1(b)',
} as const;
