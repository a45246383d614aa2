import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { createDemoWorkspace } from '../../electron/core/demo/create';
import { REPO_ROOT } from '../unit/helpers';
import { closeForCopy, runCrashScenario } from './crash-scenario';
import { filesUnder, type FileState } from './workspace-checks';

/**
 * Killing a filing-package generation (packages.generate) for the demo's application that is ready
 * to file: either no package record and no package file, or the record with its file, whose SHA-256
 * is the one stored. The PDF is written under a temporary name while preparing and renamed in the commit.
 */
const CLOCK = '2026-08-01T10:00:00.000Z';
const PACKAGES = 'packages';
// What the packages code writes while rendering (package-files.ts) and removes after an hour.
const PENDING = /^\.pending-.*\.part$/;

interface Summary {
  relativePath: string;
  sha256: string;
  generatedAt: string;
}

async function packageFiles(core: Core): Promise<FileState> {
  const listed = await core.call('packages.list', {});
  if (!listed.ok) return { problems: [`packages.list: ${listed.error.message}`] };
  const records = listed.value as Summary[];
  const problems: string[] = [];
  for (const r of records) {
    const file = path.join(core.ws.dir, r.relativePath);
    if (!fs.existsSync(file)) problems.push(`package record ${r.relativePath} has no file`);
    else if (crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') !== r.sha256) problems.push(`${r.relativePath} does not have the SHA-256 its record stores`);
  }
  const referenced = new Set(records.map((r) => path.normalize(r.relativePath)));
  const strays: string[] = [];
  for (const f of filesUnder(path.join(core.ws.dir, PACKAGES))) {
    const rel = path.normalize(path.join(PACKAGES, f));
    if (referenced.has(rel)) continue;
    if (PENDING.test(path.basename(f))) strays.push(rel);
    else problems.push(`${rel} is a package file no record refers to`);
  }
  // The package this operation makes is the one dated with the worker's fixed clock.
  return { problems, strays, state: records.some((r) => r.generatedAt === CLOCK) ? 'all' : 'none' };
}

it('a killed package generation leaves no package, or the package with its file', async (ctx) => {
  let applicationId = 0;
  const report = await runCrashScenario({
    name: 'packages.generate (demo application ready to file)',
    notes: ['the demo workspace (resources/demo): fictional parties, items, an end-user statement PDF'],
    async buildTemplate(dir) {
      const demo = await createDemoWorkspace(dir, { resourcesDir: path.join(REPO_ROOT, 'resources/demo') });
      applicationId = demo.readyApplicationId;
      closeForCopy(demo.core);
    },
    // The placeholder handler answered "Filing packages are not built yet".
    notBuiltYet: /not built yet/i,
    worker: () => ({ method: 'packages.generate', input: { kind: 'application', applicationId }, clock: CLOCK }),
    checkFiles: (core) => packageFiles(core),
  });
  console.log(report.text);
  if (report.skipped) ctx.skip(`package generation not built yet: ${report.skipped}`);
  expect(report.failures).toEqual([]);
}, 600_000);
