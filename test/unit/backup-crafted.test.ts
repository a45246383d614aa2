import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Header } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../electron/core/backup/restore';
import { verifyBackup } from '../../electron/core/backup/verify';
import { LATEST_VERSION } from '../../electron/core/store/migrate';
import { closeBackupCores, editManifest, entrySpans, recordsWorkspace, rewriteBackup, sha256 } from './backup-helpers';
import { REPO_ROOT, cleanupTemp, ok, tempDir } from './helpers';

/**
 * Backups built by hand to pass every byte check while the database or the entries inside are not
 * what ExportDesk writes: a schema with its guards removed or code of its own, a recursive view, a
 * foreign database, entries that collide as files. Each is refused by `backup verify` and by restore
 * with the same sentence, and nothing is written.
 */

let good: string;
let goodDir: string;

beforeAll(async () => {
  const { core } = await recordsWorkspace();
  goodDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-crafted-'));
  good = path.join(goodDir, 'good.edbackup');
  ok(await core.call('backup.create', { out: good }));
  closeBackupCores();
});

afterAll(() => {
  closeBackupCores();
  cleanupTemp();
  fs.rmSync(goodDir, { recursive: true, force: true });
});

/** A copy of the good backup whose database was changed by `sql` or `edit` (or replaced by `replace`), every hash made consistent again. */
async function withDatabase(change: { sql?: string; edit?: (file: string) => void; replace?: (file: string) => void; schemaVersion?: number }): Promise<string> {
  const f = path.join(tempDir(), 'crafted.edbackup');
  await rewriteBackup(good, f, (e) => {
    const tmp = path.join(tempDir(), 'crafted.sqlite');
    if (change.replace) change.replace(tmp);
    else {
      fs.writeFileSync(tmp, e.get('exportdesk.sqlite')!);
      if (change.edit) change.edit(tmp);
      else {
        const db = new Database(tmp);
        db.exec(change.sql!);
        db.close();
      }
    }
    const bytes = fs.readFileSync(tmp);
    e.set('exportdesk.sqlite', bytes);
    editManifest(e, (m) => {
      Object.assign(m.entries.find((x) => x.path === 'exportdesk.sqlite')!, { size: bytes.length, sha256: sha256(bytes) });
      if (change.schemaVersion !== undefined) m.schemaVersion = change.schemaVersion;
    });
  });
  return f;
}

/** Refused by restore, with nothing written, and by verify with the same sentence; returns the sentence. */
async function refusedByBoth(file: string): Promise<string> {
  let verifyMessage = '';
  try {
    await verifyBackup(file);
  } catch (e) {
    verifyMessage = (e as Error).message;
  }
  const parent = tempDir();
  const target = path.join(parent, 'restored');
  let restoreMessage = '';
  try {
    await restoreBackup(file, target);
  } catch (e) {
    restoreMessage = (e as Error).message;
  }
  expect(verifyMessage, 'backup verify should have refused it').not.toBe('');
  expect(restoreMessage, 'restore should have refused it').not.toBe('');
  expect(fs.readdirSync(parent)).toEqual([]);
  expect(restoreMessage).toBe(`${verifyMessage} Nothing was written to ${target}.`);
  // Never a raw error: no errno code, no SQLite wording.
  expect(verifyMessage).not.toMatch(/ENOTDIR|EISDIR|EEXIST|SQLITE_|no such table/);
  return verifyMessage;
}

