/**
 * The packaged app ships only package.json's runtime `dependencies` (electron-builder copies them
 * into the asar); everything else is bundled by esbuild and stays a devDependency. This holds that
 * split: every module the real bundles still require at run time must be Node's own, `electron`,
 * or a runtime dependency, and every runtime dependency must be one the bundles need. A new
 * external, a dynamic require of a package, or a dependency left in the runtime list after it
 * became bundled fails here instead of in an installed app.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const builtins = new Set(builtinModules);

let outdir: string;
beforeAll(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-deps-'));
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), `--outdir=${outdir}`], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build-electron.mjs failed:\n${built.stdout}\n${built.stderr}`);
}, 120_000);
afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

/** The packages a bundle requires at run time (Node's own modules left out). */
function requiredPackages(bundle: string): string[] {
  const code = fs.readFileSync(path.join(outdir, bundle), 'utf8');
  const names = [...code.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g)].map((m) => m[1]!);
  const packages = names
    .filter((n) => !n.startsWith('node:') && !builtins.has(n) && !builtins.has(n.split('/')[0]!))
    .map((n) => (n.startsWith('@') ? n.split('/').slice(0, 2).join('/') : n.split('/')[0]!));
  return [...new Set(packages)].sort();
}

describe('runtime dependencies are what the bundles load', () => {
  it('the main bundle requires only electron and better-sqlite3, both provided at run time', () => {
    expect(requiredPackages('main.cjs')).toEqual(['better-sqlite3', 'electron']);
  });

  it('the sandboxed preload requires only electron', () => {
    expect(requiredPackages('preload.cjs')).toEqual(['electron']);
  });

  it('runtime dependencies are exactly the packages the bundles leave external (Electron provides itself)', () => {
    const external = new Set([...requiredPackages('main.cjs'), ...requiredPackages('preload.cjs')]);
    external.delete('electron');
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...external].sort());
    expect(pkg.devDependencies.electron).toBeDefined();
  });

  it('the fonts come from a devDependency that electron-builder copies as an extra resource', () => {
    const builder = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(pkg.devDependencies['dejavu-fonts-ttf']).toBeDefined();
    expect(builder).toMatch(/- from: node_modules\/dejavu-fonts-ttf\/ttf\n\s+to: resources\/fonts/);
  });
});
