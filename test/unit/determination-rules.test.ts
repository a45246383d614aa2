/**
 * The pure rules of the US license determination (shared/determination), on synthetic inputs: how
 * CCL control rows, paragraph lists, destination texts and license-exception texts are read, and
 * what determine() concludes from them. Each case says why it exists.
 */
import { describe, expect, it } from 'vitest';
import { parseControlRows, rowCoverage, type RowScope } from '../../shared/determination/control-rows';
import { matchRule, parseDestinationRule, type DestinationRule } from '../../shared/determination/destination-rules';
import { determine } from '../../shared/determination/determine';
import { exceptionCandidates, limitsInText, type ExceptionDestination } from '../../shared/determination/exceptions';
import { entireCoverage, listCoverage, paragraphsNamed, parseParagraphList, splitClassification } from '../../shared/determination/paragraphs';
import { citationIn } from '../../shared/determination/citations';
import type { CountryChart, CountryGroups, EntryForDetermination } from '../../shared/determination/types';
import { AppError } from '../../shared/errors';

const COLUMNS = ['CB 1', 'CB 2', 'CB 3', 'NP 1', 'NP 2', 'NS 1', 'NS 2', 'MT 1', 'RS 1', 'RS 2', 'FC 1', 'CC 1', 'CC 2', 'CC 3', 'AT 1', 'AT 2'];
const NAMES: Record<string, string> = {
  china: 'CN',
  russia: 'RU',
  belarus: 'BY',
  venezuela: 'VE',
  'united arab emirates': 'AE',
  macau: 'MO',
  canada: 'CA',
  pakistan: 'PK',
  iraq: 'IQ',
  'korea, north': 'KP',
  'north korea': 'KP',
  israel: 'IL',
  taiwan: 'TW',
  guinea: 'GN',
  'equatorial guinea': 'GQ',
};

