import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../unit/helpers';

/**
 * How the child runs the worker. Default: the worker and the project sources it imports bundled into
 * one CommonJS file, built once per scenario, because starting through tsx costs 1.5–3 s per child
 * on a loaded 2-core machine and a scenario starts a dozen children; the bundle starts in ~0.25 s.
 * CRASH_WORKER=tsx runs the TypeScript sources through tsx instead (slower, no build step).
 */
export interface WorkerCommand {
  /** node's arguments before the worker's own: the script to run. */
  args(): string[];
  dispose(): void;
}

const SOURCES = path.join(REPO_ROOT, 'test/crash/workers');

export async function workerCommand(env: NodeJS.ProcessEnv = process.env): Promise<WorkerCommand> {
  if (env.CRASH_WORKER === 'tsx') {
    return { args: () => ['--import', 'tsx', path.join(SOURCES, 'call.ts')], dispose: () => {} };
  }
  // Inside the repository, so the bundle's require('better-sqlite3') finds node_modules; a folder
  // per process, since scenario files run in parallel.
  const cacheRoot = path.join(REPO_ROOT, 'node_modules/.cache/exportdesk-crash');
  fs.mkdirSync(cacheRoot, { recursive: true });
  const outdir = fs.mkdtempSync(path.join(cacheRoot, 'workers-'));
  await build({
    entryPoints: { call: path.join(SOURCES, 'call.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Only the project's own TypeScript is bundled (that is what tsx would transform); packages
    // are loaded by Node from node_modules as they are, so their own file lookups keep working.
    packages: 'external',
    // Code that finds files next to itself reads import.meta.dirname, which CommonJS lacks.
    define: { 'import.meta.dirname': '__dirname' },
    logLevel: 'error',
  });
  return { args: () => [path.join(outdir, 'call.cjs')], dispose: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}
