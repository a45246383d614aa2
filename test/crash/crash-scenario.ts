/**
 * The crash harness (issue 6). A workspace is prepared once per scenario; each run copies it, starts
 * a child process doing the operation, SIGKILLs it at a random point, reopens the workspace and
 * requires it sound and holding all or none of the work. See test/crash/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Core } from '../../electron/core';
import { differingTables, sameFingerprint, type Fingerprint, type LooseTables } from './fingerprint';
import { PhaseClock, type Phase, type PhaseWindow } from './kill-plan';
import { crashRuns, crashSeed, seededRandom } from './seeded-random';
import { workerCommand, type WorkerCommand } from './worker-build';
import { runWorker, type WorkerRun, type WorkerSpec } from './worker-process';
import { MARK } from './workers/markers';
import { inspectWorkspace, type FileState, type Inspection } from './workspace-checks';

/** A run's folders: the workspace, and a folder for what the operation writes outside it. */
export interface RunPaths {
  workspace: string;
  out: string;
}

export interface CrashScenario {
  name: string;
  /** Builds the workspace every run starts from, in this process through the real core, and closes it (closeForCopy). */
  buildTemplate(dir: string): Promise<void>;
  /** The call the child makes, given the run's folders. */
  worker(paths: RunPaths): WorkerSpec;
  /** Checks the files the operation writes outside the database (package PDF, backup file). */
  checkFiles?(core: Core, paths: RunPaths): FileState | Promise<FileState>;
  /**
   * When set, a complete file whose database record was lost with the kill is accepted, for this
   * reason: the file is placed just before the transaction commits, and a kill between the two
   * leaves the file without its record.
   */
  fileWithoutRecord?: string;
  /**
   * For a feature still being built: when the uninterrupted run fails with a message matching this,
   * the scenario is skipped with that message instead of failing.
   */
  notBuiltYet?: RegExp;
  /** Tables compared by some columns only, for work that is not byte-for-byte repeatable. */
  looseTables?: LooseTables;
  /** Notes for the report (which data was used). */
  notes?: string[];
  defaultRuns?: number;
}

type Outcome = 'none' | 'all' | 'file-only' | 'partial';

interface RunReport {
  phase: Phase;
  failed: boolean;
  worker: WorkerRun;
  outcome: Outcome;
  strays: string[];
  cleanedOnOpen: string[];
  ms: number;
}

export interface ScenarioReport {
  text: string;
  failures: string[];
  /** Why the scenario did not run (the feature is not there yet). */
  skipped?: string;
}

/** Makes the template copyable as plain files: the WAL folded into the database, then closed. */
export function closeForCopy(core: Core): void {
  core.ws.db.pragma('wal_checkpoint(TRUNCATE)');
  core.ws.close();
}

/**
 * Every run works in the same folder, so paths the operation records (a backup's file name) are
 * the same in every run and "all" can be compared byte for byte with the uninterrupted run.
 */
function freshRun(template: string, root: string): RunPaths {
  fs.rmSync(root, { recursive: true, force: true });
  const paths = { workspace: path.join(root, 'workspace'), out: path.join(root, 'out') };
  fs.cpSync(template, paths.workspace, { recursive: true });
  fs.mkdirSync(paths.out, { recursive: true });
  return paths;
}

function outcomeOf(scenario: CrashScenario, found: Inspection, before: Fingerprint, after: Fingerprint): { outcome: Outcome; why: string[] } {
  if (!found.fingerprint) return { outcome: 'partial', why: [] };
  const isNone = sameFingerprint(found.fingerprint, before);
  const isAll = sameFingerprint(found.fingerprint, after);
  if (!isNone && !isAll) {
    return {
      outcome: 'partial',
      why: [`the database is neither as before nor as after the uninterrupted run (differs from before in ${differingTables(found.fingerprint, before).join(', ')}; from after in ${differingTables(found.fingerprint, after).join(', ')})`],
    };
  }
  const db = isNone ? 'none' : 'all';
  const files = found.files?.state;
  if (!files || files === db) return { outcome: db, why: [] };
  if (db === 'none' && files === 'all' && scenario.fileWithoutRecord) return { outcome: 'file-only', why: [] };
  return { outcome: 'partial', why: [`the database holds ${db} of the work but the files ${files}`] };
}

const killedBeforeStart = (w: WorkerRun) => w.lastMarkerBeforeKill === 'SPAWNED' || w.lastMarkerBeforeKill === MARK.opened;
const returnedBeforeKill = (w: WorkerRun) => w.timeline[MARK.done] !== undefined && w.killedAtMs !== null && w.timeline[MARK.done]! <= w.killedAtMs;

