import fs from 'node:fs';
import path from 'node:path';
import { SHARED_DATA, expect, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';
import { importList } from './screening-helpers';

const REAL_SDN = path.join(SHARED_DATA, 'screening/ofac-sdn-2024-05-03.csv');
const PARTIES = 1500;

test('a party spreadsheet imported in the UI is screened after the import, with its progress shown', async ({ page, appUrl }) => {
  requireSharedData(REAL_SDN);
  test.setTimeout(240_000);
  const file = test.info().outputPath('customers-1501.csv');
  const rows = ['legal_name,kind,country'];
  for (let i = 1; i <= PARTIES; i++) rows.push(`Nordwerk Feinmechanik ${i} GmbH,commercial,DE`);
  rows.push('Ali Hassan,individual,SY');
  fs.writeFileSync(file, rows.join('\n') + '\n');

  await openApp(page, appUrl, 'home');
  await importList(page, REAL_SDN);

  await page.getByTestId('nav-parties').click();
  await page.getByTestId('open-party-import').click();
  await page.getByTestId('party-import-file').setInputFiles(file);
  await page.getByTestId('party-import-check').click();
  await expect(page.getByTestId('party-import-summary')).toContainText('1,501 rows checked, no errors', { timeout: 30_000 });
  await page.getByTestId('party-import-submit').click();
  // The parties are written first; their screening follows, chunk by chunk, with its progress.
  await expect(page.getByTestId('party-import-progress')).toContainText('Screening the parties', { timeout: 60_000 });
  await expect(page.getByTestId('party-import-result')).toContainText('Imported 1,501 parties', { timeout: 120_000 });
  await expect(page.getByTestId('party-import-result-note')).toContainText('Screened 1,501 parties against the current lists');
  await page.getByTestId('party-import-close').click();

  await page.getByTestId('party-search').fill('Ali Hassan');
  await expect(page.getByTestId('party-count')).toHaveText('1 party');
  await expect(page.getByTestId('party-row').getByTestId('screening-badge')).toHaveAttribute('data-state', 'open-hits');
  await page.getByTestId('party-search').fill('Nordwerk Feinmechanik 1500');
  await expect(page.getByTestId('party-row').first().getByTestId('screening-badge')).not.toHaveAttribute('data-state', 'not-screened');
});
