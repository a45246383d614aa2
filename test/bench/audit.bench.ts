import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Input } from '../../shared/contract';
import { openCore } from '../../electron/core';
import { generateAuditLog, GENERATED_ACTORS } from './audit-data';
import { fmt, summarize, timeAsync } from './stats';

const ROWS = 200_000;

/**
 * The Audit page on a long log: a page and its count for each filter, the filter menus, the
 * export, and the chain check with the longest time another call waits behind one of its steps.
 */
const FILTERS: [string, NonNullable<Input<'audit.count'>>][] = [
  ['no filter', {}],
  ['one record', { recordType: 'party', recordId: '42' }],
  ['kind of record', { recordType: 'party' }],
  ['user', { actor: GENERATED_ACTORS[0]! }],
  ['user nobody is', { actor: 'Nobody' }],
  ['action prefix', { actionPrefix: 'parties.' }],
  ['one day', { from: '2025-06-01', to: '2025-06-01' }],
  ['two years', { from: '2025-01-01', to: '2026-12-31' }],
  ['two years and a user', { from: '2025-01-01', to: '2026-12-31', actor: GENERATED_ACTORS[1]! }],
];

export async function benchAudit(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-bench-audit-'));
  const core = openCore(dir);
  try {
    console.log(`\nAudit log: ${ROWS.toLocaleString('en-US')} generated rows`);
    generateAuditLog(core.ws.db, ROWS);
    const call = async <M extends Parameters<typeof core.call>[0]>(m: M, input: unknown) => {
      const r = await core.call(m, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    for (const [label, f] of FILTERS) {
      const page: number[] = [];
      const count: number[] = [];
      for (let i = 0; i < 5; i++) {
        page.push((await timeAsync(() => call('audit.list', { ...f, limit: 100 }))).ms);
        count.push((await timeAsync(() => call('audit.count', f))).ms);
      }
      console.log(`  ${label.padEnd(28)} page p50 ${fmt(summarize(page).p50).padStart(9)}   count p50 ${fmt(summarize(count).p50).padStart(9)}`);
    }
    console.log(`  ${'filter menus'.padEnd(28)} ${fmt((await timeAsync(() => call('audit.facets', {}))).ms)}`);
    console.log(`  ${'deep page (offset 190,000)'.padEnd(28)} ${fmt((await timeAsync(() => call('audit.list', { offset: 190_000, limit: 100 }))).ms)}`);

    // The longest gap between event-loop turns while the chain is checked: how long a call can wait.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const verify = await timeAsync(() => call('audit.verify', {}));
    clearInterval(ticker);
    console.log(`  ${'verify the chain'.padEnd(28)} ${fmt(verify.ms)} (longest wait for another call ${fmt(longest)})`);
    const exported = await timeAsync(() => call('audit.exportCsv', { actor: GENERATED_ACTORS[2]! }));
    console.log(`  ${'export one user as CSV'.padEnd(28)} ${fmt(exported.ms)} (${(exported.value as { rowCount: number }).rowCount.toLocaleString('en-US')} rows)`);
  } finally {
    core.ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
