import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { closeForCopy, runCrashScenario } from './crash-scenario';
import { callOk, namesToScreen, screeningList, writeCsv } from './screening-setup';

/**
 * Killing a re-screening of every party (screening.rescreenAll, run after each list import): 2,000
 * parties, one in ten named like a listed entry, already screened once with some hits cleared, so
 * the commit also carries decisions forward and updates each party's screening state.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-data-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const PARTIES = 2000;
const list = screeningList(scratch);
const partiesFile = writeCsv(
  path.join(scratch, 'parties.csv'),
  ['legal_name', 'kind', 'country'],
  namesToScreen(list.file, PARTIES).map((n, i) => [n, i % 10 === 0 ? 'other' : 'commercial', 'DE']),
);

it('a killed re-screening of every party records all the new screenings or none', async () => {
  const report = await runCrashScenario({
    name: `screening.rescreenAll (${PARTIES} parties)`,
    notes: [list.note],
    async buildTemplate(dir) {
      const core = openCore(dir);
      await callOk(core, 'lists.import', list.input);
      // The import screens every party once (party-screening.ts): the re-screening killed is their second.
      await callOk(core, 'parties.import', { source: { path: partiesFile } });
      const open = core.ws.db.prepare("SELECT id FROM screening_hits WHERE status = 'open' ORDER BY id LIMIT 20").pluck().all() as number[];
      for (const hitId of open) await callOk(core, 'screening.decide', { hitId, decision: 'cleared', reason: 'Different party (crash test)' });
      closeForCopy(core);
    },
    worker: () => ({ method: 'screening.rescreenAll', input: {}, clock: '2026-08-01T10:00:00.000Z' }),
  });
  console.log(report.text);
  expect(report.failures).toEqual([]);
}, 600_000);
