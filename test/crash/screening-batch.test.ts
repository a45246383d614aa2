import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { closeForCopy, runCrashScenario } from './crash-scenario';
import { callOk, namesToScreen, screeningList, writeCsv } from './screening-setup';

/**
 * Killing a batch screening (`exportdesk screen --input FILE.csv`, screening.batch): 1,000 names,
 * one in ten a listed name, screened against the SDN list and recorded with every hit.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-data-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const BATCH_ROWS = 1000;
const list = screeningList(scratch);
const batchFile = writeCsv(path.join(scratch, 'batch.csv'), ['id', 'name', 'country'], namesToScreen(list.file, BATCH_ROWS).map((n, i) => [`R${i + 1}`, n, i % 3 ? 'DE' : '']));

it('a killed batch screening records every row of the batch or none', async () => {
  const report = await runCrashScenario({
    name: `screening.batch (${BATCH_ROWS} names)`,
    notes: [list.note],
    async buildTemplate(dir) {
      const core = openCore(dir);
      await callOk(core, 'lists.import', list.input);
      closeForCopy(core);
    },
    worker: () => ({ method: 'screening.batch', input: { source: { path: batchFile } }, clock: '2026-08-01T10:00:00.000Z' }),
  });
  console.log(report.text);
  expect(report.failures).toEqual([]);
}, 600_000);
