/**
 * The one import entry point, through the UI only: the real Commerce Country Chart, Country Groups
 * and CCL are recognised and imported, then listed with their versions; a file no importer reads is
 * refused naming it; a file refused by the Control lists panel is handed over as what it is; and an
 * application line's determination follows a chart import without Mark ready. The pages hold at 1024 px.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REAL_CCL, SHARED_DATA, expect, requireSharedData, test } from './fixtures';
import { FIXTURES, openApp } from './helpers';
import { expectLayoutHolds } from './layout-checks';

const CHART = path.join(SHARED_DATA, 'control-lists/us-country-chart-2026-07-23.json');
const GROUPS = path.join(SHARED_DATA, 'control-lists/us-country-groups-2026-07-23.json');
const EXCEPTIONS = path.join(SHARED_DATA, 'control-lists/us-license-exceptions-2026-07-23.json');

/** Picks a file on the Import page, checks what it was recognised as, imports it and waits for the result. */
async function importAny(page: Page, file: string, kind: string, format: string) {
  await page.getByTestId('nav-imports').click();
  await page.getByTestId('import-any-file').setInputFiles(file);
  const detected = page.getByTestId('import-any-detected');
  await expect(detected).toHaveAttribute('data-kind', kind, { timeout: 60_000 });
  await expect(detected).toHaveAttribute('data-format', format);
  await page.getByTestId('import-any-submit').click();
  const result = page.getByTestId('import-any-result');
  await expect(result).toHaveAttribute('data-kind', kind, { timeout: 120_000 });
  return result;
}

test('the real Country Chart, Country Groups and CCL through one entry point, listed with their versions', async ({ page, appUrl }) => {
  requireSharedData(CHART);
  test.setTimeout(300_000);
  await openApp(page, appUrl, 'home');

  const chart = await importAny(page, CHART, 'destinations', 'country-chart');
  await expect(chart).toContainText('Imported the Commerce Country Chart');
  await expect(chart).toContainText('It is now the current Commerce Country Chart');
  const groups = await importAny(page, GROUPS, 'destinations', 'country-groups');
  await expect(groups).toContainText('Imported the Country Groups');

  // Shown like the other lists: Control lists ▸ Country Chart & Groups.
  await groups.getByTestId('import-any-show').click();
  await expect(page.getByTestId('control-lists-page')).toBeVisible();
  const rows = page.getByTestId('destination-snapshot-row');
  await expect(rows).toHaveCount(2);
  for (const kind of ['country-chart', 'country-groups']) {
    const row = rows.and(page.locator(`[data-kind="${kind}"]`));
    await expect(row).toHaveAttribute('data-current', 'true');
    await expect(row).toContainText('2026-07-23');
    await expect(row.getByTestId('destination-current')).toHaveText('Current');
  }
  await expect(rows.and(page.locator('[data-kind="country-chart"]'))).toContainText(path.basename(CHART));
  expect(Number((await rows.and(page.locator('[data-kind="country-chart"]')).getByTestId('destination-count').innerText()).replace(/\D/g, ''))).toBeGreaterThan(150);
  await expect(page.getByTestId('destinations-missing')).toHaveCount(0);

  // One control list, the real CCL, through the same entry point.
  requireSharedData(REAL_CCL);
  const ccl = await importAny(page, REAL_CCL, 'control-list', 'ccl-json');
  await expect(ccl).toContainText('Imported US Commerce Control List');
  await ccl.getByTestId('import-any-show').click();
  await expect(page.getByTestId('snapshot-row').filter({ hasText: path.basename(REAL_CCL) })).toHaveAttribute('data-current', 'true');

  // The same chart again is refused as already imported, naming the snapshot.
  await page.getByTestId('nav-imports').click();
  await page.getByTestId('import-any-file').setInputFiles(CHART);
  await expect(page.getByTestId('import-any-detected')).toHaveAttribute('data-kind', 'destinations', { timeout: 60_000 });
  await page.getByTestId('import-any-submit').click();
  await expect(page.getByTestId('import-any-error')).toContainText(`${path.basename(CHART)} is already imported as snapshot #1: Commerce Country Chart`);
});

test('files no importer reads are refused naming the file; a chart picked in Control lists is handed over', async ({ page, appUrl }) => {
  requireSharedData(CHART);
  test.setTimeout(180_000);
  await openApp(page, appUrl, 'imports');

  await page.getByTestId('import-any-file').setInputFiles({ name: 'noise.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 255, 254, 0, 7, 9]) });
  const refusal = page.getByTestId('import-any-detect-error');
  await expect(refusal).toContainText('noise.bin is not a file ExportDesk can import (it is not a text file)');
  await expect(refusal).toContainText('Commerce Country Chart');
  await expect(refusal).toContainText('OFAC');
  await expect(page.getByTestId('import-any-submit')).toBeDisabled();

  await page.getByTestId('import-any-file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark"}') });
  await expect(refusal).toContainText('settings.json is not a file ExportDesk can import (JSON of an unknown shape)');

  await page.getByTestId('import-any-file').setInputFiles(EXCEPTIONS);
  await expect(refusal).toContainText('is the catalogue of license exceptions (15 CFR Part 740)');

  // A party spreadsheet is recognised and sent to its own import, where rows are checked first.
  await page.getByTestId('import-any-file').setInputFiles(path.join(FIXTURES, 'parties/customers.csv'));
  await expect(page.getByTestId('import-any-elsewhere')).toContainText('customers.csv is a party spreadsheet');
  await expect(page.getByTestId('import-any-submit')).toBeDisabled();

  // The Control lists panel refuses a chart file, and offers to import it as what it is.
  await page.getByTestId('nav-control-lists').click();
  await page.getByTestId('import-file').setInputFiles(CHART);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-error')).toContainText('JSON of an unknown shape');
  await expect(page.getByTestId('import-elsewhere-detected')).toContainText(`${path.basename(CHART)} is the Commerce Country Chart`);
  await page.getByTestId('import-elsewhere').click();
  await expect(page.getByTestId('import-page')).toBeVisible();
  await expect(page.getByTestId('import-any-detected')).toHaveAttribute('data-format', 'country-chart', { timeout: 60_000 });
  await page.getByTestId('import-any-submit').click();
  await expect(page.getByTestId('import-any-result')).toContainText('Imported the Commerce Country Chart', { timeout: 120_000 });
});

