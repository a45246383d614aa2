// Bundles the Electron main process and the preload. The preload runs sandboxed, so it must be a
// single CommonJS file with nothing but `electron` left to require.
// `node scripts/build-electron.mjs --outdir=DIR` writes elsewhere than dist/electron, so the bundle
// smoke test (test/unit/electron-bundle.test.ts) never races with `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.slice(2).find((a) => a.startsWith('--outdir='));
const outdir = outArg ? path.resolve(outArg.slice('--outdir='.length)) : path.join(root, 'dist/electron');

const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// The main bundle takes packages' ESM builds (jsonc-parser's UMD build requires its files at run
// time), so import.meta is given its CommonJS meaning: the core finds its fonts from
// import.meta.dirname (electron/core/packages/fonts.ts) and pdfkit computes a path from import.meta.url.
await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: path.join(outdir, 'main.cjs'),
  external: ['electron', 'better-sqlite3'],
  mainFields: ['module', 'main'],
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__importMetaUrl' },
});
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: path.join(outdir, 'preload.cjs'), external: ['electron'] });
console.log(`built ${path.relative(process.cwd(), path.join(outdir, 'main.cjs')) || '.'} and ${path.relative(process.cwd(), path.join(outdir, 'preload.cjs'))}`);
