/**
 * Two writers, one workspace: real second processes (through tsx, as the crash tests run theirs)
 * open the same folder at the same instant, or hold the write lock while this one writes. And a
 * workspace that is refused, or a folder with none, is left exactly as it was.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { LATEST_VERSION } from '../../electron/core/store/migrate';
import { BACKUPS_DIR, DB_FILE } from '../../electron/core/workspace';
import { BUSY_MESSAGE } from '../../shared/errors';
import { cli } from './cli-helpers';
import { cleanupTemp, fixture, openTempWorkspace, REPO_ROOT, tempDir, userVersion } from './helpers';

afterEach(cleanupTemp);

const WORKERS = path.join(REPO_ROOT, 'test/unit/workers');

interface Child {
  proc: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(pred: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

function start(script: string, args: string[] = []): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(WORKERS, script), ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pred: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let pending = '';
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout.on('data', (d: Buffer) => {
    pending += d.toString();
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) if (w.pred(line)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line));
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
  return {
    proc,
    lines,
    exited,
    waitFor(pred, timeoutMs = 90_000) {
      const seen = lines.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`${script}: no expected line in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ pred, resolve: (l) => (clearTimeout(t), resolve(l)) });
      });
    },
  };
}

interface Outcome {
  dir: string;
  ok: boolean;
  migration?: { from: number; to: number; backupFile: string | null };
  write?: unknown;
  error?: { code: string; message: string };
}

/** Two processes open each folder at the same instant, one trial after another, and write once. */
async function openAtOnce(dirs: string[]): Promise<Outcome[][]> {
  const children = [start('open-at-once.ts'), start('open-at-once.ts')];
  await Promise.all(children.map((c) => c.waitFor((l) => l === 'READY')));
  const t0 = Date.now() + 500;
  children.forEach((c, i) => c.proc.stdin.end(`${JSON.stringify(dirs.map((dir, k) => ({ dir, at: t0 + k * 400, write: `Process ${i + 1}` })))}\n`));
  await Promise.all(children.map((c) => c.exited));
  const parsed = children.map((c) => c.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Outcome));
  return dirs.map((dir) => parsed.map((outcomes) => outcomes.find((o) => o.dir === dir)!));
}

const TRIALS = 10;

describe('two processes opening one workspace at the same instant', () => {
  it(`both open a new folder and write, ${TRIALS} times out of ${TRIALS}`, async () => {
    const root = tempDir();
    const dirs = Array.from({ length: TRIALS }, (_, i) => path.join(root, `ws-${i}`));
    const trials = await openAtOnce(dirs);
    for (const [i, pair] of trials.entries()) {
      expect(pair.map((o) => o.error ?? null), `trial ${i + 1}`).toEqual([null, null]);
      expect(pair.map((o) => o.write)).toEqual(['ok', 'ok']);
      // Exactly one of them created the schema; the other found it made.
      expect(pair.map((o) => o.migration!.from).sort()).toEqual([0, LATEST_VERSION]);
      const db = new Database(path.join(dirs[i]!, DB_FILE), { readonly: true });
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'settings.update'").get()).toEqual({ n: 2 });
      db.close();
    }
  }, 180_000);

  it('both open a workspace of an older version: one upgrades it with one backup copy, the other waits and finds it done', async () => {
    const root = tempDir();
    const old = LATEST_VERSION - 2;
    const dirs = Array.from({ length: 5 }, (_, i) => {
      const w = openTempWorkspace({ dir: path.join(root, `old-${i}`), targetVersion: old });
      w.close();
      return w.dir;
    });
    const trials = await openAtOnce(dirs);
    for (const [i, pair] of trials.entries()) {
      expect(pair.map((o) => o.error ?? null), `trial ${i + 1}`).toEqual([null, null]);
      expect(pair.map((o) => o.migration!.from).sort((a, b) => a - b)).toEqual([old, LATEST_VERSION]);
      const backups = fs.readdirSync(path.join(dirs[i]!, BACKUPS_DIR));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(new RegExp(`^before-migration-v${old}-to-v${LATEST_VERSION}-`));
    }
  }, 180_000);
});

