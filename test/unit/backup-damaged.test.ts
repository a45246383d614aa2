import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../electron/core/backup/restore';
import { verifyBackup } from '../../electron/core/backup/verify';
import { LATEST_VERSION } from '../../electron/core/store/migrate';
import { closeBackupCores, editManifest, entrySpans, filesIn, flipByte, recordsWorkspace, rewriteBackup, sha256, type EntrySpan } from './backup-helpers';
import { cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';

/**
 * Damaged, truncated, tampered and foreign files, and targets that are not empty: every refusal
 * names its reason, and nothing is written (no target folder, no temporary folder beside it).
 */

let good: string;
let spans: EntrySpan[];
let goodDir: string;

beforeAll(async () => {
  const { core } = await recordsWorkspace();
  // Kept for the whole file (tempDir folders are removed only after all tests).
  goodDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-good-backup-'));
  good = path.join(goodDir, 'good.edbackup');
  ok(await core.call('backup.create', { out: good }));
  spans = await entrySpans(good);
  closeBackupCores();
});

afterAll(() => {
  closeBackupCores();
  cleanupTemp();
  fs.rmSync(goodDir, { recursive: true, force: true });
});

/** The message starts with exactly this sentence. */
function expectStarts(message: string, start: string): void {
  expect(message.slice(0, start.length)).toBe(start);
}

const span = (p: string | RegExp) => spans.find((s) => (typeof p === 'string' ? s.path === p : p.test(s.path)))!;

function copyOfGood(): string {
  const f = path.join(tempDir(), 'copy.edbackup');
  fs.copyFileSync(good, f);
  return f;
}

/** Restores into a new folder and expects a refusal with nothing written; returns the message. */
async function refused(file: string): Promise<string> {
  const parent = tempDir();
  const target = path.join(parent, 'restored');
  let message = '';
  try {
    await restoreBackup(file, target);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message, 'the restore should have been refused').not.toBe('');
  expect(message).toContain(`Nothing was written to ${target}.`);
  expect(fs.readdirSync(parent)).toEqual([]);
  // Checking without restoring refuses it for the same reason.
  await expect(verifyBackup(file)).rejects.toThrow(message.replace(` Nothing was written to ${target}.`, ''));
  return message;
}

describe('a damaged backup is refused, naming the entry', () => {
  it('a flipped byte in the database', async () => {
    const f = copyOfGood();
    flipByte(f, span('exportdesk.sqlite').contentAt + 5000);
    expectStarts(await refused(f), `The backup ${f} is damaged: exportdesk.sqlite does not match its SHA-256 in the manifest. Nothing was written to `);
  });

  it('a flipped byte in an attachment names that attachment', async () => {
    const f = copyOfGood();
    const att = span(/^attachments\//);
    flipByte(f, att.contentAt + 10);
    expectStarts(await refused(f), `The backup ${f} is damaged: ${att.path} does not match its SHA-256 in the manifest.`);
  });

  it('a flipped byte in an entry header', async () => {
    const f = copyOfGood();
    flipByte(f, span(/^packages\//).contentAt - 512 + 3);
    const att = span(/^attachments\//);
    expectStarts(await refused(f), `The backup ${f} is damaged at byte ${(span(/^packages\//).contentAt - 512).toLocaleString('en-US')} after ${att.path}: an entry header fails its checksum.`);
  });

  it('a file cut in the middle of an attachment ends early at it', async () => {
    const f = copyOfGood();
    const att = span(/^attachments\//);
    fs.truncateSync(f, att.contentAt + 100);
    expectStarts(await refused(f), `The backup ${f} ends early at ${att.path} (100 of ${att.size} bytes): the file is truncated`);
  });

  it('a file cut between entries ends early, its manifest missing', async () => {
    const f = copyOfGood();
    const pkg = span(/^packages\//);
    fs.truncateSync(f, pkg.contentAt + Math.ceil(pkg.size / 512) * 512);
    expectStarts(await refused(f), `The backup ${f} ends early after ${pkg.path}: its manifest, which is written last, is missing.`);
  });

  it('a file cut just before its closing checksum', async () => {
    const f = copyOfGood();
    fs.truncateSync(f, span('manifest.json.sha256').contentAt - 512);
    expect(await refused(f)).toContain(`ends early after manifest.json: its closing checksum (manifest.json.sha256) is missing`);
  });

  it('a flipped byte in the manifest', async () => {
    const f = copyOfGood();
    flipByte(f, span('manifest.json').contentAt + 40);
    expect(await refused(f)).toContain(`The backup ${f} is damaged: its manifest does not match its checksum (manifest.json.sha256).`);
  });
});

describe('a tampered manifest is refused, naming the entry', () => {
  it('an entry the manifest does not list', async () => {
    const f = path.join(tempDir(), 'tampered.edbackup');
    await rewriteBackup(good, f, (e) => editManifest(e, (m) => (m.entries = m.entries.filter((x) => !x.path.startsWith('packages/')))));
    expect(await refused(f)).toContain(`holds ${span(/^packages\//).path}, which its manifest does not list.`);
  });

  it('an entry the manifest lists and the file lacks', async () => {
    const f = path.join(tempDir(), 'tampered.edbackup');
    const ghost = `attachments/${'ab'.repeat(32)}`;
    await rewriteBackup(good, f, (e) => editManifest(e, (m) => m.entries.push({ path: ghost, size: 10, sha256: 'cd'.repeat(32) })));
    expect(await refused(f)).toContain(`lacks ${ghost}, which its manifest lists.`);
  });

  it('a size changed in the manifest', async () => {
    const f = path.join(tempDir(), 'tampered.edbackup');
    await rewriteBackup(good, f, (e) => editManifest(e, (m) => (m.entries.find((x) => x.path === 'exportdesk.sqlite')!.size += 1)));
    expect(await refused(f)).toMatch(/is damaged: exportdesk\.sqlite has [\d,]+ bytes where its manifest says [\d,]+\./);
  });

  it('an entry a backup never holds (a path escaping the folder)', async () => {
    const f = path.join(tempDir(), 'tampered.edbackup');
    await rewriteBackup(good, f, (e) => {
      const rebuilt = new Map<string, Buffer>();
      for (const [k, v] of e) {
        if (k === 'manifest.json') rebuilt.set('packages/../../evil.txt', Buffer.from('x'));
        rebuilt.set(k, v);
      }
      e.clear();
      for (const [k, v] of rebuilt) e.set(k, v);
    });
    expect(await refused(f)).toContain(`holds packages/../../evil.txt, which is not part of an ExportDesk backup.`);
    expect(fs.existsSync(path.join(path.dirname(f), '..', 'evil.txt'))).toBe(false);
  });

  it('a database from a newer ExportDesk, even with consistent hashes', async () => {
    const f = path.join(tempDir(), 'future.edbackup');
    await rewriteBackup(good, f, (e) => {
      const tmp = path.join(tempDir(), 'future.sqlite');
      fs.writeFileSync(tmp, e.get('exportdesk.sqlite')!);
      const db = new Database(tmp);
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      db.close();
      const bytes = fs.readFileSync(tmp);
      e.set('exportdesk.sqlite', bytes);
      editManifest(e, (m) => {
        Object.assign(m.entries.find((x) => x.path === 'exportdesk.sqlite')!, { size: bytes.length, sha256: sha256(bytes) });
        m.schemaVersion = LATEST_VERSION + 1;
      });
    });
    const message = await refused(f);
    expect(message).toContain(`holds a workspace written by a newer version of ExportDesk (database version ${LATEST_VERSION + 1}; this version knows up to ${LATEST_VERSION})`);
  });
});

describe('not a backup at all', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'it is empty'],
    ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 65)]), 'it does not start like a tar archive, which every backup is'],
    ['a short text file', Buffer.from('hello'), 'it does not start like a tar archive, which every backup is'],
  ])('%s', async (_what, bytes, why) => {
    const f = path.join(tempDir(), 'other.edbackup');
    fs.writeFileSync(f, bytes);
    expectStarts(await refused(f), `${f} is not an ExportDesk backup: ${why}. Nothing was written to `);
  });

  it('another tar archive', async () => {
    const f = path.join(tempDir(), 'other.edbackup');
    await rewriteBackup(good, f, (e) => {
      e.clear();
      e.set('readme.txt', Buffer.from('some other archive'));
    });
    expect(await refused(f)).toContain(`${f} is not an ExportDesk backup: its first entry is readme.txt, not exportdesk-backup.json.`);
  });

  it('a file that does not exist', async () => {
    const f = path.join(tempDir(), 'nowhere.edbackup');
    await expect(restoreBackup(f, path.join(tempDir(), 'restored'))).rejects.toThrow(`There is no file ${f}`);
  });
});

