/**
 * A long batch screening in a second process, as another ExportDesk window or `exportdesk screen
 * --input` runs it: prints COMMITTING when the matching is done and the write begins, then DONE
 * with the outcome. Run through tsx by workspace-concurrency.test.ts.
 */
import { openCore } from '../../../electron/core';

const [dir, file] = [process.argv[2]!, process.argv[3]!];
const core = openCore(dir);
let told = false;
void core
  .call('screening.batch', { source: { path: file }, jobId: 'batch' }, {
    onProgress(p) {
      if (!told && p.phase === 'Recording the screenings') {
        told = true;
        process.stdout.write('COMMITTING\n');
      }
    },
  })
  .then((r) => {
    process.stdout.write(`DONE ${JSON.stringify(r.ok ? { ok: true, rows: r.value.rows.length } : r)}\n`);
    core.ws.close();
  });
