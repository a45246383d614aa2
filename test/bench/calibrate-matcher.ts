/**
 * Calibrates the screening threshold: npx tsx test/bench/calibrate-matcher.ts [threshold]
 *
 * 1. Sweeps thresholds 0.50..0.99 over the labelled pairs (test/fixtures/screening) and prints
 *    precision, recall, F1 and F2 for each, then the misses and false alarms at the chosen threshold.
 * 2. Compares the matcher's scores with OFAC's own Sanctions List Search scores
 *    (../shared/data/matching/ofac-search-scores.csv): correlation, and agreement at OFAC's usual cut.
 * 3. An independent recall check the rules were not tuned on: every UN consolidated list entry with
 *    a name in its original script (Arabic, Cyrillic) against the UN's own romanised name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { scoreNamePair } from '../../shared/screening/score';
import { DEFAULT_THRESHOLD } from '../../shared/screening/threshold';
import { confusionAt, loadLabelledPairs, scorePairs, type ScoredPair } from '../fixtures/screening/labelled-pairs';

const OFAC_SCORES = fileURLToPath(new URL('../../../shared/data/matching/ofac-search-scores.csv', import.meta.url));
/** OFAC's search tool defaults its minimum score slider to 100; 85 is the cut many compliance teams use with it. */
const OFAC_CUT = 85;
const UN_LIST = fileURLToPath(new URL('../../../shared/data/screening/un-consolidated-2026-02-27.xml', import.meta.url));

const threshold = process.argv[2] ? Number(process.argv[2]) : DEFAULT_THRESHOLD;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function sweep(scored: ScoredPair[]): void {
  const matches = scored.filter((p) => p.match).length;
  console.log(`Labelled pairs: ${scored.length} (${matches} match, ${scored.length - matches} nonmatch)\n`);
  console.log('threshold  precision  recall     F1     F2    FP   FN');
  for (let t = 50; t <= 99; t++) {
    const c = confusionAt(scored, t / 100);
    const mark = Math.abs(t / 100 - threshold) < 1e-9 ? '  <- default' : '';
    console.log(
      `   ${(t / 100).toFixed(2)}     ${pct(c.precision)}   ${pct(c.recall)}  ${c.f1.toFixed(3)}  ${c.f2.toFixed(3)}  ${String(c.falsePositives).padStart(3)}  ${String(c.falseNegatives).padStart(3)}${mark}`,
    );
  }
}

function byCategory(scored: ScoredPair[]): void {
  console.log(`\nBy category at ${threshold}:`);
  const categories = [...new Set(scored.map((p) => p.category))].sort();
  for (const cat of categories) {
    const rows = scored.filter((p) => p.category === cat);
    const pos = rows.filter((p) => p.match);
    const neg = rows.filter((p) => !p.match);
    const found = pos.filter((p) => p.score >= threshold).length;
    const alarms = neg.filter((p) => p.score >= threshold).length;
    console.log(
      `  ${cat.padEnd(28)} ${String(rows.length).padStart(3)} pairs` +
        (pos.length ? `  recall ${found}/${pos.length}` : '') +
        (neg.length ? `  false alarms ${alarms}/${neg.length}` : ''),
    );
  }
}

function errors(scored: ScoredPair[]): void {
  const misses = scored.filter((p) => p.match && p.score < threshold).sort((a, b) => b.score - a.score);
  const alarms = scored.filter((p) => !p.match && p.score >= threshold).sort((a, b) => b.score - a.score);
  console.log(`\nMissed matches at ${threshold} (${misses.length}):`);
  for (const p of misses) console.log(`  ${p.score.toFixed(3)}  ${p.query}  |  ${p.candidate}  [${p.category}]`);
  console.log(`\nFalse alarms at ${threshold} (${alarms.length}):`);
  for (const p of alarms) console.log(`  ${p.score.toFixed(3)}  ${p.query}  |  ${p.candidate}  [${p.category}]`);
}