describe('a restore never writes over a workspace', () => {
  it('refuses a folder that is not empty, naming what is there, and changes nothing in it', async () => {
    const target = path.join(tempDir(), 'busy');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'notes.txt'), 'keep me');
    fs.mkdirSync(path.join(target, 'attachments'));
    await expect(restoreBackup(good, target)).rejects.toThrow(
      `${target} is not empty (it holds attachments and 1 more): restore only into a new or empty folder, so no workspace is written over. Nothing was written.`,
    );
    expect(filesIn(target)).toEqual(['notes.txt']);
    expect(fs.readFileSync(path.join(target, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['busy']);
  });

  it('refuses an open workspace as the target', async () => {
    const ws = openTempWorkspace();
    const before = filesIn(ws.dir);
    await expect(restoreBackup(good, ws.dir)).rejects.toThrow(`${ws.dir} is not empty (it holds attachments and`);
    expect(filesIn(ws.dir)).toEqual(before);
    ws.close();
  });

  it('refuses a file as the target', async () => {
    const target = path.join(tempDir(), 'a-file');
    fs.writeFileSync(target, 'x');
    await expect(restoreBackup(good, target)).rejects.toThrow(`${target} is a file: restore into a new or empty folder. Nothing was written.`);
  });

  it('restores into an empty folder that exists, and into one whose parents do not', async () => {
    const empty = path.join(tempDir(), 'empty');
    fs.mkdirSync(empty);
    expect((await restoreBackup(good, empty)).workspace).toBe(empty);
    expect(fs.existsSync(path.join(empty, 'exportdesk.sqlite'))).toBe(true);
    const deep = path.join(tempDir(), 'a', 'b', 'restored');
    expect((await restoreBackup(good, deep)).integrity).toBe('ok');
  });

  it('a refused restore into a folder whose parents did not exist removes the parents it made', async () => {
    const base = tempDir();
    const f = copyOfGood();
    flipByte(f, span('exportdesk.sqlite').contentAt + 100);
    await expect(restoreBackup(f, path.join(base, 'a', 'b', 'restored'))).rejects.toThrow('does not match its SHA-256');
    expect(fs.readdirSync(base)).toEqual([]);
  });
});

describe('backup.verify through the core', () => {
  it('answers for a whole backup, and refuses a damaged one with the same reason as a restore', async () => {
    const ws = openTempWorkspace();
    const v = ok(await ws.core.call('backup.verify', { path: good }));
    expect(v).toMatchObject({ file: good, integrity: 'ok', attachments: 1, packages: 1, schemaVersion: LATEST_VERSION, warnings: [] });
    const f = copyOfGood();
    flipByte(f, span(/^attachments\//).contentAt);
    expect(failed(await ws.core.call('backup.verify', { path: f }))).toMatchObject({ code: 'BAD_FILE', file: f, message: expect.stringContaining('does not match its SHA-256 in the manifest') });
    ws.close();
  });
});
