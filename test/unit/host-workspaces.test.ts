/**
 * Switching the served workspace (restore a backup and open it, open a workspace, leave the demo)
 * through the host both the desktop app and the bridge use, on real temporary workspaces; and the
 * checks of backups the Backups page records and lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceHost, type WorkspaceHost } from '../../electron/core/host/workspace-host';
import { auditRows } from '../../electron/core/audit-rows';
import { REPO_ROOT, cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';
import { closeBackupCores, flipByte, recordsWorkspace } from './backup-helpers';
import { cli } from './cli-helpers';

const RESOURCES = path.join(REPO_ROOT, 'resources/demo');
const hosts: WorkspaceHost[] = [];

afterEach(() => {
  for (const h of hosts.splice(0)) {
    const c = h.current();
    if (c.ws.db.open) c.ws.close();
  }
  closeBackupCores();
  cleanupTemp();
});

/** A bridge-like host on a fresh workspace whose audit user is `user`. */
async function hostOn(user: string, opts: { previousWorkspace?: string } = {}) {
  const root = tempDir('exportdesk-host-switch-');
  const h = createWorkspaceHost({ kind: 'bridge', demoDir: path.join(root, 'demo'), demoResourcesDir: RESOURCES, ...opts });
  hosts.push(h);
  const dir = path.join(root, 'workspace');
  const core = await h.start({ dir });
  ok(await core.call('settings.update', { userName: user }));
  return { h, root, dir, core };
}

async function backUp(h: WorkspaceHost, root: string, name = 'one.edbackup'): Promise<string> {
  const out = path.join(root, name);
  ok(await h.current().call('backup.create', { out }));
  return out;
}

describe('host.restoreBackup', () => {
  it('restores into a new folder after every check, then serves the restored workspace with its records', async () => {
    const { h, root, dir, core } = await hostOn('A. Officer');
    const file = await backUp(h, root);
    const into = path.join(root, 'restored');

    const r = ok(await core.call('host.restoreBackup', { path: file, into, jobId: 'r1' }, { onProgress: () => undefined }));
    expect(r.path).toBe(into);
    expect(r.restore.auditChain.ok).toBe(true);
    // The old workspace is closed; the host now serves the restored one, with the same records.
    expect(core.ws.db.open).toBe(false);
    const info = ok(await h.current().call('workspace.info', {}));
    expect(info).toMatchObject({ path: into, userName: 'A. Officer', isDemo: false });
    expect(fs.existsSync(path.join(dir, 'exportdesk.sqlite'))).toBe(true);
  });

  it('refuses a folder that is not empty, naming it, and leaves the open workspace open and the folder untouched', async () => {
    const { h, root, dir, core } = await hostOn('A. Officer');
    const file = await backUp(h, root);
    const into = path.join(root, 'taken');
    fs.mkdirSync(into);
    fs.writeFileSync(path.join(into, 'notes.txt'), 'mine');

    const e = failed(await core.call('host.restoreBackup', { path: file, into }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain(into);
    expect(e.message).toMatch(/not empty \(it holds notes\.txt\)/);
    expect(fs.readdirSync(into)).toEqual(['notes.txt']);
    expect(h.current()).toBe(core);
    expect(ok(await core.call('workspace.info', {})).path).toBe(dir);
  });

  it('refuses a damaged backup before anything is opened, and a path that is not whole', async () => {
    const { h, root, core } = await hostOn('A. Officer');
    const file = await backUp(h, root);
    flipByte(file, Math.floor(fs.statSync(file).size / 2));
    const into = path.join(root, 'never');
    expect(failed(await core.call('host.restoreBackup', { path: file, into })).code).toBe('BAD_FILE');
    expect(fs.existsSync(into)).toBe(false);
    expect(h.current()).toBe(core);

    const relative = failed(await core.call('host.restoreBackup', { path: file, into: 'restored-here' }));
    expect(relative).toMatchObject({ code: 'INVALID_INPUT', field: 'into' });
    expect(relative.message).toMatch(/full path of the new folder to restore into/);
  });

  it('is refused on the command line, where no workspace is served', async () => {
    const { core } = openTempWorkspace();
    expect(failed(await core.call('host.restoreBackup', { path: '/tmp/x.edbackup', into: '/tmp/y' })).message).toMatch(/desktop app.*--workspace DIR/);
    expect(failed(await core.call('host.leaveDemo', {})).message).toMatch(/desktop app/);
  });
});

describe('host.openDemo and host.leaveDemo', () => {
  it('leaves the demo for the workspace open before it, which is remembered and unchanged', async () => {
    const { h, dir, core } = await hostOn('A. Officer');
    expect(ok(await core.call('host.capabilities', {}))).toMatchObject({ canSwitchWorkspace: true, previousWorkspace: null });
    ok(await core.call('host.openDemo', {}));
    const demo = h.current();
    expect(ok(await demo.call('workspace.info', {})).isDemo).toBe(true);
    expect(ok(await demo.call('host.capabilities', {})).previousWorkspace).toBe(dir);

    expect(ok(await demo.call('host.leaveDemo', {}))).toEqual({ path: dir });
    expect(ok(await h.current().call('workspace.info', {}))).toMatchObject({ path: dir, userName: 'A. Officer', isDemo: false });
    // Leaving is only from the demo.
    expect(failed(await h.current().call('host.leaveDemo', {})).message).toMatch(/not the demo workspace/);
  });

  it('started on the demo with no workspace before it, says so and what to do instead', async () => {
    const root = tempDir('exportdesk-host-demo-only-');
    const h = createWorkspaceHost({ kind: 'bridge', demoDir: path.join(root, 'demo'), demoResourcesDir: RESOURCES });
    hosts.push(h);
    const demo = await h.start({ demo: true });
    const e = failed(await demo.call('host.leaveDemo', {}));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/started on the demo workspace, so there is no earlier workspace to go back to/);
    expect(e.message).toMatch(/--workspace=DIR/);
    expect(h.current()).toBe(demo);
  });

  it('started on the demo with a workspace named (the desktop app), goes there', async () => {
    const root = tempDir('exportdesk-host-demo-first-');
    const real = path.join(root, 'workspace');
    const h = createWorkspaceHost({ kind: 'desktop', demoDir: path.join(root, 'demo'), demoResourcesDir: RESOURCES, previousWorkspace: real });
    hosts.push(h);
    const demo = await h.start({ demo: true });
    expect(ok(await demo.call('host.leaveDemo', {}))).toEqual({ path: real });
    expect(ok(await h.current().call('workspace.info', {})).isDemo).toBe(false);
  });
});

describe('host.openWorkspace', () => {
  it('opens a workspace folder or a new one, and refuses a folder holding something else', async () => {
    const { h, root, core } = await hostOn('A. Officer');
    const other = path.join(root, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'photo.jpg'), 'x');
    const e = failed(await core.call('host.openWorkspace', { path: other }));
    expect(e.message).toBe(`${other} is not an ExportDesk workspace (it has no exportdesk.sqlite) and is not empty: choose a workspace folder, or a new or empty folder for a new workspace.`);
    expect(h.current()).toBe(core);

    const fresh = path.join(root, 'fresh');
    expect(ok(await core.call('host.openWorkspace', { path: fresh }))).toEqual({ path: fresh });
    expect(ok(await h.current().call('workspace.info', {})).path).toBe(fresh);
  });
});

