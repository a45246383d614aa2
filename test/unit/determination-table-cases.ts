/**
 * A hand-worked table of US license determinations on the real published files of the eCFR issue
 * of 2026-07-23 (../shared/data/control-lists: us-ccl, us-country-chart, us-country-groups).
 *
 * Every expectation was worked out by reading the entry's control rows and the destination's chart
 * row, footnotes and Country Groups, and the regulation (15 CFR 738.3, 738.4, Part 742, Part 746,
 * Part 740) — never from the engine's output. Each case's `rule` says how.
 *
 * Facts of the files used throughout (read from the files, not from the engine):
 *  - No destination on the chart has an X in AT 1 or AT 2: an AT-only row never requires a license
 *    outside the embargoed rows (Cuba, Iran, North Korea, Syria have no marks and point to Part 746).
 *  - Germany, France, Japan: CB 1, NS 1, MT 1, RS 1 (footnote 3). United Kingdom and Australia: CB 1
 *    only, footnote 10. Canada: CB 1, FC 1. India: CB 1, NP 1, NS 1, MT 1, RS 1 (footnote 7).
 *    China: every column but FC 1, CC 2; Macau the same. Brazil: NS 2, RS 2, FC 1 and more, no NP.
 *    Mexico: CB 1, NS 1, MT 1, RS 1, FC 1, CC 1, CC 3. Ukraine: CB 1, NS 1, NS 2, MT 1, RS 1, RS 2,
 *    CC 1, CC 2 (footnote 9, § 746.6). Russia and Belarus: footnote 6 (§§ 746.5, 746.8).
 *  - Groups: UAE is A:5 only; Israel A:6 and D:2, D:3, D:4; Singapore, Taiwan, Albania A:6; India
 *    A:5; Macau D:1, D:3, D:4 (not D:5); China D:1, D:3, D:4, D:5 (Hong Kong filed under China);
 *    Saudi Arabia D:3, D:4; Pakistan D:2, D:3, D:4; Vietnam, Kazakhstan D:1, D:3; Venezuela, Iraq,
 *    Russia, Belarus D:1..D:5; Nicaragua D:1, D:5; Afghanistan D:3, D:5; Zimbabwe D:5.
 *    Not in Country Group B: China, Macau, Vietnam, Kazakhstan, Russia, Belarus, Venezuela, Iraq, ...
 *  - territoryInheritance: Hong Kong -> China, Liechtenstein -> Switzerland, Cayman Islands -> United
 *    Kingdom. Antarctica (AQ) has no row and no inheritance; the United States is not a destination.
 *  - § 742.15(a)(1): a license is required for EI items "to all destinations, except Canada".
 *  - § 738.3(a)(1) list (allDestinationsEntries): 0A983, 5E001.a (for 5A001.f.1), 5E980 (no license
 *    exceptions); 5A001.f.1, 5A980, 5D001 (for 5A001.f.1), 5D980 (GOV only).
 *  - §§ 746.2 (Cuba), 746.4 (North Korea), 746.7 (Iran), 746.9 (Syria): comprehensive embargoes.
 *    § 746.8(a)(1): a license for every item on the CCL to Russia or Belarus (EAR99 items only when
 *    listed by HTS code in the supplements: cannot tell from "EAR99"). § 746.6(a)(1)-(2): a license
 *    for any item subject to the EAR to Crimea, the DNR and the LNR, other than EAR99 food and
 *    medicine and 'software necessary to enable the exchange of personal communications over the
 *    internet' (the chart footnote 9 names "certain EAR99 or ECCN 5D992.c software").
 *  - The Ukrainian regions are part of Ukraine: the Ukraine chart row (footnote 9) still applies to
 *    them, so its X marks count besides § 746.6.
 */

export type Outcome = 'license-required' | 'not-required' | 'cannot-tell';
export type ExceptionStatus = 'candidate' | 'not-available' | 'not-for-paragraph' | 'not-for-destination' | 'see-part-746';

export interface TableCase {
  /** ECCN with or without paragraph, or EAR99. */
  item: string;
  /** ISO 3166 alpha-2, or UA-43 / UA-40 / UA-14 / UA-09. */
  to: string;
  /** The answer; a list only where the regulation leaves two answers defensible (said in `rule`). */
  outcome: Outcome | Outcome[];
  /** requiredReasons, as a set, when the answer is license-required (empty otherwise). */
  required: string[];
  /**
   * Labels that may also appear in requiredReasons without being wrong (e.g. 'AT' to an embargoed
   * destination, where §§ 742.8, 742.9, 742.19 add AT licence requirements; 'UN' with footnote 1).
   */
  mayAlso?: string[];
  exceptions?: Record<string, ExceptionStatus>;
  rule: string;
}

const LR = 'license-required' as const;
const NR = 'not-required' as const;
const CT = 'cannot-tell' as const;

function c(item: string, to: string, outcome: Outcome | Outcome[], required: string[], rule: string, extra: Partial<TableCase> = {}): TableCase {
  return { item, to, outcome, required, rule, ...extra };
}

const EMB_AT = { mayAlso: ['AT'] };

