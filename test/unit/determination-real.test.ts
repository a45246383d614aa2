/**
 * License determination on the real published files: the US CCL, the Commerce Country Chart and
 * the Country Groups of the eCFR issue of 2026-07-23 (../shared/data/control-lists), imported into
 * a temporary workspace. Each case names the rule it exercises and the answer worked out by
 * reading those files: the entry's control rows, the destination's marks and footnotes, its groups.
 * A fresh clone has no ../shared, so the suite is skipped there with a message naming the path.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeterminationRun, ExceptionStatus, FindingOutcome, OverallOutcome } from '../../shared/determination/types';
import { cleanupTemp, failed, ok, openTempWorkspace, SHARED_CONTROL_LISTS_DIR, sharedData, type TempWorkspace } from './helpers';

const FILES = {
  ccl: sharedData('control-lists', 'us-ccl-2026-07-23.json'),
  chart: sharedData('control-lists', 'us-country-chart-2026-07-23.json'),
  groups: sharedData('control-lists', 'us-country-groups-2026-07-23.json'),
};
const missing = Object.values(FILES).filter((f) => !fs.existsSync(f));
if (missing.length) {
  console.warn(`[determination-real] SKIPPED: ${missing.join(', ')} not found. These tests need the shared data folder ${SHARED_CONTROL_LISTS_DIR}.`);
}

type F = [reason: string, column: string | null, outcome: FindingOutcome];

interface RealCase {
  /** ECCN with paragraph, or EAR99. */
  item: string;
  to: string;
  outcome: OverallOutcome;
  conditional?: boolean;
  /** Findings that must be present (reason, chart column, outcome). */
  findings?: F[];
  exceptions?: Record<string, ExceptionStatus>;
  /** The chart row read, when another destination's (Hong Kong -> CN). */
  row?: string;
  rule: string;
}

