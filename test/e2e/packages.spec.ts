import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test } from './fixtures';
import { openApp } from './helpers';

// The bridge fixture on a folder `exportdesk demo` filled first: its application DEMO-2026-003 is ready to file.
const demo = test.extend({
  workspace: async ({ workspace }, use) => {
    execFileSync(process.execPath, [path.join(ROOT, 'bin/exportdesk.mjs'), 'demo', '--workspace', workspace], { cwd: ROOT, stdio: 'pipe' });
    await use(workspace);
  },
});

/** Non-white pixels drawn on the preview's first canvas: a blank or failed page draws (almost) none. */
async function inkOnFirstPage(page: Page): Promise<number> {
  return page.getByTestId('package-preview-page').first().evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return ink;
  });
}

demo('an application is packaged from its page, previewed, regenerated and verified', async ({ page, appUrl, workspace }) => {
  await openApp(page, appUrl, 'applications');
  await page.getByTestId('application-row').filter({ hasText: 'DEMO-2026-003' }).click();
  await page.getByTestId('app-package').click();

  // The form opens in Packages, filled in for the application.
  await expect(page.getByTestId('nav-packages')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('package-new-kind')).toHaveValue('application');
  await expect(page.getByTestId('package-new-application').locator('option:checked')).toContainText('DEMO-2026-003');
  await page.getByTestId('package-new-generate').click();

  const detail = page.getByTestId('package-detail');
  await expect(detail).toContainText('DEMO-2026-003');
  const sha = (await page.getByTestId('package-sha256').textContent())!.trim();
  expect(sha).toMatch(/^[0-9a-f]{64}$/);
  const sections = page.getByTestId('package-sections');
  for (const title of ['Cover', 'Application (form BIS-748P)', 'Statement by ultimate consignee and purchaser', 'Audit extract']) await expect(sections).toContainText(title);
  await expect(page.getByTestId('package-documents')).toContainText('End-user statement — Nordlicht Photonics GmbH');
  await expect(page.getByTestId('package-documents')).toContainText('end-user-statement.pdf');

  // The preview draws real pages: three canvases with ink on them.
  await expect(page.getByTestId('package-preview')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('package-preview-page')).toHaveCount(3);
  await expect(page.getByTestId('package-preview-caption')).toContainText(/First 3 of \d+ pages/);
  expect(await inkOnFirstPage(page)).toBeGreaterThan(2_000);

  // The file is in the workspace with the recorded hash; a browser cannot reveal folders, so no button.
  const stored = path.join(workspace, 'packages');
  const [file] = fs.readdirSync(stored).filter((f) => f.endsWith('.pdf'));
  expect(file).toBeDefined();
  await expect(page.getByTestId('package-open-folder')).toHaveCount(0);

  // Regenerating makes a second record that names the first; the first is marked as regenerated since.
  await page.getByTestId('package-regenerate').click();
  await expect(page.getByTestId('package-row')).toHaveCount(2);
  await expect(detail).toContainText('Regenerates');
  await expect(page.getByTestId('package-row').filter({ hasText: 'Regenerated since' })).toHaveCount(1);

  // Verify: the stored file matches its record; one changed byte matches none.
  await page.getByTestId('packages-verify-open').click();
  await page.getByTestId('packages-verify-file').setInputFiles(path.join(stored, file!));
  await page.getByTestId('packages-verify-run').click();
  const result = page.getByTestId('packages-verify-result');
  await expect(result).toHaveAttribute('data-match', 'true');
  await expect(result).toContainText(sha);

  const bytes = fs.readFileSync(path.join(stored, file!));
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0x01;
  const tampered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-tampered-')), 'package.pdf');
  fs.writeFileSync(tampered, bytes);
  await page.getByTestId('packages-verify-file').setInputFiles(tampered);
  await page.getByTestId('packages-verify-run').click();
  await expect(result).toHaveAttribute('data-match', 'false');
  await expect(result).toContainText('has been changed since it was generated');
  fs.rmSync(path.dirname(tampered), { recursive: true, force: true });
});

test('a file that is not a PDF is refused by verify with its name', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'packages');
  await expect(page.getByTestId('packages-empty')).toBeVisible();
  await page.getByTestId('packages-verify-open').click();
  await page.getByTestId('packages-verify-file').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text, not a PDF') });
  await page.getByTestId('packages-verify-run').click();
  await expect(page.getByTestId('packages-verify-error')).toContainText('notes.pdf');
});

test('a file larger than the window can send is refused by verify before it is read, pointing to the command line', async ({ page, appUrl }) => {
  // Sparse: 151 MiB that take no disk space.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-large-verify-'));
  const large = path.join(dir, 'large.pdf');
  fs.writeFileSync(large, '%PDF-1.7\n');
  fs.truncateSync(large, 151 * 1024 * 1024);
  await openApp(page, appUrl, 'packages');
  await page.getByTestId('packages-verify-open').click();
  await page.getByTestId('packages-verify-file').setInputFiles(large);
  await page.getByTestId('packages-verify-run').click();
  await expect(page.getByTestId('packages-verify-error')).toContainText('large.pdf is 151.0 MB, larger than the 150.0 MB this window can check');
  await expect(page.getByTestId('packages-verify-error')).toContainText('exportdesk package verify FILE');
  fs.rmSync(dir, { recursive: true, force: true });
});

demo('a classification request is packaged from the item page, with the quoted list text and its version', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'items');
  await page.getByTestId('item-row').filter({ hasText: 'SecureLink VPN Gateway' }).click();
  await page.getByTestId('item-package').click();
  await expect(page.getByTestId('package-new-kind')).toHaveValue('classification-request');
  await expect(page.getByTestId('package-new-item').locator('option:checked')).toContainText('SecureLink VPN Gateway');
  await page.getByTestId('package-new-generate').click();

  const detail = page.getByTestId('package-detail');
  await expect(detail).toContainText('Classification request');
  await expect(page.getByTestId('package-snapshots')).toContainText('ILLUSTRATIVE — NOT AUTHORITATIVE');
  await expect(page.getByTestId('package-preview')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  expect(await inkOnFirstPage(page)).toBeGreaterThan(2_000);
});