describe('paragraph lists as the CCL prints them', () => {
  const cases: { text: string; eccn: string; want: string[] | null; why: string }[] = [
    { text: '5A002.z.1.a, z.2.a, z.3.a', eccn: '5A002', want: ['5A002.z.1.a', '5A002.z.2.a', '5A002.z.3.a'], why: 'shorthand after a full code is a path from the same ECCN' },
    { text: '.a, .b, .c, .d, .e, .g, and .i of this entry', eccn: '0A501', want: ['0A501.a', '0A501.b', '0A501.c', '0A501.d', '0A501.e', '0A501.g', '0A501.i'], why: 'leading dots and "of this entry"' },
    { text: '3B001.a.4, c, d, f.1, k to n', eccn: '3B001', want: ['3B001.a.4', '3B001.c', '3B001.d', '3B001.f.1', '3B001.k', '3B001.l', '3B001.m', '3B001.n'], why: 'a letter range is expanded' },
    { text: '6A003.a.1 to a.3', eccn: '6A003', want: ['6A003.a.1', '6A003.a.2', '6A003.a.3'], why: 'a number range is expanded' },
    { text: '9E003.a.1 through a.3, .h', eccn: '9E003', want: ['9E003.a.1', '9E003.a.2', '9E003.a.3', '9E003.h'], why: '"through" is a range too' },
    { text: '1C351.d.15 and .16', eccn: '1C351', want: ['1C351.d.15', '1C351.d.16'], why: 'a bare number after a nested code is its sibling' },
    { text: '4A003.b, .c, and .z.1', eccn: '4A003', want: ['4A003.b', '4A003.c', '4A003.z.1'], why: '", and" separates like ","' },
    { text: '5A001.a only', eccn: '5A001', want: ['5A001.a'], why: 'a trailing "only" is dropped' },
    { text: '“software” for equipment controlled by 5A001.b.5', eccn: '5D001', want: null, why: 'prose is not a list' },
    { text: 'shotguns with a barrel length less than 18 inches', eccn: '0A502', want: null, why: 'prose is not a list' },
  ];
  it.each(cases)('$text -> $want ($why)', ({ text, eccn, want }) => {
    const refs = parseParagraphList(text, eccn);
    expect(refs?.map((r) => r.code) ?? null).toEqual(want);
  });

  it('keeps an "(except ...)" with the paragraph it qualifies: "5A001.b (except .b.5), .c"', () => {
    expect(parseParagraphList('5A001.b (except .b.5), .c', '5A001')).toEqual([
      { code: '5A001.b', except: ['5A001.b.5'] },
      { code: '5A001.c', except: [] },
    ]);
  });

  const coverage: { refs: string; item: string | null; want: string; why: string }[] = [
    { refs: '5A002.z.1.a, z.2.a', item: '5A002.z.1.a', want: 'yes', why: 'the item is a listed paragraph' },
    { refs: '5A002.z.1.a, z.2.a', item: '5A002.z.1.a.3', want: 'yes', why: 'the item sits inside a listed paragraph' },
    { refs: '5A002.z.1.a, z.2.a', item: '5A002.a.1', want: 'no', why: 'the item is elsewhere in the entry' },
    { refs: '5A002.z.1.a, z.2.a', item: '5A002.z', want: 'unknown', why: 'the item is classified more coarsely than the row' },
    { refs: '5A002.z.1.a, z.2.a', item: null, want: 'unknown', why: 'only the ECCN is known' },
    { refs: '5A001.b (except .b.5)', item: '5A001.b.5.a', want: 'no', why: 'inside the exception' },
    { refs: '5A001.b (except .b.5)', item: '5A001.b.1', want: 'yes', why: 'beside the exception' },
    { refs: '5A001.b (except .b.5)', item: '5A001.b', want: 'unknown', why: 'the exception lies inside the item' },
  ];
  it.each(coverage)('coverage of $refs for $item is $want ($why)', ({ refs, item, want }) => {
    expect(listCoverage(parseParagraphList(refs, refs.slice(0, 5))!, item)).toBe(want);
  });

  it.each([
    { except: [], item: null, want: 'yes', why: 'the entire entry reaches every item' },
    { except: ['0A501.y'], item: '0A501.y.1', want: 'no', why: '"except 0A501.y" takes .y out' },
    { except: ['0A501.y'], item: '0A501.a', want: 'yes', why: 'other paragraphs stay in' },
    { except: ['0A501.y'], item: null, want: 'unknown', why: 'without a paragraph the item could be .y' },
  ])('entire entry except $except for $item is $want ($why)', ({ except, item, want }) => {
    expect(entireCoverage(except, item)).toBe(want);
  });

  it('names the paragraphs a sentence mentions, with their shorthand, but not when it names the whole entry', () => {
    expect(paragraphsNamed('cameras controlled by 6A003.a.3 or a.4 and to plug-ins in 6A003.a.6 for cameras', '6A003')).toEqual(['6A003.a.3', '6A003.a.4', '6A003.a.6']);
    expect(paragraphsNamed('microcircuits in 9A515.d and 9A515.e.2 when “usable in” “missiles”', '9A515')).toEqual(['9A515.d', '9A515.e.2']);
    expect(paragraphsNamed('items controlled by this entry that meet the parameters in 2B201', '2B001')).toBeNull();
    expect(paragraphsNamed('“software” in 5D002.a.1, for commodities controlled for EI reasons in ECCN 5A002 or 5D002', '5D002')).toBeNull();
    expect(paragraphsNamed('commodities that meet or exceed the parameters of 7A103', '7A003')).toBeNull();
  });

  it('splits a classification into ECCN and paragraph', () => {
    expect(splitClassification('5a002.A.1')).toEqual({ eccn: '5A002', paragraph: '5A002.a.1' });
    expect(splitClassification('4D004')).toEqual({ eccn: '4D004', paragraph: null });
  });
});

