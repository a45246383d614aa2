/**
 * Speed sanity check for the screening matcher (not a test): npx tsx test/bench/matcher-speed.ts
 *
 * Loads the real lists from ../shared/data/screening (SDN always; CSL, UN and DPL when present, to
 * reach the ~50,000 names the design targets), builds the candidate index, then screens 1,000 names
 * one at a time (p50/p95 per query) and 10,000 as a batch. Targets: p50 under 2 ms; 10,000 under 20 s
 * on a 2-core machine. The parsers here are deliberately minimal; the real importers live elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { buildIndex, screen } from '../../shared/screening/candidate-index';
import type { PartyType, ScreeningEntry } from '../../shared/screening/types';

const DATA = fileURLToPath(new URL('../../../shared/data/screening/', import.meta.url));
const SDN = `${DATA}ofac-sdn-2024-05-03.csv`;

/** OFAC sdn.csv: no header, 12 quoted columns, "-0- " for empty, aliases only inside remarks. */
function parseSdn(text: string): ScreeningEntry[] {
  const entries: ScreeningEntry[] = [];
  for (const line of text.split('\r\n')) {
    if (!line.trim()) continue;
    const cols: string[] = [];
    let i = 0;
    while (i < line.length) {
      if (line[i] === '"') {
        const end = line.indexOf('"', i + 1);
        cols.push(line.slice(i + 1, end));
        i = end + 2;
      } else {
        const end = line.indexOf(',', i);
        cols.push((end < 0 ? line.slice(i) : line.slice(i, end)).trim());
        i = end < 0 ? line.length : end + 1;
      }
    }
    const [id, name, rawType, , , , , , , , , remarks] = cols;
    if (!id || !name) continue;
    const t = (rawType ?? '').trim();
    const type: PartyType = t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : t === '-0-' ? 'entity' : 'unknown';
    // Aliases may hold apostrophes ("ABU 'ALI"): an alias ends at a quote followed by ; or . or the end.
    const aliases = [...(remarks ?? '').matchAll(/[afn]\.k\.a\. '(.*?)'(?=[;.]|$)/g)].map((m) => m[1]!);
    entries.push({ id: `sdn-${id}`, listId: 'sdn', names: [name, ...aliases], type, countries: [] });
  }
  return entries;
}

function parseCsl(path: string): ScreeningEntry[] {
  // The partial extract ends mid-record and repeats its header on line 2: drop both.
  const text = readFileSync(path, 'utf8');
  const rows = parse(text.slice(0, text.lastIndexOf('\n')), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows
    .filter((r) => r.name && r.name !== 'name')
    .map((r, i) => ({
      id: `csl-${r._id ?? i}`,
      listId: 'csl',
      names: [r.name!, ...(r.alt_names ? r.alt_names.split('; ') : [])],
      type: r.type === 'Individual' ? 'individual' : r.type === 'Vessel' ? 'vessel' : 'entity',
      countries: [],
    }));
}

function parseUn(path: string): ScreeningEntry[] {
  const xml = readFileSync(path, 'utf8');
  const entries: ScreeningEntry[] = [];
  for (const kind of ['INDIVIDUAL', 'ENTITY'] as const) {
    for (const m of xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'g'))) {
      const block = m[1]!;
      const get = (tag: string) => [...block.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((x) => x[1]!.trim());
      const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].flatMap(get).join(' ');
      const names = [primary, ...get('NAME_ORIGINAL_SCRIPT'), ...get('ALIAS_NAME')].filter(Boolean);
      if (names.length) entries.push({ id: `un-${get('DATAID')[0]}`, listId: 'un', names, type: kind === 'INDIVIDUAL' ? 'individual' : 'entity', countries: [] });
    }
  }
  return entries;
}

