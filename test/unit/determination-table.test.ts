/**
 * An independent, hand-worked table of license determinations on the real published files (the CCL,
 * the Commerce Country Chart and the Country Groups of the eCFR issue of 2026-07-23), imported into
 * a temporary workspace. The expectations (test/unit/determination-table-cases.ts) were worked out
 * from the files and the regulation text, not from the engine. The suite prints how many cases the
 * engine gets right, fails on any false "not required", and asserts every case on its own.
 * A fresh clone has no ../shared, so the suite is skipped there with a message naming the path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDeterminationFiles, missingDeterminationFiles } from './determination-files';
import { CASES, type Outcome, type TableCase } from './determination-table-cases';
import { cleanupTemp, ok, openTempWorkspace, SHARED_CONTROL_LISTS_DIR, type TempWorkspace } from './helpers';

const missing = missingDeterminationFiles('determination-table');

/** The part of DeterminationRun this table asserts (kept local so the table does not follow type renames). */
interface Run {
  outcome: string;
  requiredReasons?: string[];
  findings: { kind: string; reason: string; column: string | null; outcome: string; citation: string; text: string; condition: string | null }[];
  exceptions: { symbol: string; status: string }[];
  notChecked: string[];
}

type Answer = { run: Run } | { error: string };

const key = (c: TableCase) => `${c.item} -> ${c.to}`;
const expectedOutcomes = (c: TableCase): Outcome[] => (Array.isArray(c.outcome) ? c.outcome : [c.outcome]);

/** Every way the engine's answer differs from the table; empty when it agrees. */
function disagreements(c: TableCase, a: Answer | undefined): string[] {
  if (!a) return ['no answer'];
  if ('error' in a) return [`error: ${a.error}`];
  const r = a.run;
  const out: string[] = [];
  const allowed = expectedOutcomes(c);
  if (!allowed.includes(r.outcome as Outcome)) out.push(`outcome ${r.outcome}, expected ${allowed.join(' or ')}`);
  const got = new Set(r.requiredReasons ?? []);
  const want = new Set(r.outcome === 'license-required' ? c.required : []);
  const may = new Set(c.mayAlso ?? []);
  const lacking = [...want].filter((x) => !got.has(x));
  const extra = [...got].filter((x) => !want.has(x) && !may.has(x));
  if (lacking.length) out.push(`requiredReasons lacks ${lacking.join(', ')}`);
  if (extra.length) out.push(`requiredReasons has unexpected ${extra.join(', ')}`);
  for (const [symbol, status] of Object.entries(c.exceptions ?? {})) {
    const s = r.exceptions.find((x) => x.symbol === symbol)?.status;
    if (s !== status) out.push(`exception ${symbol} ${s ?? 'absent'}, expected ${status}`);
  }
  return out;
}

/** A false "not required": the table says a license is (or may be) required, the engine says none is. */
function isFalseNotRequired(c: TableCase, a: Answer | undefined): boolean {
  return !!a && 'run' in a && a.run.outcome === 'not-required' && !expectedOutcomes(c).includes('not-required');
}

describe.skipIf(missing.length > 0)(`hand-worked determination table on the real files in ${SHARED_CONTROL_LISTS_DIR} (skipped when absent)`, () => {
  let ws: TempWorkspace;
  const answers = new Map<string, Answer>();

  beforeAll(async () => {
    ws = openTempWorkspace();
    await importDeterminationFiles(ws);
    for (const c of CASES) {
      try {
        const r = await ws.core.call('determination.run', { eccn: c.item, destination: c.to });
        answers.set(key(c), r.ok ? { run: r.value as unknown as Run } : { error: `${r.error.code}: ${r.error.message}` });
      } catch (e) {
        answers.set(key(c), { error: `threw ${(e as Error).message}` });
      }
    }
  }, 120_000);
  afterAll(cleanupTemp);

  it('has at least 160 distinct cases across categories 0 to 9 and the destinations the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(160);
    expect(new Set(CASES.map(key)).size).toBe(CASES.length);
    const categories = new Set(CASES.filter((c) => c.item !== 'EAR99').map((c) => c.item[0]));
    expect([...categories].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const cat45 = CASES.filter((c) => c.item[0] === '4' || c.item[0] === '5').length;
    expect(cat45).toBeGreaterThanOrEqual(80);
    const to = new Set(CASES.map((c) => c.to));
    expect(to.size).toBeGreaterThanOrEqual(25);
    for (const d of ['CA', 'GB', 'AU', 'HK', 'MO', 'LI', 'KY', 'RU', 'BY', 'CU', 'IR', 'KP', 'SY', 'UA-43', 'UA-40', 'UA-14', 'UA-09', 'US', 'AQ', 'DE', 'JP', 'IN', 'CN', 'AE', 'IL', 'SG', 'BR', 'VN', 'KZ', 'PK', 'IQ', 'VE', 'SA', 'AF']) {
      expect(to.has(d), d).toBe(true);
    }
    for (const c of CASES) expect(c.rule.length, key(c)).toBeGreaterThan(20);
  });

  it('counts and prints how many cases the engine answers as the table does', () => {
    const wrong = CASES.map((c) => ({ c, d: disagreements(c, answers.get(key(c))) })).filter((x) => x.d.length);
    const right = CASES.length - wrong.length;
    const lines = wrong.map(({ c, d }) => `  ${key(c)}: ${d.join('; ')}`);
    console.log(`[determination-table] ${right} of ${CASES.length} cases right${wrong.length ? `; ${wrong.length} disagree:\n${lines.join('\n')}` : ''}`);
    expect(right + wrong.length).toBe(CASES.length);
  });

  it('never answers "not required" where the table says a license is or may be required', () => {
    const bad = CASES.filter((c) => isFalseNotRequired(c, answers.get(key(c)))).map((c) => `${key(c)} (expected ${expectedOutcomes(c).join(' or ')}): ${c.rule}`);
    expect(bad, `false "not required":\n${bad.join('\n')}`).toEqual([]);
  });

  it('says in every answer what it did not check, and cites 15 CFR in every finding', () => {
    const problems: string[] = [];
    for (const c of CASES) {
      const a = answers.get(key(c));
      if (!a || 'error' in a) continue;
      if (!Array.isArray(a.run.notChecked) || a.run.notChecked.length === 0) problems.push(`${key(c)}: empty notChecked`);
      for (const f of a.run.findings) {
        if (!/15 CFR/.test(f.citation ?? '')) problems.push(`${key(c)}: finding ${f.reason} cites "${f.citation}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(CASES)('$item to $to: $outcome $required — $rule', (c) => {
    const a = answers.get(key(c));
    expect(a && 'error' in a ? a.error : null).toBeNull();
    const r = (a as { run: Run }).run;
    expect(expectedOutcomes(c)).toContain(r.outcome);
    const want = r.outcome === 'license-required' ? c.required : [];
    const may = new Set(c.mayAlso ?? []);
    expect([...new Set((r.requiredReasons ?? []).filter((x) => !may.has(x) || want.includes(x)))].sort()).toEqual([...new Set(want)].sort());
    for (const [symbol, status] of Object.entries(c.exceptions ?? {})) {
      expect({ symbol, status: r.exceptions.find((x) => x.symbol === symbol)?.status }).toEqual({ symbol, status });
    }
  });
});
