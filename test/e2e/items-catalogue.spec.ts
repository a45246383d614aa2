import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { FIXTURES, importFile, openApp } from './helpers';

const ITEMS = path.join(FIXTURES, 'items');

async function openItems(page: import('@playwright/test').Page, appUrl: string) {
  await openApp(page, appUrl);
  await page.getByTestId('nav-items').click();
  await expect(page.getByTestId('items-table')).toHaveAttribute('data-ready', 'true');
}

test('CSV import shows every faulty row and imports nothing, then a clean file imports; search and filters narrow the table', async ({ page, appUrl }) => {
  await openItems(page, appUrl);
  await expect(page.getByTestId('item-count')).toHaveText('0 items');

  await page.getByTestId('open-item-import').click();
  await page.getByTestId('item-import-file').setInputFiles(path.join(ITEMS, 'items-with-errors.csv'));
  await page.getByTestId('item-import-check').click();
  await expect(page.getByTestId('item-import-summary')).toContainText('5 rows have errors');
  const errors = page.getByTestId('item-import-row-error');
  await expect(errors).toHaveCount(5);
  await expect(page.locator('[data-testid="item-import-row"][data-row="4"]')).toContainText('"Atlantis" is not an ISO 3166 country code');
  await expect(page.locator('[data-testid="item-import-row"][data-row="7"]')).toContainText('row 7 repeats row 2');
  await expect(page.getByTestId('item-import-submit')).toBeDisabled();
  await page.getByTestId('item-import-close').click();
  await expect(page.getByTestId('item-count')).toHaveText('0 items');

  await page.getByTestId('open-item-import').click();
  await page.getByTestId('item-import-file').setInputFiles(path.join(ITEMS, 'items.csv'));
  await page.getByTestId('item-import-check').click();
  await expect(page.getByTestId('item-import-summary')).toContainText('4 rows checked, no errors');
  await page.getByTestId('item-import-submit').click();
  await expect(page.getByTestId('item-import-result')).toContainText('Imported 4 items from items.csv');
  await page.getByTestId('item-import-close').click();
  await expect(page.getByTestId('item-count')).toHaveText('4 items');

  await page.getByTestId('filter-item-type').selectOption('software');
  await expect(page.getByTestId('item-row')).toHaveCount(1);
  await expect(page.getByTestId('item-row')).toContainText('VaultSync');
  await page.getByTestId('filter-item-type').selectOption('');
  await page.getByTestId('item-search').fill('telematics');
  await expect(page.getByTestId('item-row')).toHaveCount(1);
  await page.getByTestId('item-row').click();
  await expect(page.getByTestId('item-title')).toHaveText('Telematics Unit "TX"');
  await expect(page.getByTestId('item-fields')).toContainText('Austria (AT)');
  await page.getByTestId('filter-classification').selectOption('us:unclassified');
  await expect(page.getByTestId('item-count')).toHaveText('1 item');
});

test('record a classification by hand, attach a datasheet, and download the encryption report', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, path.join(FIXTURES, 'classification/ccl-crypto-2026-01-15.json'));
  await page.getByTestId('nav-items').click();
  await page.getByTestId('new-item').click();
  await page.getByTestId('item-name').fill('Enterprise VPN Appliance');
  await page.getByTestId('item-model').fill('EV-9');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-title')).toHaveText('Enterprise VPN Appliance');

  // A code that is not in the loaded version is refused in plain words.
  await page.getByTestId('item-tab-classification').click();
  await page.getByTestId('start-manual').click();
  await page.getByTestId('manual-code').fill('5A002.q');
  await page.getByTestId('manual-rationale').fill('VPN appliance for enterprises');
  await page.getByTestId('manual-save').click();
  await expect(page.getByTestId('manual-error')).toContainText('5A002.q is not in US Commerce Control List eCFR 2026-01-15');

  await page.getByTestId('manual-code').fill('5A002.a.1');
  await page.getByTestId('manual-status').selectOption('final');
  await page.getByTestId('manual-authorization').selectOption('ENC');
  await page.getByTestId('manual-report-item-type').selectOption('virtual private networking (VPN)');
  await page.getByTestId('manual-save').click();
  const inForce = page.locator('[data-testid="classification-in-force"][data-jurisdiction="us-ear"]');
  await expect(inForce).toHaveAttribute('data-label', '5A002.a.1');
  await expect(inForce.getByTestId('quote')).toContainText('5A002.a.1 Items having “information security” as a primary function;');
  await expect(page.getByTestId('item-row').filter({ hasText: 'Enterprise VPN Appliance' }).getByTestId('item-us-class')).toHaveText('5A002.a.1');

  await page.getByTestId('item-tab-documents').click();
  await page.getByTestId('item-document-file').setInputFiles(path.join(ITEMS, 'datasheet.pdf'));
  await page.getByTestId('item-document-attach').click();
  await expect(page.getByTestId('item-document-row')).toHaveCount(1);
  await expect(page.getByTestId('item-tab-documents')).toContainText('1');

  // The report's submitter columns come from Settings (Supp. No. 8 to Part 742).
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-submitter-name').fill('Dana Officer');
  await page.getByTestId('settings-submitter-telephone').fill('+1 202 555 0100');
  await page.getByTestId('settings-submitter-email').fill('export@example.com');
  await page.getByTestId('settings-submitter-mailingAddress').fill('1 Main Street, Springfield, VA 22150');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toHaveCount(0);

  await page.getByTestId('open-encryption-report').click();
  await page.getByTestId('report-mode').selectOption('range');
  await page.getByTestId('report-from').fill('2000-01-01');
  await page.getByTestId('report-to').fill('2100-12-31');
  await page.getByTestId('report-build').click();
  await expect(page.getByTestId('report-summary')).toContainText('1 product self-classified');
  const download = page.waitForEvent('download');
  await page.getByTestId('report-download').click();
  const file = await (await download).path();
  expect(fs.readFileSync(file, 'utf8')).toBe(
    'PRODUCT NAME,MODEL NUMBER,MANUFACTURER,ECCN,AUTHORIZATION TYPE,ITEM TYPE,SUBMITTER NAME,TELEPHONE NUMBER,E-MAIL ADDRESS,MAILING ADDRESS,NON-U.S. COMPONENTS,NON-U.S. MANUFACTURING LOCATIONS\r\n' +
      'Enterprise VPN Appliance,EV-9,N/A,5A002,ENC,virtual private networking (VPN),Dana Officer,+1 202 555 0100,export@example.com,1 Main Street Springfield VA 22150,NONE,NONE\r\n',
  );
});
