/**
 * Smoke test of the real Electron bundles (scripts/build-electron.mjs) on a fake `electron`
 * (test/electron-fake/), because Electron's binary cannot run here: a dependency that does not
 * survive bundling, a font or resource not found from where the bundle lies, or a shell wiring
 * mistake then fails in CI rather than on a user's machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract/methods';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FAKE = path.join(ROOT, 'test/electron-fake');
const APP_URL = 'app://renderer/index.html';

// What a child saw: JSON written by drive-main.cjs, checked field by field below.
type Observed = Record<string, any>;

interface Run {
  userData: string;
  code: number | null;
  stderr: string;
  observed: Observed | null;
}

let bundleRoot: string;
const runs: Record<'normal' | 'demo', Run> = {} as Record<'normal' | 'demo', Run>;

/** Starts main.cjs the way `electron . [--demo]` would, with the fake electron preloaded. */
function runShell(scenario: 'normal' | 'demo', args: string[]): Promise<Run> {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), `exportdesk-bundle-${scenario}-`));
  const resultFile = path.join(userData, 'result.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAKE_ELECTRON_USER_DATA: userData,
    FAKE_ELECTRON_APP_PATH: ROOT,
    FAKE_ELECTRON_SCENARIO: scenario,
    FAKE_ELECTRON_RESULT: resultFile,
  };
  // The app's own defaults must be what is tested: the workspace under userData, the fonts found from the bundle.
  delete env.EXPORTDESK_WORKSPACE;
  delete env.EXPORTDESK_FONTS_DIR;
  const child = spawn(
    process.execPath,
    ['--require', path.join(FAKE, 'register.cjs'), '--require', path.join(FAKE, 'drive-main.cjs'), path.join(bundleRoot, 'electron/main.cjs'), ...args],
    // A working folder outside the repository, so nothing is found by walking up from it. The
    // timeout only ensures no child outlives a run that vitest has given up on.
    { cwd: userData, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 90_000 },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const observed = fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Observed) : null;
      resolve({ userData, code, stderr: signal ? `${stderr}\n(killed by ${signal})` : stderr, observed });
    });
  });
}

/** A run's observation, or a failure that shows why the child gave none. */
function observed(scenario: 'normal' | 'demo'): Observed {
  const run = runs[scenario];
  if (run.code !== 0 || !run.observed) throw new Error(`the '${scenario}' shell run exited ${run.code} without a result:\n${run.stderr}`);
  return run.observed;
}

beforeAll(async () => {
  // Inside dist/ like the real dist/electron, so the bundle finds node_modules (better-sqlite3, the
  // fonts) by walking up from itself; a folder of its own, so `npm run build` is never raced.
  fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  bundleRoot = fs.mkdtempSync(path.join(ROOT, 'dist', '.electron-bundle-test-'));
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), `--outdir=${path.join(bundleRoot, 'electron')}`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`scripts/build-electron.mjs failed:\n${built.stdout}\n${built.stderr}`);
  // The renderer build is not needed: the app:// handler only has to find a file in the renderer folder.
  fs.mkdirSync(path.join(bundleRoot, 'renderer'));
  fs.writeFileSync(path.join(bundleRoot, 'renderer/index.html'), '<!doctype html>');
  const [normal, demo] = await Promise.all([runShell('normal', []), runShell('demo', ['--demo'])]);
  runs.normal = normal;
  runs.demo = demo;
  // The build and two app starts take seconds; the margin is for a loaded machine running the whole suite.
}, 120_000);

afterAll(() => {
  for (const run of Object.values(runs)) fs.rmSync(run.userData, { recursive: true, force: true });
  if (bundleRoot) fs.rmSync(bundleRoot, { recursive: true, force: true });
});