function runProblems(w: WorkerRun, outcome: Outcome): string[] {
  const out: string[] = [];
  if (w.signal !== 'SIGKILL') out.push(`the child was not killed as planned (exit ${w.exitCode}, signal ${w.signal}): ${w.stderr.slice(-800)}`);
  if (w.result && !w.result.ok) out.push(`the operation itself failed: ${w.result.message}`);
  if (returnedBeforeKill(w) && w.result?.ok && outcome !== 'all') out.push('the call had returned success before the kill, yet its work is not all there');
  if (killedBeforeStart(w) && outcome !== 'none') out.push('killed before the work started, yet some of it is there');
  return out;
}

function timelineText(w: WorkerRun): string {
  return Object.entries(w.timeline)
    .map(([m, t]) => `${m} ${Math.round(t!)}ms`)
    .join(', ');
}

/**
 * Runs the scenario: the template; one uninterrupted reference run (its timing places the kills and
 * its result is "all"); then CRASH_RUNS kills. Returns the report and every failure found.
 */
export async function runCrashScenario(scenario: CrashScenario): Promise<ScenarioReport> {
  const seed = crashSeed();
  const rand = seededRandom(seed);
  const runs = crashRuns(scenario.defaultRuns ?? 12);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crash-'));
  const template = path.join(base, 'template');
  const runRoot = path.join(base, 'run');
  const failures: string[] = [];
  const reports: RunReport[] = [];
  const lines = [`crash scenario "${scenario.name}": seed ${seed} (replay with CRASH_SEED=${seed}), ${runs} kills`, ...(scenario.notes ?? []).map((n) => `  note: ${n}`)];
  const check = scenario.checkFiles ? (paths: RunPaths) => (core: Core) => scenario.checkFiles!(core, paths) : () => undefined;
  let keep = false;
  let command: WorkerCommand | undefined;
  try {
    const t0 = performance.now();
    command = await workerCommand();
    await scenario.buildTemplate(template);
    const wal = path.join(template, 'exportdesk.sqlite-wal');
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw new Error('the template still has a WAL after closing: it would not copy as one consistent file');
    lines.push(`  worker built and template made in ${Math.round(performance.now() - t0)} ms (${process.env.CRASH_WORKER === 'tsx' ? 'worker runs through tsx' : 'worker bundled'})`);

    // "None": the copied template, reopened exactly as a killed run's workspace will be.
    let paths = freshRun(template, runRoot);
    const before = await inspectWorkspace(paths.workspace, check(paths), scenario.looseTables);
    if (before.problems.length || !before.fingerprint) throw new Error(`the template is not sound: ${before.problems.join('; ')}`);
    if (before.files?.state === 'all') throw new Error('the template already holds the files the operation is to write');

    // "All": the same work, uninterrupted, in the same folders.
    paths = freshRun(template, runRoot);
    const tRef = performance.now();
    const ref = await runWorker(command, scenario.worker(paths), paths.workspace, null);
    const refMessage = ref.result?.message ?? '';
    if (!ref.result?.ok && scenario.notBuiltYet?.test(refMessage)) {
      lines.push(`  skipped: the uninterrupted run answered "${refMessage}"`);
      return { text: lines.join('\n'), failures, skipped: refMessage };
    }
    if (!ref.result?.ok) throw new Error(`the uninterrupted run failed: ${ref.result?.message ?? `exit ${ref.exitCode}`}\n${ref.stderr.slice(-2000)}`);
    const done = await inspectWorkspace(paths.workspace, check(paths), scenario.looseTables);
    if (done.problems.length || !done.fingerprint) throw new Error(`after the uninterrupted run the workspace is not sound: ${done.problems.join('; ')}`);
    if (scenario.checkFiles && done.files?.state !== 'all') throw new Error('after the uninterrupted run the scenario does not find its files complete');
    const after = done.fingerprint;
    const changed = differingTables(before.fingerprint, after);
    if (changed.length === 0) throw new Error('the uninterrupted run changed nothing in the database: there is nothing to interrupt');
    lines.push(`  uninterrupted run: ${Math.round(performance.now() - tRef)} ms (${timelineText(ref)}); it changed ${changed.join(', ')}`);

    const clock = new PhaseClock(ref.timeline);
    const plan = clock.plan(runs, rand);
    for (let i = 0; i < plan.length; i++) {
      const t = performance.now();
      const kill = clock.killFor(plan[i]!);
      paths = freshRun(template, runRoot);
      const worker = await runWorker(command, scenario.worker(paths), paths.workspace, kill);
      clock.observe(worker.timeline);
      const found = await inspectWorkspace(paths.workspace, check(paths), scenario.looseTables);
      const { outcome, why } = outcomeOf(scenario, found, before.fingerprint, after);
      const problems = [...found.problems, ...why, ...runProblems(worker, outcome)];
      reports.push({ phase: plan[i]!.phase, failed: problems.length > 0, worker, outcome, strays: found.files?.strays ?? [], cleanedOnOpen: found.cleanedOnOpen, ms: Math.round(performance.now() - t) });
      if (problems.length) {
        keep = true;
        const kept = path.join(base, `failed-run-${i + 1}`);
        fs.renameSync(runRoot, kept);
        failures.push(`run ${i + 1} (${plan[i]!.phase}: kill ${kill.delayMs} ms after ${kill.anchor}; last marker seen ${worker.lastMarkerBeforeKill}; kept in ${kept}): ${problems.join('; ')}`);
      }
    }

    lines.push(...distribution(reports, clock.windows(), scenario));
    // A kill that never lands inside the work proves nothing about it.
    if (!reports.some((r) => r.outcome === 'none' && !killedBeforeStart(r.worker))) {
      failures.push(`no kill landed after ${MARK.started} with the work left undone: the kills never interrupted the operation`);
    }
    const commitWindow = clock.windows().find((w) => w.phase === 'commit');
    if (commitWindow && commitWindow.spanMs >= 20 && !reports.some((r) => r.outcome === 'none' && r.worker.lastMarkerBeforeKill === MARK.commit)) {
      failures.push(`no kill landed inside the open transaction (${Math.round(commitWindow.spanMs)} ms long) with the work rolled back`);
    }
  } catch (e) {
    keep = true;
    failures.push(`${(e as Error).message} (folders kept in ${base})`);
  } finally {
    command?.dispose();
    if (!keep) fs.rmSync(base, { recursive: true, force: true });
  }
  return { text: lines.join('\n'), failures };
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);

