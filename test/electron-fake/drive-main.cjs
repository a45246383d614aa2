// Preloaded after register.cjs: once the bundled shell has started on the fake electron, acts as
// the renderer and the user would (IPC calls from the window's frame, a menu click, quitting) and
// writes what it saw as JSON to $FAKE_ELECTRON_RESULT for test/unit/electron-bundle.test.ts to
// judge. It judges nothing itself, so a failure there shows the whole observation.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const electron = require('electron');

const state = electron.__fake;
const scenario = process.env.FAKE_ELECTRON_SCENARIO;
const resultFile = process.env.FAKE_ELECTRON_RESULT;
const APP_URL = 'app://renderer/index.html';

async function until(what, test, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function window() {
  const win = state.windows[0];
  if (!win) throw new Error('the shell created no window');
  return win;
}

/** An IPC call as the preload makes it, from a frame showing `url` (null: no frame at all). */
async function call(method, input, url = APP_URL) {
  const handler = state.ipcHandlers.get(`exportdesk:${method}`);
  if (!handler) throw new Error(`no IPC handler for exportdesk:${method}`);
  return handler({ senderFrame: url === null ? null : { url }, sender: window().webContents }, input);
}

function menuItems(template) {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

function notPrevented() {
  const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
}

async function shellWiring() {
  const win = window();
  const wc = win.webContents;
  win.emit('ready-to-show');
  const s = state.session;
  const cancelled = (url) => new Promise((resolve) => s.beforeRequest({ url }, (r) => resolve(r.cancel)));
  const navigation = (event, url) => {
    const e = notPrevented();
    wc.emit(event, e, url);
    return e.prevented;
  };
  const serve = async (url) => {
    const before = state.fetched.length;
    const res = await state.protocolHandlers.get('app')(new Request(url));
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text(), fetched: state.fetched.slice(before) };
  };
  return {
    beforeReady: state.beforeReady,
    privilegedSchemes: state.privilegedSchemes,
    ipcChannels: [...state.ipcHandlers.keys()],
    windows: state.windows.map((w) => ({ options: w.options, loadedUrls: w.loadedUrls, shown: w.shown })),
    menuLabels: menuItems(state.applicationMenu?.template ?? []).map((i) => i.label ?? i.role ?? i.type),
    security: {
      permissionGranted: await new Promise((resolve) => s.permissionRequest(wc, 'media', resolve, {})),
      permissionCheck: s.permissionCheck(wc, 'media', 'app://renderer', {}),
      cancelled: Object.fromEntries(
        await Promise.all(['app://renderer/assets/index.js', 'https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd'].map(async (u) => [u, await cancelled(u)])),
      ),
      csp: await new Promise((resolve) => s.headersReceived({ url: APP_URL, responseHeaders: {} }, (r) => resolve(r.responseHeaders['Content-Security-Policy']))),
      navigationPrevented: { 'https://example.com/': navigation('will-navigate', 'https://example.com/'), [APP_URL]: navigation('will-navigate', APP_URL) },
      redirectPrevented: navigation('will-redirect', 'https://example.com/'),
      webviewPrevented: navigation('will-attach-webview', undefined),
      windowOpen: wc.windowOpenHandler?.({ url: 'https://example.com/' }),
    },
    protocol: {
      index: await serve(APP_URL),
      // ../electron/main.cjs exists next to the renderer folder: only the path check keeps it out.
      escape: await serve('app://renderer/..%2Felectron%2Fmain.cjs'),
      missing: await serve('app://renderer/no-such-file.js'),
    },
  };
}

const scenarios = {
  /** A normal start on the default workspace, then the switch to the demo. */
  async normal() {
    const out = { shell: await shellWiring() };
    out.info = await call('workspace.info', {});
    out.capabilities = await call('host.capabilities', {});
    out.refused = {};
    for (const url of ['https://example.com/', 'app://renderer.evil.example/index.html', 'file:///index.html', null]) {
      out.refused[String(url)] = await call('workspace.info', {}, url);
    }

    // File ▸ Back up workspace…, into a folder the save dialog could have offered.
    fs.mkdirSync(path.join(process.env.FAKE_ELECTRON_USER_DATA, 'picked'), { recursive: true });
    const item = menuItems(state.applicationMenu.template).find((i) => i.label === 'Back up workspace…');
    item.click();
    await until('the menu backup to finish', () => state.messageBoxes.length + state.errorBoxes.length > 0);
    out.menuBackup = { saveDialogs: [...state.saveDialogs], messageBoxes: [...state.messageBoxes], errorBoxes: [...state.errorBoxes] };

    // The Backups page's Choose… buttons: the native dialogs behind host.choosePath.
    out.choosePath = {
      'backup-save': await call('host.choosePath', { purpose: 'backup-save' }),
      'backup-file': await call('host.choosePath', { purpose: 'backup-file' }),
      'restore-folder': await call('host.choosePath', { purpose: 'restore-folder' }),
    };
    out.openDialogs = state.openDialogs.map((o) => ({ title: o.title, properties: o.properties }));

    out.openDemo = await call('host.openDemo', {});
    out.infoAfterOpenDemo = await call('workspace.info', {});
    out.leaveDemo = await call('host.leaveDemo', {});
    out.infoAfterLeaveDemo = await call('workspace.info', {});
    const restored = path.join(process.env.FAKE_ELECTRON_USER_DATA, 'restored');
    out.restore = await call('host.restoreBackup', { path: path.join(process.env.FAKE_ELECTRON_USER_DATA, 'picked', 'from-menu.edbackup'), into: restored });
    out.infoAfterRestore = await call('workspace.info', {});
    return out;
  },

  /** `--demo`: a filing package for the demo's ready application, then quitting. */
  async demo() {
    const out = { info: await call('workspace.info', {}) };
    const list = await call('applications.list', {});
    const app = list.ok ? list.value.find((a) => a.reference === 'DEMO-2026-003') : undefined;
    out.demoApplicationFound = Boolean(app);
    if (!app) return { ...out, list };
    out.generate = await call('packages.generate', { kind: 'application', applicationId: app.id, jobId: 'bundle-smoke' });
    if (out.generate.ok) {
      const pdf = fs.readFileSync(path.join(out.info.value.path, out.generate.value.package.relativePath));
      out.pdf = { bytes: pdf.length, header: pdf.subarray(0, 5).toString('latin1'), sha256: crypto.createHash('sha256').update(pdf).digest('hex') };
    }
    out.progress = window().webContents.sent;

    electron.app.quit();
    await until('the app to end after the automatic backup', () => state.ended || state.errorBoxes.length > 0);
    const backups = path.join(out.info.value.path, 'backups');
    out.quit = {
      attempts: state.quitAttempts,
      ended: state.ended,
      errorBoxes: state.errorBoxes,
      backups: fs.existsSync(backups) ? fs.readdirSync(backups).map((name) => ({ name, size: fs.statSync(path.join(backups, name)).size })) : [],
    };
    return out;
  },
};

async function main() {
  const run = scenarios[scenario];
  if (!run) throw new Error(`unknown FAKE_ELECTRON_SCENARIO '${scenario}'`);
  // The shell's ready handler ends by opening the window; by then IPC and the menu are in place.
  await until('the main window', () => state.windows.length > 0);
  const out = await run();
  out.errorBoxesAtEnd = state.errorBoxes;
  fs.writeFileSync(resultFile, JSON.stringify(out, null, 1));
  process.exit(0);
}

// After the bundle's own first run: main() must not start before main.cjs has loaded.
setImmediate(() =>
  main().catch((e) => {
    process.stderr.write(`drive-main (${scenario}): ${e.stack ?? e}\n`);
    process.exit(1);
  }),
);
