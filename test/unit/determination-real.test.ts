/**
 * License determination on the real published files: the US CCL, the Commerce Country Chart and
 * the Country Groups of the eCFR issue of 2026-07-23 (../shared/data/control-lists), imported into
 * a temporary workspace. Each case names the rule it exercises and the answer worked out by
 * reading those files: the entry's control rows, the destination's marks and footnotes, its groups.
 * A fresh clone has no ../shared, so the suite is skipped there with a message naming the path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDeterminationFiles, missingDeterminationFiles } from './determination-files';
import type { DeterminationRun, ExceptionStatus, FindingOutcome, OverallOutcome } from '../../shared/determination/types';
import { CASES as TABLE_CASES } from './determination-table-cases';
import { cleanupTemp, failed, ok, openTempWorkspace, SHARED_CONTROL_LISTS_DIR, type TempWorkspace } from './helpers';

const missing = missingDeterminationFiles('determination-real');

type F = [reason: string, column: string | null, outcome: FindingOutcome];

interface RealCase {
  /** ECCN with paragraph, or EAR99. */
  item: string;
  to: string;
  outcome: OverallOutcome;
  /** requiredReasons as a set, when given. */
  required?: string[];
  /** Findings that must be present (reason, chart column, outcome). */
  findings?: F[];
  exceptions?: Record<string, ExceptionStatus>;
  /** The chart row read, when another destination's (Hong Kong -> CN). */
  row?: string;
  rule: string;
}

/**
 * Finding-level cases: which row, column or footnote gives each part of the answer. The overall
 * answers are worked out in the hand-worked table (determination-table-cases.ts); cases here that
 * repeat one of its item/destination pairs are kept only for what they add (a finding, an
 * exception status, the chart row used).
 */