/** How the kills ended, by planned phase and by where they landed, so the output shows they hit mid-operation. */
function distribution(reports: RunReport[], windows: PhaseWindow[], scenario: CrashScenario): string[] {
  const out = [
    `  shortest phases seen: ${windows.map((w) => `${w.phase} ${Math.round(w.spanMs)} ms from ${w.anchor}`).join(', ')}`,
    `    ${pad('phase', 9)}${pad('kills', 7)}${pad('none', 6)}${pad('all', 5)}${scenario.fileWithoutRecord ? pad('file-only', 11) : ''}${pad('partial', 9)}${pad('failed', 8)}returned before the kill`,
  ];
  for (const w of windows) {
    const rs = reports.filter((r) => r.phase === w.phase);
    const n = (o: Outcome) => rs.filter((r) => r.outcome === o).length;
    out.push(`    ${pad(w.phase, 9)}${pad(rs.length, 7)}${pad(n('none'), 6)}${pad(n('all'), 5)}${scenario.fileWithoutRecord ? pad(n('file-only'), 11) : ''}${pad(n('partial'), 9)}${pad(rs.filter((r) => r.failed).length, 8)}${rs.filter((r) => returnedBeforeKill(r.worker)).length}`);
  }
  const landed = new Map<string, Record<Outcome, number>>();
  for (const r of reports) {
    const e = landed.get(r.worker.lastMarkerBeforeKill) ?? { none: 0, all: 0, 'file-only': 0, partial: 0 };
    e[r.outcome]++;
    landed.set(r.worker.lastMarkerBeforeKill, e);
  }
  const order = ['SPAWNED', ...Object.values(MARK)];
  out.push(
    `  by the last marker seen before the kill: ${[...landed]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([k, e]) => `${k}: ${Object.entries(e).filter(([, v]) => v).map(([o, v]) => `${o} ${v}`).join(', ')}`)
      .join('; ')}`,
  );
  if (scenario.fileWithoutRecord) out.push(`  file-only (accepted): ${scenario.fileWithoutRecord}`);
  const cleaned = reports.filter((r) => r.cleanedOnOpen.length);
  if (cleaned.length) out.push(`  files left without their record and removed on opening, in ${cleaned.length} runs: e.g. ${cleaned[0]!.cleanedOnOpen[0]}`);
  const strays = reports.flatMap((r) => r.strays);
  if (strays.length) out.push(`  temporary files left by ${reports.filter((r) => r.strays.length).length} runs (named as temporary; see the scenario): e.g. ${strays[0]}`);
  const ms = reports.map((r) => r.ms);
  if (ms.length) out.push(`  runs took ${Math.min(...ms)}–${Math.max(...ms)} ms each`);
  return out;
}
