import { expect, REAL_CCL, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';

test('imports the real CCL, finds the intrusion-software entries and follows code links', async ({ page, appUrl }) => {
  requireSharedData(REAL_CCL);
  await openApp(page, appUrl);

  await page.getByTestId('import-file').setInputFiles(REAL_CCL);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-result')).toContainText('633 entries');

  const row = page.getByTestId('snapshot-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('snapshot-entries')).toHaveText('633');
  await expect(row).toContainText('eCFR 2026-07-23');
  await expect(row.getByTestId('current-marker')).toBeVisible();
  await expect(page.getByTestId('status-snapshot')).toHaveText('US Commerce Control List: eCFR 2026-07-23');

  await page.getByTestId('tab-search').click();
  await page.getByTestId('search-input').fill('intrusion software');
  await page.getByTestId('search-input').press('Enter');
  const results = page.getByTestId('search-results');
  for (const code of ['4A005', '4D004', '4E001', '5D002']) {
    await expect(results.locator(`[data-testid="search-hit"][data-code="${code}"]`)).toBeVisible();
  }
  await expect(results.locator('mark').first()).toBeVisible();

  await results.locator('[data-testid="search-hit"][data-code="4D004"]').click();
  const entry = page.getByTestId('entry-view');
  await expect(entry).toHaveAttribute('data-code', '4D004');
  await expect(page.getByTestId('entry-heading')).toContainText('generation, command and control, or delivery of');
  await expect(page.getByTestId('entry-reasons')).toHaveText(/NS\s*AT/);
  await expect(page.getByTestId('entry-snapshot')).toHaveText('US Commerce Control List · eCFR 2026-07-23');

  // 4D004's own text names no other entry; 4E001 (its technology) names 4D004 and 4A005.
  await results.locator('[data-testid="search-hit"][data-code="4E001"]').click();
  await expect(entry).toHaveAttribute('data-code', '4E001');
  await page.getByTestId('entry-mentions').locator('[data-testid="mention-link"][data-code="4A005"]').click();
  await expect(entry).toHaveAttribute('data-code', '4A005');
  await expect(page.getByTestId('entry-code')).toHaveText('4A005');
  await expect(page.getByTestId('entry-heading')).toContainText('intrusion software');

  await page.getByTestId('entry-back').click();
  await expect(entry).toHaveAttribute('data-code', '4E001');
});