const CASES: RealCase[] = [
  // Category 5 part 2: the information-security items these users make.
  { item: '5A002.a', to: 'DE', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required'], ['RS', null, 'not-for-paragraph'], ['AT', 'AT 1', 'not-required'], ['EI', null, 'license-required']], exceptions: { ENC: 'candidate', GBS: 'not-available', AIA: 'not-for-paragraph' }, rule: '§ 738.4: NS applies to entire entry -> NS 1, Germany has the X; RS rows are scoped to .z paragraphs; EI "Refer to § 742.15": § 742.15(a)(1) all destinations except Canada' },
  { item: '5A002.a', to: 'FR', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required'], ['EI', null, 'license-required']], exceptions: { ENC: 'candidate', LVS: 'candidate' }, rule: 'France has NS 1; EI § 742.15(a)(1); France is in Country Group B, so LVS stays a candidate' },
  { item: '5A002.a', to: 'GB', outcome: 'license-required', required: ['EI'], findings: [['NS', 'NS 1', 'not-required'], ['EI', null, 'license-required']], rule: 'the United Kingdom row has only CB 1: no NS X, but EI (§ 742.15(a)(1)) requires a license to every destination except Canada' },
  { item: '5A002.a', to: 'HK', outcome: 'license-required', required: ['NS', 'EI'], row: 'CN', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Hong Kong has no row: territoryInheritance gives it the China row (85 FR 83788), and the groups file files it under China (PRC)' },
  { item: '5A002.a', to: 'MO', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Macau has its own row with NS 1; it is in no Country Group B' },
  { item: '5A002.a', to: 'LI', outcome: 'license-required', required: ['NS', 'EI'], row: 'CH', findings: [['NS', 'NS 1', 'license-required']], exceptions: { ENC: 'candidate', LVS: 'candidate' }, rule: 'Liechtenstein takes the Switzerland row (footnote 5, § 738.3(b)) and, having no groups of its own, Switzerland\'s groups' },
  { item: '5A002.a', to: 'KY', outcome: 'license-required', required: ['EI'], row: 'GB', findings: [['NS', 'NS 1', 'not-required'], ['EI', null, 'license-required']], rule: 'the Cayman Islands take the United Kingdom row (§ 738.3(b)): no NS 1; EI (§ 742.15(a)(1)) reaches them' },
  { item: '5A002.a', to: 'IL', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'candidate' }, rule: 'Israel has NS 1 and is in Country Group B; EI all destinations except Canada' },
  { item: '5A002.a', to: 'KZ', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Kazakhstan has NS 1 and is not in Country Group B; EI all destinations except Canada' },
  { item: '5A002.a', to: 'TW', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required']], rule: 'Taiwan has NS 1; EI all destinations except Canada' },
  { item: '5A002.a', to: 'RU', outcome: 'license-required', required: ['NS', 'EI', 'Russia/Belarus'], findings: [['NS', 'NS 1', 'license-required'], ['Russia/Belarus', null, 'license-required']], exceptions: { ENC: 'see-part-746' }, rule: '§ 746.8(a)(1): a license for every CCL item to Russia; § 746.8(c) governs exceptions' },
  { item: '5A002.a', to: 'BY', outcome: 'license-required', required: ['NS', 'EI', 'Russia/Belarus'], findings: [['Russia/Belarus', null, 'license-required']], exceptions: { ENC: 'see-part-746' }, rule: '§ 746.8 covers Belarus as Russia' },
  { item: '5A002.a', to: 'IR', outcome: 'license-required', findings: [['Embargo', null, 'license-required'], ['NS', 'NS 1', 'cannot-tell'], ['EI', null, 'license-required']], exceptions: { ENC: 'not-for-destination' }, rule: 'Iran has no marks, only the Part 746 pointer: an empty cell is never "not required", § 746.7 requires the license; ENC is not for E:1 (§ 740.17)' },
  { item: '5D002.c.1', to: 'DE', outcome: 'license-required', required: ['NS', 'EI'], findings: [['NS', 'NS 1', 'license-required'], ['EI', null, 'license-required']], exceptions: { ENC: 'candidate', TSR: 'not-available' }, rule: 'software: NS entire entry; the EI row lists c.1 ("5D002.a.1, a.3, .b, c.1 and c.3"), the clause after it describes those paragraphs, and § 742.15(a)(1) reaches Germany' },
  { item: '5A992.c', to: 'DE', outcome: 'not-required', required: [], findings: [['RS', null, 'not-for-paragraph'], ['AT', 'AT 1', 'not-required']], rule: 'mass-market 5A992.c: the RS rows cover only .z.1 and .z.2; Germany has no AT 1 X' },
  { item: '5A992.c', to: 'RU', outcome: 'license-required', required: ['Russia/Belarus'], findings: [['AT', 'AT 1', 'not-required'], ['Russia/Belarus', null, 'license-required']], rule: 'the chart says no, § 746.8 says a license is required: never "not required" for Russia' },
  { item: '5A992.c', to: 'AQ', outcome: 'cannot-tell', findings: [['AT', 'AT 1', 'cannot-tell']], rule: 'Antarctica has no row and no inheritance: the AT column cannot be read, never "not required"' },
  { item: '5A992.z.1', to: 'DE', outcome: 'license-required', required: ['RS'], findings: [['RS', null, 'license-required']], exceptions: { AIA: 'candidate', LPP: 'candidate' }, rule: '"To or within any destination worldwide" (§ 742.6(a)(6)(iii)(A)) for .z.1' },
  { item: '5A992.z.2', to: 'SG', outcome: 'not-required', required: [], findings: [['RS', null, 'not-required']], rule: 'Singapore is in A:6 and B, not D:1/D:4/D:5: the .z.2 row names its destinations in full and excludes A:6, so it requires no license there (§ 738.4(a)(1))' },
  { item: '5A001.f.1', to: 'DE', outcome: 'license-required', required: ['SL', 'All destinations'], findings: [['SL', null, 'license-required'], ['All destinations', null, 'license-required'], ['NS', 'NS 1', 'not-for-paragraph']], rule: 'SL: "a license is required for all destinations" (§ 742.13); 5A001.f.1 is in § 738.3(a)(1)' },
  // Category 0.
  { item: '0A501', to: 'GB', outcome: 'cannot-tell', findings: [['NS', 'NS 1', 'not-required'], ['Footnote 10', null, 'cannot-tell']], rule: 'the United Kingdom row has no NS/RS/FC X; footnote 10 requires a license for 0A501 except 0A501.y, so without the paragraph it cannot be told (0A501.a: required, 0A501.y: not)' },
  { item: '0A501.y', to: 'DE', outcome: 'not-required', required: [], findings: [['NS', 'NS 1', 'not-for-paragraph'], ['UN', null, 'not-required']], exceptions: { LVS: 'not-for-paragraph' }, rule: '"except 0A501.y" takes .y out of NS/RS/FC; UN controls reach only destinations with the § 746.1(b) footnote' },
  { item: '0A501.a', to: 'LB', outcome: 'license-required', required: ['NS', 'RS'], findings: [['NS', 'NS 1', 'license-required'], ['RS', 'RS 1', 'license-required'], ['UN', null, 'cannot-tell']], rule: 'Lebanon: NS 1 and RS 1 X; footnote 1 marks it for UN sanctions, so the UN row sends the reader to § 746.1(b)' },
  { item: '0A501.a', to: 'CA', outcome: 'license-required', required: ['FC'], findings: [['FC', 'FC 1', 'license-required'], ['NS', 'NS 1', 'not-required']], rule: 'Canada\'s row has CB 1 and FC 1 only: the firearms convention column decides' },
  { item: '0A919', to: 'CA', outcome: 'cannot-tell', findings: [['RS', 'RS 1', 'cannot-tell']], rule: 'no RS 1 X for Canada, but the row adds "See § 742.6(a)(3) for license requirements", which the files do not hold: read it' },
  // Category 1.
  { item: '1A231', to: 'CN', outcome: 'license-required', required: ['NP'], findings: [['NP', 'NP 1', 'license-required'], ['AT', 'AT 1', 'not-required']], rule: 'one source row holds two ("NP applies ... AT applies ..."); China has NP 1' },
  { item: '1C350', to: 'IL', outcome: 'license-required', findings: [['CB', 'CB 2', 'license-required']], rule: 'the row repeats "CB applies to entire entry CB Column 2." in both cells; Israel has CB 2' },
  { item: '1C351.d.16', to: 'DE', outcome: 'license-required', required: ['CB', 'CW'], findings: [['CB', 'CB 1', 'license-required'], ['CB', 'CB 2', 'not-required'], ['AT', 'AT 1', 'not-required'], ['CW', null, 'license-required']], rule: '"1C351.d.15 and .16": .16 is d.16; the AT row prints only "Column 1."; CW for d.15/d.16 to all destinations (§ 742.18)' },
  { item: '1C351.a.1', to: 'DE', outcome: 'not-required', required: [], findings: [['CB', 'CB 1', 'not-for-paragraph'], ['CB', 'CB 2', 'not-required'], ['CW', null, 'not-for-paragraph']], rule: 'CB 1 and CW are scoped to d.15/d.16; Germany has no CB 2; AT no X' },
  { item: '1A004.d', to: 'BR', outcome: 'license-required', required: ['NS', 'RS'], findings: [['NS', 'NS 2', 'license-required'], ['RS', 'RS 2', 'license-required'], ['CB', 'CB 2', 'not-for-paragraph']], exceptions: { GBS: 'not-for-paragraph' }, rule: '"RS apply to 1A004.d" -> RS 2, Brazil has NS 2 and RS 2; the CB row names only 1A004.c' },
  // Category 2.
  { item: '2B999.a', to: 'DE', outcome: 'not-required', required: [], findings: [['RS', null, 'not-required'], ['AT', null, 'not-required']], rule: 'the rows name Pakistan (RS) and North Korea (AT) only: fully read, they exclude Germany (§ 738.4(a)(1))' },
  { item: '2B001', to: 'CN', outcome: 'license-required', required: ['NS'], findings: [['NS', 'NS 2', 'license-required']], rule: 'China has NS 2' },
  // Category 3.
  { item: '3A001.b.2', to: 'DE', outcome: 'cannot-tell', findings: [['NS', 'NS 1', 'cannot-tell'], ['NS', 'NS 2', 'not-required']], rule: 'MMIC amplifiers in 3A001.b.2 are NS 1 "except those for civil telecommunications": a condition on the item, not a paragraph; Germany has NS 1 but no NS 2' },
  { item: '3A991', to: 'IR', outcome: 'license-required', required: ['Embargo'], findings: [['Embargo', null, 'license-required'], ['AT', 'AT 1', 'cannot-tell']], rule: 'an embargoed row\'s empty AT cell has no permissive meaning; § 746.7 requires the license' },
  { item: '3D992', to: 'MO', outcome: 'license-required', required: ['NS', 'RS'], findings: [['NS', null, 'license-required'], ['RS', null, 'license-required']], exceptions: { STA: 'not-for-destination' }, rule: '"To or within Macau or a destination specified in Country Group D:5" names Macau; Macau is in neither A:5 nor A:6 (STA)' },
  { item: '3D992', to: 'DE', outcome: 'cannot-tell', findings: [['NS', null, 'not-required'], ['NS', null, 'cannot-tell']], rule: 'Germany is not Macau or D:5; the worldwide rows for software for 3B001.c.1.a or c.1.c depend on what the software is for' },
  // Category 4.
  { item: '4A005.a', to: 'AE', outcome: 'license-required', required: ['NS'], findings: [['NS', 'NS 1', 'license-required']], exceptions: { ACE: 'candidate', STA: 'not-available' }, rule: 'the UAE has NS 1; ACE is barred only for E:1/E:2; the entry bars STA for 4A005 whatever the destination' },
  { item: '4A005.a', to: 'IR', outcome: 'license-required', required: ['Embargo'], exceptions: { ACE: 'not-for-destination' }, rule: 'Iran § 746.7; ACE "except to Country Group E:1 or E:2": Iran is E:1' },
  // Category 6.
  { item: '6A003.b.4.b', to: 'IN', outcome: 'license-required', required: ['RS'], findings: [['RS', 'RS 2', 'license-required']], rule: 'footnote 7: a license is still required for 6A003.b.4.b for RS 2 reasons to India, whose row has no RS 2' },
  { item: '6A003.a.1', to: 'CN', outcome: 'license-required', required: ['NS'], findings: [['NS', 'NS 2', 'license-required'], ['NP', 'NP 1', 'not-for-paragraph']], rule: 'NS entire entry (China NS 2); the NP row names only a.3, a.4, a.6' },
  // Category 7.
  { item: '7A003', to: 'VN', outcome: 'license-required', required: ['NS'], findings: [['NS', 'NS 1', 'license-required']], rule: 'Vietnam has NS 1' },
  // Category 8.
  { item: '8A001.a', to: 'BR', outcome: 'license-required', required: ['NS'], findings: [['NS', 'NS 2', 'license-required']], exceptions: { STA: 'not-for-destination' }, rule: 'Brazil has NS 2 and is in neither A:5 nor A:6' },
  // Category 9.
  { item: '9A515.y', to: 'HK', outcome: 'license-required', required: ['RS'], row: 'CN', findings: [['RS', null, 'license-required']], rule: 'Hong Kong reads the China row, so China named in words reaches it' },
  { item: '9A515.y', to: 'DE', outcome: 'not-required', required: [], findings: [['RS', null, 'not-required'], ['NS', 'NS 1', 'not-for-paragraph']], rule: '.y is excepted from the NS/RS columns; the § 742.6(a)(7) row names China, Russia and Venezuela only, so it excludes Germany (§ 738.4(a)(1))' },
  { item: '9A610.y', to: 'VE', outcome: 'license-required', required: ['RS'], findings: [['RS', null, 'license-required'], ['UN', null, 'not-for-paragraph']], rule: 'Venezuela named by § 742.6(a)(7); UN "entire entry except 9A610.y"' },
  { item: '9E003.a.1', to: 'DE', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], rule: 'NS 1 entire entry, Germany X; the SI row (9E003.a.1 through a.8) points to § 742.14' },
  // EAR99.
  { item: 'EAR99', to: 'DE', outcome: 'not-required', required: [], findings: [['EAR99', null, 'not-required']], rule: 'EAR99: no license required by the CCL; not embargoed, not § 746.8' },
  { item: 'EAR99', to: 'RU', outcome: 'cannot-tell', findings: [['Russia/Belarus', null, 'cannot-tell'], ['EAR99', null, 'not-required']], rule: '§ 746.8 also reaches EAR99 items listed by HTS code: never "not required" for Russia without reading its supplements' },
];

describe.skipIf(missing.length > 0)(`license determination on the real files in ${SHARED_CONTROL_LISTS_DIR} (skipped when absent)`, () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = openTempWorkspace();
    await importDeterminationFiles(ws);
  });
  afterAll(cleanupTemp);

  it('with the hand-worked table, has at least 40 cases, across categories 0 to 9 and the destinations the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const all = [...CASES, ...TABLE_CASES];
    const categories = new Set(all.filter((c) => c.item !== 'EAR99').map((c) => c.item[0]));
    expect([...categories].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const to = new Set(all.map((c) => c.to));
    for (const d of ['DE', 'FR', 'GB', 'JP', 'US', 'CN', 'HK', 'RU', 'BY', 'IR', 'CU', 'KP', 'SY', 'IN', 'IL', 'AE', 'BR', 'SG', 'TW', 'VN', 'KZ', 'MO', 'LI']) {
      expect(to.has(d), d).toBe(true);
    }
  });

  it.each(CASES)('$item to $to: $outcome — $rule', async (c) => {
    const r: DeterminationRun = ok(await ws.core.call('determination.run', { eccn: c.item, destination: c.to }));
    expect(r.outcome).toBe(c.outcome);
    if (c.required) expect([...r.requiredReasons].sort()).toEqual([...c.required].sort());
    // "Cannot tell" always says what to read; "not required" leaves nothing open.
    if (r.outcome === 'cannot-tell') expect(r.toRead.length).toBeGreaterThan(0);
    if (r.outcome === 'not-required') expect([r.openReasons, r.requiredReasons]).toEqual([[], []]);
    for (const [reason, column, outcome] of c.findings ?? []) {
      expect(r.findings.map((f) => [f.reason, f.column, f.outcome])).toContainEqual([reason, column, outcome]);
    }
    for (const [symbol, status] of Object.entries(c.exceptions ?? {})) {
      expect({ symbol, status: r.exceptions.find((x) => x.symbol === symbol)?.status }).toEqual({ symbol, status });
    }
    if (c.row) expect(r.destination.chartRow?.code).toBe(c.row);
    // Every answer says what it did not check, and every finding cites 15 CFR.
    expect(r.notChecked.join('\n')).toMatch(/Part 744[\s\S]*§ 746\.8[\s\S]*General Prohibitions Four to Ten/);
    for (const f of r.findings) expect(f.citation).toMatch(/15 CFR/);
    if (c.to === 'RU' || c.to === 'BY') expect(r.outcome).not.toBe('not-required');
    expect(r.sources.chart.label).toBe('Commerce Country Chart eCFR 2026-07-23');
    expect(r.sources.groups.label).toBe('Country Groups eCFR 2026-07-23');
  });

  it('refuses an unknown destination code and an ECCN the CCL does not have, with a clear message', async () => {
    const bad = failed(await ws.core.call('determination.run', { eccn: '5A002.a', destination: 'XX' }));
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', field: 'destination' });
    expect(bad.message).toContain('"XX" is not a destination ExportDesk knows');
    const none = failed(await ws.core.call('determination.run', { eccn: '5A999', destination: 'DE' }));
    expect(none).toMatchObject({ code: 'NOT_FOUND' });
    expect(none.message).toContain('5A999 is not an entry');
  });

  it('names the snapshot versions it read', async () => {
    const r = ok(await ws.core.call('determination.run', { eccn: '5A002.a', destination: 'DE' }));
    expect(r.sources.controlList).toMatchObject({ label: 'US Commerce Control List eCFR 2026-07-23' });
    expect(r.sources.chart.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
