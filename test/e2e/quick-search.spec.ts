import { expect, test } from './fixtures';
import { SMALL_V1, importFile, openApp } from './helpers';
import { coreCall } from './screening-helpers';

test('Ctrl+K finds an entry and opens it in Control lists', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, SMALL_V1);

  // Start from another area: the palette must bring the user to the entry.
  await page.getByTestId('nav-parties').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('quick-search')).toBeVisible();
  await page.getByTestId('quick-search-input').fill('4D004');
  await expect(page.locator('[data-testid="quick-search-hit"][data-code="4D004"]')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('quick-search')).toHaveCount(0);
  await expect(page.getByTestId('control-lists-page')).toBeVisible();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '4D004');
  await expect(page.getByTestId('entry-reasons')).toHaveText(/NS\s*AT/);

  // Inline code links in the text open the entry they name.
  await page.getByTestId('entry-related').locator('[data-testid="inline-code-link"][data-code="4A005"]').click();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '4A005');

  // Words work too, and Escape closes the palette.
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-search-input').fill('cryptanalytic');
  await expect(page.locator('[data-testid="quick-search-hit"][data-code="5A004"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quick-search')).toHaveCount(0);
});

test('Ctrl+K finds a party by name and opens its record', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  const { party } = await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' });
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-search-input').fill('nordlicht');
  await expect(page.locator('[data-testid="quick-search-hit"][data-area="parties"]')).toContainText('Nordlicht Photonics GmbH');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('party-detail')).toHaveAttribute('data-party-id', String(party.id));
});