describe('control rows', () => {
  const cases: {
    eccn: string;
    control: string;
    chart: string;
    reason: string;
    scope: RowScope['kind'];
    except?: string[];
    exceptIf?: string[];
    paragraphs?: string[];
    column?: string;
    rule?: DestinationRule['kind'];
    citation?: string | null;
    why: string;
  }[] = [
    { eccn: '5A002', control: 'NS applies to entire entry', chart: 'NS Column 1.', reason: 'NS', scope: 'entire', except: [], column: 'NS 1', why: 'the common form: a whole entry on a chart column' },
    { eccn: '1A004', control: 'NS applies to entire entry', chart: 'NS Column 2', reason: 'NS', scope: 'entire', except: [], column: 'NS 2', why: 'no full stop after the column' },
    { eccn: '1C351', control: 'AT applies to entire entry', chart: 'Column 1.', reason: 'AT', scope: 'entire', except: [], column: 'AT 1', why: 'the chart text leaves out the reason' },
    { eccn: '0A501', control: 'NS applies to entire entry except 0A501.y', chart: 'NS Column 1.', reason: 'NS', scope: 'entire', except: ['0A501.y'], column: 'NS 1', why: '"except" form' },
    { eccn: '9A515', control: 'NS applies to entire entry, except .e, .x, and .y', chart: 'NS Column 1.', reason: 'NS', scope: 'entire', except: ['9A515.e', '9A515.x', '9A515.y'], column: 'NS 1', why: '", except" with shorthand' },
    { eccn: '3D002', control: 'RS applies to the entire entry', chart: 'RS Column 1.', reason: 'RS', scope: 'entire', except: [], column: 'RS 1', why: '"the entire entry"' },
    { eccn: '1A004', control: 'RS apply to 1A004.d', chart: 'RS Column 2', reason: 'RS', scope: 'paragraphs', paragraphs: ['1A004.d'], column: 'RS 2', why: '"apply" as printed in 1A004' },
    { eccn: '5A002', control: 'RS applies to items controlled by 5A002.z.1.a, z.2.a, z.3.a', chart: 'To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.', reason: 'RS', scope: 'paragraphs', paragraphs: ['5A002.z.1.a', '5A002.z.2.a', '5A002.z.3.a'], rule: 'all', citation: '15 CFR § 742.6(a)(6)(iii)(A)', why: 'paragraph-scoped row outside the chart' },
    { eccn: '5D002', control: 'RS applies to “software” controlled by 5D002.z.1.a, z.2.a', chart: 'To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.', reason: 'RS', scope: 'paragraphs', paragraphs: ['5D002.z.1.a', '5D002.z.2.a'], rule: 'all', why: '"software" controlled by its own paragraphs' },
    { eccn: '5A001', control: 'NS applies to 5A001.b (except .b.5), .c, .d, .f (except f.3), .g, and .j', chart: 'NS Column 2.', reason: 'NS', scope: 'paragraphs', paragraphs: ['5A001.b', '5A001.c', '5A001.d', '5A001.f', '5A001.g', '5A001.j'], column: 'NS 2', why: 'paragraph exceptions inside a list' },
    { eccn: '5A002', control: 'EI applies to entire entry', chart: 'Refer to § 742.15 of the EAR.', reason: 'EI', scope: 'entire', except: [], rule: 'all', citation: '15 CFR § 742.15', why: 'EI is not a chart column: § 742.15(a)(1) requires a license to all destinations except Canada' },
    { eccn: '5D001', control: 'NS applies to “software” for equipment controlled by 5A001.b.5', chart: 'NS Column 1.', reason: 'NS', scope: 'conditional', column: 'NS 1', why: 'another ECCN: what the item is for, not where it sits' },
    { eccn: '9A610', control: 'NS applies to entire entry except: 9A610.b; parts and components controlled in 9A610.x if being exported for use in an aircraft', chart: 'NS Column 1', reason: 'NS', scope: 'entire', except: ['9A610.b'], exceptIf: ['9A610.x'], column: 'NS 1', why: 'a listed exception takes .b out; the one in prose leaves .x open under its condition' },
    { eccn: '0A919', control: 'RS applies to entire entry', chart: 'RS Column 1, See § 742.6(a)(3) for license requirements.', reason: 'RS', scope: 'entire', except: [], column: 'RS 1', why: 'a column with a pointer after it' },
    { eccn: '1C992', control: 'Russian industry sector sanctions apply to entire entry', chart: 'See § 746.8 for specific license requirements and license review policy.', reason: 'Russian industry sector', scope: 'entire', except: [], rule: 'listed', citation: '15 CFR § 746.8', why: '§ 746.5/746.8 rows name their destinations' },
    { eccn: '4A001', control: 'NP applies, unless a License Exception is available. See § 742.3(b) of the EAR', chart: 'N/A.', reason: 'NP', scope: 'conditional', rule: 'unknown', citation: null, why: 'an odd row stays unsettled' },
  ];
  it.each(cases)('$eccn "$control" ($why)', (c) => {
    const [row, ...more] = parseControlRows(c.eccn, [{ control: c.control, countryChart: c.chart }], COLUMNS, NAMES);
    expect(more).toEqual([]);
    expect(row!.reason).toBe(c.reason);
    expect(row!.scope.kind).toBe(c.scope);
    if (c.except) expect(row!.scope).toMatchObject({ except: c.except });
    if (c.exceptIf) expect(row!.scope).toMatchObject({ exceptIf: c.exceptIf });
    if (c.paragraphs && row!.scope.kind === 'paragraphs') expect(row!.scope.refs.map((r) => r.code)).toEqual(c.paragraphs);
    if (c.column) expect(row!.target).toMatchObject({ kind: 'column', column: c.column });
    if (c.rule) {
      expect(row!.target.kind).toBe('provision');
      if (row!.target.kind === 'provision') {
        expect(row!.target.rule.kind).toBe(c.rule);
        if (c.citation !== undefined) expect(row!.target.citation).toBe(c.citation);
      }
    }
  });

  it('splits a row printed as two: "NP applies to entire entry AT applies to entire entry" / "NP Column 1 AT Column 1" (1A231)', () => {
    const rows = parseControlRows('1A231', [{ control: 'NP applies to entire entry AT applies to entire entry', countryChart: 'NP Column 1 AT Column 1' }], COLUMNS);
    expect(rows.map((r) => [r.reason, r.scope.kind, r.target.kind === 'column' ? r.target.column : null])).toEqual([
      ['NP', 'entire', 'NP 1'],
      ['AT', 'entire', 'AT 1'],
    ]);
  });

  it('reads a row whose text repeats in both cells: "CB applies to entire entry CB Column 2." (1C350)', () => {
    const text = 'CB applies to entire entry CB Column 2.';
    const [row] = parseControlRows('1C350', [{ control: text, countryChart: text }], COLUMNS);
    expect(row).toMatchObject({ reason: 'CB', scope: { kind: 'entire', except: [] }, target: { kind: 'column', column: 'CB 2' } });
  });

  it('does not take a column the chart does not have', () => {
    const [row] = parseControlRows('9X999', [{ control: 'NS applies to entire entry', countryChart: 'NS Column 3.' }], COLUMNS);
    expect(row!.target.kind).toBe('provision');
  });

  it('narrows a prose row to the paragraphs it names (MT for 9A515.d and .e.2 does not reach 9A515.y)', () => {
    const [row] = parseControlRows('9A515', [{ control: 'MT applies to microcircuits in 9A515.d and 9A515.e.2 when “usable in” “missiles”', countryChart: 'MT Column 1.' }], COLUMNS);
    expect(rowCoverage(row!.scope, '9A515.y')).toBe('no');
    expect(rowCoverage(row!.scope, '9A515.e.2')).toBe('unknown');
  });
});

