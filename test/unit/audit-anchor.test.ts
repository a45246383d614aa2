import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { auditRowHash, type AuditRowForHash } from '../../electron/core/audit';
import { readAuditHead, writeAuditHead } from '../../electron/core/audit-head';
import { closeBackupCores, recordsWorkspace } from './backup-helpers';
import { cli } from './cli-helpers';
import { cleanupTemp, failed, ok, tempDir } from './helpers';
import { makePdf } from './packages-helpers';

/**
 * The chain is unkeyed: whoever can write the database and audit-head.json can rewrite history
 * with every hash recomputed, and the log still verifies. A package or backup made earlier and
 * kept elsewhere records the head at that moment; `audit verify --against FILE` shows the rewrite.
 */

afterEach(() => {
  closeBackupCores();
  cleanupTemp();
});

type Row = AuditRowForHash & { hash: string };

/** Rewrites every row from `fromId` on, the first with other content, each hash recomputed and linked, and the head file moved along. */
function rewriteFrom(dir: string, db: Database, fromId: number): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(fromId - 1) as string | undefined) ?? '0'.repeat(64);
  const update = db.prepare('UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? WHERE id = ?');
  for (const r of db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(fromId) as Row[]) {
    const forged: Row = { ...r, after_json: r.id === fromId ? JSON.stringify({ note: 'nothing happened here' }) : r.after_json, prev_hash: prev };
    forged.hash = auditRowHash(forged);
    update.run(forged.after_json, forged.prev_hash, forged.hash, r.id);
    prev = forged.hash;
  }
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
  writeAuditHead(dir, last);
}

/** Cuts the log after `keep`, moving the head file back in step. */
function cutAfter(dir: string, db: Database, keep: number): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  db.prepare('DELETE FROM audit_log WHERE id > ?').run(keep);
  const last = db.prepare('SELECT id, hash FROM audit_log WHERE id = ?').get(keep) as { id: number; hash: string };
  writeAuditHead(dir, last);
}

async function keywordsOf(file: string): Promise<string> {
  return (await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false })).getKeywords() ?? '';
}

describe('a package records the audit head when it is made', () => {
  it('in its record, its audit row and its PDF: the newest row before its own audit row', async () => {
    const { dir, core, packageFile } = await recordsWorkspace();
    const record = ok(await core.call('packages.list', {}))[0]!;
    const own = core.ws.db.prepare("SELECT id, after_json FROM audit_log WHERE action = 'packages.generate'").get() as { id: number; after_json: string };
    const before = core.ws.db.prepare('SELECT id, hash FROM audit_log WHERE id = ?').get(own.id - 1) as { id: number; hash: string };
    expect(record.auditHead).toEqual(before);
    expect(JSON.parse(own.after_json).auditHead).toEqual(before);
    expect(await keywordsOf(path.join(dir, packageFile))).toContain(` audit-head=${before.id}:${before.hash} `);
  });
});