describe('the bundled main process on a fake electron', () => {
  it('registers the app:// scheme and the sandbox before ready, and one IPC channel per contract method', () => {
    const shell = observed('normal').shell;
    expect(shell.beforeReady).toEqual({ registerSchemesAsPrivileged: true, enableSandbox: true });
    expect(shell.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect([...shell.ipcChannels].sort()).toEqual(METHOD_NAMES.map((m) => `exportdesk:${m}`).sort());
  });

  it('opens one locked-down window on the app URL with the bundled preload', () => {
    const [win, ...others] = observed('normal').shell.windows;
    expect(others).toEqual([]);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(win.options.webPreferences.preload).toBe(path.join(bundleRoot, 'electron/preload.cjs'));
    expect(fs.existsSync(win.options.webPreferences.preload)).toBe(true);
    expect(win.loadedUrls).toEqual([APP_URL]);
    expect(win.shown).toBe(true);
  });

  it('wires the session and every web contents to refuse permissions, network, navigation and new windows', () => {
    const security = observed('normal').shell.security;
    expect(security.permissionGranted).toBe(false);
    expect(security.permissionCheck).toBe(false);
    expect(security.cancelled).toEqual({
      'app://renderer/assets/index.js': false,
      'https://example.com/': true,
      'http://127.0.0.1:8080/': true,
      'file:///etc/passwd': true,
    });
    expect(security.csp).toEqual(["default-src 'self'"]);
    expect(security.navigationPrevented).toEqual({ 'https://example.com/': true, [APP_URL]: false });
    expect(security.redirectPrevented).toBe(true);
    expect(security.webviewPrevented).toBe(true);
    expect(security.windowOpen).toEqual({ action: 'deny' });
  });

  it('serves app:// from the renderer folder next to the bundle, and nothing outside it', () => {
    const { index, escape, missing } = observed('normal').shell.protocol;
    // Read from disk by the handler itself: a net.fetch(file://) would meet the filter that cancels file: requests.
    expect(index).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html>', fetched: [] });
    expect(escape).toMatchObject({ status: 404, fetched: [] });
    expect(missing).toMatchObject({ status: 404, fetched: [] });
  });

  it('answers the app frame from the real core on the workspace under userData', () => {
    const o = observed('normal');
    expect(o.info).toMatchObject({ ok: true, value: { path: path.join(runs.normal.userData, 'workspace'), isDemo: false } });
    expect(o.capabilities).toEqual({
      ok: true,
      value: { host: 'desktop', canOpenDemo: true, canShowInFolder: true, canSwitchWorkspace: true, canChoosePaths: true, previousWorkspace: null },
    });
    expect(o.errorBoxesAtEnd).toEqual([]);
  });

  it('refuses a call from any other frame', () => {
    const refused = observed('normal').refused;
    expect(Object.keys(refused).sort()).toEqual(['app://renderer.evil.example/index.html', 'file:///index.html', 'https://example.com/', 'null']);
    for (const r of Object.values(refused)) expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/refused/) } });
  });

  it('backs up from File ▸ Back up workspace…', () => {
    const o = observed('normal');
    expect(o.shell.menuLabels).toContain('Back up workspace…');
    const { saveDialogs, messageBoxes, errorBoxes } = o.menuBackup;
    expect(errorBoxes).toEqual([]);
    expect(saveDialogs).toHaveLength(1);
    expect(path.dirname(saveDialogs[0].defaultPath)).toBe(path.join(runs.normal.userData, 'documents'));
    // The dialog's answer had no extension; the shell adds it.
    const written = path.join(runs.normal.userData, 'picked', 'from-menu.edbackup');
    expect(messageBoxes).toEqual([expect.objectContaining({ title: 'Backup written', message: expect.stringContaining(written) })]);
    expect(fs.statSync(written).size).toBeGreaterThan(0);
  });

  it('answers host.choosePath with the native dialogs, adding the backup extension to a saved name', () => {
    const o = observed('normal');
    const picked = path.join(runs.normal.userData, 'picked');
    expect(o.choosePath).toEqual({
      'backup-save': { ok: true, value: { path: path.join(picked, 'from-menu.edbackup') } },
      'backup-file': { ok: true, value: { path: path.join(picked, 'a-file.edbackup') } },
      'restore-folder': { ok: true, value: { path: path.join(picked, 'a-folder') } },
    });
    expect(o.openDialogs).toEqual([
      { title: 'Choose a backup', properties: ['openFile'] },
      { title: 'Choose a new or empty folder to restore into', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] },
    ]);
  });

  it('switches a normal workspace to the demo on host.openDemo', () => {
    const o = observed('normal');
    const demoDir = path.join(runs.normal.userData, 'demo-workspace');
    expect(o.openDemo).toEqual({ ok: true, value: { path: demoDir } });
    expect(o.infoAfterOpenDemo).toMatchObject({ ok: true, value: { path: demoDir, isDemo: true } });
  });

  it('leaves the demo for the workspace open before it, then restores the menu backup into a new folder and serves it', () => {
    const o = observed('normal');
    const workspace = path.join(runs.normal.userData, 'workspace');
    expect(o.leaveDemo).toEqual({ ok: true, value: { path: workspace } });
    expect(o.infoAfterLeaveDemo).toMatchObject({ ok: true, value: { path: workspace, isDemo: false } });
    const restored = path.join(runs.normal.userData, 'restored');
    expect(o.restore).toMatchObject({ ok: true, value: { path: restored, restore: { workspace: restored, auditChain: { ok: true } } } });
    expect(o.infoAfterRestore).toMatchObject({ ok: true, value: { path: restored, isDemo: false } });
  });

  it('--demo opens the demo and renders a filing package from the bundle (pdfkit, DejaVu fonts)', () => {
    const o = observed('demo');
    expect(o.info).toMatchObject({ ok: true, value: { path: path.join(runs.demo.userData, 'demo-workspace'), isDemo: true } });
    expect(o.demoApplicationFound).toBe(true);
    expect(o.generate).toMatchObject({ ok: true, value: { package: { reference: 'DEMO-2026-003', kind: 'application' } } });
    const pkg = o.generate.value.package;
    expect(pkg.pages).toBeGreaterThan(1);
    expect(o.pdf).toEqual({ bytes: pkg.bytes, header: '%PDF-', sha256: pkg.sha256 });
    expect(o.progress.length).toBeGreaterThan(0);
    for (const sent of o.progress) expect(sent).toMatchObject({ channel: 'exportdesk-progress', args: [{ jobId: 'bundle-smoke' }] });
  });

  it('quitting waits once for an automatic backup into <workspace>/backups, then ends', () => {
    const quit = observed('demo').quit;
    expect(quit.errorBoxes).toEqual([]);
    expect(quit.attempts).toEqual([
      { beforeQuitPrevented: true, willQuitPrevented: null },
      { beforeQuitPrevented: false, willQuitPrevented: false },
    ]);
    expect(quit.ended).toBe(true);
    expect(quit.backups).toEqual([{ name: expect.stringMatching(/^auto-\d{8}-\d{6}\.edbackup$/), size: expect.any(Number) }]);
    expect(quit.backups[0].size).toBeGreaterThan(0);
  });
});