function parseDpl(path: string): ScreeningEntry[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l, i) => ({ id: `dpl-${i}`, listId: 'dpl', names: [l.split('\t')[0]!.replace(/"/g, '').trim()], type: 'unknown' as const, countries: [] }));
}

/** Small seeded generator so runs are comparable. */
function rng(seed: number): () => number {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function typo(name: string, r: () => number): string {
  const i = 1 + Math.floor(r() * Math.max(1, name.length - 2));
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

function queries(entries: ScreeningEntry[], count: number, seed: number): string[] {
  const r = rng(seed);
  const pick = () => entries[Math.floor(r() * entries.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = pick().names[0]!;
    switch (i % 3) {
      case 0: // a listed name, as listed
        out.push(name);
        break;
      case 1: // a listed name with a typo and its words reversed
        out.push(typo(name, r).split(/[ ,]+/).reverse().join(' '));
        break;
      default: // a made-up party built from words of two unrelated entries: mostly near misses
        out.push(`${pick().names[0]!.split(/[ ,]+/)[0]} ${pick().names[0]!.split(/[ ,]+/).slice(-1)[0]}`);
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

if (!existsSync(SDN)) {
  console.log(`ABSENT: ${SDN} not found; the speed check needs ../shared/data next to the repository.`);
  process.exit(0);
}
let t0 = performance.now();
const entries = parseSdn(readFileSync(SDN, 'latin1'));
const extra: [string, (p: string) => ScreeningEntry[]][] = [
  ['csl-partial-2023-11.csv', parseCsl],
  ['un-consolidated-2026-02-27.xml', parseUn],
  ['bis-dpl-2023-11.txt', parseDpl],
];
const sdnCount = entries.length;
for (const [file, parser] of extra) if (existsSync(DATA + file)) entries.push(...parser(DATA + file));
const nameCount = entries.reduce((n, e) => n + e.names.length, 0);
console.log(`Parsed ${entries.length} entries (${sdnCount} SDN) with ${nameCount} names and aliases in ${(performance.now() - t0).toFixed(0)} ms`);

const heapBefore = process.memoryUsage().heapUsed;
t0 = performance.now();
const index = buildIndex(entries);
const buildMs = performance.now() - t0;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
console.log(
  `Index built in ${buildMs.toFixed(0)} ms: ${index.names.length} names, ${index.vocabulary.size} distinct tokens, ` +
    `${index.neighbourhoods.size} skeleton keys, ${index.joins.size} run-together keys; heap +${heapMb.toFixed(0)} MB`,
);

// Warm up the JIT on a separate sample so the timings below are steady-state.
for (const q of queries(entries, 300, 99)) screen(index, { name: q });

const sample = queries(entries, 1000, 7);
const times: number[] = [];
let hits = 0;
let scored = 0;
for (const q of sample) {
  const t = performance.now();
  const r = screen(index, { name: q });
  times.push(performance.now() - t);
  hits += r.hits.length;
  scored += r.namesScored;
}
times.sort((a, b) => a - b);
console.log(
  `1,000 queries one at a time: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, ` +
    `p99 ${percentile(times, 99).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(1)} ms; ` +
    `${(hits / sample.length).toFixed(1)} hits and ${(scored / sample.length).toFixed(0)} names scored per query`,
);

const batch = queries(entries, 10_000, 11);
t0 = performance.now();
for (const q of batch) screen(index, { name: q });
console.log(`10,000 queries as a batch (one thread): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/**
 * The real files hold fewer names than the ~50,000 the design targets (SDN + full CSL + UN + DPL),
 * so the same run is repeated on the lists plus made-up entries that recombine their words: a
 * harder index than real growth (every padded name shares words with real ones).
 */
function padded(real: ScreeningEntry[], targetNames: number): ScreeningEntry[] {
  const r = rng(3);
  const out = [...real];
  let names = nameCount;
  const words = (e: ScreeningEntry) => e.names[0]!.split(/[ ,]+/).filter(Boolean);
  while (names < targetNames) {
    const a = words(real[Math.floor(r() * real.length)]!);
    const b = words(real[Math.floor(r() * real.length)]!);
    out.push({ id: `pad-${out.length}`, listId: 'pad', names: [[...a.slice(0, 1), ...b.slice(1)].join(' ')], type: 'unknown', countries: [] });
    names++;
  }
  return out;
}
const big = padded(entries, 50_000);
t0 = performance.now();
const bigIndex = buildIndex(big);
console.log(`\nPadded to ${bigIndex.names.length} names: index built in ${(performance.now() - t0).toFixed(0)} ms`);
for (const q of queries(entries, 300, 99)) screen(bigIndex, { name: q });
const bigTimes = sample.map((q) => {
  const t = performance.now();
  screen(bigIndex, { name: q });
  return performance.now() - t;
});
bigTimes.sort((a, b) => a - b);
console.log(`1,000 queries one at a time: p50 ${percentile(bigTimes, 50).toFixed(2)} ms, p95 ${percentile(bigTimes, 95).toFixed(2)} ms`);
t0 = performance.now();
for (const q of batch) screen(bigIndex, { name: q });
console.log(`10,000 queries as a batch (one thread): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