function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function compareWithOfac(): void {
  console.log(`\n=== OFAC Sanctions List Search scores (${OFAC_SCORES})`);
  if (!existsSync(OFAC_SCORES)) {
    console.log('ABSENT: the OFAC comparison needs ../shared/data/matching/ofac-search-scores.csv next to the repository; skipped.');
    return;
  }
  const rows = (
    parse(readFileSync(OFAC_SCORES, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[]
  ).map((r) => ({
    query: r.query_name!,
    result: r.result_name!,
    ofac: Number(r.ofac_score),
    ours: scoreNamePair(r.query_name!, r.result_name!).score,
  }));
  const returned = rows.filter((r) => r.ofac >= 0);
  console.log(`${rows.length} pairs; ${returned.length} returned by OFAC with a score, ${rows.length - returned.length} not returned (-1).`);
  const ofacScores = returned.map((r) => r.ofac);
  const ours = returned.map((r) => r.ours);
  console.log(`Pearson correlation (returned pairs):  ${pearson(ofacScores, ours).toFixed(3)}`);
  console.log(`Spearman correlation (returned pairs): ${pearson(ranks(ofacScores), ranks(ours)).toFixed(3)}`);

  const cell = { both: 0, ofacOnly: 0, oursOnly: 0, neither: 0 };
  for (const r of rows) {
    const o = r.ofac >= OFAC_CUT;
    const m = r.ours >= threshold;
    if (o && m) cell.both++;
    else if (o) cell.ofacOnly++;
    else if (m) cell.oursOnly++;
    else cell.neither++;
  }
  const agree = cell.both + cell.neither;
  console.log(`\nAgreement, OFAC >= ${OFAC_CUT} against ours >= ${threshold} (not returned counts as below):`);
  console.log(`  both hit ${cell.both}, OFAC only ${cell.ofacOnly}, ours only ${cell.oursOnly}, neither ${cell.neither}`);
  console.log(`  agreement ${pct(agree / rows.length)}`);
  for (const cut of [90, 95, 100]) {
    const agreeing = rows.filter((r) => r.ofac >= cut === r.ours >= threshold).length;
    console.log(`  agreement with OFAC >= ${cut} instead: ${pct(agreeing / rows.length)}`);
  }
  const at100 = rows.filter((r) => r.ofac === 100);
  console.log(`  of OFAC's 100s, ours >= ${threshold}: ${at100.filter((r) => r.ours >= threshold).length}/${at100.length}`);

  console.log(`\nDisagreements (OFAC score, ours):`);
  for (const r of rows) {
    const o = r.ofac >= OFAC_CUT;
    const m = r.ours >= threshold;
    if (o !== m) console.log(`  ${String(r.ofac).padStart(3)}  ${r.ours.toFixed(3)}  ${r.query}  |  ${r.result}`);
  }
}

function field(block: string, tag: string): string {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(block);
  return m ? m[1]!.replace(/\s+/g, ' ').trim() : '';
}

function unOriginalScript(): void {
  console.log(`\n=== UN list, original-script names against the UN's romanisation (${UN_LIST})`);
  if (!existsSync(UN_LIST)) {
    console.log('ABSENT: ../shared/data/screening/un-consolidated-2026-02-27.xml not found; skipped.');
    return;
  }
  const xml = readFileSync(UN_LIST, 'utf8');
  for (const kind of ['INDIVIDUAL', 'ENTITY'] as const) {
    const pairs: { original: string; latin: string; score: number }[] = [];
    for (const m of xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'g'))) {
      const block = m[1]!;
      const original = field(block, 'NAME_ORIGINAL_SCRIPT');
      if (!original || /^[\x00-\x7f]*$/.test(original)) continue;
      const latin = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => field(block, t)).filter(Boolean).join(' ');
      if (!latin) continue;
      pairs.push({ original, latin, score: scoreNamePair(original, latin).score });
    }
    const found = pairs.filter((p) => p.score >= threshold).length;
    console.log(`${kind === 'INDIVIDUAL' ? 'Individuals' : 'Entities (often translated, not transliterated)'}: ${found}/${pairs.length} at or above ${threshold} (${pct(found / pairs.length)})`);
    const at = [0.7, 0.75, 0.78, 0.8, 0.85, 0.9].map((t) => `${t}: ${pct(pairs.filter((p) => p.score >= t).length / pairs.length)}`);
    console.log(`  recall by threshold  ${at.join('  ')}`);
    if (kind === 'INDIVIDUAL') {
      const misses = pairs.filter((p) => p.score < threshold).sort((a, b) => b.score - a.score);
      for (const p of misses.slice(0, Number(process.env.UN_MISSES ?? 15))) console.log(`  ${p.score.toFixed(3)}  ${p.original}  |  ${p.latin}`);
      if (misses.length > 15) console.log(`  ... and ${misses.length - 15} more`);
    }
  }
}

const scored = scorePairs(loadLabelledPairs());
sweep(scored);
byCategory(scored);
errors(scored);
compareWithOfac();
unOriginalScript();