describe('the bundled preload in a sandbox-like context', () => {
  function loadPreload() {
    const exposed = new Map<string, Record<string, unknown>>();
    const invoked: Array<[string, unknown]> = [];
    const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => {
          invoked.push([channel, input]);
          return Promise.resolve({ ok: true, value: channel });
        },
        on: (channel: string, l: (...a: unknown[]) => void) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(l),
        removeListener: (channel: string, l: (...a: unknown[]) => void) => void listeners.get(channel)?.delete(l),
      },
    };
    // A sandboxed preload gets a require that knows only electron's renderer modules and a few
    // built-ins; anything else the bundle left external would fail in the window.
    const required: string[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require '${id}'`);
    };
    const file = path.join(bundleRoot, 'electron/preload.cjs');
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console }, { filename: file });
    return { exposed, invoked, listeners, required };
  }

  it('exposes window.exportdesk with one function per contract method and onProgress, nothing else', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    // renderer/src/api/client.ts reads window.exportdesk.
    expect([...exposed.keys()]).toEqual(['exportdesk']);
    const api = exposed.get('exportdesk')!;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onProgress'].sort());
    for (const [name, fn] of Object.entries(api)) expect(typeof fn, name).toBe('function');
  });

  it('each method invokes its own exportdesk:<method> channel with the input', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed.get('exportdesk') as Record<string, (input: unknown) => Promise<unknown>>;
    for (const m of METHOD_NAMES) {
      const input = { method: m };
      await expect(api[m]!(input)).resolves.toEqual({ ok: true, value: `exportdesk:${m}` });
      expect(invoked.at(-1)).toEqual([`exportdesk:${m}`, input]);
    }
    expect(invoked).toHaveLength(METHOD_NAMES.length);
  });

  it('onProgress listens on the channel the main process sends progress on, until unsubscribed', () => {
    const { exposed, listeners } = loadPreload();
    const api = exposed.get('exportdesk') as { onProgress: (l: (p: unknown) => void) => () => void };
    const got: unknown[] = [];
    const unsubscribe = api.onProgress((p) => got.push(p));
    const mainChannel = observed('demo').progress[0]?.channel;
    expect([...listeners.keys()]).toEqual([mainChannel]);
    const progress = { jobId: 'j', phase: 'Laying out the pages', done: 1, total: 4 };
    for (const l of listeners.get(mainChannel)!) l({}, progress);
    expect(got).toEqual([progress]);
    unsubscribe();
    expect(listeners.get(mainChannel)!.size).toBe(0);
  });
});
