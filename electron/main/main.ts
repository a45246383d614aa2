import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { openCore, type Core } from '../core';
import { createDemoWorkspace } from '../core/demo/create';
import { DB_FILE } from '../core/workspace';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
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
let core: Core | undefined;

/** `npm start -- --demo`: the demo workspace in its own folder, never the real one. */
const demoMode = process.argv.includes('--demo');

function demoResourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources', 'demo') : path.join(app.getAppPath(), 'resources', 'demo');
}

/** Opens the demo workspace, building it (through the core) the first time. */
async function openDemoCore(): Promise<Core> {
  const dir = path.join(app.getPath('userData'), 'demo-workspace');
  if (fs.existsSync(path.join(dir, DB_FILE))) return openCore(dir);
  return (await createDemoWorkspace(dir, { resourcesDir: demoResourcesDir() })).core;
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
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  try {
    core = demoMode ? await openDemoCore() : openCore(workspaceDir());
  } catch (e) {
    dialog.showErrorBox('ExportDesk cannot open the workspace', (e as Error).message);
    app.exit(1);
    return;
  }
  registerIpc(core);
  buildMenu();
  createMainWindow(preloadPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => core?.ws.close());
