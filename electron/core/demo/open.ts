import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../index';
import type { CoreOptions } from '../registry';
import { DB_FILE } from '../workspace';
import { createDemoWorkspace } from './create';

/**
 * Opens the demo workspace in its own folder, building it the first time. Shared by the desktop
 * app (`--demo`, the first-run button) and the bridge, so both switch to exactly the same demo.
 */
export async function openDemoCore(dir: string, opts: CoreOptions & { resourcesDir: string }): Promise<Core> {
  if (fs.existsSync(path.join(dir, DB_FILE))) return openCore(dir, opts);
  const { core } = await createDemoWorkspace(dir, opts);
  if (!opts.host) return core;
  // The demo is built with a plain core; the host's own services are given to the one it serves.
  core.ws.close();
  return openCore(dir, opts);
}
