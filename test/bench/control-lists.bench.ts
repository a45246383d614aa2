import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { searchControls } from '../../electron/core/control-lists/search';
import { fmt, summarize, time, timeAsync } from './stats';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/control-lists');
const LISTS = [
  { file: 'us-ccl-2026-07-23.json', label: 'US CCL (633 ECCNs)' },
  { file: 'eu-annex-i-2025-11-15.json', label: 'EU Annex I (384 entries)' },
];

/** 100 varied queries: codes, prefixes, single words, phrases, misses. */
const QUERIES = [
  '5A002', '4d004', '5A00', '4A005', '5D002', '3A001', '9E003', '1C010', '6A003', '7A005',
  '5A001.j', '5A002.a.1', '0A501', '2B001', '4E001', '5E002', '3B001', '6A008', '9A004', '1A002',
  'intrusion software', 'cryptography', 'information security', 'quantum cryptography', 'lasers', 'night vision',
  'machine tools', 'spread spectrum', 'carbon fibre', 'gas turbine', 'superconducting', 'radar', 'sonar',
  'unmanned aerial', 'spacecraft', 'toxins', 'pathogens', 'nuclear', 'centrifuge', 'isostatic presses',
  'frequency hopping', 'digital computers', 'adjusted peak performance', 'surveillance', 'network communications',
  'mass market', 'cryptographic activation', 'authentication', 'encryption', 'decryption', 'key management',
  'smart cards', 'analogue-to-digital', 'microwave', 'amplifiers', 'oscilloscopes', 'signal generators',
  'semiconductor', 'lithography', 'etching', 'deposition', 'gyroscopes', 'accelerometers', 'inertial',
  'satellite navigation', 'underwater', 'submersible', 'propellers', 'hydrofoil', 'rocket', 'missile',
  'propulsion', 'composite', 'ceramic', 'alloys', 'titanium', 'beryllium', 'uranium', 'thorium', 'deuterium',
  'explosives', 'firearms', 'ammunition', 'body armor', 'night', 'thermal imaging', 'infrared', 'cameras',
  'focal plane arrays', 'optical fibres', 'telecommunications', 'jamming', 'interception', 'monitoring',
  'forensic', 'vulnerability', 'penetration testing', 'zzzz nothing', 'software', 'technology',
];

function likeScanTimes(db: import('better-sqlite3').Database, snapshotIds: number[]): number[] {
  const stmt = db.prepare(
    `SELECT e.code FROM control_entries e LEFT JOIN control_paragraphs p ON p.entry_id = e.id
     WHERE e.snapshot_id = ? AND (e.code LIKE ? OR e.heading LIKE ? OR p.text LIKE ?) GROUP BY e.code LIMIT 25`,
  );
  return QUERIES.map((q) => {
    const like = `%${q}%`;
    return time(() => snapshotIds.forEach((id) => stmt.all(id, like, like, like))).ms;
  });
}

export async function benchControlLists(): Promise<void> {
  console.log('\n## Control lists');
  if (!fs.existsSync(DATA)) {
    console.log(`skipped: real data not found at ${DATA} (it lives in ../shared/data beside the repo)`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-'));
  try {
    for (const list of LISTS) {
      const file = path.join(DATA, list.file);
      const parse = [];
      const imports = [];
      for (let run = 0; run < 5; run++) {
        parse.push(time(() => JSON.parse(fs.readFileSync(file, 'utf8'))).ms);
        const core = openCore(path.join(tmp, `${list.file}-${run}`));
        const r = await timeAsync(() => core.call('controls.import', { source: { path: file } }));
        if (!r.value.ok) throw new Error(r.value.error.message);
        imports.push(r.ms);
        core.ws.close();
      }
      const p = summarize(parse);
      const i = summarize(imports);
      console.log(`${list.label}: import ${fmt(i.p50)} (median of 5) vs read+JSON.parse only ${fmt(p.p50)} -> ${(i.p50 / p.p50).toFixed(1)}x`);
    }

    const core = openCore(path.join(tmp, 'search'));
    const ids: number[] = [];
    for (const list of LISTS) {
      const r = await core.call('controls.import', { source: { path: path.join(DATA, list.file) } });
      if (!r.ok) throw new Error(r.error.message);
      ids.push(r.value.snapshot.id);
    }
    searchControls(core.ws.db, 'warm up');
    const fts = QUERIES.map((q) => time(() => searchControls(core.ws.db, q, { limit: 25 })).ms);
    const like = likeScanTimes(core.ws.db, ids);
    const f = summarize(fts);
    const l = summarize(like);
    const rows = (core.ws.db.prepare('SELECT count(*) AS n FROM control_paragraphs').get() as { n: number }).n;
    if (QUERIES.length !== 100) throw new Error(`expected 100 queries, have ${QUERIES.length}`);
    console.log(`search over both current snapshots (${rows} paragraphs), ${QUERIES.length} queries:`);
    console.log(`  FTS5 search:  p50 ${fmt(f.p50)}  p95 ${fmt(f.p95)}  max ${fmt(f.max)}`);
    console.log(`  LIKE scan:    p50 ${fmt(l.p50)}  p95 ${fmt(l.p95)}  max ${fmt(l.max)}`);
    console.log(`  FTS5 is ${(l.p50 / f.p50).toFixed(1)}x faster at p50, ${(l.p95 / f.p95).toFixed(1)}x at p95`);
    core.ws.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
