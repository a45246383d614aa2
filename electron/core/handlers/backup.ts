import fs from 'node:fs';
import path from 'node:path';
import type { HandlerMap } from '../registry';
import { autoBackupKeep, AUTO_BACKUP_KEEP_SETTING, backupsFolder } from '../backup/auto';
import { checkBackupFile, listBackupsWithChecks, type PreparedCheck } from '../backup/checks';
import { createBackup, type PreparedBackup } from '../backup/create';
import { verifyBackup } from '../backup/verify';
import { setSetting } from '../settings-store';

type BackupMethods = 'backup.create' | 'backup.list' | 'backup.verify' | 'backup.check' | 'backup.settings' | 'backup.updateSettings';

export const backupHandlers: HandlerMap<BackupMethods> = {
  'backup.create': {
    // The copy is made here, before the transaction: the audit row recording the backup (with the
    // file's SHA-256) is therefore not inside the backup itself.
    prepare(ctx, input) {
      // The workspace's own backups folder is made on first use ("Back up now" writes there by default).
      if (path.dirname(path.resolve(input.out)) === backupsFolder(ctx.ws)) fs.mkdirSync(backupsFolder(ctx.ws), { recursive: true });
      return createBackup(ctx.ws, { out: input.out, force: input.force, actor: ctx.actor(), now: ctx.now(), progress: (phase, done, total) => ctx.progress(phase, done, total) });
    },
    commit(tx, _input, prepared: PreparedBackup) {
      tx.onRollback(() => prepared.discard());
      const r = prepared.result;
      tx.audit({
        action: 'backup.create',
        recordType: 'backup',
        recordId: path.basename(r.file),
        after: { file: r.file, sha256: r.sha256, size: r.size, schemaVersion: r.schemaVersion, entries: r.entries, counts: r.counts, automatic: r.automatic, warnings: r.warnings },
      });
      // Last: only a complete file takes the backup's name, inside the transaction of its audit row.
      // A kill between this rename and the COMMIT leaves a complete, verifiable backup that the log
      // does not mention (test/crash/backup-create.test.ts), never a half file under that name.
      prepared.finalize();
      return r;
    },
  },
  'backup.list': { run: (ctx) => ({ folder: backupsFolder(ctx.ws), keep: autoBackupKeep(ctx.db), backups: listBackupsWithChecks(ctx.ws, ctx.db) }) },
  'backup.verify': { run: (ctx, input) => verifyBackup(path.resolve(input.path), (done, total) => ctx.progress('Checking the backup', done, total)) },
  'backup.check': {
    prepare: (ctx, input) => checkBackupFile(input.path, ctx.now(), (done, total) => ctx.progress('Checking the backup', done, total)),
    commit(tx, _input, prepared: PreparedCheck) {
      const c = prepared.check;
      // Recorded with the file's size and time, so the list shows the result only while the file is the one checked.
      tx.audit({ action: 'backup.check', recordType: 'backup', recordId: path.basename(c.file), after: c });
      return { ...prepared.result, checkedAt: tx.at };
    },
  },
  'backup.settings': { run: (ctx) => ({ autoBackupKeep: autoBackupKeep(ctx.db) }) },
  'backup.updateSettings': {
    commit(tx, input) {
      const before = { autoBackupKeep: autoBackupKeep(tx.db) };
      setSetting(tx.db, AUTO_BACKUP_KEEP_SETTING, String(input.autoBackupKeep));
      tx.audit({ action: 'backup.updateSettings', recordType: 'settings', recordId: AUTO_BACKUP_KEEP_SETTING, before, after: { autoBackupKeep: input.autoBackupKeep } });
      return { autoBackupKeep: input.autoBackupKeep };
    },
  },
};
