import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import { openCore } from '../../electron/core';
import { loadedLists } from '../../electron/core/screening/matcher-cache';
import { screen } from '../../shared/screening/candidate-index';
import { queryNames } from './query-names';
import { fmt, summarize, time, timeAsync } from './stats';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/screening');
const LISTS: { file: string; acceptTruncated?: boolean }[] = [
  { file: 'ofac-sdn-2024-05-03.csv' },
  { file: 'csl-partial-2023-11.csv', acceptTruncated: true },
  { file: 'un-consolidated-2026-02-27.xml' },
  { file: 'bis-dpl-2023-11.txt' },
];
/** Fuse.js scans every name per query (~150 ms here): the whole 10,000 would take ~25 minutes. */
const FUSE_SAMPLE = Number(process.env.BENCH_FUSE_SAMPLE ?? 50);

export async function benchScreening(): Promise<void> {
  console.log('\n## Restricted-party screening');
  if (!fs.existsSync(DATA)) {
    console.log(`skipped: real lists not found at ${DATA} (they live in ../shared/data beside the repo)`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-screening-'));
  try {
    const sdnTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const c = openCore(path.join(tmp, `sdn-${run}`));
      const r = await timeAsync(() => c.call('lists.import', { source: { path: path.join(DATA, LISTS[0]!.file) } }));
      if (!r.value.ok) throw new Error(r.value.error.message);
      sdnTimes.push(r.ms);
      c.ws.close();
    }
    console.log(`import OFAC SDN (14,965 entries): ${fmt(summarize(sdnTimes).p50)} (median of 3; target under 2 s)`);

    const core = openCore(path.join(tmp, 'all'));
    for (const l of LISTS) {
      const r = await core.call('lists.import', { source: { path: path.join(DATA, l.file) }, acceptTruncated: l.acceptTruncated });
      if (!r.ok) throw new Error(r.error.message);
    }
    const build = time(() => loadedLists(core.ws.db));
    const loaded = build.value;
    const listed = [...loaded.entries.values()].map((e) => e.name);
    console.log(`SDN + CSL + UN + DPL together: ${loaded.entries.size} entries, index built in ${fmt(build.ms)}`);

    const single = queryNames(listed, 1000, 7);
    for (const q of queryNames(listed, 200, 99)) screen(loaded.index, { name: q });
    const matcherMs = single.map((q) => time(() => screen(loaded.index, { name: q })).ms);
    const coreMs: number[] = [];
    for (const q of single) coreMs.push((await timeAsync(() => core.call('screening.preview', { name: q }))).ms);
    const m = summarize(matcherMs);
    const c = summarize(coreMs);
    console.log(`screen one name (1,000 names): matcher p50 ${fmt(m.p50)} p95 ${fmt(m.p95)}; through the core p50 ${fmt(c.p50)} p95 ${fmt(c.p95)} (target p50 under 2 ms)`);

    const batch = queryNames(listed, 10_000, 11);
    const csv = path.join(tmp, 'batch.csv');
    fs.writeFileSync(csv, `id,name\n${batch.map((n, i) => `${i + 1},"${n.replace(/"/g, '""')}"`).join('\n')}\n`);
    const b = await timeAsync(() => core.call('screening.batch', { source: { path: csv } }));
    if (!b.value.ok) throw new Error(b.value.error.message);
    const withHits = b.value.value.rows.filter((r) => r.hits.length).length;
    console.log(`batch-screen 10,000 names, recorded: ${(b.ms / 1000).toFixed(1)} s (${withHits} with hits; target under 20 s)`);

    const allNames = (core.ws.db.prepare('SELECT name, aliases_json FROM screening_entries').all() as { name: string; aliases_json: string }[]).flatMap((r) => [
      r.name,
      ...(JSON.parse(r.aliases_json) as { name: string }[]).map((a) => a.name),
    ]);
    const fuse = new Fuse(allNames, { includeScore: true, threshold: 0.3, ignoreLocation: true });
    const sample = batch.slice(0, FUSE_SAMPLE);
    const fuseMs = time(() => sample.forEach((q) => fuse.search(q, { limit: 20 }))).ms;
    const ours = time(() => sample.forEach((q) => screen(loaded.index, { name: q }))).ms;
    const projected = (fuseMs / sample.length) * batch.length;
    console.log(
      `Fuse.js on the same names: ${sample.length} of the batch in ${(fuseMs / 1000).toFixed(1)} s -> 10,000 in ~${(projected / 1000).toFixed(0)} s ` +
        `(ExportDesk's matcher: ${(ours / 1000).toFixed(2)} s for those ${sample.length}; ${(fuseMs / ours).toFixed(0)}x faster). ` +
        `Set BENCH_FUSE_SAMPLE=10000 to run Fuse.js on the whole batch.`,
    );
    core.ws.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
