// `npm start` rebuilds better-sqlite3 for Electron's ABI; plain Node (tests, CLI, bench) then cannot
// load it. This checks and, only if needed, rebuilds it for Node again.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (e) {
  if (!String(e?.message).includes('NODE_MODULE_VERSION')) throw e;
  console.error('better-sqlite3 was built for Electron; rebuilding it for Node (npm rebuild better-sqlite3)...');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
