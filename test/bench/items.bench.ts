import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../electron/core';
import { insertClassification } from '../../electron/core/classification/classification-store';
import { quoteCitation } from '../../electron/core/classification/quote';
import { generateItems } from './item-data';
import { fmt, summarize, time, timeAsync } from './stats';

const ITEMS = 20_000;
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/classification');

/** Targets from the items issue: filtered page p95 < 20 ms, name search p95 < 50 ms. */
const TARGETS = { page: 20, search: 50 };

const FILTERS = [
  {},
  { itemType: 'software' as const },
  { itemType: 'technology' as const },
  { usClass: '5A992' },
  { usClass: 'unclassified' },
  { usClass: 'EAR99' },
  { euClass: 'NOT-LISTED' },
  { needsReview: true },
  { itemType: 'commodity' as const, usClass: '5A002' },
  { needsReview: true, itemType: 'software' as const },
];

const SEARCHES = ['secure', 'vault vpn', 'nordic router', 'helix', 'cipher fire', 'm-1234', 'acme', 'krypto', 'atlas sdk', 'photon cam', 'zzz', 'orbit', 'titan storage', 'echo'];

function line(label: string, ms: number[], target?: number): void {
  const s = summarize(ms);
  const goal = target === undefined ? '' : `  (target p95 < ${target} ms${s.p95 < target ? '' : ' — MISSED'})`;
  console.log(`${label.padEnd(44)} p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  max ${fmt(s.max).padStart(9)}${goal}`);
}

export async function benchItems(): Promise<void> {
  console.log(`\n## Items (${ITEMS.toLocaleString('en-US')} generated items)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-items-'));
  try {
    const core = openCore(path.join(tmp, 'big'));
    const gen = time(() => generateItems(core.ws.db, ITEMS));
    console.log(`generated ${ITEMS.toLocaleString('en-US')} items in ${fmt(gen.ms)}`);

    // Pages anywhere in the list, as a user scrolling the virtualised table asks for them.
    const pageTimes: number[] = [];
    for (let run = 0; run < 20; run++) {
      for (const f of FILTERS) {
        const offset = ((run * 37) % 20) * 100;
        pageTimes.push((await timeAsync(() => core.call('items.list', { ...f, offset, limit: 100 }))).ms);
      }
    }
    line('filtered page of 100 with total (items.list)', pageTimes, TARGETS.page);

    const deep: number[] = [];
    for (let run = 0; run < 50; run++) deep.push((await timeAsync(() => core.call('items.list', { offset: 18_000 + run * 20, limit: 100, withTotal: false }))).ms);
    line('unfiltered page at offset 18,000', deep, TARGETS.page);

    const searchTimes: number[] = [];
    for (let run = 0; run < 10; run++) {
      for (const q of SEARCHES) searchTimes.push((await timeAsync(() => core.call('items.list', { search: q, limit: 100 }))).ms);
    }
    line('name search, first page with total', searchTimes, TARGETS.search);

    // Re-review: every item classified against one CCL edition, then a changed edition imported.
    const db = core.ws.db;
    const first = await core.call('controls.import', { source: { path: path.join(FIXTURES, 'ccl-crypto-2026-01-15.json') } });
    if (!first.ok) throw new Error(first.error.message);
    const quote = quoteCitation(db, first.value.snapshot.id, '5A992', '5A992.c')!;
    const ids = db.prepare('SELECT id FROM items').pluck().all() as number[];
    const classify = time(() =>
      db.transaction(() => {
        for (const id of ids) {
          insertClassification(
            db,
            { itemId: id, jurisdiction: 'us-ear', kind: 'entry', listId: 'us-ccl', snapshotId: first.value.snapshot.id, entryCode: '5A992', paragraphCode: '5A992.c', quote, supporting: [], rationale: 'bench', decisionPath: null, authorization: null, reportItemType: null, status: 'final' },
            '2026-01-20T00:00:00.000Z',
            'bench',
          );
        }
      })(),
    );
    console.log(`classified all ${ids.length.toLocaleString('en-US')} items (5A992.c) in ${fmt(classify.ms)}`);
    const second = await timeAsync(() => core.call('controls.import', { source: { path: path.join(FIXTURES, 'ccl-crypto-2026-04-01.json') } }));
    if (!second.value.ok) throw new Error(second.value.error.message);
    const flagged = (db.prepare('SELECT count(*) AS n FROM items WHERE needs_review = 1').get() as { n: number }).n;
    console.log(`import of a changed CCL edition, flagging ${flagged.toLocaleString('en-US')} items for review in the same transaction: ${fmt(second.ms)}`);

    const queue: number[] = [];
    for (let run = 0; run < 20; run++) queue.push((await timeAsync(() => core.call('items.list', { needsReview: true, offset: run * 100, limit: 100 }))).ms);
    line('needs-review page of 100 after the import', queue, TARGETS.page);
    core.ws.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
