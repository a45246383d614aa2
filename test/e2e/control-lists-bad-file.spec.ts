import { expect, test } from './fixtures';
import { MALFORMED, openApp } from './helpers';

test('a malformed file is refused with its file name and line, and nothing is imported', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await page.getByTestId('import-file').setInputFiles(MALFORMED);
  await page.getByTestId('import-submit').click();

  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  // The comma missing at the end of line 7 is noticed where the next member starts.
  await expect(error).toContainText(/ccl-malformed\.json, line 8\b.*not valid JSON \(comma expected\)/);
  await expect(page.getByTestId('snapshots-empty')).toBeVisible();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(0);
  await expect(page.getByTestId('status-bar')).toContainText('No control list imported');
});