describe('destinations a CCL text names', () => {
  const facts = (code: string, groups: string[] = [], footnoteTexts: string[] = [], rowCode: string | null = code) => ({ code, rowCode, groups, footnoteTexts });
  const cases: { text: string; code: string; groups?: string[]; rowCode?: string; want: string; why: string }[] = [
    { text: 'To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.', code: 'DE', want: 'named', why: 'worldwide' },
    { text: 'Worldwide control. See § 742.4(a)(5) and (b)(10) of the EAR.', code: 'JP', want: 'named', why: 'worldwide, other words' },
    { text: 'A license is required for ALL destinations, except Canada, regardless of end use.', code: 'CA', want: 'not-named', why: 'all but Canada' },
    { text: 'A license is required for ALL destinations, except Canada, regardless of end use.', code: 'MX', want: 'named', why: 'all but Canada' },
    { text: 'To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5 of supplement no. 1 to part 740 of the EAR, excluding any destination also specified in Country Groups A:5 or A:6. See § 742.6(a)(6)(iii)(B) of the EAR.', code: 'AE', groups: ['A:5', 'B'], want: 'named', why: 'the UAE is named outright, whatever its groups' },
    { text: 'To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5 of supplement no. 1 to part 740 of the EAR, excluding any destination also specified in Country Groups A:5 or A:6. See § 742.6(a)(6)(iii)(B) of the EAR.', code: 'VN', groups: ['D:1', 'D:3'], want: 'named', why: 'in D:1' },
    { text: 'To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5 of supplement no. 1 to part 740 of the EAR, excluding any destination also specified in Country Groups A:5 or A:6. See § 742.6(a)(6)(iii)(B) of the EAR.', code: 'TW', groups: ['A:6', 'B', 'D:3'], want: 'not-named', why: 'not in D:1, D:4 or D:5' },
    { text: 'To or within Macau or a destination specified in Country Group D:5 of supplement no. 1 to part 740 of the EAR. See § 742.4(a)(4) of the EAR.', code: 'MO', groups: ['D:1', 'D:3', 'D:4'], want: 'named', why: 'Macau is named because it is not in D:5' },
    { text: 'China, Russia, or Venezuela (see § 742.6(a)(7)).', code: 'HK', rowCode: 'CN', want: 'named', why: 'Hong Kong reads the China row' },
    { text: 'China, Russia, or Venezuela (see § 742.6(a)(7)).', code: 'DE', want: 'not-named', why: 'a list of three' },
    { text: 'A license is required for items controlled by this entry to North Korea for anti-terrorism reasons. The Commerce Country Chart is not designed to determine AT license requirements for this entry. See § 742.19 of the EAR for additional information.', code: 'KP', want: 'named', why: 'a sentence naming one country' },
    { text: 'A license is required for items controlled by this entry, other than 2B999.h.2, for export or reexport to Pakistan or transfer within Pakistan for regional stability reasons.', code: 'PK', want: 'named', why: 'a code with dots inside the sentence' },
    { text: 'CW applies to entire entry. A license is required for CW reasons to CWC non-States Parties (destinations not listed in Supplement No. 2 to part 745), except for Israel and Taiwan.', code: 'IL', want: 'unknown', why: 'names that are exceptions are not read as destinations' },
    { text: 'Refer to § 742.15 of the EAR.', code: 'DE', want: 'named', why: 'EI: § 742.15(a)(1) requires a license to all destinations but Canada' },
    { text: 'Refer to § 742.15 of the EAR.', code: 'CA', want: 'not-named', why: 'EI: Canada is the one destination § 742.15(a)(1) leaves out' },
  ];
  it.each(cases)('$code: $want ($why)', (c) => {
    const rule = parseDestinationRule(c.text, NAMES);
    expect(matchRule(rule, facts(c.code, c.groups ?? [], [], c.rowCode ?? c.code))).toBe(c.want);
  });

  it('UN rows reach the destinations the chart marks with the § 746.1(b) footnote', () => {
    const rule = parseDestinationRule('See § 746.1(b) for UN controls', NAMES);
    expect(matchRule(rule, facts('LB', [], ['See § 746.1(b) for United Nations Security Council Sanctions under the EAR.']))).toBe('named');
    expect(matchRule(rule, facts('DE', [], ['See § 742.6(a)(3) for ... 0A919.']))).toBe('not-named');
  });

  it('does not read "Guinea" inside "Equatorial Guinea"', () => {
    expect(parseDestinationRule('A license is required for items controlled by this entry to Equatorial Guinea.', NAMES)).toEqual({
      kind: 'listed',
      countries: ['GQ'],
      groups: [],
      excludingGroups: [],
    });
  });

  it.each([
    ['See §§ 742.6 and 746.3 of the EAR for additional information.', '15 CFR §§ 742.6, 746.3'],
    ['See part 746 of the EAR to determine whether a license is required', '15 CFR Part 746'],
    ['See Sections 742.19 and 746.4 of the EAR', '15 CFR §§ 742.19, 746.4'],
    ['N/A.', null],
  ])('cites %s as %s', (text, want) => {
    expect(citationIn(text)).toBe(want);
  });
});

