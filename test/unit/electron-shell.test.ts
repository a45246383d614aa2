import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS, contract } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { isAllowedRequest, isTrustedAppUrl, resolveAppFile } from '../../electron/main/trusted-url';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

describe('the Electron shell stays thin and safe', () => {
  it('no core, CLI, bridge, shared or renderer file imports electron', () => {
    const offenders = ['electron/core', 'electron/cli', 'electron/bridge', 'shared', 'renderer']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter((f) => /from ['"]electron['"]|require\(['"]electron['"]\)/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the preload method list is exactly the contract', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(METHODS).toBe(METHOD_NAMES);
  });

  it('trusts only app://renderer URLs, parsed rather than prefix-matched', () => {
    expect(isTrustedAppUrl('app://renderer/index.html')).toBe(true);
    expect(isTrustedAppUrl('app://renderer.evil.com/index.html')).toBe(false);
    expect(isTrustedAppUrl('app://user@renderer/index.html')).toBe(false);
    expect(isTrustedAppUrl('https://renderer/index.html')).toBe(false);
    expect(isTrustedAppUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedAppUrl('not a url')).toBe(false);
  });

  it('cancels every network request', () => {
    expect(isAllowedRequest('app://renderer/assets/index.js')).toBe(true);
    // A download the app's own page made from bytes the core returned (a package PDF).
    expect(isAllowedRequest('blob:app://renderer/3f2c6a1e-0b1d-4c55-9a0e-2f7d1c9b8e41')).toBe(true);
    for (const u of ['https://example.com/', 'http://127.0.0.1:8080/', 'ws://localhost/', 'file:///tmp/x', 'blob:https://example.com/3f2c6a1e', 'blob:app://renderer.evil/3f2c']) {
      expect(isAllowedRequest(u)).toBe(false);
    }
  });

  it('serves only files inside the renderer folder', () => {
    const dir = '/opt/app/renderer';
    expect(resolveAppFile('app://renderer/assets/a.js', dir, path.join, path.relative)).toBe('/opt/app/renderer/assets/a.js');
    expect(resolveAppFile('app://renderer/', dir, path.join, path.relative)).toBe('/opt/app/renderer/index.html');
    expect(resolveAppFile('app://renderer/..%2F..%2Fetc/passwd', dir, path.join, path.relative)).toBeNull();
    expect(resolveAppFile('https://renderer/a.js', dir, path.join, path.relative)).toBeNull();
  });

  it('the window is created with the fixed security settings', () => {
    const src = fs.readFileSync(path.join(ROOT, 'electron/main/window.ts'), 'utf8');
    expect(src).toMatch(/contextIsolation: true/);
    expect(src).toMatch(/sandbox: true/);
    expect(src).toMatch(/nodeIntegration: false/);
  });
});
