import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createWorkspaceHost } from '../core/host/workspace-host';
import { startBridge } from './server';

/**
 * `npm run bridge -- --workspace DIR`: serves the built renderer (npm run build:renderer) and the
 * contract on 127.0.0.1 and prints the address with its token. Prints "BRIDGE_READY <url>" for tests.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const program = new Command('exportdesk-bridge')
  .requiredOption('-w, --workspace <dir>', 'workspace folder')
  .option('--port <n>', 'port on 127.0.0.1 (default: any free one)', '0')
  .option('--renderer <dir>', 'built renderer folder', path.join(root, 'dist/renderer'))
  .option('--demo-dir <dir>', 'where "Open demo workspace" builds the demo (default: a temporary folder removed on exit)')
  .parse();
const o = program.opts<{ workspace: string; port: string; renderer: string; demoDir?: string }>();

// A temporary demo folder is this run's own; a folder the user named is kept.
const demoDir = o.demoDir ? path.resolve(o.demoDir) : path.join(os.tmpdir(), `exportdesk-bridge-demo-${process.pid}`);

try {
  // No file dialogs in a browser page: the window asks for typed paths instead.
  const served = createWorkspaceHost({ kind: 'bridge', demoDir, demoResourcesDir: path.join(root, 'resources/demo') });
  await served.start({ dir: o.workspace });
  const bridge = await startBridge(() => served.current(), { rendererDir: o.renderer, port: Number(o.port) });
  process.stdout.write(`BRIDGE_READY ${bridge.appUrl}\n`);
  const stop = async () => {
    await bridge.close();
    served.current().ws.close();
    if (!o.demoDir) fs.rmSync(demoDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`exportdesk-bridge: error: ${(e as Error).message}\n`);
  process.exit(1);
}