describe('a database whose schema is not the one its version has', () => {
  it('audit guards dropped and a trigger of its own added (every new party moved to another country)', async () => {
    const f = await withDatabase({
      sql: `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
            CREATE TRIGGER parties_country AFTER INSERT ON parties BEGIN UPDATE parties SET country = 'US' WHERE id = new.id; END;`,
    });
    const m = await refusedByBoth(f);
    expect(m).toMatch(new RegExp(`^The backup ${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} holds a database that is not as ExportDesk writes it \\(version \\d+\\): `));
    expect(m).toContain('it holds a trigger parties_country, which ExportDesk never creates');
    expect(m).toContain('it lacks the triggers audit_log_no_delete and audit_log_no_update');
  });

  it('a trigger changed under its own name', async () => {
    const f = await withDatabase({
      sql: `DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END;`,
    });
    expect(await refusedByBoth(f)).toContain('its trigger audit_log_no_delete is not the one ExportDesk creates');
  });

  /** Recreates a trigger from its own stored text, changed by `edit`. */
  const recreate = (name: string, edit: (sql: string) => string) => (file: string) => {
    const db = new Database(file);
    const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string;
    db.exec(`DROP TRIGGER ${name}; ${edit(sql)};`);
    db.close();
  };

  it('a trigger whose message differs only in the spaces inside its text', async () => {
    const f = await withDatabase({ edit: recreate('packages_no_update', (sql) => sql.replace('kept as generated', 'kept as  generated')) });
    expect(await refusedByBoth(f)).toContain('its trigger packages_no_update is not the one ExportDesk creates');
  });

  it('the same schema with other line ends and indentation is accepted (a checkout with CRLF line ends)', async () => {
    const f = await withDatabase({ edit: recreate('packages_no_update', (sql) => sql.replace(/\n\s*/g, '\r\n\t  ')) });
    expect((await verifyBackup(f)).integrity).toBe('ok');
  });

  it('an extra column, an extra index and an extra view', async () => {
    const f = await withDatabase({
      sql: `ALTER TABLE parties ADD COLUMN note TEXT; CREATE INDEX parties_note ON parties(note); CREATE VIEW everything AS SELECT * FROM parties;`,
    });
    const m = await refusedByBoth(f);
    expect(m).toContain('its table parties is not the one ExportDesk creates');
    expect(m).toContain('it holds an index parties_note, which ExportDesk never creates');
  });

  it('a table missing', async () => {
    const f = await withDatabase({ sql: 'DROP TRIGGER packages_no_update; DROP TRIGGER packages_no_delete; DROP TABLE packages;' });
    expect(await refusedByBoth(f)).toContain('it lacks the table packages');
  });

  it('the latest schema labelled version 1, the manifest agreeing', async () => {
    const f = await withDatabase({ sql: 'PRAGMA user_version = 1', schemaVersion: 1 });
    const m = await refusedByBoth(f);
    expect(m).toContain('(version 1)');
    expect(m).toMatch(/it holds tables [a-z_, ]+ and \d+ more, which ExportDesk never creates/);
  });

  it('a foreign database, labelled as it is (no version)', async () => {
    const f = await withDatabase({
      replace: (file) => {
        const db = new Database(file);
        db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello');");
        db.close();
      },
      schemaVersion: 0,
    });
    expect(await refusedByBoth(f)).toBe(`The backup ${f} holds a database that is not an ExportDesk workspace: it has no ExportDesk schema version (it holds table notes).`);
  });

  it('a foreign database labelled with the latest version', async () => {
    const f = await withDatabase({
      replace: (file) => {
        const db = new Database(file);
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
        db.pragma(`user_version = ${LATEST_VERSION}`);
        db.close();
      },
    });
    const m = await refusedByBoth(f);
    expect(m).toContain('it holds a table notes, which ExportDesk never creates');
    expect(m).toMatch(/it lacks the tables [^;]*audit_log/);
  });

  it('a manifest whose audit head is not the end of the log it holds', async () => {
    const f = path.join(tempDir(), 'head.edbackup');
    await rewriteBackup(good, f, (e) =>
      editManifest(e, (m) => {
        const head = m.auditHead as { id: number; hash: string };
        m.auditHead = { id: head.id + 5, hash: 'a'.repeat(64) };
      }),
    );
    expect(await refusedByBoth(f)).toMatch(/its database's audit log ends at row \d+, where its manifest records row \d+ as the last/);
  });
});

describe('an audit log that is a recursive view', () => {
  const VIEW = `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TABLE audit_log;
    CREATE VIEW audit_log (id, at, actor, action, record_type, record_id, before_json, after_json, prev_hash, hash) AS
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i, '', '', '', '', '', NULL, NULL, '', '' FROM n;`;

  it('is refused by the schema comparison, in a bounded time, before any query reads it', async () => {
    const f = await withDatabase({ sql: VIEW });
    const target = path.join(tempDir(), 'restored');
    // In a process of its own: before the fix this restore never ended, and a test cannot interrupt
    // a synchronous loop in its own process.
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bin/exportdesk.mjs'), 'restore', f, '--workspace', target], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.signal, 'restore did not end within two minutes').toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('it holds a view audit_log where ExportDesk has a table');
    expect(fs.existsSync(target)).toBe(false);
    expect(await refusedByBoth(f)).toContain('it holds a view audit_log where ExportDesk has a table');
  }, 180_000);
});

/** Writes a tar by hand: the entries in order, a directory entry where `type` says so. */
function writeTar(dest: string, items: { path: string; data?: Buffer; type?: 'File' | 'Directory' }[]): void {
  const parts: Buffer[] = [];
  for (const it of items) {
    const data = it.data ?? Buffer.alloc(0);
    const h = new Header({ path: it.path, mode: it.type === 'Directory' ? 0o755 : 0o644, uid: 0, gid: 0, size: data.length, mtime: new Date('2026-01-01T00:00:00Z'), type: it.type ?? 'File', uname: '', gname: '' });
    h.encode();
    parts.push(h.block!, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  fs.writeFileSync(dest, Buffer.concat(parts));
}

/** The good backup's entries, with `extra` put before its manifest (listed in it unless `unlisted`). */
async function withEntries(extra: { path: string; data?: Buffer; type?: 'File' | 'Directory' }[]): Promise<string> {
  const entries = new Map<string, Buffer>();
  const tmp = path.join(tempDir(), 'plain.edbackup');
  await rewriteBackup(good, tmp, (e) =>
    editManifest(e, (m) => {
      for (const x of extra) if (x.type !== 'Directory') m.entries.push({ path: x.path, size: x.data!.length, sha256: sha256(x.data!) });
    }),
  );
  // Read back with the manifest's checksum as rewriteBackup recomputed it.
  await rewriteBackup(tmp, path.join(tempDir(), 'unused.edbackup'), (e) => {
    for (const [k, v] of e) entries.set(k, v);
  });
  const items: { path: string; data?: Buffer; type?: 'File' | 'Directory' }[] = [];
  for (const [p, data] of entries) {
    if (p === 'manifest.json') items.push(...extra);
    items.push({ path: p, data });
  }
  const f = path.join(tempDir(), 'entries.edbackup');
  writeTar(f, items);
  return f;
}

describe('entries that cannot all be files in one folder', () => {
  let pkg: string;
  beforeAll(async () => {
    pkg = (await entrySpans(good)).find((s) => s.path.startsWith('packages/'))!.path;
  });

  it('a file entry inside the name of another file entry', async () => {
    const f = await withEntries([{ path: `${pkg}/inside.pdf`, data: Buffer.from('%PDF-1.7 x') }]);
    expect(await refusedByBoth(f)).toBe(`The backup ${f} holds ${pkg}/inside.pdf inside ${pkg}, which is a file in the backup: no ExportDesk backup does.`);
  });

  it('a file entry under the name of a folder other entries are in', async () => {
    const f = await withEntries([
      { path: 'packages/sub/a.pdf', data: Buffer.from('%PDF-1.7 a') },
      { path: 'packages/sub', data: Buffer.from('%PDF-1.7 b') },
    ]);
    expect(await refusedByBoth(f)).toBe(`The backup ${f} holds packages/sub, a file under the name of the folder packages/sub/a.pdf is in: no ExportDesk backup does.`);
  });

  it('two entries whose names differ only in case', async () => {
    const upper = pkg.replace(/\.pdf$/, '.PDF');
    const f = await withEntries([{ path: upper, data: Buffer.from('%PDF-1.7 c') }]);
    expect(await refusedByBoth(f)).toBe(`The backup ${f} holds ${upper} and ${pkg}, whose names differ only in case: no ExportDesk backup does, and they cannot both be restored on macOS or Windows.`);
  });

  it.each(['../', '../escape/', 'packages/'])('a directory entry %s', async (dir) => {
    const f = await withEntries([{ path: dir, type: 'Directory' }]);
    expect(await refusedByBoth(f)).toBe(`The backup ${f} holds ${dir}, an entry of type Directory, which no ExportDesk backup has.`);
  });
});