const CASES: RealCase[] = [
  // Category 5 part 2: the information-security items these users make.
  { item: '5A002.a', to: 'DE', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required'], ['RS', null, 'not-applicable-to-paragraph'], ['AT', 'AT 1', 'not-required-by-chart'], ['EI', null, 'other-provision']], exceptions: { ENC: 'candidate', GBS: 'not-available', AIA: 'not-for-paragraph' }, rule: '§ 738.4: NS applies to entire entry -> NS Column 1, Germany has the X; RS rows are scoped to .z paragraphs; EI points to § 742.15' },
  { item: '5A002.a', to: 'FR', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { ENC: 'candidate', LVS: 'candidate' }, rule: 'France has NS 1; France is in Country Group B, so LVS stays a candidate' },
  { item: '5A002.a', to: 'GB', outcome: 'other-provision', findings: [['NS', 'NS 1', 'not-required-by-chart'], ['EI', null, 'other-provision']], rule: 'the United Kingdom row has only CB 1: no NS X, but the EI row (§ 742.15) is not a chart column and keeps the answer open' },
  { item: '5A002.a', to: 'JP', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], rule: 'Japan has NS 1' },
  { item: '5A002.a', to: 'CN', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination', ENC: 'candidate' }, rule: 'China has NS 1; China is not in Country Group B (LVS, § 740.3(b)); ENC is barred only for E:1/E:2' },
  { item: '5A002.a', to: 'HK', outcome: 'license-required', row: 'CN', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Hong Kong has no row: territoryInheritance gives it the China row (85 FR 83788), and the groups file files it under China (PRC)' },
  { item: '5A002.a', to: 'MO', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Macau has its own row with NS 1; it is in no Country Group B' },
  { item: '5A002.a', to: 'LI', outcome: 'license-required', row: 'CH', findings: [['NS', 'NS 1', 'license-required']], exceptions: { ENC: 'candidate', LVS: 'candidate' }, rule: 'Liechtenstein takes the Switzerland row (footnote 5, § 738.3(b)) and, having no groups of its own, Switzerland\'s groups' },
  { item: '5A002.a', to: 'KY', outcome: 'other-provision', row: 'GB', findings: [['NS', 'NS 1', 'not-required-by-chart']], rule: 'the Cayman Islands take the United Kingdom row (§ 738.3(b)); EI still points to § 742.15' },
  { item: '5A002.a', to: 'IL', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'candidate' }, rule: 'Israel has NS 1 and is in Country Group B' },
  { item: '5A002.a', to: 'IN', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], rule: 'India has NS 1' },
  { item: '5A002.a', to: 'KZ', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { LVS: 'not-for-destination' }, rule: 'Kazakhstan has NS 1 and is not in Country Group B' },
  { item: '5A002.a', to: 'TW', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], rule: 'Taiwan has NS 1' },
  { item: '5A002.a', to: 'RU', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required'], ['Russia/Belarus', null, 'license-required']], exceptions: { ENC: 'see-part-746' }, rule: '§ 746.8(a)(1): a license for every CCL item to Russia; § 746.8(c) governs exceptions' },
  { item: '5A002.a', to: 'BY', outcome: 'license-required', findings: [['Russia/Belarus', null, 'license-required']], exceptions: { ENC: 'see-part-746' }, rule: '§ 746.8 covers Belarus as Russia' },
  { item: '5A002.a', to: 'IR', outcome: 'embargoed', findings: [['NS', 'NS 1', 'other-provision'], ['Embargo', null, 'other-provision']], exceptions: { ENC: 'not-for-destination' }, rule: 'Iran has no marks, only the Part 746 pointer; ENC is not for E:1 (§ 740.17)' },
  { item: '5A002.a', to: 'KP', outcome: 'embargoed', findings: [['Embargo', null, 'other-provision']], rule: 'North Korea\'s row points to §§ 742.19 and 746.4' },
  { item: '5A002.a', to: 'SY', outcome: 'embargoed', findings: [['Embargo', null, 'other-provision']], rule: 'Syria\'s row points to § 746.9' },
  { item: '5D002.c.1', to: 'DE', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required'], ['EI', null, 'other-provision']], exceptions: { ENC: 'candidate', TSR: 'not-available' }, rule: 'software: NS entire entry; the EI row is prose about the software\'s purpose, so it stays another provision' },
  { item: '5A992.c', to: 'DE', outcome: 'not-required-by-chart', findings: [['RS', null, 'not-applicable-to-paragraph'], ['AT', 'AT 1', 'not-required-by-chart']], rule: 'mass-market 5A992.c: the RS rows cover only .z.1 and .z.2; Germany has no AT 1 X' },
  { item: '5A992.c', to: 'CN', outcome: 'not-required-by-chart', findings: [['AT', 'AT 1', 'not-required-by-chart']], rule: 'no destination left on the chart has an AT mark; China included' },
  { item: '5A992.c', to: 'RU', outcome: 'license-required', findings: [['AT', 'AT 1', 'not-required-by-chart'], ['Russia/Belarus', null, 'license-required']], rule: 'the chart says no, § 746.8 says a license is required: never a bare "no license" for Russia' },
  { item: '5A992.c', to: 'US', outcome: 'indeterminate', rule: 'the United States is not in the chart: a shipment within it is not an export' },
  { item: '5A992.c', to: 'AQ', outcome: 'indeterminate', findings: [['AT', 'AT 1', 'other-provision']], rule: 'Antarctica has no row and no inheritance: indeterminate, never "no license"' },
  { item: '5A992.z.1', to: 'DE', outcome: 'license-required', findings: [['RS', null, 'license-required']], exceptions: { AIA: 'candidate', LPP: 'candidate' }, rule: '"To or within any destination worldwide" (§ 742.6(a)(6)(iii)(A)) for .z.1' },
  { item: '5A992.z.2', to: 'AE', outcome: 'license-required', findings: [['RS', null, 'license-required']], rule: 'the § 742.6(a)(6)(iii)(B) row names the UAE outright, though it is in A:5' },
  { item: '5A992.z.2', to: 'MO', outcome: 'license-required', findings: [['RS', null, 'license-required']], rule: 'Macau is in D:1 (not D:5) and the row reaches D:1' },
  { item: '5A992.z.2', to: 'SG', outcome: 'other-provision', findings: [['RS', null, 'other-provision']], rule: 'Singapore is in A:6 and B, not D:1/D:4/D:5: the row as printed does not name it, which the tool does not turn into "no license"' },
  { item: '5A001.f.1', to: 'DE', outcome: 'license-required', findings: [['SL', null, 'license-required'], ['All destinations', null, 'license-required'], ['NS', 'NS 1', 'not-applicable-to-paragraph']], rule: 'SL: "a license is required for all destinations" (§ 742.13); 5A001.f.1 is in § 738.3(a)(1)' },
  { item: '5A980', to: 'FR', outcome: 'license-required', findings: [['All destinations', null, 'license-required']], rule: '5A980 has no chart rows; § 738.3(a)(1) lists it for all destinations' },
  // Category 0.
  { item: '0A501', to: 'GB', outcome: 'license-required', conditional: true, findings: [['NS', 'NS 1', 'not-required-by-chart'], ['Footnote 10', null, 'license-required']], rule: 'the United Kingdom row has no NS/RS/FC X, but footnote 10 requires a license for 0A501 (except .y)' },
  { item: '0A501.y', to: 'DE', outcome: 'not-required-by-chart', findings: [['NS', 'NS 1', 'not-applicable-to-paragraph'], ['UN', null, 'not-required-by-chart']], exceptions: { LVS: 'not-for-paragraph' }, rule: '"except 0A501.y" takes .y out of NS/RS/FC; UN controls reach only destinations with the § 746.1(b) footnote' },
  { item: '0A501.a', to: 'LB', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required'], ['UN', null, 'other-provision'], ['Footnote 1', null, 'other-provision']], rule: 'Lebanon: NS 1 and RS 1 X; footnote 1 marks it for UN sanctions (§ 746.1(b))' },
  { item: '0A501.a', to: 'CA', outcome: 'license-required', findings: [['FC', 'FC 1', 'license-required'], ['NS', 'NS 1', 'not-required-by-chart']], rule: 'Canada\'s row has CB 1 and FC 1 only: the firearms convention column decides' },
  { item: '0A998', to: 'RU', outcome: 'license-required', findings: [['Russian industry sector', null, 'license-required']], rule: 'the Russian industry sector row points to § 746.8, which names Russia and Belarus' },
  { item: '0A998', to: 'DE', outcome: 'other-provision', findings: [['Russian industry sector', null, 'other-provision']], rule: 'the same row does not name Germany; it is not a chart column, so it is reported, not read as "no license"' },
  { item: '0A919', to: 'DE', outcome: 'license-required', findings: [['RS', 'RS 1', 'license-required']], rule: '"RS Column 1, See § 742.6(a)(3)": a column with a pointer; Germany has RS 1' },
  { item: '0A919', to: 'CA', outcome: 'other-provision', findings: [['RS', 'RS 1', 'other-provision']], rule: 'no RS 1 X for Canada, but the row also points to § 742.6(a)(3)' },
  // Category 1.
  { item: '1A231', to: 'CN', outcome: 'license-required', findings: [['NP', 'NP 1', 'license-required'], ['AT', 'AT 1', 'not-required-by-chart']], rule: 'one source row holds two ("NP applies ... AT applies ..."); China has NP 1' },
  { item: '1A231', to: 'DE', outcome: 'not-required-by-chart', findings: [['NP', 'NP 1', 'not-required-by-chart']], rule: 'Germany has no NP 1' },
  { item: '1C350', to: 'IL', outcome: 'license-required', findings: [['CB', 'CB 2', 'license-required']], rule: 'the row repeats "CB applies to entire entry CB Column 2." in both cells; Israel has CB 2' },
  { item: '1C351.d.16', to: 'DE', outcome: 'license-required', findings: [['CB', 'CB 1', 'license-required'], ['CB', 'CB 2', 'not-required-by-chart'], ['AT', 'AT 1', 'not-required-by-chart']], rule: '"1C351.d.15 and .16": .16 is d.16; the AT row prints only "Column 1."' },
  { item: '1C351.a.1', to: 'DE', outcome: 'not-required-by-chart', findings: [['CB', 'CB 1', 'not-applicable-to-paragraph']], rule: 'CB 1 is scoped to d.15/d.16; Germany has no CB 2' },
  { item: '1A004.d', to: 'BR', outcome: 'license-required', findings: [['NS', 'NS 2', 'license-required'], ['RS', 'RS 2', 'license-required'], ['CB', 'CB 2', 'not-applicable-to-paragraph']], exceptions: { GBS: 'not-for-paragraph' }, rule: '"RS apply to 1A004.d" -> RS 2, Brazil has NS 2 and RS 2; the CB row names only 1A004.c' },
  // Category 2.
  { item: '2B999.a', to: 'PK', outcome: 'license-required', findings: [['RS', null, 'license-required']], rule: 'the RS row is a sentence naming Pakistan (§ 742.6(a)(12)); .a is not the excepted h.2' },
  { item: '2B999.a', to: 'DE', outcome: 'other-provision', findings: [['RS', null, 'other-provision'], ['AT', null, 'other-provision']], rule: 'rows naming Pakistan and North Korea only: reported, not read as "no license"' },
  { item: '2B001', to: 'CN', outcome: 'license-required', findings: [['NS', 'NS 2', 'license-required']], rule: 'China has NS 2' },
  // Category 3.
  { item: '3A001.b.2', to: 'DE', outcome: 'license-required', conditional: true, findings: [['NS', 'NS 1', 'license-required'], ['NS', 'NS 2', 'not-required-by-chart']], rule: 'MMIC amplifiers in 3A001.b.2 are NS 1 "except those for civil telecommunications": a condition, not a paragraph' },
  { item: '3A991', to: 'CN', outcome: 'not-required-by-chart', findings: [['AT', 'AT 1', 'not-required-by-chart']], rule: 'AT only, no AT marks on the chart' },
  { item: '3A991', to: 'IR', outcome: 'embargoed', findings: [['AT', 'AT 1', 'other-provision']], rule: 'an embargoed row\'s empty AT cell has no permissive meaning' },
  { item: '3D992', to: 'MO', outcome: 'license-required', findings: [['NS', null, 'license-required'], ['RS', null, 'license-required']], exceptions: { STA: 'not-for-destination' }, rule: '"To or within Macau or a destination specified in Country Group D:5" names Macau' },
  { item: '3D992', to: 'DE', outcome: 'license-required', conditional: true, findings: [['NS', null, 'other-provision']], rule: 'Germany is not Macau or D:5; the worldwide rows for 3B001.c.1 software make it conditional' },
  { item: '3E069', to: 'MO', outcome: 'license-required', findings: [['NS', 'NS 2', 'license-required'], ['RS', null, 'license-required']], exceptions: { TSR: 'not-for-destination' }, rule: 'TSR "N/A for Macau, destinations in Country Group D:5": Macau excluded by name' },
  // Category 4.
  { item: '4A005.a', to: 'AE', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { ACE: 'candidate', STA: 'candidate' }, rule: 'the UAE has NS 1; ACE is barred only for E:1/E:2; the UAE is in A:5' },
  { item: '4A005.a', to: 'IR', outcome: 'embargoed', exceptions: { ACE: 'not-for-destination' }, rule: 'ACE "except to Country Group E:1 or E:2": Iran is E:1' },
  { item: '4D004', to: 'CN', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], exceptions: { ACE: 'candidate', STA: 'not-for-destination', TSR: 'not-available' }, rule: 'intrusion software to China: NS 1; STA needs A:5/A:6' },
  { item: '4D004', to: 'CU', outcome: 'embargoed', exceptions: { ACE: 'not-for-destination' }, rule: 'Cuba is E:2 and embargoed (Part 746)' },
  // Category 6.
  { item: '6A003.b.4.b', to: 'IN', outcome: 'license-required', conditional: true, findings: [['Footnote 7', null, 'license-required'], ['RS', 'RS 2', 'not-required-by-chart']], rule: 'footnote 7: a license is still required for 6A003.b.4.b for RS 2 reasons to India, whose row has no RS 2' },
  { item: '6A003.a.1', to: 'CN', outcome: 'license-required', findings: [['NS', 'NS 2', 'license-required'], ['NP', 'NP 1', 'not-applicable-to-paragraph']], rule: 'NS entire entry (China NS 2); the NP row names only a.3, a.4, a.6' },
  // Category 7.
  { item: '7A994', to: 'DE', outcome: 'not-required-by-chart', findings: [['AT', 'AT 1', 'not-required-by-chart']], rule: 'AT only' },
  { item: '7A994', to: 'KP', outcome: 'embargoed', rule: 'North Korea: §§ 742.19 and 746.4' },
  { item: '7A003', to: 'VN', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required']], rule: 'Vietnam has NS 1' },
  // Category 8.
  { item: '8A001.a', to: 'BR', outcome: 'license-required', findings: [['NS', 'NS 2', 'license-required']], exceptions: { STA: 'not-for-destination' }, rule: 'Brazil has NS 2 and is in neither A:5 nor A:6' },
  { item: '8A001.a', to: 'FR', outcome: 'not-required-by-chart', findings: [['NS', 'NS 2', 'not-required-by-chart']], rule: 'France has NS 1 but not NS 2' },
  // Category 9.
  { item: '9A515.y', to: 'CN', outcome: 'license-required', findings: [['RS', null, 'license-required'], ['MT', 'MT 1', 'not-applicable-to-paragraph']], rule: '"China, Russia or Venezuela (see § 742.6(a)(7))" for .y; MT names only .d and .e.2' },
  { item: '9A515.y', to: 'HK', outcome: 'license-required', row: 'CN', findings: [['RS', null, 'license-required']], rule: 'Hong Kong reads the China row, so China named in words reaches it' },
  { item: '9A515.y', to: 'DE', outcome: 'other-provision', findings: [['RS', null, 'other-provision'], ['NS', 'NS 1', 'not-applicable-to-paragraph']], rule: '.y is excepted from NS/RS columns; the § 742.6(a)(7) row does not name Germany' },
  { item: '9A515.e', to: 'IN', outcome: 'license-required', conditional: true, findings: [['Footnote 7', null, 'license-required'], ['RS', 'RS 2', 'not-required-by-chart']], rule: 'footnote 7 names 9A515.e for India' },
  { item: '9A610.y', to: 'VE', outcome: 'license-required', findings: [['RS', null, 'license-required'], ['UN', null, 'not-applicable-to-paragraph']], rule: 'Venezuela named by § 742.6(a)(7); UN "entire entry except 9A610.y"' },
  { item: '9E003.a.1', to: 'DE', outcome: 'license-required', findings: [['NS', 'NS 1', 'license-required'], ['SI', null, 'other-provision']], rule: 'SI "9E003.a.1 through a.8" points to § 742.14' },
  // EAR99.
  { item: 'EAR99', to: 'DE', outcome: 'no-license-required-by-ccl', findings: [['EAR99', null, 'not-required-by-chart']], rule: 'EAR99: no license required by the CCL' },
  { item: 'EAR99', to: 'CU', outcome: 'embargoed', findings: [['Embargo', null, 'other-provision']], rule: 'EAR99 to Cuba: Part 746' },
  { item: 'EAR99', to: 'RU', outcome: 'other-provision', findings: [['Russia/Belarus', null, 'other-provision']], rule: '§ 746.8 also reaches EAR99 items listed by HTS code: never a bare "no license" for Russia' },
  { item: 'EAR99', to: 'BY', outcome: 'other-provision', findings: [['Russia/Belarus', null, 'other-provision']], rule: 'the same for Belarus' },
];

describe.skipIf(missing.length > 0)(`license determination on the real files in ${SHARED_CONTROL_LISTS_DIR} (skipped when absent)`, () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = openTempWorkspace();
    ok(await ws.core.call('controls.import', { source: { path: FILES.ccl } }));
    ok(await ws.core.call('destinations.import', { source: { path: FILES.chart } }));
    ok(await ws.core.call('destinations.import', { source: { path: FILES.groups } }));
  });
  afterAll(cleanupTemp);

  it('has at least 40 cases, across categories 0 to 9 and the destinations the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(CASES.filter((c) => c.item !== 'EAR99').map((c) => c.item[0]));
    expect([...categories].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const to = new Set(CASES.map((c) => c.to));
    for (const d of ['DE', 'FR', 'GB', 'JP', 'US', 'CN', 'HK', 'RU', 'BY', 'IR', 'CU', 'KP', 'SY', 'IN', 'IL', 'AE', 'BR', 'SG', 'TW', 'VN', 'KZ', 'MO', 'LI']) {
      expect(to.has(d), d).toBe(true);
    }
  });

  it.each(CASES)('$item to $to: $outcome — $rule', async (c) => {
    const r: DeterminationRun = ok(await ws.core.call('determination.run', { eccn: c.item, destination: c.to }));
    expect(r.outcome).toBe(c.outcome);
    if (c.conditional !== undefined) expect(r.conditional).toBe(c.conditional);
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
    if (c.to === 'RU' || c.to === 'BY') expect(['not-required-by-chart', 'no-license-required-by-ccl']).not.toContain(r.outcome);
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