describe('a write while another process writes', () => {
  it('waits for a short write of another process and then succeeds', async () => {
    const { core, dir } = openTempWorkspace();
    const holder = start('hold-write-lock.ts', [path.join(dir, DB_FILE), '1500']);
    await holder.waitFor((l) => l === 'LOCKED');
    const r = await core.call('settings.update', { userName: 'Waited' });
    expect(r).toEqual({ ok: true, value: { userName: 'Waited' } });
    await holder.exited;
  }, 120_000);

  it('goes through while another process records a batch screening of 50,000 names', async () => {
    const { core, dir, db } = openTempWorkspace();
    const list = await core.call('lists.import', { source: { path: path.join(REPO_ROOT, 'test/fixtures/screening-lists/sdn-2024-01-05.csv') } });
    expect(list.ok).toBe(true);
    const file = path.join(tempDir(), 'batch.csv');
    fs.writeFileSync(file, `id,name,country\n${Array.from({ length: 50_000 }, (_, i) => `R${i + 1},Trading House Number ${i + 1},DE`).join('\n')}\n`);
    // The batch's write must be short enough for a writer that waits 3 s; reading the 50,000
    // records back inside its transaction held the lock far longer.
    db.pragma('busy_timeout = 3000');
    const batch = start('batch-screen.ts', [dir, file]);
    await batch.waitFor((l) => l === 'COMMITTING', 170_000);
    const writes = [];
    for (let i = 0; i < 5; i++) {
      writes.push(await core.call('settings.update', { userName: `During the batch ${i}` }));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(writes.filter((w) => !w.ok)).toEqual([]);
    const done = await batch.waitFor((l) => l.startsWith('DONE '), 170_000);
    expect(JSON.parse(done.slice(5))).toEqual({ ok: true, rows: 50_000 });
  }, 360_000);

  it('past the wait, is refused as BUSY in words, with no SQLite message and nothing written', async () => {
    const { core, dir, db } = openTempWorkspace();
    // The same refusal the default wait gives, without making the test wait that long.
    db.pragma('busy_timeout = 300');
    const holder = start('hold-write-lock.ts', [path.join(dir, DB_FILE), '3000']);
    await holder.waitFor((l) => l === 'LOCKED');
    const r = await core.call('settings.update', { userName: 'Too soon' });
    expect(r).toEqual({ ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } });
    expect(BUSY_MESSAGE).not.toMatch(/locked|SQLITE|Unexpected/i);
    await holder.exited;
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'settings.update'").get()).toEqual({ n: 0 });
  }, 120_000);
});

/** Every name under the folder, to see that a refusal created nothing. */
function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('a refused workspace is left exactly as it was', () => {
  it('a database of a newer ExportDesk (in WAL mode): refused naming the folder, no -wal, -shm, attachments or backups', () => {
    const dir = path.join(tempDir(), 'future');
    fs.mkdirSync(dir);
    const future = new Database(path.join(dir, DB_FILE));
    future.pragma('journal_mode = WAL');
    future.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = listing(dir);
    expect(before).toEqual([DB_FILE]);
    expect(() => openCore(dir)).toThrow(expect.objectContaining({ info: expect.objectContaining({ code: 'WORKSPACE_TOO_NEW' }) }));
    expect(() => openCore(dir)).toThrow(dir);
    expect(listing(dir)).toEqual(before);
  });

  it('a file that is not a database: refused naming it, nothing created', () => {
    const dir = path.join(tempDir(), 'not-a-db');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, DB_FILE), 'These are my notes, not a database.\n'.repeat(10));
    const before = listing(dir);
    expect(() => openCore(dir)).toThrow(expect.objectContaining({ info: expect.objectContaining({ code: 'WORKSPACE_ERROR' }) }));
    expect(() => openCore(dir)).toThrow(path.join(dir, DB_FILE));
    expect(listing(dir)).toEqual(before);
  });
});

describe('a folder that cannot be a workspace', () => {
  it('a file where the folder should be: refused in words, naming the path', () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    expect(() => openCore(file)).toThrow(`Cannot create the workspace folder ${file}: a file of that name is in the way.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });
});

describe('only a command that can be the first in a new folder creates a workspace', () => {
  it('a read on a mistyped --workspace is refused naming the folder, which is not created', async () => {
    const root = tempDir();
    const typo = path.join(root, 'wrokspace');
    const out = path.join(root, 'out');
    const reads = [['parties', 'list'], ['controls', 'snapshots'], ['info'], ['audit', 'verify'], ['items', 'export', '--out', `${out}.csv`], ['backup', '--out', `${out}.edbackup`], ['applications', 'show', '1']];
    for (const argv of reads) {
      const r = await cli(['--workspace', typo, ...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err).toEqual([expect.stringContaining(`There is no ExportDesk workspace in ${typo}`)]);
    }
    expect(fs.existsSync(typo)).toBe(false);
  });

  it('an existing empty folder is not turned into a workspace by a read either', async () => {
    const empty = tempDir();
    const r = await cli(['--workspace', empty, 'items', 'list']);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('the first import into a fresh folder creates the workspace, and reads work on it after', async () => {
    const ws = path.join(tempDir(), 'fresh');
    const imported = await cli(['--workspace', ws, 'controls', 'import', fixture('ccl-2026-01-15.json')]);
    expect(imported.err).toEqual([]);
    expect(imported.code).toBe(0);
    const listed = await cli(['--workspace', ws, 'controls', 'snapshots']);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('ccl');
  });

  it('a mistake in what was typed is still reported as such on a folder with no workspace', async () => {
    const typo = path.join(tempDir(), 'nothing-here');
    const r = await cli(['--workspace', typo, 'items', 'list', '--us', 'five-a']);
    expect(r.err).toEqual([expect.stringMatching(/^exportdesk: error: the classification filter must be/)]);
    expect(fs.existsSync(typo)).toBe(false);
  });
});
