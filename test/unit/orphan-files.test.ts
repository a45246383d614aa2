import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { cleanupTemp, ok, REPO_ROOT, tempDir } from './helpers';

afterEach(cleanupTemp);

// A write places its file (an attachment, a package PDF) just before its transaction commits; a
// crash between the two leaves the file without its record (test/crash shows it happening).
it('opening a workspace removes files a crash left without their record, and nothing else', async () => {
  const dir = path.join(tempDir(), 'workspace');
  const first = openCore(dir);
  const { party } = ok(await first.call('parties.create', { legalName: 'Nordlicht GmbH', kind: 'commercial', country: 'DE' }));
  const { document } = ok(
    await first.call('parties.attachDocument', { partyId: party.id, docType: 'other', source: { path: path.join(REPO_ROOT, 'test/fixtures/parties/end-user-statement.pdf') } }),
  );
  first.ws.close();

  const file = (...p: string[]) => path.join(dir, ...p);
  fs.mkdirSync(file('packages'));
  const left = [file('attachments', 'a'.repeat(64)), file('attachments', `${'b'.repeat(64)}.4242.1700000000000.part`), file('packages', 'REF-1-application-1.pdf')];
  const kept = [
    file('attachments', document.sha256),
    // A package being rendered in another process writes this outside any lock.
    file('packages', '.pending-123-456-1.pdf.part'),
    file('packages', 'notes.txt'),
    file('attachments', 'README'),
  ];
  for (const f of [...left, ...kept.slice(1)]) fs.writeFileSync(f, '%PDF-1.7\n');

  openCore(dir).ws.close();

  expect(left.filter((f) => fs.existsSync(f))).toEqual([]);
  expect(kept.filter((f) => !fs.existsSync(f))).toEqual([]);
});
