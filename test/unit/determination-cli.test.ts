/**
 * `exportdesk destinations import|snapshots` and `exportdesk determine`, in-process on a temporary
 * workspace, with the test fixtures (no ../shared needed).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DestinationSnapshot, DeterminationRun } from '../../shared/determination/types';
import { cli } from './cli-helpers';
import { cleanupTemp, REPO_ROOT, tempDir } from './helpers';

afterEach(cleanupTemp);

const DIR = path.join(REPO_ROOT, 'test/fixtures/determination');

async function prepared(): Promise<string[]> {
  const w = ['--workspace', path.join(tempDir('exportdesk-cli-'), 'workspace')];
  expect((await cli([...w, 'controls', 'import', path.join(DIR, 'ccl-mini.json')])).code).toBe(0);
  const chart = await cli([...w, 'destinations', 'import', path.join(DIR, 'chart-mini.json')]);
  expect(chart.err).toEqual([]);
  expect(chart.out).toMatch(/^Imported Country Chart eCFR 2026-01-15 as snapshot #1: 11 destinations \(current\)\nSHA-256 [0-9a-f]{64}$/);
  const groups = await cli([...w, 'destinations', 'import', path.join(DIR, 'groups-mini.json')]);
  expect(groups.out).toMatch(/^Imported Country Groups eCFR 2026-01-15 as snapshot #2: 10 destinations \(current\)/);
  return w;
}

describe('exportdesk destinations and determine', () => {
  it('lists the snapshots as a table and as JSON', async () => {
    const w = await prepared();
    const table = await cli([...w, 'destinations', 'snapshots']);
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+CUR\s+KIND\s+VERSION\s+ISSUE\s+DESTINATIONS\s+IMPORTED\s+FILE$/);
    expect(table.out).toContain('chart-mini.json');
    const json = JSON.parse((await cli([...w, '--json', 'destinations', 'snapshots', '--kind', 'country-groups'])).out) as DestinationSnapshot[];
    expect(json.map((s) => [s.id, s.kind, s.isCurrent])).toEqual([[2, 'country-groups', true]]);
  });

  it('determine --eccn 5A002.a --destination DE: one line per reason with outcome and citation, the exceptions and what was not checked', async () => {
    const w = await prepared();
    const r = await cli([...w, 'determine', '--eccn', '5A002.a', '--destination', 'DE']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('5A002.a to Germany (DE): LICENSE REQUIRED (NS, EI)');
    expect(r.out).toContain('  NS (NS 1): license required [15 CFR § 738.4; Supp. No. 1 to 15 CFR Part 738 (Commerce Country Chart), NS 1]');
    expect(r.out).toContain('  RS: not for this paragraph [');
    expect(r.out).toContain('  AT (AT 1): not required [');
    // § 742.15(a)(1): EI items need a license to every destination except Canada.
    expect(r.out).toContain('  EI: license required [15 CFR § 742.15]');
    expect(r.out).toMatch(/ENC: candidate — Candidate: ENC \(15 CFR § 740\.17\)/);
    expect(r.out).toMatch(/Not checked:\n {2}- End-use and end-user controls \(15 CFR Part 744\)/);
    expect(r.out).toContain('General Prohibitions Four to Ten (15 CFR § 736.2(b)(4)-(10))');
    expect(r.out).toContain('Read from: US Commerce Control List eCFR 2026-01-15 (#1), Commerce Country Chart eCFR 2026-01-15 (#1), Country Groups eCFR 2026-01-15 (#2)');
  });

  it('determine --json gives the whole result with the snapshot versions read', async () => {
    const w = await prepared();
    const r = await cli([...w, 'determine', '--eccn', '5A002.a', '--destination', 'HK', '--json']);
    const v = JSON.parse(r.out) as DeterminationRun;
    expect(v.outcome).toBe('license-required');
    expect(v.destination).toMatchObject({ code: 'HK', chartRow: { code: 'CN', name: 'China' }, groups: ['D:1', 'D:5'] });
    expect(v.sources.chart.snapshotId).toBe(1);
    expect(v.notChecked.length).toBeGreaterThanOrEqual(3);
  });

  it('EAR99 to Cuba needs a license under § 746.2; 5A992.c to Russia under § 746.8; EAR99 to Russia cannot be told', async () => {
    const w = await prepared();
    const cu = await cli([...w, 'determine', '--eccn', 'EAR99', '--destination', 'CU']);
    expect(cu.out.split('\n')[0]).toBe('EAR99 to Cuba (CU): LICENSE REQUIRED (Embargo)');
    expect(cu.out).toContain('  Embargo: license required [15 CFR § 746.2(a)]');
    const ru = await cli([...w, 'determine', '--eccn', '5A992.c', '--destination', 'RU']);
    expect(ru.out.split('\n')[0]).toBe('5A992.c to Russia (RU): LICENSE REQUIRED (Russia/Belarus)');
    expect(ru.out).toContain('Russia/Belarus: license required [15 CFR § 746.8]');
    // § 746.8 also reaches the EAR99 items its supplements list: never "not required" without reading them.
    const ear99 = await cli([...w, 'determine', '--eccn', 'EAR99', '--destination', 'RU']);
    expect(ear99.out.split('\n')[0]).toBe('EAR99 to Russia (RU): CANNOT TELL — READ THE CITED RULES');
    expect(ear99.out).toContain('  Russia/Belarus: cannot tell [15 CFR § 746.8]');
    expect(ear99.out).toMatch(/\nTo read: 15 CFR § 746\.8\n/);
  });

  it('5A992.c to Germany: no license required for the reasons checked, with what was not checked', async () => {
    const w = await prepared();
    const de = await cli([...w, 'determine', '--eccn', '5A992.c', '--destination', 'DE']);
    expect(de.code).toBe(0);
    expect(de.out.split('\n')[0]).toBe('5A992.c to Germany (DE): NO LICENSE REQUIRED FOR THE REASONS CHECKED');
    expect(de.out).toContain('  AT (AT 1): not required [');
    expect(de.out).not.toContain('To read:');
    expect(de.out).toMatch(/Not checked:\n {2}- End-use and end-user controls/);
  });

  it('refuses an unknown destination and a duplicate file in one line on stderr', async () => {
    const w = await prepared();
    const bad = await cli([...w, 'determine', '--eccn', '5A002.a', '--destination', 'XX']);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual(['exportdesk: error: "XX" is not a destination ExportDesk knows: give its ISO 3166 two-letter code (DE for Germany, HK for Hong Kong), or UA-43 (Crimea), UA-40 (Sevastopol), UA-14 (DNR) or UA-09 (LNR) for the regions of Ukraine under § 746.6']);
    const dup = await cli([...w, 'destinations', 'import', path.join(DIR, 'chart-mini.json')]);
    expect(dup.code).toBe(1);
    expect(dup.err).toHaveLength(1);
    expect(dup.err[0]).toMatch(/^exportdesk: error: chart-mini\.json is already imported as snapshot #1/);
    const missing = await cli([...w, 'determine', '--eccn', '5A002.a']);
    expect(missing.code).not.toBe(0);
    expect(missing.err[0]).toContain("required option '--destination <code>' not specified");
  });
});
