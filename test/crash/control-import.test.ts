import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { REPO_ROOT } from '../unit/helpers';
import { ABSENT_NOTE, realFile, writeGeneratedCcl } from './crash-data';
import { closeForCopy, runCrashScenario } from './crash-scenario';

/**
 * Killing a control-list import: the real CCL (633 entries, their paragraphs and search rows) over
 * an older edition that classified items cite, so the same transaction also raises their re-reviews.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-data-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const realCcl = realFile('control-lists', 'us-ccl-2026-07-23.json');
const cclFile = realCcl ?? writeGeneratedCcl(scratch);

async function call(core: Core, method: Parameters<Core['call']>[0], input: unknown) {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as never;
}

it('a killed control-list import leaves the workspace sound with the whole snapshot or none of it', async () => {
  const report = await runCrashScenario({
    name: 'controls.import (control list)',
    notes: [realCcl ? 'real US CCL of 2026-07-23 imported over a 2026-01-15 excerpt cited by 40 classified items' : ABSENT_NOTE],
    async buildTemplate(dir) {
      const core = openCore(dir);
      // The excerpt's paragraphs differ from the real edition's, so each classification gets a review.
      await call(core, 'controls.import', { source: { path: path.join(REPO_ROOT, 'test/fixtures/ccl-small-v1.json') } });
      const cited = ['4D004.a', '4D004.b', '4E001.a', '5A004.a'];
      for (let i = 0; i < 40; i++) {
        const code = cited[i % cited.length]!;
        const { item } = (await call(core, 'items.create', { name: `Crashtest Tool ${i}`, modelNumber: `CT-${i}`, itemType: 'software' })) as { item: { id: number } };
        await call(core, 'classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', entryCode: code.slice(0, 5), paragraphCode: code, rationale: 'Crash test', status: 'final' });
      }
      closeForCopy(core);
    },
    worker: () => ({ method: 'controls.import', input: { source: { path: cclFile } }, clock: '2026-08-01T10:00:00.000Z' }),
  });
  console.log(report.text);
  expect(report.failures).toEqual([]);
}, 600_000);
