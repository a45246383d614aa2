import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, protocol, shell } from 'electron';
import type { Core } from '../core';
import { mimeTypeOf } from '../core/files/mime-types';
import { createWorkspaceHost, type WorkspaceHost } from '../core/host/workspace-host';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { backUpFromMenu, backUpOnQuit } from './backup-actions';
import { choosePath } from './path-dialogs';
import { applySecurity } from './security';
import { APP_SCHEME, resolveAppFile } from './trusted-url';
import { createMainWindow } from './window';

/**
 * The thin Electron shell: opens the workspace, serves the built renderer on app://, and forwards
 * each contract method over IPC to the same core the CLI uses. No business logic lives here.
 */
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
/** Set once the first workspace is open; the workspace it serves can change while the app runs. */
let served: WorkspaceHost | undefined;

/** `npm start -- --demo`: the demo workspace in its own folder, never the real one. */
const demoMode = process.argv.includes('--demo');

function demoResourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources', 'demo') : path.join(app.getAppPath(), 'resources', 'demo');
}

function demoDir(): string {
  return path.join(app.getPath('userData'), 'demo-workspace');
}

/** What only the desktop app can do for the core: switch workspaces (the demo, a restore), reveal a file, ask for a path. */
function desktopHost(): WorkspaceHost {
  return createWorkspaceHost({
    kind: 'desktop',
    demoDir: demoDir(),
    demoResourcesDir: demoResourcesDir(),
    // Started on the demo, "Leave the demo" goes to the workspace a normal start would open.
    previousWorkspace: demoMode ? workspaceDir() : null,
    showInFolder: (file) => shell.showItemInFolder(file),
    choosePath,
  });
}

function workspaceDir(): string {
  const arg = process.argv.find((a) => a.startsWith('--workspace='));
  if (arg) return path.resolve(arg.slice('--workspace='.length));
  return process.env.EXPORTDESK_WORKSPACE ?? path.join(app.getPath('userData'), 'workspace');
}

app.enableSandbox();

app.whenReady().then(async () => {
  applySecurity();
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(request.url, rendererDir, path.join, path.relative);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('Not found', { status: 404 });
    // Read here rather than net.fetch(file://…): the request filter (security.ts) cancels every
    // file: request, and net.fetch is documented to pass through it, which would blank the window.
    return new Response(fs.readFileSync(file), { headers: { 'content-type': mimeTypeOf(file) } });
  });
  try {
    const host = desktopHost();
    await host.start(demoMode ? { demo: true } : { dir: workspaceDir() });
    served = host;
  } catch (e) {
    dialog.showErrorBox('ExportDesk cannot open the workspace', (e as Error).message);
    app.exit(1);
    return;
  }
  const current = (): Core => served!.current();
  registerIpc(current);
  buildMenu({ backUp: () => void backUpFromMenu(current()) });
  createMainWindow(preloadPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// The automatic backup on close: quitting waits for it once, then goes on.
let backedUpOnQuit = false;
app.on('before-quit', (e) => {
  if (backedUpOnQuit || !served) return;
  e.preventDefault();
  backedUpOnQuit = true;
  void backUpOnQuit(served.current()).finally(() => app.quit());
});

app.on('will-quit', () => served?.current().ws.close());
