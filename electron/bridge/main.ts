import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { openCore } from '../core';
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
  .parse();
const o = program.opts<{ workspace: string; port: string; renderer: string }>();

try {
  const core = openCore(o.workspace);
  const bridge = await startBridge(core, { rendererDir: o.renderer, port: Number(o.port) });
  process.stdout.write(`BRIDGE_READY ${bridge.appUrl}\n`);
  const stop = async () => {
    await bridge.close();
    core.ws.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`exportdesk-bridge: error: ${(e as Error).message}\n`);
  process.exit(1);
}
