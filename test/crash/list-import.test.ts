import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { ABSENT_NOTE, generatedListInput, realFile, writeGeneratedList } from './crash-data';
import { closeForCopy, runCrashScenario } from './crash-scenario';

/**
 * Killing a restricted-party list import: the OFAC SDN list of 2024-05-03 (14,965 entries) imported
 * over the edition of a week before, so the import also moves the list's current snapshot.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-data-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const older = realFile('screening', 'ofac-sdn-2024-04-26.csv');
const newer = realFile('screening', 'ofac-sdn-2024-05-03.csv');
const real = older !== null && newer !== null;
const olderInput = real ? { source: { path: older } } : generatedListInput(writeGeneratedList(scratch, 1), 1);
const newerInput = real ? { source: { path: newer } } : generatedListInput(writeGeneratedList(scratch, 2), 2);

it('a killed list import leaves the workspace sound with the whole snapshot or none of it', async () => {
  const report = await runCrashScenario({
    name: 'lists.import (screening list)',
    notes: [real ? 'real OFAC SDN 2024-04-26 in the template, 2024-05-03 imported' : ABSENT_NOTE],
    async buildTemplate(dir) {
      const core = openCore(dir);
      const r = await core.call('lists.import', olderInput);
      if (!r.ok) throw new Error(r.error.message);
      closeForCopy(core);
    },
    worker: () => ({ method: 'lists.import', input: newerInput, clock: '2026-08-01T10:00:00.000Z' }),
  });
  console.log(report.text);
  expect(report.failures).toEqual([]);
}, 600_000);