describe('license exceptions as candidates', () => {
  const dest = (over: Partial<ExceptionDestination>): ExceptionDestination => ({
    code: 'DE',
    name: 'Germany',
    rowCode: 'DE',
    groups: ['A:1', 'A:5', 'B'],
    groupsKnown: true,
    embargoed: false,
    russiaBelarus: false,
    region: false,
    embargoCitation: null,
    ...over,
  });
  const CN = { code: 'CN', name: 'China', rowCode: 'CN', groups: ['D:1', 'D:3', 'D:4', 'D:5'] };
  const IR = { code: 'IR', name: 'Iran', rowCode: 'IR', groups: ['D:2', 'D:3', 'D:4', 'D:5', 'E:1'], embargoed: true, embargoCitation: '15 CFR Part 746' };
  const MO = { code: 'MO', name: 'Macau', rowCode: 'MO', groups: ['D:1', 'D:3', 'D:4'] };
  const UA = { code: 'UA', name: 'Ukraine', rowCode: 'UA', groups: ['A:2', 'A:3', 'A:4', 'B'] };

  const cases: { symbol: string; text: string; eccn: string; paragraph: string | null; d: Partial<ExceptionDestination>; want: string; why: string }[] = [
    { symbol: 'ENC', text: 'Yes for certain EI controlled commodities, see § 740.17 of the EAR for eligibility.', eccn: '5A002', paragraph: '5A002.a', d: {}, want: 'candidate', why: 'ENC to Germany' },
    { symbol: 'ENC', text: 'Yes for certain EI controlled commodities, see § 740.17 of the EAR for eligibility.', eccn: '5A002', paragraph: '5A002.a', d: CN, want: 'candidate', why: 'ENC is not barred for D:1' },
    { symbol: 'ENC', text: 'Yes for certain EI controlled commodities, see § 740.17 of the EAR for eligibility.', eccn: '5A002', paragraph: '5A002.a', d: IR, want: 'not-for-destination', why: 'ENC is not for E:1 (§ 740.17), though the entry does not say so' },
    { symbol: 'ACE', text: 'Yes, except to Country Group E:1 or E:2. See § 740.22 of the EAR for eligibility criteria.', eccn: '4D004', paragraph: null, d: { code: 'CU', name: 'Cuba', rowCode: 'CU', groups: ['D:5', 'E:2'], embargoed: true }, want: 'not-for-destination', why: 'the text and § 740.22 bar E:2' },
    { symbol: 'ACE', text: 'Yes for 5A001.j, except to Country Group E:1 or E:2. See § 740.22 of the EAR for eligibility criteria.', eccn: '5A001', paragraph: '5A001.f.1', d: {}, want: 'not-for-paragraph', why: 'ACE only for 5A001.j' },
    { symbol: 'GBS', text: 'N/A', eccn: '5A002', paragraph: null, d: {}, want: 'not-available', why: 'N/A' },
    { symbol: 'GBS', text: 'Yes, except 5A001.a, b.5, e, and h.', eccn: '5A001', paragraph: '5A001.b.5', d: {}, want: 'not-for-paragraph', why: 'the paragraph is excepted' },
    { symbol: 'GBS', text: 'Yes, except 5A001.a, b.5, e, and h.', eccn: '5A001', paragraph: '5A001.b.1', d: {}, want: 'candidate', why: 'another paragraph' },
    { symbol: 'GBS', text: 'Yes', eccn: '2B001', paragraph: null, d: CN, want: 'not-for-destination', why: 'GBS is for Country Group B only' },
    { symbol: 'GBS', text: 'Yes', eccn: '2B001', paragraph: null, d: UA, want: 'not-for-destination', why: 'Country Group B except Sudan and Ukraine (§ 740.4)' },
    { symbol: 'LVS', text: '$1500', eccn: '3A991', paragraph: null, d: MO, want: 'not-for-destination', why: 'Macau is not in Country Group B' },
    { symbol: 'LVS', text: '$500 for 0A501.c, .d, and .x.', eccn: '0A501', paragraph: '0A501.y', d: {}, want: 'not-for-paragraph', why: 'LVS only for .c, .d and .x' },
    { symbol: 'STA', text: 'License Exception STA may not be used to ship items specified by ECCN 4A005.', eccn: '4A005', paragraph: null, d: CN, want: 'not-available', why: 'the entry bars STA for all of 4A005, wherever it goes' },
    { symbol: 'STA', text: 'Yes', eccn: '4A003', paragraph: null, d: CN, want: 'not-for-destination', why: 'STA is for A:5 and A:6 (§ 740.20(c))' },
    { symbol: 'TSR', text: 'Yes, except N/A for Macau, destinations in Country Group D:5, or destinations subject to the RS control in 3A999.', eccn: '3E069', paragraph: null, d: { ...MO, groups: ['B', 'D:1'] }, want: 'not-for-destination', why: 'the text excludes Macau by name' },
    { symbol: 'ENC', text: 'Yes for certain EI controlled commodities.', eccn: '5A002', paragraph: null, d: { code: 'RU', name: 'Russia', rowCode: 'RU', groups: ['D:1', 'D:5'], russiaBelarus: true }, want: 'see-part-746', why: '§ 746.8(c) governs exceptions for Russia' },
    { symbol: 'ENC', text: 'Yes for certain EI controlled commodities.', eccn: '5A002', paragraph: null, d: { ...UA, name: 'Crimea region of Ukraine', region: true }, want: 'see-part-746', why: '§ 746.6 governs exceptions for the Crimea, DNR and LNR regions' },
  ];
  it.each(cases)('$symbol "$text" to $d.code: $want ($why)', (c) => {
    const [x] = exceptionCandidates([{ symbol: c.symbol, text: c.text }], { eccn: c.eccn, paragraph: c.paragraph, destination: dest(c.d), requiredReasons: ['NS'] });
    expect(x!.status).toBe(c.want);
    expect(x!.text).toMatch(/\S/);
  });

  it('reads group limits from the text, and marks item-scoped ones as advisory', () => {
    expect(limitsInText('Yes, except to Country Group E:1 or E:2. See § 740.22')).toEqual([{ notGroups: ['E:1', 'E:2'], citation: 'the entry (Supp. No. 1 to 15 CFR Part 774)' }]);
    expect(limitsInText('Yes, except for exports or reexports to destinations outside of those countries listed in Country Group A:5 of “software” controlled by 5D001.a')).toEqual([
      { onlyGroups: ['A:5'], citation: 'the entry (Supp. No. 1 to 15 CFR Part 774)', advisory: true },
    ]);
  });

  it('says what an NS-only exception leaves open (GBS does not overcome RS)', () => {
    const [x] = exceptionCandidates([{ symbol: 'GBS', text: 'Yes' }], { eccn: '2B001', paragraph: null, destination: dest({}), requiredReasons: ['NS', 'RS'] });
    expect(x!.limits.join(' ')).toContain('Does not overcome the license requirement for RS');
  });
});

