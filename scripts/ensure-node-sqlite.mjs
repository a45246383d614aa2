// `npm start` rebuilds better-sqlite3 for Electron's ABI; plain Node (tests, CLI, bench) then cannot
// load it. This checks and, only if needed, rebuilds it for this Node. Run as a script (npm test,
// npm run bridge, npm run bench) or called first by bin/exportdesk.mjs, so `npx exportdesk` works
// after `npm start`. npm's own output goes to stderr: the CLI's stdout stays its JSON.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * 'ok' when better-sqlite3 loads in this Node, 'rebuilt' after rebuilding it. After 'rebuilt' this
 * process cannot load the new build (the old one stays loaded under the same path and the new
 * one never registers): load it in a new process.
 */
export function ensureNodeSqlite() {
  const require = createRequire(import.meta.url);
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return 'ok';
  } catch (e) {
    if (!String(e?.message).includes('NODE_MODULE_VERSION')) throw e;
    console.error(`better-sqlite3 was built for Electron or another Node; rebuilding it for Node ${process.version} (npm rebuild better-sqlite3)...`);
    execSync('npm rebuild better-sqlite3', { cwd: root, stdio: ['ignore', 2, 2] });
    return 'rebuilt';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) ensureNodeSqlite();
