/**
 * A second process for the workspace-concurrency tests. Prints READY once loaded, then reads one
 * line of jobs from stdin; for each it waits until the agreed instant, opens the workspace folder
 * (and optionally makes one audited write), and prints one JSON line with what happened. Run
 * through tsx by test/unit/workspace-concurrency.test.ts.
 */
import readline from 'node:readline';
import { openCore } from '../../../electron/core';

interface Job {
  dir: string;
  /** Date.now() at which to open, the same for every process of one trial. */
  at: number;
  write?: string;
}

async function run(jobs: Job[]): Promise<void> {
  for (const job of jobs) {
    while (Date.now() < job.at) await new Promise((r) => setTimeout(r, Math.max(0, Math.min(5, job.at - Date.now()))));
    try {
      const core = openCore(job.dir);
      let write: unknown = null;
      if (job.write) {
        const r = await core.call('settings.update', { userName: job.write });
        write = r.ok ? 'ok' : r.error;
      }
      process.stdout.write(`${JSON.stringify({ dir: job.dir, ok: true, migration: core.ws.migration, write })}\n`);
      core.ws.close();
    } catch (e) {
      const info = (e as { info?: unknown }).info;
      process.stdout.write(`${JSON.stringify({ dir: job.dir, ok: false, error: info ?? String(e) })}\n`);
    }
  }
}

const lines = readline.createInterface({ input: process.stdin });
lines.once('line', (line) => {
  lines.close();
  process.stdin.destroy();
  void run(JSON.parse(line) as Job[]);
});
process.stdout.write('READY\n');
