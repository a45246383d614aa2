import { expect, test } from './fixtures';
import { SMALL_V1, SMALL_V2, importFile, openApp } from './helpers';

test('compares two versions of a list word by word', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, SMALL_V1);
  await importFile(page, SMALL_V2);

  const rows = page.getByTestId('snapshot-row');
  await expect(rows).toHaveCount(2);
  // The later edition becomes current.
  await expect(rows.filter({ hasText: 'eCFR 2026-07-23' })).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('status-snapshot')).toHaveText('US Commerce Control List: eCFR 2026-07-23');

  await page.getByTestId('tab-diff').click();
  await expect(page.getByTestId('diff-from').locator('option:checked')).toContainText('eCFR 2026-01-15');
  await expect(page.getByTestId('diff-to').locator('option:checked')).toContainText('eCFR 2026-07-23');
  await page.getByTestId('diff-compare').click();

  await expect(page.getByTestId('diff-count-added')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('diff-count-removed')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('diff-count-changed')).toHaveAttribute('data-count', '1');

  const entry = (code: string) => page.locator(`[data-testid="diff-entry"][data-code="${code}"]`);
  await expect(entry('5D002')).toHaveAttribute('data-change', 'added');
  await expect(entry('5A004')).toHaveAttribute('data-change', 'removed');
  await expect(entry('4D004')).toHaveAttribute('data-change', 'changed');

  const changed = entry('4D004').locator('[data-testid="diff-paragraph"][data-change="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('ins')).toContainText(['prior']);
  await expect(changed.locator('ins', { hasText: 'operator' })).toHaveCount(1);
  await expect(changed.locator('del', { hasText: 'administrator' })).toHaveCount(1);

  // Filtering by kind of change.
  await page.getByTestId('diff-count-added').click();
  await expect(page.getByTestId('diff-entry')).toHaveCount(1);

  // The snapshot itself can be handed on as an exchange file.
  await page.getByTestId('tab-snapshots').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('snapshot-row').first().getByTestId('export-snapshot').click();
  expect((await download).suggestedFilename()).toMatch(/\.exportdesk\.json$/);
});

test('an earlier version can be made current again', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, SMALL_V1);
  await importFile(page, SMALL_V2);
  const older = page.getByTestId('snapshot-row').filter({ hasText: 'eCFR 2026-01-15' });
  await older.getByTestId('make-current').click();
  await expect(older).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('status-snapshot')).toHaveText('US Commerce Control List: eCFR 2026-01-15');

  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'controls.setCurrent');
});
