import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { FIXTURES, openApp } from './helpers';

const PARTY_FIXTURES = path.join(FIXTURES, 'parties');
const STATEMENT = path.join(PARTY_FIXTURES, 'end-user-statement.pdf');

async function openParties(page: import('@playwright/test').Page, appUrl: string) {
  await openApp(page, appUrl);
  await page.getByTestId('nav-parties').click();
  await expect(page.getByTestId('parties-table')).toHaveAttribute('data-ready', 'true');
}

async function createParty(page: import('@playwright/test').Page, name: string, country: string) {
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill(name);
  await page.getByTestId('party-country').selectOption(country);
  await page.getByTestId('party-save').click();
  await expect(page.getByTestId('party-title')).toHaveText(name);
}

test('create a party, answer its checklist so a red flag shows, attach a document', async ({ page, appUrl }) => {
  await openParties(page, appUrl);
  await expect(page.getByTestId('party-count')).toHaveText('0 parties');

  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill('Nordlicht Photonics GmbH');
  await page.getByTestId('party-kind').selectOption('commercial');
  await page.getByTestId('party-country').selectOption('DE');
  await page.getByTestId('party-website').fill('nordlicht.example');
  await page.getByTestId('party-save').click();

  const detail = page.getByTestId('party-detail');
  await expect(page.getByTestId('party-title')).toHaveText('Nordlicht Photonics GmbH');
  await expect(detail).toContainText('Germany (DE)');
  await expect(detail.getByTestId('screening-badge')).toHaveText('Not screened');
  const row = page.getByTestId('party-row').filter({ hasText: 'Nordlicht Photonics GmbH' });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId('red-flag-marker')).toHaveCount(0);

  // Red flag 2 of Supp. No. 3 to Part 732, answered yes with a note.
  await page.getByTestId('party-tab-kyc').click();
  const flag = page.locator('[data-testid="kyc-row"][data-flag-id="reluctant-end-use"]');
  await flag.getByTestId('kyc-note').fill('Would not say which laboratory will use the laser');
  await flag.getByTestId('kyc-yes').click();
  await expect(flag).toHaveAttribute('data-answer', 'yes');
  await expect(flag).toContainText('Answered');
  await page.locator('[data-testid="kyc-row"][data-flag-id="cash-for-expensive-item"]').getByTestId('kyc-no').click();
  await expect(page.locator('[data-testid="kyc-row"][data-flag-id="cash-for-expensive-item"]')).toHaveAttribute('data-answer', 'no');

  // The party is marked in its header and in the table.
  await expect(detail.getByTestId('red-flag-marker')).toHaveText(/1 open red flag/);
  await expect(row.getByTestId('red-flag-marker')).toBeVisible();
  await page.getByTestId('filter-kyc').selectOption('open');
  await expect(page.getByTestId('party-count')).toHaveText('1 party');

  // An end-user statement, stored under its SHA-256.
  await page.getByTestId('party-tab-documents').click();
  await page.getByTestId('document-type').selectOption('end-user-statement');
  await page.getByTestId('document-file').setInputFiles(STATEMENT);
  await page.getByTestId('document-attach').click();
  await expect(page.getByTestId('document-notice')).toContainText('Attached end-user-statement.pdf');
  const doc = page.getByTestId('document-row');
  await expect(doc).toHaveCount(1);
  await expect(doc).toContainText('End-user statement');
  const sha = crypto.createHash('sha256').update(fs.readFileSync(STATEMENT)).digest('hex');
  await expect(doc.getByTestId('document-sha')).toHaveAttribute('title', sha);
  await expect(page.getByTestId('party-tab-documents')).toContainText('1');

  // A file that is not an accepted document is refused in plain words.
  await page.getByTestId('document-file').setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00') });
  await page.getByTestId('document-attach').click();
  await expect(page.getByTestId('document-error')).toContainText('.exe files are not accepted as documents');
  await expect(page.getByTestId('document-row')).toHaveCount(1);

  await page.getByTestId('party-tab-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(4);
  await expect(page.getByTestId('history-row').first()).toHaveAttribute('data-action', 'parties.attachDocument');
  await expect(page.getByTestId('history-row').last()).toHaveAttribute('data-action', 'parties.create');
});

test('a new party closely matching an existing one in the same country is offered the existing one', async ({ page, appUrl }) => {
  await openParties(page, appUrl);
  await createParty(page, 'Kestrel Freight Forwarding Ltd', 'GB');
  await createParty(page, 'Helix Dynamics AB', 'SE');

  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill('KESTREL FREIGHT FORWARDING LIMITED');
  await page.getByTestId('party-country').selectOption('GB');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('Kestrel Freight Forwarding Ltd');
  await expect(page.getByTestId('party-save')).toBeDisabled();
  await warning.getByTestId('open-existing').click();
  await expect(page.getByTestId('party-title')).toHaveText('Kestrel Freight Forwarding Ltd');
  await expect(page.getByTestId('party-count')).toHaveText('2 parties');

  // Confirmed as a different party, it is created.
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill('Kestrel Freight Forwarding');
  await page.getByTestId('party-country').selectOption('GB');
  await expect(page.getByTestId('duplicate-warning')).toBeVisible();
  await page.getByTestId('confirm-duplicate').check();
  await page.getByTestId('party-save').click();
  await expect(page.getByTestId('party-title')).toHaveText('Kestrel Freight Forwarding');
  await expect(page.getByTestId('party-count')).toHaveText('3 parties');
});

test('CSV import: a preview with per-row errors imports nothing; a clean file imports every row', async ({ page, appUrl }) => {
  await openParties(page, appUrl);
  await page.getByTestId('open-party-import').click();
  await page.getByTestId('party-import-file').setInputFiles(path.join(PARTY_FIXTURES, 'customers-with-errors.csv'));
  await page.getByTestId('party-import-check').click();
  await expect(page.getByTestId('party-import-summary')).toContainText('5 rows have errors');
  await expect(page.locator('[data-testid="party-import-row"][data-row="4"]')).toContainText('"XX" is not an ISO 3166 country code');
  await expect(page.locator('[data-testid="party-import-row"][data-row="6"]')).toContainText('row 6 repeats row 2');
  await expect(page.getByTestId('party-import-submit')).toBeDisabled();

  await page.getByTestId('party-import-file').setInputFiles(path.join(PARTY_FIXTURES, 'customers.csv'));
  await page.getByTestId('party-import-check').click();
  await expect(page.getByTestId('party-import-summary')).toContainText('5 rows checked, no errors');
  await page.getByTestId('party-import-submit').click();
  await expect(page.getByTestId('party-import-result')).toContainText('Imported 5 parties from customers.csv');
  await page.getByTestId('party-import-close').click();
  await expect(page.getByTestId('party-count')).toHaveText('5 parties');

  await page.getByTestId('party-search').fill('nordl');
  await expect(page.getByTestId('party-count')).toHaveText('1 party');
  await page.getByTestId('party-row').first().click();
  await expect(page.getByTestId('party-fields')).toContainText('NLP Optics');
  await expect(page.getByTestId('party-fields')).toContainText('HRB 123456');
});
