import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { restoreBackup } from '../../electron/core/backup/restore';
import { AUDIT_HEAD_FILE, readAuditHead } from '../../electron/core/audit-head';
import { auditRows } from '../../electron/core/audit-rows';
import { generateParties } from '../bench/party-data';
import { closeBackupCores, dumpDatabase, entrySpans, filesIn, recordsWorkspace, sha256, track } from './backup-helpers';
import { cleanupTemp, failed, ok, tempDir } from './helpers';

afterEach(() => {
  closeBackupCores();
  cleanupTemp();
});

describe('backup.create and restore: a round trip', () => {
  it('restores every record and every file byte for byte, with an audit chain that verifies', async () => {
    const { dir, core, packageFile } = await recordsWorkspace();
    const out = path.join(tempDir(), 'ws.edbackup');
    const made = ok(await core.call('backup.create', { out }));

    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['ws.edbackup']);
    expect(made).toMatchObject({ file: out, size: fs.statSync(out).size, sha256: sha256(fs.readFileSync(out)), attachments: 1, packages: 1, entries: 3, warnings: [], automatic: false });
    expect(made.counts).toMatchObject({ parties: 4, items: 3, applications: 3, licenses: 1, shipments: 1, documents: 1, packages: 1 });
    expect((await entrySpans(out)).map((e) => e.path)).toEqual([
      'exportdesk-backup.json',
      'exportdesk.sqlite',
      expect.stringMatching(/^attachments\/[0-9a-f]{64}$/),
      packageFile,
      'manifest.json',
      'manifest.json.sha256',
    ]);

    // The audit row comes after the copy: it names the file and its hash, and is not inside the backup.
    const row = auditRows(core.ws.db, { limit: 1 })[0]!;
    expect(row).toMatchObject({ action: 'backup.create', recordType: 'backup', recordId: 'ws.edbackup' });
    expect(row.after).toMatchObject({ file: out, sha256: made.sha256, size: made.size, counts: made.counts });
    expect(made.counts.auditRows).toBe(row.id - 1);

    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(out, target);
    expect(restored).toMatchObject({ workspace: target, restoredFrom: dir, integrity: 'ok', attachments: 1, packages: 1, auditChain: { ok: true, rowsChecked: row.id - 1 } });
    // Nothing but the workspace itself: no temporary folder left beside it.
    expect(fs.readdirSync(path.dirname(target))).toEqual(['restored']);

    const notDatabase = (f: string) => !f.startsWith('exportdesk.sqlite');
    expect(filesIn(target).filter(notDatabase)).toEqual(filesIn(dir).filter(notDatabase));
    expect(filesIn(target)).toContain(packageFile);
    for (const f of filesIn(target).filter((f) => f !== 'exportdesk.sqlite' && f !== AUDIT_HEAD_FILE)) {
      expect(fs.readFileSync(path.join(target, f)).equals(fs.readFileSync(path.join(dir, f))), f).toBe(true);
    }
    // The restored log ends where the backup was taken, before the row recording the backup itself.
    const lastKept = core.ws.db.prepare('SELECT id, hash FROM audit_log WHERE id = ?').get(row.id - 1);
    expect(readAuditHead(target)).toEqual(lastKept);

    const again = track(openCore(target));
    expect(dumpDatabase(again.ws.db)).toEqual(dumpDatabase(core.ws.db, row.id - 1));
    expect(ok(await again.call('audit.verify', {}))).toMatchObject({ ok: true });
    expect(again.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The restored workspace works: a document opens, records read as before.
    const doc = again.ws.db.prepare('SELECT id FROM documents LIMIT 1').pluck().get() as number;
    expect(ok(await again.call('documents.read', { documentId: doc })).base64).toBe(ok(await core.call('documents.read', { documentId: doc })).base64);
    expect(ok(await again.call('applications.list', {}))).toEqual(ok(await core.call('applications.list', {})));
  });

  it('takes a consistent copy while another connection keeps writing', async () => {
    const { dir, core } = await recordsWorkspace();
    // Enough pages that the online backup takes many steps, so the writer runs between them.
    generateParties(core.ws.db, 6000);
    const writer = track(openCore(dir));
    let writes = 0;
    let stop = false;
    const writing = (async () => {
      while (!stop) {
        ok(await writer.call('parties.create', { legalName: `Concurrent Writer ${writes}`, kind: 'commercial', country: 'FR' }));
        writes++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const out = path.join(tempDir(), 'busy.edbackup');
    const made = ok(await core.call('backup.create', { out }));
    const writesDuringBackup = writes;
    stop = true;
    await writing;
    expect(writesDuringBackup).toBeGreaterThan(0);

    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(out, target);
    expect(restored.auditChain.ok).toBe(true);
    const copy = track(openCore(target));
    const db = copy.ws.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every audited party creation in the copy has its party, and no party lacks its audit row.
    const audited = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'parties.create'").pluck().get() as number;
    const concurrent = db.prepare("SELECT count(*) FROM parties WHERE legal_name LIKE 'Concurrent Writer %'").pluck().get() as number;
    expect(audited).toBe(concurrent + 4);
    expect(db.prepare('SELECT count(*) FROM parties').pluck().get()).toBe(made.counts.parties);
    expect(concurrent).toBeLessThanOrEqual(writes);
  });
});

describe('backup.create refuses, and leaves nothing behind', () => {
  it('an existing file unless forced; then replaces it with a complete backup', async () => {
    const { core } = await recordsWorkspace();
    const out = path.join(tempDir(), 'existing.edbackup');
    fs.writeFileSync(out, 'an older backup');
    const e = failed(await core.call('backup.create', { out }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'out' });
    expect(e.message).toBe(`${out} already exists: choose another name, or replace it on purpose (--force).`);
    expect(fs.readFileSync(out, 'utf8')).toBe('an older backup');
    const made = ok(await core.call('backup.create', { out, force: true }));
    expect(sha256(fs.readFileSync(out))).toBe(made.sha256);
  });

  it.each([
    ['a name without the .edbackup extension', (d: string) => path.join(d, 'backup.tar'), 'the backup file name must end in .edbackup'],
    ['a folder that does not exist', (d: string) => path.join(d, 'missing', 'b.edbackup'), 'does not exist: create it first'],
    ['inside the workspace (attachments)', (_d: string, ws: string) => path.join(ws, 'attachments', 'b.edbackup'), 'is inside the workspace folder'],
  ])('%s', async (_why, where, says) => {
    const { dir, core } = await recordsWorkspace();
    const folder = tempDir();
    const out = where(folder, dir);
    const auditBefore = auditRows(core.ws.db, { limit: 1 })[0]!.id;
    const e = failed(await core.call('backup.create', { out }));
    expect(e.message).toContain(says);
    expect(fs.existsSync(out)).toBe(false);
    expect(filesIn(folder)).toEqual([]);
    expect(auditRows(core.ws.db, { limit: 1 })[0]!.id).toBe(auditBefore);
  });

  it('a backup that fails half-way leaves no file at --out, no partial file, no audit row', async () => {
    const { dir, core } = await recordsWorkspace();
    // The attachment becomes unreadable (a folder under its name): the copy fails after the database was written.
    const att = fs.readdirSync(path.join(dir, 'attachments'))[0]!;
    const saved = fs.readFileSync(path.join(dir, 'attachments', att));
    fs.rmSync(path.join(dir, 'attachments', att));
    fs.mkdirSync(path.join(dir, 'attachments', att));
    const folder = tempDir();
    const out = path.join(folder, 'half.edbackup');
    const auditBefore = auditRows(core.ws.db, { limit: 1 })[0]!.id;
    const e = failed(await core.call('backup.create', { out }));
    expect(e.code).toBe('WORKSPACE_ERROR');
    expect(e.message).toContain(`The backup to ${out} failed and nothing was written there`);
    expect(filesIn(folder)).toEqual([]);
    expect(auditRows(core.ws.db, { limit: 1 })[0]!.id).toBe(auditBefore);
    fs.rmdirSync(path.join(dir, 'attachments', att));
    fs.writeFileSync(path.join(dir, 'attachments', att), saved);
  });

  it('removes what a killed backup left beside the same file, but not the partial file of a backup still running', async () => {
    const { core } = await recordsWorkspace();
    const folder = tempDir();
    const out = path.join(folder, 'ws.edbackup');
    // A process that has ended: its pid names no live process any more.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const alive = process.ppid;
    const leftovers = [`ws.edbackup.${dead}.partial`, `ws.edbackup.${dead}.sqlite.partial`, `ws.edbackup.${dead}.sqlite.partial-journal`];
    const running = `ws.edbackup.${alive}.partial`;
    for (const n of [...leftovers, running, 'other.edbackup.1.partial']) fs.writeFileSync(path.join(folder, n), 'half');
    ok(await core.call('backup.create', { out }));
    expect(filesIn(folder).sort()).toEqual(['other.edbackup.1.partial', 'ws.edbackup', running].sort());
  });

  it('holds exactly the files the database names: a stray file is left out, a missing package is recorded', async () => {
    const { dir, core, packageFile } = await recordsWorkspace();
    fs.writeFileSync(path.join(dir, 'packages', 'stray-notes.pdf'), '%PDF-1.7 not a package');
    fs.writeFileSync(path.join(dir, 'attachments', 'f'.repeat(64)), 'no document names this');
    fs.rmSync(path.join(dir, ...packageFile.split('/')));
    const out = path.join(tempDir(), 'exact.edbackup');
    const made = ok(await core.call('backup.create', { out }));
    expect(made).toMatchObject({ attachments: 1, packages: 0, warnings: [`The file of package #1 (${packageFile}) is missing from the workspace: the backup cannot hold it.`] });
    const target = path.join(tempDir(), 'restored');
    expect((await restoreBackup(out, target)).warnings).toEqual(made.warnings);
    expect(filesIn(target).filter((f) => !f.startsWith('exportdesk.sqlite'))).toEqual([expect.stringMatching(/^attachments\/[0-9a-f]{64}$/), AUDIT_HEAD_FILE]);
  });

  it('an attachment missing from the workspace is recorded, and the restore reports it', async () => {
    const { dir, core } = await recordsWorkspace();
    const att = fs.readdirSync(path.join(dir, 'attachments'))[0]!;
    fs.rmSync(path.join(dir, 'attachments', att));
    const out = path.join(tempDir(), 'gap.edbackup');
    const made = ok(await core.call('backup.create', { out }));
    expect(made.attachments).toBe(0);
    expect(made.warnings).toEqual([`The file of document #1 (attachments/${att}) is missing from the workspace: the backup cannot hold it.`]);
    const restored = await restoreBackup(out, path.join(tempDir(), 'restored'));
    expect(restored.warnings).toEqual(made.warnings);
  });
});
