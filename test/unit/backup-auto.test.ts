import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autoBackup, pruneAutoBackups } from '../../electron/core/backup/auto';
import { verifyBackup } from '../../electron/core/backup/verify';
import { auditRows } from '../../electron/core/audit-rows';
import { DEFAULT_AUTO_BACKUP_KEEP } from '../../shared/backup/types';
import { cleanupTemp, failed, ok, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

const at = (s: number) => new Date(Date.UTC(2026, 10, 21, 18, 0, s));

describe('automatic backups on close', () => {
  it('keeps the newest N, removing only older automatic backups', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('parties.create', { legalName: 'Orion Trading GmbH', kind: 'commercial', country: 'DE' }));
    const folder = path.join(ws.dir, 'backups');
    fs.mkdirSync(folder, { recursive: true });
    // Not made by autoBackup: never rotated.
    fs.writeFileSync(path.join(folder, 'before-migration-v8-to-v9-2026-01-01.sqlite'), 'x');
    fs.writeFileSync(path.join(folder, 'my-own.edbackup'), 'x');

    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await autoBackup(ws.core, { keep: 3, now: at(i) });
      made.push(path.basename(r.backup!.file));
      expect(r.backup!.automatic).toBe(true);
      expect(r.removed).toEqual(i < 3 ? [] : [made[i - 3]]);
    }
    expect(made[0]).toBe('auto-20261121-180000.edbackup');
    expect(fs.readdirSync(folder).sort()).toEqual(['auto-20261121-180002.edbackup', 'auto-20261121-180003.edbackup', 'auto-20261121-180004.edbackup', 'before-migration-v8-to-v9-2026-01-01.sqlite', 'my-own.edbackup']);
    // Each one is a whole backup, and each was audited.
    expect((await verifyBackup(path.join(folder, made[4]!))).counts.parties).toBe(1);
    expect(auditRows(ws.db, { limit: 100 }).filter((r) => r.action === 'backup.create')).toHaveLength(5);

    const listing = ok(await ws.core.call('backup.list', {}));
    expect(listing.folder).toBe(folder);
    expect(listing.backups.map((b) => [b.name, b.automatic])).toEqual(
      expect.arrayContaining([
        ['auto-20261121-180004.edbackup', true],
        ['my-own.edbackup', false],
      ]),
    );
    expect(listing.backups).toHaveLength(4);
  });

  it('two in the same second get distinct names, and rotation orders them', async () => {
    const ws = openTempWorkspace();
    const a = await autoBackup(ws.core, { keep: 1, now: at(0) });
    const b = await autoBackup(ws.core, { keep: 1, now: at(0) });
    expect(path.basename(b.backup!.file)).toBe('auto-20261121-180000-2.edbackup');
    expect(b.removed).toEqual([path.basename(a.backup!.file)]);
  });

  it('reads the number kept from the setting; 0 turns automatic backups off', async () => {
    const ws = openTempWorkspace();
    expect(ok(await ws.core.call('backup.settings', {}))).toEqual({ autoBackupKeep: DEFAULT_AUTO_BACKUP_KEEP });
    expect(ok(await ws.core.call('backup.updateSettings', { autoBackupKeep: 0 }))).toEqual({ autoBackupKeep: 0 });
    expect(auditRows(ws.db, { limit: 1 })[0]).toMatchObject({ action: 'backup.updateSettings', before: { autoBackupKeep: DEFAULT_AUTO_BACKUP_KEEP }, after: { autoBackupKeep: 0 } });
    expect(await autoBackup(ws.core, { now: at(0) })).toEqual({ backup: null, removed: [] });
    expect(fs.existsSync(path.join(ws.dir, 'backups'))).toBe(false);

    ok(await ws.core.call('backup.updateSettings', { autoBackupKeep: 2 }));
    for (let i = 0; i < 4; i++) await autoBackup(ws.core, { now: at(i) });
    expect(fs.readdirSync(path.join(ws.dir, 'backups')).sort()).toEqual(['auto-20261121-180002.edbackup', 'auto-20261121-180003.edbackup']);

    expect(failed(await ws.core.call('backup.updateSettings', { autoBackupKeep: -1 })).message).toContain('cannot be negative (0 turns them off)');
    expect(failed(await ws.core.call('backup.updateSettings', { autoBackupKeep: 2.5 })).message).toContain('must be a whole number');
  });

  it('clears half-written automatic backups left by a killed app, once they are an hour old', () => {
    const ws = openTempWorkspace();
    const folder = path.join(ws.dir, 'backups');
    fs.mkdirSync(folder);
    const old = path.join(folder, 'auto-20261121-170000.edbackup.4242.partial');
    const fresh = path.join(folder, 'auto-20261121-175959.edbackup.4243.partial');
    fs.writeFileSync(old, 'half');
    fs.writeFileSync(fresh, 'half');
    fs.utimesSync(old, at(0).getTime() / 1000 - 7200, at(0).getTime() / 1000 - 7200);
    fs.utimesSync(fresh, at(0).getTime() / 1000 - 60, at(0).getTime() / 1000 - 60);
    expect(pruneAutoBackups(ws.core.ws, 10, at(0))).toEqual([path.basename(old)]);
    expect(fs.readdirSync(folder)).toEqual([path.basename(fresh)]);
  });
});