describe('audit verify --against a package or a backup made earlier', () => {
  it('a log that still holds the recorded row verifies, and says so', async () => {
    const { dir, core, packageFile } = await recordsWorkspace();
    const pdf = path.join(tempDir(), 'filed.pdf');
    fs.copyFileSync(path.join(dir, packageFile), pdf);
    const recorded = ok(await core.call('packages.list', {}))[0]!.auditHead!;
    ok(await core.call('settings.update', { userName: 'Later Officer' }));
    const v = ok(await core.call('audit.verify', { against: pdf }));
    expect(v).toMatchObject({ ok: true, firstBroken: null, against: { file: pdf, kind: 'package', head: recorded, holds: true } });
    closeBackupCores();
    const run = await cli(['--workspace', dir, 'audit', 'verify', '--against', pdf]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`It still holds row ${recorded.id} as the package filed\\.pdf \\(made \\d{4}-\\d\\d-\\d\\d\\) recorded it\\.`));
  });

  it('history rewritten with every hash recomputed passes the chain and the head file, and is named against the package', async () => {
    const { dir, core, packageFile } = await recordsWorkspace();
    const pdf = path.join(tempDir(), 'filed.pdf');
    fs.copyFileSync(path.join(dir, packageFile), pdf);
    const recorded = ok(await core.call('packages.list', {}))[0]!.auditHead!;
    rewriteFrom(dir, core.ws.db, recorded.id - 2);
    // The limit this anchor exists for: on the laptop alone, the rewrite is invisible.
    expect(ok(await core.call('audit.verify', {}))).toMatchObject({ ok: true });
    const v = ok(await core.call('audit.verify', { against: pdf }));
    expect(v).toMatchObject({ ok: false, against: { holds: false } });
    expect(v.firstBroken).toEqual({
      id: recorded.id,
      reason: expect.stringMatching(new RegExp(`^row ${recorded.id} is not the row it was when the package filed\\.pdf was made \\(\\d{4}-\\d\\d-\\d\\d\\) \\(filed\\.pdf records another hash\\): the log was rewritten up to that row`)),
    });
    closeBackupCores();
    const run = await cli(['--workspace', dir, 'audit', 'verify', '--against', pdf]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([expect.stringMatching(new RegExp(`^exportdesk: error: the audit log is broken at row ${recorded.id}: row ${recorded.id} is not the row it was`))]);
  });

  it('rows cut below the recorded row, the head file moved back in step, are named against a backup', async () => {
    const { dir, core } = await recordsWorkspace();
    const backup = path.join(tempDir(), 'kept-elsewhere.edbackup');
    ok(await core.call('backup.create', { out: backup }));
    // The backup holds the log up to the row before its own audit row, and records that row.
    const backupRow = readAuditHead(dir)!.id;
    const inBackup = { id: backupRow - 1, hash: core.ws.db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(backupRow - 1) as string };
    cutAfter(dir, core.ws.db, inBackup.id - 3);
    expect(ok(await core.call('audit.verify', {}))).toMatchObject({ ok: true });
    const v = ok(await core.call('audit.verify', { against: backup }));
    expect(v).toMatchObject({ ok: false, against: { file: backup, kind: 'backup', head: inBackup, holds: false } });
    expect(v.firstBroken).toEqual({ id: inBackup.id, reason: expect.stringMatching(new RegExp(`^row ${inBackup.id}, the newest row when the backup kept-elsewhere\\.edbackup was made \\(\\d{4}-\\d\\d-\\d\\d\\), is no longer in the log: history was deleted`)) });
  });

  it('a rewrite is named against a backup too', async () => {
    const { dir, core } = await recordsWorkspace();
    const backup = path.join(tempDir(), 'kept-elsewhere.edbackup');
    ok(await core.call('backup.create', { out: backup }));
    const v0 = ok(await core.call('audit.verify', { against: backup }));
    expect(v0).toMatchObject({ ok: true, against: { kind: 'backup', holds: true } });
    rewriteFrom(dir, core.ws.db, 3);
    expect(ok(await core.call('audit.verify', {}))).toMatchObject({ ok: true });
    expect(ok(await core.call('audit.verify', { against: backup })).firstBroken?.reason).toMatch(/the log was rewritten up to that row/);
  });

  it('refuses a file that records no head, naming what it is', async () => {
    const { core } = await recordsWorkspace();
    const dir = tempDir();
    const foreign = path.join(dir, 'other.pdf');
    fs.writeFileSync(foreign, await makePdf(1, 'Someone else'));
    expect(failed(await core.call('audit.verify', { against: foreign }))).toMatchObject({
      code: 'BAD_FILE',
      field: 'against',
      message: 'other.pdf is a PDF but not an ExportDesk filing package: give a package or a backup this workspace made.',
    });
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a backup');
    expect(failed(await core.call('audit.verify', { against: text })).message).toBe(`${text} is not an ExportDesk backup: it does not start like a tar archive, which every backup is.`);
    // A PDF far larger than any package of this workspace is refused unread, not loaded into memory.
    const huge = path.join(dir, 'huge.pdf');
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 200 * 1024 * 1024);
    expect(failed(await core.call('audit.verify', { against: huge })).message).toBe(
      'huge.pdf is larger than any package this workspace generated, so it is not one of its packages: give a package PDF or a backup this workspace made.',
    );
    const absent = path.join(dir, 'absent.edbackup');
    expect(failed(await core.call('audit.verify', { against: absent }))).toMatchObject({ code: 'NOT_FOUND', message: `There is no file ${absent}` });
  });
});