export const CASES: TableCase[] = [
  // ───────────── Category 0 ─────────────
  c('0A501.a', 'DE', LR, ['NS', 'RS'], 'NS and RS "entire entry except 0A501.y" -> NS 1 and RS 1, Germany has both; FC 1 no X; UN needs footnote 1, Germany has none; AT no X'),
  c('0A501.a', 'GB', LR, ['Footnote 10'], 'United Kingdom: CB 1 only, so no NS/RS/FC X; footnote 10 requires a license for 0A501 (except 0A501.y)'),
  c('0A501.a', 'AU', LR, ['Footnote 10'], 'Australia: CB 1 only; footnote 10 names 0A501 (except .y)'),
  c('0A501.y', 'GB', NR, [], 'footnote 10 says "0A501 (except for 0A501.y)"; NS/RS/FC rows all except 0A501.y; UN: no footnote 1 for the UK; AT no X'),
  c('0A501.y', 'DE', NR, [], 'NS/RS/FC "except 0A501.y"; UN (§ 746.1) only for footnote-1 destinations; AT no X'),
  c('0A501.a', 'CA', LR, ['FC'], 'Canada has FC 1 and FC applies to the entire entry except .y; no NS/RS X for Canada'),
  c('0A501.y', 'CA', NR, [], 'FC "entire entry except 0A501.y": .y is out; Canada has no other relevant X'),
  c('0A504.i', 'GB', LR, ['Footnote 10'], 'footnote 10 names 0A504.i; UK has no RS 1, FC 1, CC 1 X'),
  c('0A504.a', 'GB', NR, [], 'footnote 10 names only 0A504.i of this entry; FC (.a) and CC (entire) columns have no X for the UK; UN needs footnote 1'),
  c('0A504.a', 'CA', LR, ['FC'], 'FC applies to .a, .b, .c, .d, .e, .g, .i -> FC 1, Canada has FC 1; CC 1 no X for Canada'),
  c('0A504.f', 'CA', NR, [], 'FC row does not list .f; RS only .i; CC 1 no X for Canada; UN needs footnote 1'),
  c('0A504.i', 'DE', LR, ['RS'], 'RS applies to paragraph .i -> RS 1, Germany X; FC 1 and CC 1 no X for Germany'),
  c('0A504.i', 'MX', LR, ['RS', 'FC', 'CC'], 'Mexico has RS 1, FC 1 and CC 1; .i is in the RS row, the FC row and CC "entire entry"'),
  c('0A505.c', 'KP', LR, ['Embargo', 'AT'], 'AT row for 0A505.c: "a license is required ... to North Korea for anti-terrorism reasons" (§ 742.19); North Korea is embargoed (§ 746.4)'),
  c('0A505.c', 'DE', NR, [], 'NS/RS only .a and .x; FC entire except .d but Germany has no FC 1; CC only .b; the .c AT row names North Korea only; UN needs footnote 1'),
  c('0A998', 'RU', LR, ['Russian industry sector', 'Russia/Belarus'], 'the Russian industry sector row points to § 746.8 for this entry; § 746.8(a)(1) a license for every CCL item to Russia'),
  c('0A998', 'BY', LR, ['Russian industry sector', 'Russia/Belarus'], 'the same row and § 746.8 cover Belarus'),
  c('0A998', 'DE', NR, [], 'the only row is the Russian industry sector sanction (§ 746.8), which reaches Russia and Belarus only'),
  c('0A983', 'CA', LR, ['All destinations'], '0A983 is in the § 738.3(a)(1) list (no license exceptions): a license to every destination, Canada included', { mayAlso: ['CC'] }),
  c('0A979', 'CN', LR, ['CC'], 'CC applies to entire entry -> CC 1; China has CC 1'),
  c('0A979', 'DE', NR, [], 'CC 1: Germany has no X; no other row'),
  c('0A919', 'DE', CT, [], 'RS Column 1 "See § 742.6(a)(3) for license requirements", and Germany carries footnote 3 ("special provisions that apply to military commodities ... 0A919"): the chart X alone does not settle it'),
  c('0A919', 'CN', LR, ['RS'], 'RS 1 for the entire entry and China has RS 1; China has no footnote 3'),
  c('0A501.a', 'UA-40', LR, ['NS', 'RS', 'Crimea/DNR/LNR'], 'Sevastopol is in the Crimea region (§ 746.6(a)(1)); the Ukraine row has NS 1 and RS 1'),

  // ───────────── Category 1 ─────────────
  c('1C010.b', 'IN', CT, [], 'India has NP 1; NP applies to 1C010.a, .b and e.1 "that meet or exceed the control criteria of ECCN 1C210": depends on properties; NS 2 no X for India'),
  c('1C010.e.1', 'IN', CT, [], 'the same NP row names e.1 with the 1C210 criteria; India has no NS 2'),
  c('1C010.b', 'CN', LR, ['NS'], 'NS entire entry -> NS 2, China X (the NP row stays open but the answer is already yes)'),
  c('1C010.b', 'DE', NR, [], 'Germany has neither NS 2 nor NP 1: the NP condition cannot matter'),
  c('1C010.c', 'IN', NR, [], 'the NP row names .a, .b and e.1 only; India has no NS 2; AT no X'),
  c('1C351.d.15', 'DE', LR, ['CB', 'CW'], 'CB 1 for 1C351.d.15 and .16, Germany X; "CW applies to 1C351.d.15 and .d.16 and a license is required for CW reasons for all destinations" (§ 742.18)'),
  c('1C351.d.16', 'CA', LR, ['CB', 'CW'], 'Canada has CB 1 (d.16 named); CW to all destinations "including Australia, Canada, and the United Kingdom" (saxitoxin, C.A.S. 35523-89-8)'),
  c('1C351.d.16', 'GB', LR, ['CB', 'CW'], 'the UK has CB 1; CW names the UK expressly'),
  c('1C351.a.1', 'CA', NR, [], 'CB 1 only d.15/.16; CB 2 entire entry, Canada has no CB 2; CW only d.15/.16; AT no X'),
  c('1C351.a.1', 'CN', LR, ['CB'], 'CB 2 entire entry, China has CB 2'),
  c('1C350.b', 'CN', LR, ['CB'], 'CB 2 entire entry, China X; CW for .b reaches only States not Party to the CWC (China is a party), so it is not a certain requirement here'),
  c('1A004.d', 'BR', LR, ['NS', 'RS'], 'NS entire entry -> NS 2 and "RS apply to 1A004.d" -> RS 2; Brazil has both'),
  c('1A004.d', 'DE', NR, [], 'Germany has no NS 2 or RS 2; CB row is 1A004.c only'),
  c('1A004.c', 'CN', LR, ['NS'], 'NS 2, China X; the CB 2 row depends on a technical characteristic (not certain)'),
  c('1C992', 'IQ', LR, ['RS'], 'RS row: "a license is required ... to Iraq and transfer within Iraq for regional stability reasons" (§§ 742.6, 746.3)', { mayAlso: ['UN'] }),
  c('1C992', 'DE', NR, [], 'RS names Iraq only; Russian industry sector row is § 746.8 (Russia/Belarus); AT no X'),
  c('1C992', 'RU', LR, ['Russian industry sector', 'Russia/Belarus'], 'the Russian industry sector row and § 746.8(a)(1)'),
  c('1E002.e', 'DE', LR, ['NS', 'MT'], 'NS "entire entry, except 1E002.g" -> NS 1 and "MT applies to 1E002.e" -> MT 1; Germany has both', { exceptions: { TSR: 'not-for-paragraph' } }),
  c('1A231', 'CN', LR, ['NP'], 'one printed row holds "NP applies to entire entry ... NP Column 1"; China has NP 1'),
  c('1A231', 'DE', NR, [], 'Germany has no NP 1; AT no X'),
  c('1C991.c', 'CN', LR, ['CB'], 'CB applies to 1C991.c -> CB 3; China has CB 3'),
  c('1C991.c', 'DE', NR, [], 'CB applies to 1C991.c -> CB 3; Germany has no CB 3; AT no X'),
  c('1C991.a', 'CN', NR, [], 'CB row names .c only; AT no X'),

  // ───────────── Category 2 ─────────────
  c('2B999.a', 'PK', LR, ['RS'], 'RS row: a license is required for this entry, other than 2B999.h.2, to Pakistan (§ 742.6(a)(12))'),
  c('2B999.a', 'DE', NR, [], 'the RS row names Pakistan only, the AT row North Korea only: fully read, neither reaches Germany'),
  c('2B999.a', 'IN', NR, [], 'the same two rows reach Pakistan and North Korea only'),
  c('2B999.a', 'KP', LR, ['Embargo', 'AT'], 'AT row: "a license is required ... to North Korea for anti-terrorism reasons" (§ 742.19); § 746.4'),
  c('2B001.a', 'CN', LR, ['NS'], 'NS 2 entire entry, China X (NP row depends on machine properties)'),
  c('2B001.a', 'DE', NR, [], 'Germany has no NS 2 and no NP 1'),
  c('2B001.a', 'IN', CT, [], 'India has NP 1; the NP row for .a excepts turning machines of no more than 35 mm diameter: depends on the machine; no NS 2'),
  c('2B350', 'CN', LR, ['CB'], 'CB 2 entire entry; China X'),
  c('2B350', 'DE', NR, [], 'CB 2 entire entry; Germany has CB 1 only; AT no X'),
  c('2E003.b', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X', { exceptions: { TSR: 'not-for-paragraph' } }),
  c('2E003.a', 'DE', LR, ['NS'], 'NS 1 entire entry; TSR "Yes, except 2E003.b, .e and .f" leaves .a a candidate', { exceptions: { TSR: 'candidate' } }),
  c('2A983', 'BR', LR, ['RS'], 'RS 2 entire entry; Brazil has RS 2'),
  c('2A983', 'DE', NR, [], 'RS 2 entire entry; Germany has RS 1 only; AT no X'),
  c('2A001', 'CN', LR, ['NS'], 'NS 2 entire entry, China X'),
  c('2A001', 'DE', CT, [], 'NS 2 no X for Germany; MT applies to radial ball bearings of given tolerances and sizes (property) and Germany has MT 1'),
  c('2D001', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X'),

  // ───────────── Category 3 ─────────────
  c('3A001.b.2', 'DE', CT, [], 'NS 1 and RS 1 for MMIC amplifiers in 3A001.b.2 "except those ... for use in civil telecommunications": depends on the end use; Germany has NS 1 and RS 1 but not NS 2'),
  c('3A001.b.2', 'CN', LR, ['NS'], 'NS 2 entire entry, China X'),
  c('3A001.b.2', 'GB', NR, [], 'the UK has none of NS 1, NS 2, RS 1, MT 1: the civil-telecom condition cannot matter'),
  c('3A001.z.1.a', 'GB', LR, ['RS'], 'RS for 3A001.z.1.a: "To or within any destination worldwide" (§ 742.6(a)(6)(iii)(A))'),
  c('3A090.a', 'GB', LR, ['RS'], 'RS for 3A090.a: "To or within any destination worldwide" (§ 742.6(a)(6)(iii)(A))'),
  c('3A090.a', 'CA', LR, ['RS'], 'RS 3A090.a worldwide, Canada included'),
  c('3A090.b', 'AE', LR, ['RS'], 'the 3A090.b row names the United Arab Emirates outright'),
  c('3A090.b', 'IN', NR, [], 'India is in none of D:1, D:4, D:5 (and is A:5); not the UAE; AT no X'),
  c('3A090.b', 'IL', NR, [], 'Israel is in D:4 but also A:6: "excluding any destination also specified in Country Groups A:5 or A:6"'),
  c('3A090.b', 'VN', LR, ['RS'], 'Vietnam is D:1 and in neither A:5 nor A:6'),
  c('3A090.c', 'MO', LR, ['RS'], '"To or within Macau or a destination specified in Country Group D:5"'),
  c('3A090.c', 'DE', NR, [], 'Germany is neither Macau nor D:5'),
  c('3A090.c', 'VE', LR, ['RS'], '3A090.c row: Macau or Country Group D:5; Venezuela is D:5'),
  c('3A090.c', 'VN', NR, [], 'Vietnam is D:1 and D:3, not D:5, not Macau'),
  c('3D992', 'MO', LR, ['NS', 'RS'], 'NS and RS "entire entry": to Macau or D:5 (§§ 742.4(a)(4), 742.6(a)(6)(i))'),
  c('3E069', 'MO', LR, ['NS', 'RS'], 'NS 2 entire entry, Macau X; RS entire entry to Macau or D:5', { exceptions: { TSR: 'not-for-destination' } }),
  c('3E069', 'DE', NR, [], 'Germany has no NS 2 and is neither Macau nor D:5'),
  c('3E069', 'VN', LR, ['NS'], 'Vietnam has NS 2; it is not D:5, so the RS row does not reach it'),
  c('3E001', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X'),
  c('3E001', 'GB', NR, [], 'NS 1 entire entry: the UK row has CB 1 only; AT no X'),
  c('3A991', 'CN', NR, [], 'AT only; no destination has an AT X'),
  c('3A991', 'SY', LR, ['Embargo'], 'Syria: § 746.9 license for all items subject to the EAR', EMB_AT),
  c('3E003.f', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X; TSR "Yes, except .f and .g" (Germany is in Country Group B, so only the paragraph bars it)', { exceptions: { TSR: 'not-for-paragraph' } }),
  c('3D001', 'GB', CT, [], '3D001 without paragraph: rows for software for 3B001.q are "Worldwide control", others name commodities; the UK has no NS 1, so the answer depends on what the software is for'),

  // ───────────── Category 4 ─────────────
  c('4A005', 'DE', LR, ['NS'], 'NS applies to entire entry -> NS 1, Germany X; the RS rows are .z-scoped', { exceptions: { STA: 'not-available', GBS: 'not-available', LVS: 'not-available', ACE: 'candidate' } }),
  c('4A005', 'GB', CT, [], 'no NS 1 X for the UK; 4A005 without paragraph: the .z.1 RS row is worldwide, so it depends on whether the item meets 4A090.a'),
  c('4A005', 'CA', CT, [], 'as for the UK: Canada has no NS 1, and .z.1 would need a license worldwide'),
  c('4A005.z.1', 'GB', LR, ['RS'], 'RS 4A005.z.1 "To or within any destination worldwide"'),
  c('4A005.z.1', 'CA', LR, ['RS'], 'worldwide RS reaches Canada'),
  c('4A005.z.2', 'CN', LR, ['NS', 'RS'], 'China has NS 1; China is D:1/D:4/D:5 and not A:5/A:6'),
  c('4A005.z.2', 'AE', LR, ['NS', 'RS'], 'UAE has NS 1 and is named in the .z.2 row'),
  c('4A005.z.2', 'GB', NR, [], 'UK: no NS 1; not the UAE, not in D:1/D:4/D:5 (and A:5); AT no X'),
  c('4A005.z.2', 'IN', LR, ['NS'], 'India has NS 1; India is A:5 and in no D group, so the .z.2 RS row excludes it'),
  c('4A005.z.2', 'SG', LR, ['NS'], 'Singapore has NS 1; it is A:6, excluded from the .z.2 RS row'),
  c('4A005', 'IR', LR, ['Embargo'], 'Iran: no marks, § 746.7; ACE "except to Country Group E:1 or E:2"', { ...EMB_AT, exceptions: { ACE: 'not-for-destination' } }),
  c('4A005', 'KP', LR, ['Embargo'], 'North Korea: §§ 742.19 and 746.4; E:1', { ...EMB_AT, exceptions: { ACE: 'not-for-destination' } }),
  c('4A005.z.1', 'SY', LR, ['Embargo', 'RS'], 'Syria § 746.9; the .z.1 RS row is worldwide', EMB_AT),
  c('4A005', 'RU', LR, ['NS', 'Russia/Belarus'], 'Russia has NS 1; § 746.8(a)(1)'),
  c('4A005.z.2', 'BY', LR, ['NS', 'RS', 'Russia/Belarus'], 'Belarus has NS 1, is D:1/D:4/D:5 and not A:5/A:6; § 746.8'),
  c('4A005', 'HK', LR, ['NS'], 'Hong Kong reads the China row (85 FR 83788): NS 1'),
  c('4A005', 'MO', LR, ['NS'], 'Macau has its own row with NS 1'),
  c('4A005', 'RS', LR, ['NS'], 'Serbia (A:4, Country Group B) has NS 1'),
  c('4A005', 'US', CT, [], 'the United States is not an export destination on the chart'),
  c('4A005', 'AQ', CT, [], 'Antarctica: no chart row, no inheritance; no worldwide rule is certain for 4A005 without paragraph'),
  c('4A005.z.1', 'AQ', LR, ['RS'], '"To or within any destination worldwide" needs no chart row'),
  c('4A005', 'UA-43', LR, ['NS', 'Crimea/DNR/LNR'], 'Crimea: § 746.6(a)(1) any item subject to the EAR; the Ukraine row has NS 1'),
  c('4D004', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X; "STA may not be used ... 4D004"; TSR N/A', { exceptions: { STA: 'not-available', TSR: 'not-available', ACE: 'candidate' } }),
  c('4D004', 'GB', NR, [], 'NS 1 no X for the UK; AT no X; nothing else in the entry'),
  c('4D004', 'CA', NR, [], 'NS 1 entire entry: Canada has CB 1 and FC 1 only; AT no X'),
  c('4D004', 'AU', NR, [], 'Australia: CB 1 only; footnote 10 concerns firearms entries only'),
  c('4D004', 'CN', LR, ['NS'], 'NS applies to entire entry -> NS 1; China has NS 1'),
  c('4D004', 'IL', LR, ['NS'], 'NS 1 entire entry; Israel (A:6, D:2-D:4) has NS 1'),
  c('4D004', 'TW', LR, ['NS'], 'NS 1 entire entry; Taiwan (A:6, D:3) has NS 1'),
  c('4D004', 'EG', LR, ['NS'], 'Egypt (D:3, D:4) has NS 1'),
  c('4D004', 'BR', LR, ['NS'], 'NS 1 entire entry; Brazil (A:2, A:4) has NS 1'),
  c('4D004', 'MX', LR, ['NS'], 'NS 1 entire entry; Mexico (A:6) has NS 1'),
  c('4D004', 'CU', LR, ['Embargo'], 'Cuba § 746.2; Cuba is E:2, so ACE is not available', { ...EMB_AT, exceptions: { ACE: 'not-for-destination' } }),
  c('4D004', 'IR', LR, ['Embargo'], 'Iran: no chart marks, the row points to Part 746 (§ 746.7)', EMB_AT),
  c('4D004', 'RU', LR, ['NS', 'Russia/Belarus'], 'NS 1 entire entry, Russia X; § 746.8(a)(1) every CCL item'),
  c('4D004', 'BY', LR, ['NS', 'Russia/Belarus'], 'NS 1 entire entry, Belarus X; § 746.8(a)(1) every CCL item'),
  c('4D004', 'UA-14', LR, ['NS', 'Crimea/DNR/LNR'], 'Donetsk (DNR): § 746.6(a)(2); Ukraine row NS 1'),
  c('4D004', 'LI', LR, ['NS'], 'Liechtenstein takes the Switzerland row (footnote 5): NS 1'),
  c('4D004', 'KY', NR, [], 'the Cayman Islands take the United Kingdom row (§ 738.3(b)): no NS 1'),
  c('4D004', 'US', CT, [], 'the United States itself: not an export'),
  c('4E001.c', 'DE', LR, ['NS'], 'NS entire entry except technology for 4A090 or software in 4D090; 4E001.c is technology for intrusion software, not for 4A090 -> NS 1, Germany X'),
  c('4E001.c', 'CN', LR, ['NS'], 'the same NS row, China NS 1'),
  c('4E001.c', 'CU', LR, ['Embargo'], 'Cuba § 746.2; ACE excepts E:1/E:2', { ...EMB_AT, exceptions: { ACE: 'not-for-destination' } }),
  c('4E001', 'DE', CT, [], '4E001 without paragraph: NS excepts technology for 4A090 and the RS rows reach technology for 4A090.a etc.: depends on the technology'),
  c('4D001.a', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X'),
  c('4D001.a', 'GB', CT, [], 'UK has no NS 1; the worldwide RS row covers software for 4A005.z.1 (and 4A003.z.1.a, 4A004.z.1), which 4D001.a may be'),
  c('4D001.a', 'CN', LR, ['NS'], 'NS applies to entire entry -> NS 1; China has NS 1'),
  c('4A003.b', 'CN', LR, ['NS'], 'NS applies to 4A003.b, .c and .z.1 -> NS 1, China X'),
  c('4A003.g', 'DE', NR, [], 'NS for .g is Column 2, Germany has no NS 2; RS rows .z only; CC for finger-print computers needs CC 1 (Germany none); AT no X'),
  c('4A003.z.1.a', 'CA', LR, ['RS'], 'RS 4A003.z.1.a worldwide; NS 1 (z.1) no X for Canada'),
  c('4A003.z.2.b', 'CN', LR, ['NS', 'RS'], 'NS for z.2 is Column 2, China X; RS z.2.b row reaches D:1/D:4/D:5 not A:5/A:6'),
  c('4A003.z.2.b', 'DE', NR, [], 'Germany: no NS 2; not in the z.2.b RS row (A:5, no D group)'),
  c('4A090.a', 'CA', LR, ['RS'], 'RS for 4A090.a: "To or within any destination worldwide", Canada included'),
  c('4A090.b', 'CN', LR, ['RS'], 'China is D:1/D:4/D:5 and not A:5/A:6'),
  c('4A090.b', 'DE', NR, [], 'Germany is not in the .b row; AT no X'),
  c('4A090.b', 'IL', NR, [], 'Israel is D:4 but also A:6: excluded'),
  c('4A090.b', 'SA', LR, ['RS'], 'Saudi Arabia is D:4 and in neither A:5 nor A:6'),
  c('4A090.b', 'KZ', LR, ['RS'], 'Kazakhstan is D:1 (A:4 only, not A:5/A:6)'),
  c('4A090', 'DE', CT, [], '4A090 without paragraph: .a is worldwide, .b does not reach Germany'),
  c('4A090', 'CN', LR, ['RS'], '4A090 has only .a and .b; both RS rows reach China, so RS is certain whichever paragraph'),
  c('4D090', 'DE', CT, [], 'software for 4A090.a is worldwide, for 4A090.b does not reach Germany: depends on the software'),
  c('4A994', 'DE', NR, [], 'AT applies to entire entry; no destination has an AT X'),
  c('4A994', 'CU', LR, ['Embargo'], 'Cuba: no chart marks; § 746.2 a license for all items subject to the EAR', EMB_AT),
  c('4A994', 'RU', LR, ['Russia/Belarus'], '§ 746.8(a)(1): every CCL item; the chart has no AT X for Russia'),

  // ───────────── Category 5 part 2 (information security) ─────────────
  c('5A002.a', 'DE', LR, ['NS', 'EI'], 'NS 1 entire entry, Germany X; EI entire entry, § 742.15(a)(1) all destinations except Canada', { exceptions: { GBS: 'not-available', ENC: 'candidate' } }),
  c('5A002.a', 'GB', LR, ['EI'], 'the UK has no NS 1, but EI (§ 742.15(a)(1)) reaches every destination except Canada'),
  c('5A002.a', 'KY', LR, ['EI'], 'Cayman Islands -> United Kingdom row: no NS 1; EI all destinations except Canada'),
  c('5A002.a', 'CA', NR, [], 'Canada has no NS 1; EI excepts Canada; RS rows only .z; AT no X'),
  c('5A002.a', 'AU', LR, ['EI'], 'Australia: CB 1 only (no NS 1); EI § 742.15(a)(1) all destinations except Canada'),
  c('5A002.a', 'JP', LR, ['NS', 'EI'], 'NS 1 entire entry, Japan X; EI all destinations except Canada'),
  c('5A002.a', 'CN', LR, ['NS', 'EI'], 'China NS 1; EI; China is not in Country Group B (LVS)', { exceptions: { LVS: 'not-for-destination', ENC: 'candidate' } }),
  c('5A002.a', 'VN', LR, ['NS', 'EI'], 'Vietnam NS 1; EI; Vietnam is not in Country Group B', { exceptions: { LVS: 'not-for-destination' } }),
  c('5A002.a', 'HK', LR, ['NS', 'EI'], 'Hong Kong -> China row NS 1; EI'),
  c('5A002.a', 'MO', LR, ['NS', 'EI'], 'Macau has its own row with NS 1; EI all destinations except Canada'),
  c('5A002.a', 'LI', LR, ['NS', 'EI'], 'Liechtenstein -> Switzerland row NS 1; EI'),
  c('5A002.a', 'IN', LR, ['NS', 'EI'], 'NS 1 entire entry, India X; EI all destinations except Canada'),
  c('5A002.a', 'AL', LR, ['NS', 'EI'], 'Albania (A:6, footnotes 2 and 3) has NS 1; EI all destinations except Canada'),
  c('5A002.a', 'ZA', LR, ['NS', 'EI'], 'South Africa (A:6) NS 1; EI'),
  c('5A002.a', 'SA', LR, ['NS', 'EI'], 'Saudi Arabia (D:3, D:4) has NS 1; EI all destinations except Canada'),
  c('5A002.a', 'TR', LR, ['NS', 'EI'], 'Türkiye (A:1-A:5) has NS 1; EI all destinations except Canada'),
  c('5A002.a', 'RU', LR, ['NS', 'EI', 'Russia/Belarus'], 'NS 1 Russia X; EI all destinations except Canada; § 746.8(a)(1)'),
  c('5A002.a', 'BY', LR, ['NS', 'EI', 'Russia/Belarus'], 'Belarus NS 1; EI; § 746.8'),
  c('5A002.a', 'IR', LR, ['Embargo', 'EI'], 'Iran § 746.7; EI reaches every destination but Canada; ENC not for E:1', { ...EMB_AT, exceptions: { ENC: 'not-for-destination' } }),
  c('5A002.a', 'SY', LR, ['Embargo', 'EI'], 'Syria § 746.9; EI; ENC not for E:1', { ...EMB_AT, exceptions: { ENC: 'not-for-destination' } }),
  c('5A002.a', 'KP', LR, ['Embargo', 'EI'], 'North Korea: §§ 742.19 and 746.4; EI all destinations except Canada', EMB_AT),
  c('5A002.a', 'CU', LR, ['Embargo', 'EI'], 'Cuba § 746.2; EI; ENC not for E:2', { ...EMB_AT, exceptions: { ENC: 'not-for-destination' } }),
  c('5A002.a', 'US', CT, [], 'the United States is not an export destination'),
  c('5A002.a', 'AQ', LR, ['EI'], 'Antarctica has no chart row (NS unknown), but EI is "all destinations, except Canada": certain without the chart'),
  c('5A002.a', 'UA-43', LR, ['NS', 'EI', 'Crimea/DNR/LNR'], 'Crimea § 746.6(a)(1); Ukraine row NS 1; EI'),
  c('5A002.a', 'UA-09', LR, ['NS', 'EI', 'Crimea/DNR/LNR'], 'Luhansk (LNR) § 746.6(a)(2); Ukraine row NS 1; EI'),
  c('5A002', 'GB', LR, ['EI'], '5A002 without paragraph: EI applies to the entire entry, so it is certain for the UK whatever the paragraph'),
  c('5A002.z.1.a', 'CA', LR, ['RS'], 'RS 5A002.z.1.a worldwide, Canada included; EI excepts Canada; no NS 1 for Canada'),
  c('5A002.z.1.a', 'GB', LR, ['EI', 'RS'], 'RS for 5A002.z.1.a is worldwide; EI all destinations except Canada; no NS 1 for the UK'),
  c('5A002.z.1.b', 'CN', LR, ['NS', 'EI', 'RS'], 'China NS 1; EI; z.1.b RS row reaches D:1/D:4/D:5 not A:5/A:6'),
  c('5A002.z.1.b', 'CA', NR, [], 'Canada: no NS 1, EI excepts Canada, not in the z.1.b RS row'),
  c('5A002.z.1.b', 'GB', LR, ['EI'], 'UK: EI; not in the z.1.b RS row (A:5, no D group)'),
  c('5D002.c.2', 'GB', NR, [], 'EI applies to 5D002.a.1, a.3, .b, c.1 and c.3 only; the UK has no NS 1; RS rows .z only; AT no X'),
  c('5D002.c.1', 'GB', LR, ['EI'], 'the 5D002 EI row names c.1 ("5D002.a.1, a.3, .b, c.1 and c.3"); no NS 1 for the UK'),
  c('5D002.c.3.a', 'GB', LR, ['EI'], 'EI names c.3; c.3.a is under c.3'),
  c('5D002.a.1', 'GB', LR, ['EI'], 'the 5D002 EI row names a.1; no NS 1 for the UK'),
  c('5D002.a.3.b', 'GB', LR, ['EI'], 'EI names a.3; a.3.b is under a.3'),
  c('5D002.a.2', 'GB', NR, [], 'a.2 (software for 5A003) is not in the EI row; no NS 1 for the UK'),
  c('5D002.a.2', 'DE', LR, ['NS'], 'NS 1 entire entry; EI does not list a.2'),
  c('5D002.b', 'CA', NR, [], 'EI (.b named) excepts Canada; no NS 1 for Canada'),
  c('5D002.c.1', 'CA', NR, [], 'EI excepts Canada; no NS 1'),
  c('5D002.c.1', 'IN', LR, ['NS', 'EI'], 'NS 1 entire entry, India X; EI names c.1'),
  c('5D002.c.1', 'DE', LR, ['NS', 'EI'], 'Germany NS 1; EI c.1; TSR N/A', { exceptions: { TSR: 'not-available', ENC: 'candidate' } }),
  c('5D002.c.1', 'IR', LR, ['Embargo', 'EI'], 'Iran: Part 746 (§ 746.7); EI names c.1 and reaches every destination but Canada', EMB_AT),
  c('5D002', 'GB', CT, [], '5D002 without paragraph: EI is paragraph-scoped (a.1, a.3, .b, c.1, c.3) and the UK has no NS 1'),
  c('5D002', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X: certain whatever the paragraph'),
  c('5E002.b', 'GB', LR, ['EI'], 'EI applies "to technology in 5E002.b"'),
  c('5E002.a', 'GB', CT, [], 'EI for 5E002.a only when the technology is for items controlled for EI reasons; no NS 1 for the UK'),
  c('5E002.a', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X'),
  c('5E002.a', 'CA', CT, [], 'EI excepts Canada, but the worldwide RS row covers technology for 5A002.z.1.a etc., which 5E002.a technology may be'),
  c('5A004.a', 'GB', LR, ['EI'], 'EI entire entry; no NS 1 for the UK'),
  c('5A004.b', 'CA', NR, [], 'EI excepts Canada; no NS 1; RS only .z'),
  c('5A004.a', 'CN', LR, ['NS', 'EI'], 'NS 1 entire entry, China X; EI entire entry'),
  c('5A004.b', 'DE', LR, ['NS', 'EI'], 'NS 1 entire entry, Germany X; EI entire entry'),
  c('5A992.c', 'DE', NR, [], 'mass market: RS rows only .z.1 and .z.2; AT no X'),
  c('5A992.c', 'GB', NR, [], 'mass market: RS rows only .z.1 and .z.2; 5A992 has no EI row; AT no X'),
  c('5A992.c', 'CN', NR, [], 'no AT X on the chart, China included; .c is not a .z paragraph'),
  c('5A992.c', 'AE', NR, [], 'UAE: the .z.2 row does not reach .c'),
  c('5A992.c', 'RU', LR, ['Russia/Belarus'], '§ 746.8(a)(1): every item on the CCL'),
  c('5A992.c', 'BY', LR, ['Russia/Belarus'], 'no chart X (AT only), but § 746.8(a)(1) requires a license for every CCL item to Russia/Belarus'),
  c('5A992.c', 'IR', LR, ['Embargo'], 'Iran: no chart marks, the row points to Part 746 (§ 746.7)', EMB_AT),
  c('5A992.c', 'CU', LR, ['Embargo'], 'Cuba § 746.2: all items subject to the EAR', EMB_AT),
  c('5A992.c', 'US', CT, [], 'the United States itself is not an export destination'),
  c('5A992.c', 'AQ', CT, [], 'Antarctica: no chart row, no inheritance'),
  c('5A992.c', 'UA-43', LR, ['Crimea/DNR/LNR'], 'Crimea § 746.6(a)(1): a commodity, not personal-communications software'),
  c('5A992.c', 'UA-14', LR, ['Crimea/DNR/LNR'], 'so-called DNR (Donetsk): § 746.6(a)(2) any item subject to the EAR; the Ukraine row has no AT X'),
  c('5A992.z.1', 'CA', LR, ['RS'], 'RS for 5A992.z.1: "To or within any destination worldwide"'),
  c('5A992.z.2', 'AE', LR, ['RS'], 'the .z.2 row names the UAE outright, though it is in A:5'),
  c('5A992.z.2', 'SG', NR, [], 'Singapore is A:6 (and in no D group): excluded; AT no X'),
  c('5A992.z.2', 'MO', LR, ['RS'], 'Macau is D:1 and D:4, not A:5/A:6'),
  c('5A992.z.2', 'IL', NR, [], 'Israel is D:4 but A:6: excluded'),
  c('5A992.z.2', 'HK', LR, ['RS'], 'Hong Kong is filed under China (PRC) in the groups file: D:1/D:4/D:5'),
  c('5A992.z.2', 'PK', LR, ['RS'], '.z.2 row: UAE or D:1/D:4/D:5 excluding A:5/A:6; Pakistan is D:4'),
  c('5A992.z.2', 'IQ', LR, ['RS'], '.z.2 row: Iraq is D:1/D:4/D:5 and not A:5/A:6'),
  c('5A992.z.2', 'AF', LR, ['RS'], '.z.2 row: Afghanistan is D:5 and not A:5/A:6'),
  c('5A992.z.2', 'NI', LR, ['RS'], '.z.2 row: Nicaragua is D:1 and D:5 and not A:5/A:6'),
  c('5A992.z.2', 'ZW', LR, ['RS'], '.z.2 row: Zimbabwe is D:5 and not A:5/A:6'),
  c('5A992.z.2', 'IN', NR, [], 'India is A:5 and in no D group'),
  c('5D992.c', 'DE', NR, [], 'mass-market software: RS only .z; AT no X'),
  c('5D992.c', 'CN', NR, [], 'mass-market software: RS rows only .z; AT applies but China has no AT X'),
  c('5D992.c', 'RU', LR, ['Russia/Belarus'], 'no chart X (AT only), but § 746.8(a)(1) requires a license for every CCL item to Russia/Belarus'),
  c('5D992.c', 'IR', LR, ['Embargo'], 'Iran: no chart marks, the row points to Part 746 (§ 746.7)', EMB_AT),
  c('5D992.c', 'UA-43', CT, [], '§ 746.6(a)(1) excepts software necessary for personal communications over the internet; footnote 9 names "certain EAR99 or ECCN 5D992.c software": depends on the software'),
  c('5A001.j', 'DE', NR, [], 'NS for .j is Column 2; Germany has no NS 2; SL only f.1; AT no X'),
  c('5A001.j', 'CN', LR, ['NS'], 'China NS 2; ACE for 5A001.j is open to China (not E:1/E:2)', { exceptions: { ACE: 'candidate' } }),
  c('5A001.j', 'BR', LR, ['NS'], 'NS for 5A001.j is Column 2; Brazil has NS 2'),
  c('5A001.j', 'IN', NR, [], 'NS for 5A001.j is Column 2; India has NS 1 only; SL only f.1; footnote 7 names other ECCNs'),
  c('5A001.j', 'SY', LR, ['Embargo'], 'Syria § 746.9; ACE "except to Country Group E:1 or E:2"', { ...EMB_AT, exceptions: { ACE: 'not-for-destination' } }),
  c('5A001.j', 'RU', LR, ['NS', 'Russia/Belarus'], 'NS 2 for .j, Russia X; § 746.8(a)(1)'),
  c('5A001.f.1', 'DE', LR, ['SL', 'All destinations'], 'SL row: "A license is required for all destinations" (§ 742.13); 5A001.f.1 in the § 738.3(a)(1) list; NS 2 (f except f.3) no X for Germany'),
  c('5A001.f.1', 'CA', LR, ['SL', 'All destinations'], 'all destinations, Canada included'),
  c('5A001.f.1', 'CN', LR, ['NS', 'SL', 'All destinations'], 'China NS 2 (.f except f.3) plus SL and § 738.3(a)(1)'),
  c('5A001.f.1', 'AQ', LR, ['SL', 'All destinations'], 'all destinations: no chart row needed'),
  c('5A001.b.5', 'DE', LR, ['NS'], 'NS 1 names b.5; Germany X'),
  c('5A001.a.1', 'GB', NR, [], 'NS 1 (.a) no X for the UK; SL only f.1'),
  c('5A001', 'DE', CT, [], '5A001 without paragraph: NS 1 paragraphs would need a license, NS 2 ones would not, f.1 needs one everywhere'),
  c('5A980', 'FR', LR, ['All destinations'], '5A980 has no chart rows; § 738.3(a)(1) lists it (license to all destinations)', { mayAlso: ['SL'] }),
  c('5A980', 'CA', LR, ['All destinations'], '§ 738.3(a)(1): Canada too', { mayAlso: ['SL'] }),
  c('5D980', 'GB', LR, ['All destinations'], '§ 738.3(a)(1) lists 5D980', { mayAlso: ['SL'] }),
  c('5E980', 'DE', LR, ['All destinations'], '§ 738.3(a)(1) lists 5E980 (no license exceptions)', { mayAlso: ['SL'] }),
  c('5A003', 'CN', LR, ['NS'], 'NS 2 entire entry, China X'),
  c('5A003', 'DE', NR, [], 'NS 2 entire entry; Germany has NS 1 only; AT no X'),
  c('5B002', 'DE', LR, ['NS'], 'NS 1 entire entry; 5B002 has no EI row'),
  c('5B002', 'GB', NR, [], 'UK no NS 1; no EI on 5B002'),
  c('5A991', 'CN', NR, [], 'AT applies to entire entry and is the only row; no destination has an AT X'),

  // ───────────── Category 6 ─────────────
  c('6A002.c', 'DE', LR, ['RS'], 'RS applies to 6A002.a.1, a.2, a.3 (except ...), .c and .f -> RS 1, Germany X; NS 2 no X; CC 1 no X; UN needs footnote 1'),
  c('6A002.c', 'JP', LR, ['RS'], 'the RS row names a.1, a.2, a.3 (except ...), .c and .f -> RS 1; Japan X'),
  c('6A002.f', 'DE', LR, ['RS'], '.f is in the RS row; Germany RS 1'),
  c('6A002.f', 'JP', LR, ['RS'], 'the RS row names a.1, a.2, a.3 (except ...), .c and .f -> RS 1; Japan X'),
  c('6A002.c', 'CN', LR, ['NS', 'RS'], 'China NS 2 and RS 1; CC only for police-model viewers (not certain)'),
  c('6A002.a.1', 'DE', LR, ['RS'], 'RS names a.1, Germany RS 1; MT (detectors for missiles) stays open'),
  c('6A002.c', 'CA', NR, [], 'Canada has none of NS 2, RS 1, CC 1, MT 1; UN needs footnote 1'),
  c('6A002.e', 'DE', NR, [], '.e is not in the RS, MT, CC or UN rows; Germany has no NS 2'),
  c('6A003.a.3', 'IN', LR, ['NP'], 'NP applies to cameras in 6A003.a.3 or a.4 (a.3: electronic streak cameras) -> NP 1, India X'),
  c('6A003.a.1', 'IN', NR, [], 'NP names a.3, a.4, a.6 only; India has no NS 2; RS rows .b only'),
  c('6A003.a.3', 'DE', NR, [], 'Germany has no NP 1 and no NS 2'),
  c('6A003.b.4.b', 'IN', LR, ['RS'], 'either RS 1 (India X) or RS 2 (footnote 7: "a license is still required for ... 6A003.b.4.b ... for RS column 2 reasons when destined to India"): RS either way'),
  c('6A003.b.4.b', 'DE', CT, [], 'RS 1 only for b.4.b over 60 Hz / over 111,000 elements / for a civil product (Germany X); RS 2 for the rest (Germany no X): depends on the camera'),
  c('6A003.b.4.b', 'CA', NR, [], 'Canada has neither RS 1 nor RS 2 nor NS 2'),
  c('6A003.b.3', 'DE', LR, ['RS'], 'RS 1 names b.3; Germany X'),
  c('6A008.j.1', 'DE', LR, ['RS'], 'RS 1 names j.1; Germany X'),
  c('6A008.j.1', 'GB', NR, [], 'the UK has no NS 2, MT 1 or RS 1'),
  c('6A001', 'CN', LR, ['NS'], 'NS applies to entire entry -> NS 2; China X'),
  c('6A993', 'CN', NR, [], 'AT applies to entire entry and is the only row; no destination has an AT X'),

  // ───────────── Category 7 ─────────────
  c('7A994', 'DE', NR, [], 'AT applies to entire entry and is the only row; no destination has an AT X'),
  c('7A994', 'KP', LR, ['Embargo'], 'North Korea §§ 742.19, 746.4', EMB_AT),
  c('7A994', 'RU', LR, ['Russia/Belarus'], 'no chart X (AT only), but § 746.8(a)(1) requires a license for every CCL item to Russia/Belarus'),
  c('7A003.a', 'VN', LR, ['NS'], 'NS 1 entire entry, Vietnam X'),
  c('7A003.d', 'DE', LR, ['NS'], 'NS 1 entire entry, Germany X; MT for 7A003.d meeting 7A103 stays open'),
  c('7A003.a', 'GB', NR, [], 'the UK has no NS 1 or MT 1'),
  c('7D001', 'GB', NR, [], 'NS 1, MT 1 and RS 1 rows are prose-scoped, but the UK has no X in any of those columns'),
  c('7D001', 'DE', CT, [], 'Germany has NS 1, MT 1, RS 1 and every row depends on what equipment the software is for'),

  // ───────────── Category 8 ─────────────
  c('8A001.a', 'BR', LR, ['NS'], 'NS applies to entire entry -> NS 2; Brazil X'),
  c('8A001.a', 'FR', NR, [], 'France has NS 1 but not NS 2'),
  c('8A001.a', 'KP', LR, ['Embargo'], 'North Korea: §§ 742.19 and 746.4, no chart marks', EMB_AT),
  c('8A992', 'RU', LR, ['Russian industry sector', 'Russia/Belarus'], 'Russian industry sector row (§ 746.8) and § 746.8(a)(1)'),
  c('8A992', 'DE', NR, [], 'AT no X; the Russian industry sector row reaches Russia/Belarus only'),
  c('8D999', 'BY', LR, ['Russian industry sector', 'Russia/Belarus'], 'Russian industry sector row and § 746.8 cover Belarus'),

  // ───────────── Category 9 ─────────────
  c('9A515.e', 'IN', LR, ['RS'], 'RS 2 for 9A515.e; India has no RS 2 but footnote 7 keeps the RS column 2 license for 9A515.e to India'),
  c('9A515.e', 'DE', CT, [], 'NS/RS 1 except .e; RS 2 no X for Germany; MT for microcircuits in 9A515.e.2 when usable in missiles (Germany MT 1)'),
  c('9A515.y', 'CN', LR, ['RS'], 'RS 9A515.y: "China, Russia or Venezuela (see § 742.6(a)(7))"'),
  c('9A515.y', 'DE', NR, [], 'NS/RS except .y; the .y row names China, Russia, Venezuela only; AT no X'),
  c('9A515.y', 'RU', LR, ['RS', 'Russia/Belarus'], 'Russia named in the .y row; § 746.8'),
  c('9A515.y', 'VE', LR, ['RS'], 'the .y row: "China, Russia, or Venezuela (see § 742.6(a)(7))"; Venezuela named'),
  c('9A515.y', 'HK', LR, ['RS'], 'Hong Kong reads the China row'),
  c('9A515.x', 'IN', NR, [], 'NS 2 and RS 2 for .x, India has neither; footnote 7 names 9A515.e, not .x'),
  c('9A515.x', 'CN', LR, ['NS', 'RS'], 'NS 2 and RS 2 apply to 9A515.x; China has both'),
  c('9A515.x', 'BR', LR, ['NS', 'RS'], 'NS 2 and RS 2 apply to 9A515.x; Brazil has both'),
  c('9A515.a.1', 'DE', LR, ['NS', 'RS'], 'NS 1 and RS 1 entire entry except .e, .x, .y'),
  c('9A515.a.1', 'CA', NR, [], 'Canada has no NS 1, RS 1, MT 1'),
  c('9A610.y', 'DE', NR, [], 'NS/RS except .y; .y row names China, Russia, Venezuela; UN except .y; AT no X'),
  c('9A610.y', 'CN', LR, ['RS'], 'China named (§ 742.6(a)(7))'),
  c('9A610.y', 'VE', LR, ['RS'], 'the .y row: "China, Russia, or Venezuela (see § 742.6(a)(7))"; Venezuela named'),
  c('9A610.y', 'MO', NR, [], 'Macau has its own chart row and is not China for the EAR; not named'),
  c('9A610.y', 'BY', LR, ['Russia/Belarus'], 'Belarus is not named in the .y row, but § 746.8 applies'),
  c('9A610.y', 'UA-43', LR, ['Crimea/DNR/LNR'], 'Crimea § 746.6(a)(1); the .y row names China, Russia, Venezuela only'),
  c('9A610.t', 'DE', LR, ['NS', 'RS', 'MT'], 'NS 1, RS 1 (entire entry with exceptions not touching .t) and MT 1 (.t named)'),
  c('9A610.a', 'GB', NR, [], 'UK has no NS 1, RS 1; UN needs footnote 1'),
  c('9A610.b', 'DE', NR, [], 'NS and RS except 9A610.b; MT only t-w; UN needs footnote 1'),
  c('9A004.g', 'CN', LR, ['NS'], '"NS applies to 9A004 .g, .r, .u, and .w" -> NS 1, China X'),
  c('9A004.g', 'DE', LR, ['NS'], '"NS applies to 9A004 .g, .r, .u, and .w" -> NS 1; Germany X'),
  c('9A004.s', 'DE', NR, [], '.s is NS 2, Germany has no NS 2'),
  c('9A004.s', 'CN', LR, ['NS'], '"NS applies to 9A004.s, .v, and .x" -> NS 2; China X'),
  c('9A004.y', 'CN', LR, ['RS'], 'RS 9A004.y to China, Russia, or Venezuela'),
  c('9A004.y', 'DE', NR, [], 'the 9A004.y row names China, Russia, Venezuela only; AT no X'),
  c('9A004.y', 'RU', LR, ['RS', 'Russia/Belarus'], 'the 9A004.y row names Russia; § 746.8(a)(1)'),
  c('9E003.a.1', 'CN', LR, ['NS'], 'NS 1 entire entry; SI for a.1 points to § 742.14', { mayAlso: ['SI'] }),
  c('9A012.a.1', 'DE', CT, [], 'NS 2 for a.1 (Germany no X); MT for UAVs with a range of at least 300 km (property), Germany MT 1'),
  c('9A012.b', 'DE', LR, ['NS'], 'NS 1 "entire entry, except .a.1", Germany X'),
  c('9A991', 'DE', NR, [], 'AT only; UN .a needs footnote 1'),

  // ───────────── EAR99 ─────────────
  c('EAR99', 'DE', NR, [], 'EAR99: no license required by the CCL (end-use/end-user controls unchecked)'),
  c('EAR99', 'GB', NR, [], 'EAR99 to the United Kingdom: not on the CCL, not embargoed'),
  c('EAR99', 'CA', NR, [], 'EAR99 to Canada: not on the CCL, not embargoed'),
  c('EAR99', 'CU', LR, ['Embargo'], '§ 746.2: a license for all items subject to the EAR to Cuba'),
  c('EAR99', 'KP', LR, ['Embargo'], '§ 746.4: all items subject to the EAR'),
  c('EAR99', 'SY', LR, ['Embargo'], '§ 746.9: all items subject to the EAR'),
  c('EAR99', 'IR', [LR, CT], ['Embargo'], 'Iran: § 746.7 and the OFAC ITSR; never "not required"'),
  c('EAR99', 'RU', CT, [], '§ 746.8 reaches EAR99 items only when listed by HTS code in the supplements'),
  c('EAR99', 'BY', CT, [], '§ 746.8 reaches EAR99 items to Belarus only when listed by HTS code'),
  c('EAR99', 'UA-43', [LR, CT], ['Crimea/DNR/LNR'], '§ 746.6(a)(1): all items except EAR99 food and medicine: a license unless the item is food or medicine'),
  c('EAR99', 'US', CT, [], 'the United States itself: not an export'),
  c('EAR99', 'AQ', CT, [], 'Antarctica: no chart row, no inheritance'),
];
