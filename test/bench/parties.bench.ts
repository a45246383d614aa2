import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { listParties } from '../../electron/core/parties/list';
import { PARTY_CSV_COLUMNS } from '../../shared/parties/csv-columns';
import { generatedParty, generateParties } from './party-data';
import { fmt, summarize, time, timeAsync } from './stats';

const PARTIES = 100_000;
const CSV_ROWS = 10_000;

/** Targets from the parties issue: filtered page p95 < 20 ms, name search p95 < 50 ms, 10,000-row import < 3 s. */
const TARGETS = { page: 20, search: 50, import: 3000 };

const FILTERS = [
  { country: 'DE' },
  { country: 'US' },
  { kind: 'academic' as const },
  { kind: 'individual' as const },
  { kyc: 'open' as const },
  { kyc: 'incomplete' as const },
  { country: 'US', kind: 'commercial' as const },
  { country: 'CN', kyc: 'incomplete' as const },
  { screening: 'not-screened' as const },
  {},
];

const SEARCHES = ['nordic', 'atlas sys', 'university', 'ministry of', 'helix dyn', 'gmbh', 'anna', 'reg-de', 'quantum photonics', 'schmidt', 'zzz', 'pol', 'eastern trading', 'sigma labs', 'apex', 'vertex rob'];

function line(label: string, ms: number[], target: number): void {
  const s = summarize(ms);
  console.log(`${label.padEnd(44)} p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  max ${fmt(s.max).padStart(9)}  (target p95 < ${target} ms${s.p95 < target ? '' : ' — MISSED'})`);
}

function csvOf(rows: number, seed: number): string {
  let rand = seed;
  const next = () => ((rand = (rand * 1103515245 + 12345) >>> 0), rand / 2 ** 32);
  const lines = [PARTY_CSV_COLUMNS.join(',')];
  for (let i = 1; i <= rows; i++) {
    const p = generatedParty(1_000_000 + i, next);
    const a = p.addresses[0]!;
    const cells: Record<string, string> = {
      legal_name: p.legalName,
      kind: p.kind,
      country: p.country,
      other_names: p.otherNames.map((n) => n.name).join('; '),
      roles: p.roles.join('; '),
      address: a.street ?? '',
      city: a.city ?? '',
      postal_code: a.postalCode ?? '',
      website: p.website ?? '',
      registration_id: p.identifiers[0]?.value ?? '',
    };
    lines.push(PARTY_CSV_COLUMNS.map((c) => (/[",;\n]/.test(cells[c] ?? '') ? `"${(cells[c] ?? '').replace(/"/g, '""')}"` : (cells[c] ?? ''))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export async function benchParties(): Promise<void> {
  console.log(`\n## Parties (${PARTIES.toLocaleString('en-US')} generated parties)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-parties-'));
  try {
    const core = openCore(path.join(tmp, 'big'));
    const gen = time(() => generateParties(core.ws.db, PARTIES));
    console.log(`generated ${PARTIES.toLocaleString('en-US')} parties in ${fmt(gen.ms)}`);

    // Pages anywhere in the list, as a user scrolling the virtualised table asks for them.
    const pageTimes: number[] = [];
    for (let run = 0; run < 20; run++) {
      for (const f of FILTERS) {
        const offset = (run * 37 % 20) * 100;
        pageTimes.push((await timeAsync(() => core.call('parties.list', { ...f, offset, limit: 100 }))).ms);
      }
    }
    line('filtered page of 100 with total (parties.list)', pageTimes, TARGETS.page);

    const deep: number[] = [];
    for (let run = 0; run < 50; run++) deep.push(time(() => listParties(core.ws.db, { offset: 90_000 + run * 100, limit: 100 })).ms);
    line('unfiltered page at offset 90,000', deep, TARGETS.page);

    const searchTimes: number[] = [];
    for (let run = 0; run < 10; run++) {
      for (const q of SEARCHES) searchTimes.push((await timeAsync(() => core.call('parties.list', { search: q, limit: 100 }))).ms);
    }
    line('name search, first page with total', searchTimes, TARGETS.search);

    const similar: number[] = [];
    for (const q of ['Nordic Systems GmbH', 'Atlas Trading Ltd', 'Anna Schmidt', 'University of Helix Labs']) {
      for (let run = 0; run < 5; run++) similar.push((await timeAsync(() => core.call('parties.findSimilar', { legalName: q, country: 'DE' }))).ms);
    }
    line('near-duplicate check on create (findSimilar)', similar, TARGETS.search);
    core.ws.close();

    const csvFile = path.join(tmp, 'parties-10000.csv');
    fs.writeFileSync(csvFile, csvOf(CSV_ROWS, 7));
    const imports: number[] = [];
    for (let run = 0; run < 3; run++) {
      const fresh = openCore(path.join(tmp, `import-${run}`));
      const r = await timeAsync(() => fresh.call('parties.import', { source: { path: csvFile } }));
      if (!r.value.ok) throw new Error(r.value.error.message);
      imports.push(r.ms);
      fresh.ws.close();
    }
    const s = summarize(imports);
    console.log(`import of a ${CSV_ROWS.toLocaleString('en-US')}-row party CSV (parse, check, write, audit)  best ${fmt(s.min)}  worst ${fmt(s.max)}  (target < ${TARGETS.import} ms${s.max < TARGETS.import ? '' : ' — MISSED'})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