describe('determine() on a synthetic chart', () => {
  const chart: CountryChart = {
    label: 'test chart',
    issueDate: '2026-01-15',
    columns: COLUMNS,
    columnLabels: {},
    footnotes: { '6': 'See § 746.8 of the EAR for Sanctions against Russia and Belarus.' },
    names: NAMES,
    allDestinations: null,
    destinations: {
      DE: { code: 'DE', name: 'Germany', kind: 'row', marks: ['CB 1', 'NS 1', 'MT 1', 'RS 1'], footnotes: [], embargoPointer: null, inheritsFrom: null, inheritanceBasis: null },
      RU: { code: 'RU', name: 'Russia', kind: 'row', marks: ['NS 1', 'NS 2'], footnotes: [6], embargoPointer: null, inheritsFrom: null, inheritanceBasis: null },
      BY: { code: 'BY', name: 'Belarus', kind: 'row', marks: ['NS 1', 'NS 2'], footnotes: [6], embargoPointer: null, inheritsFrom: null, inheritanceBasis: null },
      SY: { code: 'SY', name: 'Syria', kind: 'embargoed', marks: [], footnotes: [], embargoPointer: 'See § 746.9 of the EAR to determine whether a license is required.', inheritsFrom: null, inheritanceBasis: null },
    },
  };
  const groups: CountryGroups = { label: 'test groups', issueDate: '2026-01-15', groupNames: ['A:1', 'B', 'E:1'], labels: {}, notes: {}, members: {} };
  const massMarket: EntryForDetermination = {
    code: '5A992',
    heading: 'Equipment not controlled by 5A002',
    reasonsForControl: ['AT'],
    chartRows: [{ control: 'AT applies to entire entry', countryChart: 'AT Column 1.' }],
    licenseExceptions: [],
  };
  const run = (eccn: string, destination: string, entry: EntryForDetermination | null = massMarket, paragraph: string | null = null) =>
    determine({ eccn, paragraph, entry, destination, chart, groups });

  it('5A992 to Germany: no license required for the reasons checked (no AT 1 mark), and the answer still lists what it did not check', () => {
    const r = run('5A992', 'DE');
    expect(r.outcome).toBe('not-required');
    expect(r.requiredReasons).toEqual([]);
    expect(r.openReasons).toEqual([]);
    expect(r.notChecked.join('\n')).toMatch(/Part 744[\s\S]*Entity List[\s\S]*746\.8[\s\S]*736\.2\(b\)\(4\)-\(10\)/);
  });

  it.each(['RU', 'BY'])('never answers "not required" for %s: § 746.8 requires a license for CCL items; for EAR99 its supplements must be read', (code) => {
    const ccl = run('5A992', code);
    expect(ccl.outcome).toBe('license-required');
    expect(ccl.requiredReasons).toContain('Russia/Belarus');
    expect(ccl.findings.find((f) => f.kind === 'russia-belarus')).toMatchObject({ outcome: 'license-required', citation: '15 CFR § 746.8' });
    const ear99 = run('EAR99', code, null);
    expect(ear99.outcome).toBe('cannot-tell');
    expect(ear99.openReasons).toContain('Russia/Belarus');
    expect(ear99.toRead).toContain('15 CFR § 746.8');
  });

  it('EAR99: not required for the reasons checked where nothing else applies; a license for an embargoed destination (§ 746.9)', () => {
    expect(run('EAR99', 'DE', null).outcome).toBe('not-required');
    const sy = run('EAR99', 'SY', null);
    expect(sy.outcome).toBe('license-required');
    expect(sy.requiredReasons).toEqual(['Embargo']);
    expect(sy.findings.find((f) => f.kind === 'embargo')?.citation).toMatch(/^15 CFR § 746\.9\b/);
  });

  it('a CCL item to an embargoed destination needs a license whatever the empty chart cells say', () => {
    const sy = run('5A992', 'SY');
    expect(sy.outcome).toBe('license-required');
    expect(sy.requiredReasons).toEqual(['Embargo']);
    expect(sy.findings.filter((f) => f.kind === 'control-row').every((f) => f.outcome !== 'not-required')).toBe(true);
  });

  it('a destination with no row is "cannot tell", never "not required"', () => {
    const r = run('5A992', 'FR');
    expect(r.outcome).toBe('cannot-tell');
    expect(r.findings.every((f) => f.outcome !== 'not-required')).toBe(true);
  });

  it('the United States is not an export destination', () => {
    const r = run('5A992', 'US');
    expect(r.outcome).toBe('cannot-tell');
    expect(r.openReasons).toEqual(['Destination']);
  });

  it('refuses a destination that is not an ISO code and a paragraph of another ECCN', () => {
    expect(() => run('5A992', 'XX')).toThrow(AppError);
    expect(() => run('5A992', 'DE', massMarket, '5A002.a')).toThrow(/not a paragraph of 5A992/);
  });
});