test('an application line shows the determination of the chart just imported, with the checklist, before Mark ready', async ({ page, appUrl }) => {
  requireSharedData(CHART);
  test.setTimeout(300_000);
  await openApp(page, appUrl, 'imports');
  await importAny(page, path.join(FIXTURES, 'determination/ccl-mini.json'), 'control-list', 'ccl-json');

  // An item classified by hand, and a draft to Germany with it as a line.
  await page.getByTestId('nav-items').click();
  await page.getByTestId('new-item').click();
  await page.getByTestId('item-name').fill('SecureLink VPN Gateway');
  await page.getByTestId('item-model').fill('SL-200');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-title')).toHaveText('SecureLink VPN Gateway');
  await page.getByTestId('item-tab-classification').click();
  await page.getByTestId('start-manual').click();
  await page.getByTestId('manual-code').fill('5A002.a');
  await page.getByTestId('manual-rationale').fill('Designed to use cryptography for data confidentiality');
  await page.getByTestId('manual-save').click();
  await expect(page.locator('[data-testid="classification-in-force"][data-jurisdiction="us-ear"]')).toHaveAttribute('data-label', '5A002.a');

  await page.getByTestId('nav-applications').click();
  await page.getByTestId('new-application').click();
  await page.getByTestId('app-create-reference').fill('EXP-IMPORT-1');
  await page.getByTestId('app-create-destination').selectOption('DE');
  await page.getByTestId('app-create-submit').click();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'draft');
  await page.getByTestId('app-item-search').fill('SecureLink');
  await expect(page.getByTestId('app-item-select').locator('option')).toHaveCount(2);
  await page.getByTestId('app-item-select').selectOption({ index: 1 });
  await page.getByTestId('app-item-quantity').fill('10');
  await page.getByTestId('app-item-unit-price').fill('1250.00');
  await page.getByTestId('app-item-add').click();

  const line = page.getByTestId('app-line-determination');
  const check = page.locator('[data-testid="check"][data-rule="determination"]');
  await expect(line).toHaveAttribute('data-outcome', 'error');
  await expect(line).toContainText('No Commerce Country Chart has been imported yet.');
  // No command to type: a button to the import page, on the line and in the checklist.
  await expect(line).not.toContainText('exportdesk');
  await expect(check).not.toContainText('exportdesk');
  await expect(check).toHaveAttribute('data-ok', 'false');

  await line.getByTestId('open-import-hint').click();
  await expect(page.getByTestId('import-page')).toBeVisible();
  await importAny(page, CHART, 'destinations', 'country-chart');
  await page.getByTestId('nav-applications').click();
  await expect(line).toContainText('No Country Groups has been imported yet');
  await expect(check).toContainText('No Country Groups has been imported yet');

  await importAny(page, GROUPS, 'destinations', 'country-groups');
  await page.getByTestId('nav-applications').click();
  // The stored line and the live checklist agree, without Mark ready.
  await expect(line).toHaveAttribute('data-outcome', 'license-required');
  await expect(check).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'draft');
});

test('the Import page and the Country Chart & Groups tab hold at 1024 × 700', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, appUrl, 'imports');
  await expectLayoutHolds(page, 'Import, empty');
  await page.getByTestId('import-any-file').setInputFiles({ name: 'a-rather-long-file-name-for-a-settings-export-2026-07-23.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark"}') });
  await expect(page.getByTestId('import-any-detect-error')).toBeVisible();
  await expectLayoutHolds(page, 'Import, a file refused');
  await page.getByTestId('import-any-file').setInputFiles(path.join(FIXTURES, 'determination/chart-mini.json'));
  await expect(page.getByTestId('import-any-detected')).toHaveAttribute('data-kind', 'destinations');
  await expectLayoutHolds(page, 'Import, a file recognised');
  await page.getByTestId('import-any-submit').click();
  await expect(page.getByTestId('import-any-result')).toBeVisible({ timeout: 60_000 });
  await expectLayoutHolds(page, 'Import, imported');
  await page.getByTestId('import-any-show').click();
  await expect(page.getByTestId('destination-snapshot-row')).toHaveCount(1);
  await expect(page.getByTestId('destinations-missing')).toContainText('No Country Groups imported yet');
  await expectLayoutHolds(page, 'Control lists, Country Chart & Groups');
});
