import path from 'node:path';
import { SHARED_DATA, expect, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';
import { importList } from './screening-helpers';

const REAL_SDN = path.join(SHARED_DATA, 'screening/ofac-sdn-2024-05-03.csv');

test('the real OFAC SDN list finds PUTIN from his name in Cyrillic', async ({ page, appUrl }) => {
  requireSharedData(REAL_SDN);
  test.setTimeout(180_000);
  await openApp(page, appUrl);
  await importList(page, REAL_SDN);
  const row = page.getByTestId('list-snapshot-row');
  await expect(row.getByTestId('list-snapshot-published')).toHaveText('2024-05-03');
  await expect(row.getByTestId('list-snapshot-entries')).toHaveText('14,965');

  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screen-name').fill('Владимир Путин');
  const hit = page.getByTestId('hit').filter({ has: page.getByTestId('hit-entry-name').getByText('PUTIN, Vladimir Vladimirovich', { exact: true }) });
  await expect(hit).toHaveCount(1, { timeout: 30_000 });
  await expect(hit.getByTestId('hit-pair')).toHaveText(['VLADIMIR = VLADIMIR (exact)', 'PUTIN = PUTIN (exact)']);
  await expect(hit.getByTestId('explain-not-in-query')).toContainText('"VLADIMIROVICH" of the listed name is not in the name screened');
  await expect(page.getByTestId('screen-status')).toContainText('read as vladimir putin');
});
