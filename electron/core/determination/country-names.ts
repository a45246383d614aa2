import { countryCode } from '../../../shared/countries';

/**
 * Spellings the Country Chart and Country Groups print that neither the ISO names nor the files'
 * own aliases resolve. Each is an EAR spelling, not a guess: "Cote d'lvoire" (lower-case L) is how
 * Supp. No. 1 to Part 740 prints Côte d'Ivoire.
 */
export const EAR_SPELLINGS: Record<string, string> = {
  moldova: 'MD',
  'micronesia (federated state of)': 'FM',
  "cote d'lvoire": 'CI',
  'congo (democratic republic of)': 'CD',
  'congo (democratic republic of the)': 'CD',
  'congo (republic of the)': 'CG',
  'china (prc)': 'CN',
  'sint maarten (the dutch two-fifths of the island of saint martin)': 'SX',
};

export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The ISO code of a country name as the file prints it: the ISO names and the spellings US lists
 * print (shared/countries), "&" read as "and", the EAR spellings above, then the file's aliases
 * that point at this name, if they agree (an alias may be a territory filed under its country:
 * "hong kong" -> "China (PRC)"). Undefined when none resolves it.
 */
export function resolveCountryName(name: string, fileAliases: Record<string, string>): string | undefined {
  const direct = countryCode(name) ?? countryCode(name.replace(/\s*&\s*/g, ' and '));
  if (direct) return direct;
  const folded = foldName(name);
  if (EAR_SPELLINGS[folded]) return EAR_SPELLINGS[folded];
  const codes = new Set<string>();
  for (const [alias, target] of Object.entries(fileAliases)) {
    if (foldName(target) !== folded) continue;
    const code = countryCode(alias);
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}
