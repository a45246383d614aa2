#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so a fresh clone works after `npm install`, with no build step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { ensureNodeSqlite } from '../scripts/ensure-node-sqlite.mjs';

// The same native-module check as npm test and the bridge: after `npm start`, better-sqlite3 is
// built for Electron until this rebuilds it for Node. The rebuilt module loads only in a new
// process, so the command then runs in one.
if (ensureNodeSqlite() === 'rebuilt') {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
