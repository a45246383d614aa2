import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED_DATA = path.resolve(ROOT, '../shared/data');
export const REAL_CCL = path.join(SHARED_DATA, 'control-lists/us-ccl-2026-07-23.json');
export const REAL_EU = path.join(SHARED_DATA, 'control-lists/eu-annex-i-2025-11-15.json');

/** The built renderer; EXPORTDESK_RENDERER_DIR lets two builds be tested side by side. */
const RENDERER_DIR = process.env.EXPORTDESK_RENDERER_DIR ?? path.join(ROOT, 'dist/renderer');

/** Starts the real core behind the localhost bridge on a fresh workspace folder for one test. */
async function startBridge(workspace: string): Promise<{ url: string; proc: ChildProcess }> {
  const args = ['--import', 'tsx', path.join(ROOT, 'electron/bridge/main.ts'), '--workspace', workspace, '--renderer', RENDERER_DIR];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${err}`)), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /BRIDGE_READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => reject(new Error(`bridge exited with ${code}: ${err}`)));
  });
  return { url, proc };
}

export const test = base.extend<{ workspace: string; appUrl: string }>({
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  appUrl: async ({ workspace }, use) => {
    const { url, proc } = await startBridge(workspace);
    await use(url);
    proc.kill('SIGTERM');
  },
});

/** Skips a test that needs ../shared/data, saying so, when a clone has no such folder. */
export function requireSharedData(file: string): void {
  test.skip(!fs.existsSync(file), `real data not found at ${file}: this test needs ../shared/data beside the repo`);
}

export { expect };
