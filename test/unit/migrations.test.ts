import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate } from '../../electron/core/store/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/core/store/migrations';
import type { Migration } from '../../electron/core/store/migrations/types';
import { BACKUPS_DIR, DB_FILE } from '../../electron/core/workspace';
import {
  cleanupTemp,
  countRows,
  fixedClock,
  fixture,
  importFile,
  ok,
  openTempWorkspace,
  schemaOf,
  tempDir,
  userVersion,
} from './helpers';

afterEach(cleanupTemp);

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('are numbered 1, 2, 3, ... without gaps, so PRAGMA user_version names the schema', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty database to the latest version, with no backup (nothing to back up)', () => {
    const ws = openTempWorkspace();
    expect(userVersion(ws.db)).toBe(LATEST_VERSION);
    expect(ws.core.ws.migration).toEqual({ from: 0, to: LATEST_VERSION, backupFile: null });
    expect(fs.existsSync(path.join(ws.dir, BACKUPS_DIR))).toBe(false);
    const tables = (ws.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    for (const t of ['settings', 'audit_log', 'control_lists', 'list_snapshots', 'control_entries', 'control_paragraphs', 'snapshot_documents', 'control_fts']) {
      expect(tables).toContain(t);
    }
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('leave a database already at the latest version alone on reopening (no backup, no change)', () => {
    const ws = openTempWorkspace();
    ws.close();
    const again = openTempWorkspace({ dir: ws.dir });
    expect(again.core.ws.migration).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backupFile: null });
    expect(fs.existsSync(path.join(ws.dir, BACKUPS_DIR))).toBe(false);
  });

  // One case per earlier version: a workspace left at version v by an older ExportDesk, with the data
  // that version could hold, upgraded by this one.
  for (let v = 1; v < LATEST_VERSION; v++) {
    it(`upgrade a workspace from version ${v}: data kept, backup copy made, schema equal to a fresh one`, async () => {
      const old = openTempWorkspace({ targetVersion: v, clock: fixedClock('2026-01-02T03:04:05.000Z') });
      expect(userVersion(old.db)).toBe(v);
      ok(await old.core.call('settings.update', { userName: 'Ada Lovelace' }));
      if (v >= 2) await importFile(old.core, fixture('ccl-2026-01-15.json'));
      const before = v >= 2 ? countRows(old.db) : undefined;
      const auditBefore = old.db.prepare('SELECT * FROM audit_log ORDER BY id').all();
      old.close();

      const ws = openTempWorkspace({ dir: old.dir, now: new Date('2026-05-06T07:08:09.000Z') });
      expect(userVersion(ws.db)).toBe(LATEST_VERSION);
      expect(ws.core.ws.migration.from).toBe(v);
      expect(ws.core.ws.migration.to).toBe(LATEST_VERSION);
      expect(ok(await ws.core.call('settings.get', {})).userName).toBe('Ada Lovelace');
      expect(ws.db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(auditBefore);
      if (before) expect(countRows(ws.db)).toEqual(before);

      // The backup is in <workspace>/backups/, named for the versions, and is the old database as it was.
      const backups = fs.readdirSync(path.join(ws.dir, BACKUPS_DIR));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(new RegExp(`^before-migration-v${v}-to-v${LATEST_VERSION}-2026-05-06T07-08-09-000Z\\.sqlite$`));
      expect(ws.core.ws.migration.backupFile).toBe(path.join(ws.dir, BACKUPS_DIR, backups[0]!));
      const backup = new Database(ws.core.ws.migration.backupFile!, { readonly: true });
      try {
        expect(userVersion(backup)).toBe(v);
        expect(backup.prepare(`SELECT value FROM settings WHERE key = 'userName'`).get()).toEqual({ value: 'Ada Lovelace' });
      } finally {
        backup.close();
      }

      const fresh = openTempWorkspace();
      expect(schemaOf(ws.db)).toEqual(schemaOf(fresh.db));
    });
  }

  it('refuse a database written by a newer ExportDesk with WORKSPACE_TOO_NEW and leave the file byte for byte as it was', () => {
    const dir = path.join(tempDir(), 'workspace');
    fs.mkdirSync(dir);
    const file = path.join(dir, DB_FILE);
    const future = new Database(file);
    future.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO settings VALUES ('userName', 'From the future');`);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const hashBefore = sha(file);

    let caught: unknown;
    try {
      openTempWorkspace({ dir });
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ info: { code: 'WORKSPACE_TOO_NEW' } });
    expect((caught as Error).message).toContain(`database version ${LATEST_VERSION + 1}`);
    expect((caught as Error).message).toContain('nothing was changed');

    expect(sha(file)).toBe(hashBefore);
    expect(fs.existsSync(path.join(dir, BACKUPS_DIR))).toBe(false);
    const check = new Database(file, { readonly: true });
    try {
      expect(userVersion(check)).toBe(LATEST_VERSION + 1);
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      check.close();
    }
  });

  it('run all pending migrations in one transaction: a failing one leaves the database unchanged and keeps the backup', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DB_FILE));
    try {
      migrate(db, { backupDir: path.join(dir, 'backups'), target: 1 });
      db.prepare(`INSERT INTO settings (key, value) VALUES ('userName', 'Grace Hopper')`).run();
      const schemaBefore = schemaOf(db);
      const broken: Migration = {
        version: LATEST_VERSION + 1,
        name: 'broken on purpose',
        up(d) {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('disk full');
        },
      };
      let caught: unknown;
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        migrate(db, { backupDir: path.join(dir, 'backups'), migrations: [...MIGRATIONS, broken] });
      } catch (e) {
        caught = e;
      }
      logged.mockRestore();
      expect(caught).toMatchObject({ info: { code: 'WORKSPACE_ERROR' } });
      expect((caught as Error).message).toContain(`migration ${LATEST_VERSION + 1} (broken on purpose)`);
      // The cause is kept for the log, not shown: it may be SQLite's own words.
      expect((caught as Error).message).not.toContain('disk full');
      expect(((caught as Error).cause as Error).message).toBe('disk full');
      expect((caught as Error).message).toContain('a copy is in');
      // Migrations 2..latest ran inside the same transaction as the broken one, so they rolled back too.
      expect(userVersion(db)).toBe(1);
      expect(schemaOf(db)).toEqual(schemaBefore);
      expect(db.prepare('SELECT value FROM settings').all()).toEqual([{ value: 'Grace Hopper' }]);
      const backups = fs.readdirSync(path.join(dir, 'backups'));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(new RegExp(`^before-migration-v1-to-v${LATEST_VERSION + 1}-`));
    } finally {
      db.close();
    }
  });

  it('stop at an explicit target version (how the tests above build older workspaces)', () => {
    const ws = openTempWorkspace({ targetVersion: 1 });
    expect(userVersion(ws.db)).toBe(1);
    const tables = (ws.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toContain('audit_log');
    expect(tables).not.toContain('list_snapshots');
  });
});
