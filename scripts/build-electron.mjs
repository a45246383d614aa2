// Bundles the Electron main process and the preload. The preload runs sandboxed, so it must be a
// single CommonJS file with nothing but `electron` left to require.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// The main bundle takes packages' ESM builds (jsonc-parser's UMD build requires its files at run
// time), so import.meta is given its CommonJS meaning: the core finds its fonts from
// import.meta.dirname (electron/core/packages/fonts.ts) and pdfkit computes a path from import.meta.url.
await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
  mainFields: ['module', 'main'],
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__importMetaUrl' },
});
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
