/**
 * Weak tokens: name parts that say what kind of party something is, not which one. They count
 * little in a score and never make a match on their own ("BELLETECH CORP" vs "11420 CORP."). All
 * entries are written as normalizeName produces them: lower case ASCII, no punctuation, and dotted
 * abbreviations closed up ("L.L.C." -> "llc", "A.Ş." -> "as").
 *
 * Keeping a word out of these lists is the safe mistake (it only makes a near miss score higher);
 * putting a distinctive word in can hide a real match, so each list stays short and sourced.
 */

/**
 * Legal forms, abbreviated and spelled out. Source: the ISO 20275 Entity Legal Forms code list
 * (GLEIF, ELF) for the jurisdictions that recur on the SDN, Entity List and UN lists (Russia,
 * Ukraine, Belarus, Kazakhstan, China, Hong Kong, Iran, UAE, Turkey, the EU states, UK, US,
 * Singapore, Malaysia), plus the romanised Russian words that the Cyrillic forms transliterate to.
 */
export const LEGAL_FORMS: readonly string[] = [
  // English-speaking jurisdictions
  'llc', 'lc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company',
  'plc', 'lp', 'llp', 'pllc', 'pte', 'pty', 'pvt', 'private', 'bhd', 'berhad', 'sdn',
  'jsc', 'ojsc', 'cjsc', 'pjsc', 'fzco', 'fze', 'fzc', 'fzllc', 'dmcc', 'wll', 'spc', 'est',
  // Russia, Belarus, Kazakhstan, Ukraine (romanised)
  'ooo', 'oao', 'zao', 'pao', 'ao', 'nao', 'odo', 'chup', 'too', 'tov', 'prat', 'pat', 'pp', 'ip',
  'fgup', 'gup', 'mup', 'fgbu', 'fkp', 'ano', 'oop',
  'obshchestvo', 'obshestvo', 'ogranichennoy', 'ogranichennoi', 'otvetstvennostyu',
  'otvetstvennostiu', 'aktsionernoe', 'aktsionernoye', 'otkrytoe', 'otkrytoye',
  'zakrytoe', 'zakrytoye', 'publichnoe', 'publichnoye', 'tovarystvo', 'tovarishchestvo',
  // Continental Europe and Turkey
  'gmbh', 'ag', 'kg', 'kgaa', 'ohg', 'ug', 'ev', 'sa', 'sas', 'sarl', 'sarlau', 'srl', 'spa',
  'sl', 'slu', 'sau', 'bv', 'nv', 'cv', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'sp', 'oo', 'zoo',
  'spzoo', 'sro', 'doo', 'ad', 'ead', 'eood', 'ood', 'spol', 'kft', 'zrt', 'nyrt', 'ltda', 'sae',
  'aktiengesellschaft', 'gesellschaft', 'beschrankter', 'haftung', 'societe', 'anonyme',
  'sociedad', 'anonima', 'societa', 'sirketi', 'anonim', 'ticaret', 'liability',
  'joint', 'stock',
  // Iran, the Gulf, South Asia
  'sherkat', 'sahami', 'khass', 'aam',
  // China: the pinyin of 有限公司 / 股份有限公司 as anyAscii reads them, joined and split
  'youxian', 'gongsi', 'youxiangongsi', 'gufen', 'zeren',
  // Russian and Turkish for "company", "industry and trade" as romanised on the lists
  'kompaniya', 'kompania', 'sanayi', 've',
  // Japan, Korea
  'kk', 'kabushiki', 'kaisha', 'yk',
];

/**
 * Multi-word legal forms whose words are only weak together ("open", "public" are not weak alone).
 * Source: the spelled-out forms in ISO 20275 and in SDN entries (e.g. "PUBLIC JOINT STOCK COMPANY").
 */
export const LEGAL_FORM_PHRASES: readonly string[] = [
  'open joint stock company',
  'closed joint stock company',
  'public joint stock company',
  'joint public stock company',
  'non public joint stock company',
  'private joint stock company',
  'joint stock company',
  'limited liability company',
  'limited liability partnership',
  'limited partnership',
  'public limited company',
  'private limited company',
  'sole proprietorship',
  'federal state unitary enterprise',
  'state unitary enterprise',
  'unitary enterprise',
  'you xian gong si',
  'you xian ze ren gong si',
  'gu fen you xian gong si',
];

