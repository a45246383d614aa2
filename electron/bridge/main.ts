import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { openCore, type Core } from '../core';
import { openDemoCore } from '../core/demo/open';
import type { HostServices } from '../core/registry';
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
  let core: Core;
  const host: HostServices = {
    kind: 'bridge',
    async openDemo() {
      if (core.ws.dir === demoDir) return { path: demoDir };
      const demo = await openDemoCore(demoDir, { resourcesDir: path.join(root, 'resources/demo'), host });
      const previous = core;
      core = demo;
      previous.ws.close();
      return { path: demoDir };
    },
  };
  core = openCore(o.workspace, { host });
  const bridge = await startBridge(() => core, { rendererDir: o.renderer, port: Number(o.port) });
  process.stdout.write(`BRIDGE_READY ${bridge.appUrl}\n`);
  const stop = async () => {
    await bridge.close();
    core.ws.close();
    if (!o.demoDir) fs.rmSync(demoDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`exportdesk-bridge: error: ${(e as Error).message}\n`);
  process.exit(1);
}
