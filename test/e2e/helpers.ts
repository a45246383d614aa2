import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ROOT } from './fixtures';

export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const SMALL_V1 = path.join(FIXTURES, 'ccl-small-v1.json');
export const SMALL_V2 = path.join(FIXTURES, 'ccl-small-v2.json');
export const MALFORMED = path.join(FIXTURES, 'ccl-malformed.json');

/**
 * Opens the app and waits for the shell's ready marker (workspace.info loaded). The app starts on
 * Home; most tests begin in Control lists, so that area is opened unless another is named.
 */
export async function openApp(page: Page, appUrl: string, area = 'control-lists'): Promise<void> {
  await page.goto(appUrl);
  await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
  if (area !== 'home') await page.getByTestId(`nav-${area}`).click();
}

/** Imports a file through the Versions tab and waits for the success message. */
export async function importFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('tab-snapshots').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported');
  await expect(page.getByTestId('snapshot-row').filter({ hasText: path.basename(file) })).toHaveCount(1);
}
