/**
 * Shared helpers for the core tests: real workspaces in temporary folders, row counts, fixture
 * paths and the shared real-data folder. No mocks: every test talks to `openCore` and SQLite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';
import type { Result } from '../../shared/errors';
import type { ErrorInfo } from '../../shared/errors';
import { openCore, type Core } from '../../electron/core';
import type { CoreOptions } from '../../electron/core/registry';
import type { OpenOptions } from '../../electron/core/workspace';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test/fixtures/control-lists');
/** Real published lists, kept outside the repository (see ../shared/data/README.md). */
export const SHARED_DATA_DIR = path.resolve(REPO_ROOT, '../shared/data');
export const SHARED_CONTROL_LISTS_DIR = path.join(SHARED_DATA_DIR, 'control-lists');

export function fixture(name: string): string {
  const p = path.join(FIXTURES_DIR, name);
  if (!fs.existsSync(p)) throw new Error(`Test fixture ${p} is missing`);
  return p;
}

export function sharedData(...parts: string[]): string {
  return path.join(SHARED_DATA_DIR, ...parts);
}

/** Every table a control-list import or an audited write can touch. */
export const TRACKED_TABLES = [
  'control_lists',
  'list_snapshots',
  'control_entries',
  'control_paragraphs',
  'control_fts',
  'snapshot_documents',
  'audit_log',
  'settings',
] as const;
export type TableCounts = Record<(typeof TRACKED_TABLES)[number], number>;

export function countRows(db: Database): TableCounts {
  const out = {} as TableCounts;
  for (const t of TRACKED_TABLES) out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return out;
}

/** The current-snapshot pointers too: a failed import must not move them either. */
export function currentPointers(db: Database): Record<string, number | null> {
  const rows = db.prepare('SELECT id, current_snapshot_id AS c FROM control_lists ORDER BY id').all() as { id: string; c: number | null }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.c]));
}

const tempDirs: string[] = [];
const openCores: Core[] = [];

/** A fresh temporary folder, removed by `cleanupTemp()`. */
export function tempDir(prefix = 'exportdesk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export interface TempWorkspace {
  dir: string;
  core: Core;
  db: Database;
  /** Closes the database (the folder stays until cleanup), e.g. before reopening it. */
  close(): void;
}

/** Opens a workspace through the real core: in `dir` if given, else in a new temporary folder. */
export function openTempWorkspace(opts: OpenOptions & CoreOptions & { dir?: string } = {}): TempWorkspace {
  const dir = opts.dir ?? path.join(tempDir(), 'workspace');
  const core = openCore(dir, opts);
  openCores.push(core);
  return {
    dir,
    core,
    db: core.ws.db,
    close: () => {
      if (core.ws.db.open) core.ws.close();
    },
  };
}

/** Closes every workspace a test opened and removes every temporary folder. Use in afterEach/afterAll. */
export function cleanupTemp(): void {
  for (const core of openCores.splice(0)) if (core.ws.db.open) core.ws.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The value of a successful call; fails the test with the error's message otherwise. */
export function ok<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The error of a failed call; fails the test if the call succeeded. */
export function failed<T>(r: Result<T>): ErrorInfo {
  if (r.ok) expect.fail(`expected a failure, got ${JSON.stringify(r.value).slice(0, 300)}`);
  return r.error;
}

/** A fixed clock, so audit rows and import times are predictable. */
export function fixedClock(iso: string): () => Date {
  return () => new Date(iso);
}

export async function importFile(core: Core, file: string, extra: Record<string, unknown> = {}) {
  return ok(await core.call('controls.import', { source: { path: file }, ...extra })).snapshot;
}

/** The schema as SQL text, to compare a migrated database with a freshly created one. */
export function schemaOf(db: Database): string[] {
  return (
    db
      .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`)
      .all() as { type: string; name: string; sql: string }[]
  ).map((r) => `${r.type} ${r.name}: ${r.sql.replace(/\s+/g, ' ')}`);
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
