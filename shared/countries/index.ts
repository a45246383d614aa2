import en from 'i18n-iso-countries/langs/en.json';

/**
 * ISO 3166-1 alpha-2 codes and the country names the lists use. Names come from the well-kept
 * i18n-iso-countries data; the aliases below are spellings that US and UN lists print and that
 * the ISO names do not cover (Country Chart: "Korea, North"; OFAC: "Burma"; UN: "Viet Nam").
 */
const ALIASES: Record<string, string> = {
  'korea, north': 'KP',
  'north korea': 'KP',
  "korea, democratic people's republic of": 'KP',
  "democratic people's republic of korea": 'KP',
  'korea, south': 'KR',
  burma: 'MM',
  syria: 'SY',
  'syrian arab republic': 'SY',
  'viet nam': 'VN',
  'lao peoples democratic republic': 'LA',
  "lao people's democratic republic": 'LA',
  laos: 'LA',
  'congo, democratic republic of the': 'CD',
  'congo (democratic republic)': 'CD',
  'congo, republic of the': 'CG',
  'congo (republic)': 'CG',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'iran (islamic republic of)': 'IR',
  'moldova, republic of': 'MD',
  'micronesia (federated states of)': 'FM',
  'macau': 'MO',
  'hong kong': 'HK',
  'the bahamas': 'BS',
  'bahamas, the': 'BS',
  'gambia, the': 'GM',
  'cabo verde': 'CV',
  'eswatini': 'SZ',
  'swaziland': 'SZ',
  'east timor': 'TL',
  'timor-leste': 'TL',
  'vatican city': 'VA',
  'holy see': 'VA',
  'kosovo': 'XK',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states of america': 'US',
  'turkey': 'TR',
  'brunei': 'BN',
  'russia': 'RU',
  'czech republic': 'CZ',
  'macedonia': 'MK',
  'the former yugoslav republic of macedonia': 'MK',
  'palestinian territories': 'PS',
  'west bank': 'PS',
  'gaza': 'PS',
  "cote d'ivoire": 'CI',
  'ivory coast': 'CI',
  'st. kitts and nevis': 'KN',
  'st. lucia': 'LC',
  'st. vincent and the grenadines': 'VC',
  'sao tome and principe': 'ST',
  'curacao': 'CW',
  'sint maarten': 'SX',
  'taiwan': 'TW',
  'tanzania': 'TZ',
};

const NAMES = new Map<string, string>();
const CODES = new Map<string, string>();
for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>)) {
  const list = Array.isArray(names) ? names : [names];
  CODES.set(code, list[0]!);
  for (const n of list) NAMES.set(fold(n), code);
}
CODES.set('XK', 'Kosovo');
for (const [name, code] of Object.entries(ALIASES)) NAMES.set(fold(name), code);

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ISO alpha-2 code of a country name or code as lists print it, or undefined. */
export function countryCode(nameOrCode: string): string | undefined {
  const t = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(t) && CODES.has(t.toUpperCase())) return t.toUpperCase();
  return NAMES.get(fold(t)) ?? NAMES.get(fold(t.replace(/^the /i, '')));
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && CODES.has(code);
}

export function countryName(code: string): string | undefined {
  return CODES.get(code.toUpperCase());
}

/** Every code with its English name, sorted by name, for pickers. */
export function allCountries(): { code: string; name: string }[] {
  return [...CODES.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}