/**
 * Titles, ranks and honorifics. Source: those that occur inside names on the SDN and UN lists
 * (e.g. "MEHMOOD, Dr. Bashir Uddin", "MAHMUD, Mawlawi Fariduddin", "QARI SAIFULLAH TOKHI") and the
 * English forms of address; generational suffixes included.
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'hon', 'eng', 'engineer', 'esq',
  'gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant',
  'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'brig',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'cheikh', 'haji', 'hajji', 'hadji', 'alhaji', 'hajj',
  'mullah', 'mulla', 'mullo', 'maulana', 'mawlana', 'mawlawi', 'maulawi', 'maulavi', 'maulvi',
  'molvi', 'mawlavi', 'qari', 'hafiz', 'imam', 'ayatollah', 'hojatoleslam',
  'jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv',
];

/**
 * Articles, prepositions, conjunctions and name particles. Source: English and Romance function
 * words in company names, and the Arabic, Dutch, German, Spanish and Portuguese name particles
 * (al-, el-, ud-din, bin, ibn, ould, van, von, de, dos) as the SDN and UN lists romanise them. "bn"
 * is how anyAscii renders Arabic بن.
 */
export const PARTICLES: readonly string[] = [
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'et', 'und', 'y', 'e',
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le',
  'les', 'lo', 'van', 'von', 'ter', 'ten', 'zu',
  'al', 'el', 'ul', 'ud', 'ur', 'ad', 'ed', 'as', 'ash', 'az', 'ibn', 'bin', 'ben', 'bint',
  'binti', 'bte', 'bn', 'abu', 'abou', 'ould', 'wal', 'wa',
];

/**
 * Words that say what line of business an organisation is in. Source: the commonest words in
 * entity names on the SDN and Entity List that are not themselves distinctive (review of the
 * 2024-05 SDN file); "bank", "shipping", "oil" stay strong because they narrow who is meant.
 */
export const GENERIC_ORGANISATION_WORDS: readonly string[] = [
  'group', 'holding', 'holdings', 'international', 'intl', 'trading', 'trade', 'traders',
  'industries', 'industry', 'industrial', 'enterprise', 'enterprises', 'services', 'service',
  'commercial', 'import', 'export', 'imports', 'exports', 'general', 'branch', 'firm',
];

/**
 * Weak tokens for text that came from Arabic script, where anyAscii writes consonants only and the
 * Latin lists would misfire ("mr" is عمر, Omar, not Mister). Source: the particles of Arabic names as
 * anyAscii renders them: the article (al), bin / bint (bn, bnt), abu (bw), ould (wld).
 */
export const ABJAD_PARTICLES: ReadonlySet<string> = new Set(['al', 'bn', 'bnt', 'bw', 'wld']);

export const WEAK_TOKENS: ReadonlySet<string> = new Set(
  [...LEGAL_FORMS, ...HONORIFICS, ...PARTICLES, ...GENERIC_ORGANISATION_WORDS].filter(
    (w) => !w.includes(' '),
  ),
);

/** Phrases as token arrays, longest first so the longest phrase at a position wins. */
export const WEAK_PHRASES: readonly (readonly string[])[] = [
  ...LEGAL_FORM_PHRASES,
  ...HONORIFICS.filter((w) => w.includes(' ')),
]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Spellings of the same weak word, so "LTD" and "LIMITED" or "Sheikh" and "Shaykh" agree. Only weak
 * words here: they pair only with weak words, so a synonym never creates a match on its own.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ltd', 'limited'],
  ['co', 'company'],
  ['corp', 'corporation'],
  ['inc', 'incorporated'],
  ['intl', 'international'],
  ['pvt', 'private'],
  ['bhd', 'berhad'],
  ['holding', 'holdings'],
  ['industry', 'industries', 'industrial'],
  ['enterprise', 'enterprises'],
  ['service', 'services'],
  ['trade', 'trading', 'traders'],
  ['import', 'imports'],
  ['export', 'exports'],
  ['obshchestvo', 'obshestvo'],
  ['ogranichennoy', 'ogranichennoi'],
  ['otvetstvennostyu', 'otvetstvennostiu'],
  ['aktsionernoe', 'aktsionernoye'],
  ['otkrytoe', 'otkrytoye'],
  ['zakrytoe', 'zakrytoye'],
  ['publichnoe', 'publichnoye'],
  ['sheikh', 'shaikh', 'sheik', 'shaykh', 'cheikh'],
  ['haji', 'hajji', 'hadji', 'alhaji', 'hajj'],
  ['mulla', 'mullah', 'mullo'],
  ['mawlawi', 'maulawi', 'maulavi', 'maulvi', 'molvi', 'mawlavi'],
  ['maulana', 'mawlana'],
  ['dr', 'doctor'],
  ['prof', 'professor'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['adm', 'admiral'],
  ['rev', 'reverend'],
  ['eng', 'engineer'],
  ['jr', 'jnr'],
  ['sr', 'snr'],
  ['al', 'el', 'ul', 'ud', 'ur', 'ad', 'ed', 'ash', 'az'],
  ['bin', 'ben', 'ibn', 'bn'],
  ['bint', 'binti', 'bte', 'bnt'],
  ['abu', 'abou', 'bw'],
  ['ould', 'wld'],
];

export const WEAK_SYNONYMS: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((w) => [w, group[0]!] as const)),
);
