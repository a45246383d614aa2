import { expect, REAL_EU, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';

const EU_NOTICE = '© European Union, http://eur-lex.europa.eu/';

test('EU Annex I text is always shown with its attribution', async ({ page, appUrl }) => {
  requireSharedData(REAL_EU);
  await openApp(page, appUrl);
  await page.getByTestId('import-file').setInputFiles(REAL_EU);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-result')).toContainText('384 entries');
  await expect(page.getByTestId('status-snapshot')).toContainText('EU Dual-Use List (Annex I)');

  await page.getByTestId('tab-search').click();
  await page.getByTestId('search-input').fill('intrusion software');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.locator('[data-testid="search-hit"][data-code="4D004"]')).toBeVisible();
  await expect(page.getByTestId('search-attribution')).toContainText(EU_NOTICE);

  await page.locator('[data-testid="search-hit"][data-code="4D004"]').click();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '4D004');
  await expect(page.getByTestId('entry-attribution')).toContainText(EU_NOTICE);

  await page.getByTestId('tab-browse').click();
  await expect(page.getByTestId('browse-attribution')).toContainText(EU_NOTICE);
});
