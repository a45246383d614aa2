// A stand-in for the main-process `electron` module, so the real bundle (dist/electron/main.cjs)
// can run under plain Node where Electron's binary cannot. It implements only what electron/main
// uses and records every call in `state` for drive-main.cjs to inspect. Reading a member it does
// not implement throws: a shell that starts using a new Electron API fails here loudly, rather
// than on `undefined is not a function` far from the cause.
'use strict';
const { EventEmitter } = require('node:events');
const path = require('node:path');

const userData = process.env.FAKE_ELECTRON_USER_DATA;
const appPath = process.env.FAKE_ELECTRON_APP_PATH;
if (!userData || !appPath) throw new Error('fake electron: FAKE_ELECTRON_USER_DATA and FAKE_ELECTRON_APP_PATH must be set');

const state = {
  ready: false,
  /** Calls Electron only honours before the ready event, with whether they came in time. */
  beforeReady: { registerSchemesAsPrivileged: null, enableSandbox: null },
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  fetched: [],
  ipcHandlers: new Map(),
  windows: [],
  menus: [],
  applicationMenu: null,
  errorBoxes: [],
  messageBoxes: [],
  saveDialogs: [],
  openDialogs: [],
  shownInFolder: [],
  session: { permissionRequest: null, permissionCheck: null, beforeRequest: null, headersReceived: null },
  /** One entry per app.quit(): whether before-quit and will-quit were cancelled; the app ended when neither was. */
  quitAttempts: [],
  ended: false,
  exitCode: null,
};

function strict(name, target) {
  // Probes made by module interop and by util.inspect, which must not count as use of an API.
  const passthrough = new Set(['__esModule', 'default', 'then', 'toJSON', 'constructor', 'inspect', 'nodeType']);
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t || passthrough.has(prop)) return Reflect.get(t, prop, receiver);
      throw new Error(`fake electron: ${name}.${prop} is not implemented (add it to test/electron-fake/electron.cjs)`);
    },
  });
}

const appEmitter = new EventEmitter();
let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));
// Electron emits ready after the main script's first synchronous run.
setImmediate(() => {
  state.ready = true;
  resolveReady();
});

function quitEvent() {
  const e = { defaultPrevented: false, preventDefault() { e.defaultPrevented = true; } };
  return e;
}

const app = strict('app', {
  isPackaged: false,
  whenReady: () => readyPromise,
  isReady: () => state.ready,
  on(event, listener) {
    appEmitter.on(event, listener);
    return app;
  },
  once(event, listener) {
    appEmitter.once(event, listener);
    return app;
  },
  getPath(name) {
    if (name === 'userData') return userData;
    if (name === 'documents') return path.join(userData, 'documents');
    throw new Error(`fake electron: app.getPath('${name}') is not implemented`);
  },
  getAppPath: () => appPath,
  enableSandbox() {
    if (state.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    state.beforeReady.enableSandbox = true;
  },
  /** As Electron does: before-quit (cancellable), then will-quit (cancellable), then the app ends. */
  quit() {
    const attempt = { beforeQuitPrevented: false, willQuitPrevented: null };
    state.quitAttempts.push(attempt);
    const before = quitEvent();
    appEmitter.emit('before-quit', before);
    attempt.beforeQuitPrevented = before.defaultPrevented;
    if (before.defaultPrevented) return;
    const will = quitEvent();
    appEmitter.emit('will-quit', will);
    attempt.willQuitPrevented = will.defaultPrevented;
    if (!will.defaultPrevented) state.ended = true;
  },
  exit(code = 0) {
    state.exitCode = code;
    process.stderr.write(`fake electron: app.exit(${code}); error boxes: ${JSON.stringify(state.errorBoxes)}\n`);
    process.exit(code === 0 ? 0 : 70);
  },
});

const protocol = strict('protocol', {
  registerSchemesAsPrivileged(schemes) {
    state.beforeReady.registerSchemesAsPrivileged = !state.ready;
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    state.protocolHandlers.set(scheme, handler);
  },
});

const net = strict('net', {
  async fetch(url) {
    state.fetched.push(String(url));
    return new Response(`fetched ${url}`, { status: 200 });
  },
});

const session = strict('session', {
  defaultSession: strict('session.defaultSession', {
    setPermissionRequestHandler: (h) => void (state.session.permissionRequest = h),
    setPermissionCheckHandler: (h) => void (state.session.permissionCheck = h),
    webRequest: strict('session.defaultSession.webRequest', {
      onBeforeRequest: (h) => void (state.session.beforeRequest = h),
      onHeadersReceived: (h) => void (state.session.headersReceived = h),
    }),
  }),
});

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = null;
    this.sent = [];
    this.destroyed = false;
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(channel, ...args) {
    this.sent.push({ channel, args });
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.loadedUrls = [];
    this.shown = false;
    this.webContents = strict('webContents', new WebContents());
    state.windows.push(this);
    // Electron announces every new WebContents, the window's own included.
    appEmitter.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return state.windows.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return null;
  }
  loadURL(url) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
}

const ipcMain = strict('ipcMain', {
  handle(channel, handler) {
    if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.ipcHandlers.set(channel, handler);
  },
});

const Menu = strict('Menu', {
  buildFromTemplate(template) {
    const menu = { template };
    state.menus.push(menu);
    return menu;
  },
  setApplicationMenu(menu) {
    state.applicationMenu = menu;
  },
});

const dialog = strict('dialog', {
  showErrorBox(title, content) {
    state.errorBoxes.push({ title, content });
    process.stderr.write(`fake electron: error box "${title}": ${content}\n`);
  },
  // Called as (options) or (window, options).
  async showSaveDialog(a, b) {
    const options = b ?? a;
    state.saveDialogs.push(options);
    return { canceled: false, filePath: path.join(userData, 'picked', 'from-menu') };
  },
  async showOpenDialog(a, b) {
    const options = b ?? a;
    state.openDialogs.push(options);
    return { canceled: false, filePaths: [path.join(userData, 'picked', options.properties.includes('openDirectory') ? 'a-folder' : 'a-file.edbackup')] };
  },
  async showMessageBox(a, b) {
    const options = b ?? a;
    state.messageBoxes.push(options);
    return { response: 0, checkboxChecked: false };
  },
});

const shell = strict('shell', {
  showItemInFolder: (file) => void state.shownInFolder.push(file),
});

module.exports = strict('electron', { app, protocol, net, session, BrowserWindow, ipcMain, Menu, dialog, shell, __fake: state });
