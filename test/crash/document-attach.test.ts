import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { REPO_ROOT } from '../unit/helpers';
import { closeForCopy, runCrashScenario } from './crash-scenario';

/**
 * Killing the attachment of a document to a party (parties.attachDocument): the file is written to
 * attachments/ inside the transaction, before its row, so this is where a kill can leave a file
 * without its record. A 20 MB PDF (a real one padded, written here) makes the write take a while.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-data-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const pdf = path.join(scratch, 'end-user-statement-scan.pdf');
fs.writeFileSync(pdf, Buffer.concat([fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/parties/end-user-statement.pdf')), Buffer.alloc(20 * 1024 * 1024, 0x20)]));

it('a killed document attachment leaves the document with its file, or neither', async () => {
  let partyId = 0;
  const report = await runCrashScenario({
    name: 'parties.attachDocument (20 MB PDF)',
    async buildTemplate(dir) {
      const core = openCore(dir);
      const r = await core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' });
      if (!r.ok) throw new Error(r.error.message);
      partyId = r.value.party.id;
      closeForCopy(core);
    },
    worker: () => ({ method: 'parties.attachDocument', input: { partyId, docType: 'end-user-statement', source: { path: pdf } }, clock: '2026-08-01T10:00:00.000Z' }),
  });
  console.log(report.text);
  expect(report.failures).toEqual([]);
}, 600_000);
