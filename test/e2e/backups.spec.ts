/**
 * Backups in the window alone, as in the browser build: back up now, see the backup listed with
 * its size, check it, restore it into a new folder and find the app open on it; leave the demo for
 * the workspace open before it; download a filing package's PDF.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { expectLayoutHolds } from './layout-checks';

/** Folders this file made outside the bridge's own workspace, removed after each test. */
const made: string[] = [];
test.afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-e2e-restore-'));
  made.push(d);
  return d;
}

test('back up now, see the backup with its size, check it, restore it into a new folder and work on the restored workspace', async ({ page, appUrl, workspace }) => {
  test.setTimeout(180_000);
  await openApp(page, appUrl, 'home');
  // Something of this workspace to find again in the restored one: the name its audit log records.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-username').fill('Robin Backup');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('status-user')).toContainText('Robin Backup');

  await page.getByTestId('nav-backups').click();
  await expect(page.getByTestId('backups-empty')).toBeVisible();
  // Offered in the workspace's own backups folder, under a name of its own.
  await expect(page.getByTestId('backup-out')).toHaveValue(new RegExp(`^${path.join(workspace, 'backups')}/exportdesk-backup-\\d{8}-\\d{6}\\.edbackup$`));
  // The call is held on its way to the core until the page has shown that it is running.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/backup.create', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backup-progress')).toContainText('Starting the backup');
  await expect(page.getByTestId('backup-create')).toHaveText('Backing up…');
  release();
  const result = page.getByTestId('backup-result');
  await expect(result).toContainText('Backed up to', { timeout: 60_000 });
  await expect(page.getByTestId('backup-progress')).toHaveCount(0);

  const row = page.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  const file = (await row.getAttribute('data-path'))!;
  expect(path.dirname(file)).toBe(path.join(workspace, 'backups'));
  await expect(row.getByTestId('backup-size')).toHaveText(/^\d+(\.\d)? (KB|MB)$/);
  await expect(row.getByTestId('backup-check-status')).toHaveText('Not checked');

  await row.getByTestId('backup-row-check').click();
  await expect(page.getByTestId('backup-check-result')).toHaveAttribute('data-status', 'intact', { timeout: 60_000 });
  await expect(page.getByTestId('backup-check-result')).toContainText('is intact');
  await expect(row.getByTestId('backup-check-status')).toContainText('Checked, intact');
  await expect(row.getByTestId('backup-check-status')).toContainText('by Robin Backup');

  // Restore: a folder with something in it is refused, naming it, and nothing changes.
  await row.getByTestId('backup-row-restore').click();
  await expect(page.getByTestId('restore-file')).toHaveValue(file);
  const parent = scratch();
  const taken = path.join(parent, 'taken');
  fs.mkdirSync(taken);
  fs.writeFileSync(path.join(taken, 'notes.txt'), 'not a workspace');
  await page.getByTestId('restore-into').fill(taken);
  await page.getByTestId('restore-run').click();
  await expect(page.getByTestId('restore-error')).toContainText(`${taken} is not empty (it holds notes.txt)`, { timeout: 60_000 });
  await expect(page.getByTestId('status-workspace')).toContainText(workspace);

  const into = path.join(parent, 'restored');
  await page.getByTestId('restore-into').fill(into);
  await page.getByTestId('restore-run').click();
  // The window reloads on the restored workspace, with this workspace's records in it.
  await expect(page.getByTestId('switch-notice')).toContainText(`into ${into} and opened it`, { timeout: 60_000 });
  await expect(page.getByTestId('switch-notice')).toContainText('audit log verified');
  await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('status-workspace')).toContainText(into);
  await expect(page.getByTestId('status-user')).toContainText('Robin Backup');
  expect(fs.existsSync(path.join(into, 'exportdesk.sqlite'))).toBe(true);

  // The restored workspace is the one written to now: its backups folder is its own.
  await page.getByTestId('nav-backups').click();
  await expect(page.getByTestId('backup-out')).toHaveValue(new RegExp(`^${path.join(into, 'backups')}/`));
});

test('Leave the demo, from its banner and from Settings, returns to the workspace open before it', async ({ page, appUrl, workspace }) => {
  test.setTimeout(120_000);
  await openApp(page, appUrl, 'home');
  await expect(page.getByTestId('status-workspace')).toContainText(workspace);

  await page.getByTestId('dash-open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('demo-leave').click();
  await expect(page.getByTestId('switch-notice')).toContainText(`back on the workspace ${workspace}`, { timeout: 60_000 });
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  await expect(page.getByTestId('status-workspace')).toContainText(workspace);
  await expect(page.getByTestId('dash-first-run')).toBeVisible();

  await page.getByTestId('dash-open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-leave-demo').click();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('status-workspace')).toContainText(workspace);
});

test("a filing package's PDF downloads from its page and from its preview", async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await openApp(page, appUrl, 'home');
  await page.getByTestId('dash-open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-applications').click();
  await page.getByTestId('application-row').filter({ hasText: 'DEMO-2026-003' }).click();
  await page.getByTestId('app-package').click();
  await page.getByTestId('package-new-generate').click();
  await expect(page.getByTestId('package-detail')).toContainText('DEMO-2026-003', { timeout: 90_000 });
  const sha = (await page.getByTestId('package-sha256').textContent())!.trim();

  for (const button of ['package-download', 'package-preview-download']) {
    if (button === 'package-preview-download') await expect(page.getByTestId('package-preview')).toHaveAttribute('data-rendered', 'true', { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = path.join(scratch(), download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The whole recorded file, not the preview's first pages.
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
  }
});

test('the Backups page holds at 1024 × 700 with a checked backup listed', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, appUrl, 'backups');
  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backup-result')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('backup-row-check').click();
  await expect(page.getByTestId('backup-check-status')).toContainText('Checked, intact', { timeout: 60_000 });
  await expectLayoutHolds(page, 'Backups');
});
