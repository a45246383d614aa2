/**
 * The regions of Ukraine under § 746.6 (15 CFR): the Crimea region and the so-called Donetsk
 * People's Republic (DNR) and Luhansk People's Republic (LNR) regions. They have no row of their own
 * in the Commerce Country Chart (they are Ukraine's), but § 746.6 requires a license for all items
 * subject to the EAR other than food and medicine designated EAR99 and certain EAR99 or 5D992.c
 * software for internet-based communications. Codes are the ISO 3166-2 subdivisions the regions
 * lie in; the DNR and LNR regions are those Executive Order 14065 names, which the oblast codes
 * stand for here.
 */
import { fold } from './destination-rules';

export interface UkraineRegion {
  code: string;
  name: string;
}

export const UKRAINE_REGIONS: Record<string, UkraineRegion> = {
  'UA-43': { code: 'UA-43', name: 'Crimea region of Ukraine' },
  'UA-40': { code: 'UA-40', name: 'Crimea region of Ukraine (Sevastopol)' },
  'UA-14': { code: 'UA-14', name: "so-called Donetsk People's Republic (DNR) region of Ukraine" },
  'UA-09': { code: 'UA-09', name: "so-called Luhansk People's Republic (LNR) region of Ukraine" },
};

/** Names a user may type for them, folded to lower case without accents. */
const REGION_NAMES: Record<string, string> = {
  crimea: 'UA-43',
  'crimea region': 'UA-43',
  'crimea region of ukraine': 'UA-43',
  'autonomous republic of crimea': 'UA-43',
  krym: 'UA-43',
  sevastopol: 'UA-40',
  donetsk: 'UA-14',
  'donetsk region': 'UA-14',
  dnr: 'UA-14',
  "donetsk people's republic": 'UA-14',
  "so-called donetsk people's republic": 'UA-14',
  luhansk: 'UA-09',
  lugansk: 'UA-09',
  'luhansk region': 'UA-09',
  lnr: 'UA-09',
  "luhansk people's republic": 'UA-09',
  "so-called luhansk people's republic": 'UA-09',
};

export function ukraineRegion(code: string): UkraineRegion | null {
  return UKRAINE_REGIONS[code.trim().toUpperCase()] ?? null;
}

/** The region code for a code or name as typed ("UA-43", "Crimea", "DNR"); null when it is none of them. */
export function ukraineRegionCode(raw: string): string | null {
  const t = raw.trim();
  if (UKRAINE_REGIONS[t.toUpperCase()]) return t.toUpperCase();
  const folded = fold(t).replace(/^the\s+/, '').replace(/\s+/g, ' ');
  return REGION_NAMES[folded] ?? null;
}
