import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../unit/helpers';
import type { WorkerCommand } from './worker-build';
import { MARK, type Marker } from './workers/markers';

/** What runs in the child: one contract call on the workspace, with the clock fixed. */
export interface WorkerSpec {
  method: string;
  input: unknown;
  clock: string;
}

/** Milliseconds from spawn at which each marker reached the test. */
export type Timeline = Partial<Record<Marker, number>>;

export interface WorkerRun {
  timeline: Timeline;
  /** The summary printed with DONE, when the call returned before the kill. */
  result: { ok: boolean; code?: string; message?: string } | null;
  /** The last marker seen before the kill was sent (or before the child ended). */
  lastMarkerBeforeKill: Marker | 'SPAWNED';
  killedAtMs: number | null;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** When to kill: `delayMs` after `anchor` reached the test (SPAWNED: after spawn). */
export interface KillAt {
  anchor: Marker | 'SPAWNED';
  delayMs: number;
}

// A child that never reaches its anchor (it failed early) must not hang the suite.
const SAFETY_MS = 120_000;

/**
 * Runs the worker on `workspaceDir`. With `kill`, sends SIGKILL at that point; without, lets it
 * finish and exit cleanly (the uninterrupted reference run).
 */
export function runWorker(command: WorkerCommand, spec: WorkerSpec, workspaceDir: string, kill: KillAt | null): Promise<WorkerRun> {
  const exitWhenDone = kill === null;
  const args = [...command.args(), workspaceDir, JSON.stringify({ ...spec, exitWhenDone })];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: WorkerRun = { timeline: {}, result: null, lastMarkerBeforeKill: 'SPAWNED', killedAtMs: null, exitCode: null, signal: null, stderr: '' };
  let killSent = false;
  let last: Marker | 'SPAWNED' = 'SPAWNED';

  const sendKill = () => {
    if (killSent || child.exitCode !== null || child.signalCode !== null) return;
    killSent = true;
    run.lastMarkerBeforeKill = last;
    run.killedAtMs = performance.now() - t0;
    child.kill('SIGKILL');
  };
  const schedule = (anchor: Marker | 'SPAWNED') => {
    if (kill && kill.anchor === anchor) setTimeout(sendKill, kill.delayMs);
  };
  const safety = setTimeout(sendKill, SAFETY_MS);
  schedule('SPAWNED');

  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const [word, ...rest] = line.split(' ');
      const marker = Object.values(MARK).find((m) => m === word);
      if (!marker) continue;
      run.timeline[marker] ??= performance.now() - t0;
      if (!killSent) last = marker;
      if (marker === MARK.done && rest.length) run.result = JSON.parse(rest.join(' ')) as WorkerRun['result'];
      schedule(marker);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (run.stderr.length < 20_000) run.stderr += chunk;
  });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      if (!killSent) run.lastMarkerBeforeKill = last;
      run.exitCode = code;
      run.signal = signal;
      resolve(run);
    });
  });
}