describe('backup.check and the list of backups', () => {
  it('records each check in the audit log; the list shows it while the file is the one checked', async () => {
    const { h, root, dir, core } = await hostOn('A. Officer');
    const inFolder = path.join(dir, 'backups', 'mine.edbackup');
    // The backups folder is made on first use.
    ok(await core.call('backup.create', { out: inFolder }));
    const elsewhere = await backUp(h, root, 'usb.edbackup');

    let listing = ok(await core.call('backup.list', {}));
    expect(listing.backups.map((b) => [b.name, b.inBackupsFolder, b.lastCheck])).toEqual(
      expect.arrayContaining([
        ['mine.edbackup', true, null],
        ['usb.edbackup', false, null],
      ]),
    );
    expect(listing.backups).toHaveLength(2);

    const checked = ok(await core.call('backup.check', { path: elsewhere }));
    expect(checked).toMatchObject({ status: 'intact', problem: null, verification: { integrity: 'ok' } });
    listing = ok(await core.call('backup.list', {}));
    expect(listing.backups.find((b) => b.name === 'usb.edbackup')!.lastCheck).toMatchObject({ status: 'intact', checkedBy: 'A. Officer' });
    expect(listing.backups.find((b) => b.name === 'mine.edbackup')!.lastCheck).toBeNull();

    flipByte(inFolder, Math.floor(fs.statSync(inFolder).size / 2));
    const refused = ok(await core.call('backup.check', { path: inFolder }));
    expect(refused.status).toBe('refused');
    expect(refused.problem).toMatch(/SHA-256/);
    const rows = auditRows(core.ws.db, { limit: 100 }).filter((r) => r.action === 'backup.check');
    expect(rows).toHaveLength(2);
    expect(ok(await core.call('backup.list', {})).backups.find((b) => b.name === 'mine.edbackup')!.lastCheck).toMatchObject({ status: 'refused' });

    // Written again under the same name, it is another file: not checked yet.
    ok(await core.call('backup.create', { out: elsewhere, force: true }));
    expect(ok(await core.call('backup.list', {})).backups.find((b) => b.name === 'usb.edbackup')!.lastCheck).toBeNull();

    expect(failed(await core.call('backup.check', { path: path.join(root, 'none.edbackup') })).code).toBe('NOT_FOUND');
    expect(auditRows(core.ws.db, { limit: 100 }).filter((r) => r.action === 'backup.check')).toHaveLength(2);
  });

  it('exportdesk backup list shows where each backup is and its last check', async () => {
    const { root, dir, core } = await hostOn('A. Officer');
    const elsewhere = path.join(root, 'usb.edbackup');
    ok(await core.call('backup.create', { out: path.join(dir, 'backups', 'mine.edbackup') }));
    ok(await core.call('backup.create', { out: elsewhere }));
    ok(await core.call('backup.check', { path: elsewhere }));
    core.ws.close();
    const listed = (await cli(['--workspace', dir, 'backup', 'list'])).out.split('\n');
    expect(listed[0]).toMatch(/^FILE\s+SIZE\s+MODIFIED\s+KIND\s+CHECKED$/);
    expect(listed.find((l) => l.startsWith(elsewhere))).toMatch(/intact \d{4}-\d{2}-\d{2}$/);
    expect(listed.find((l) => l.startsWith('mine.edbackup'))).toMatch(/not checked$/);
  });
});

describe('packages.file', () => {
  it('gives the whole stored PDF, checked against its recorded SHA-256', async () => {
    const { core, dir, packageFile } = await recordsWorkspace();
    const [pkg] = ok(await core.call('packages.list', {}));
    const f = ok(await core.call('packages.file', { id: pkg!.id }));
    const bytes = Buffer.from(f.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(fs.readFileSync(path.join(dir, packageFile)))).toBe(true);
    expect(f).toMatchObject({ fileName: path.basename(packageFile), sha256: pkg!.sha256 });

    fs.appendFileSync(path.join(dir, packageFile), 'x');
    expect(failed(await core.call('packages.file', { id: pkg!.id })).message).toMatch(/has been changed since it was generated/);
  });
});
