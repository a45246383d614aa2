import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { SDN_V1, importList, queueItem } from './screening-helpers';

async function recordName(page: import('@playwright/test').Page, name: string, entryId: string) {
  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screen-name').fill(name);
  await expect(page.locator(`[data-testid="hit"][data-entry-id="${entryId}"]`)).toBeVisible();
  await page.getByTestId('screen-record').click();
  await expect(page.getByTestId('screen-recorded')).toContainText(`Recorded “${name}”`);
}

test('hits are cleared with a reason, confirmed with a warning, or marked for review in the queue', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importList(page, SDN_V1);
  await recordName(page, 'Ivan Petrov', '7001');
  await recordName(page, 'Banco Nacional de Cuba', '306');
  await recordName(page, 'Aerocaribbean Airlines', '36');

  await page.getByTestId('screening-tab-queue').click();
  await expect(page.getByTestId('queue-item')).toHaveCount(3);
  await expect(page.getByTestId('queue-total')).toHaveAttribute('data-total', '3');
  // Oldest first, each with what was screened and why it matched.
  await expect(page.getByTestId('queue-subject')).toHaveText(['Ivan Petrov', 'Banco Nacional de Cuba', 'Aerocaribbean Airlines']);
  const petrov = queueItem(page, '7001');
  await expect(petrov.getByTestId('hit-pair')).toHaveText(['IVAN = IVAN (exact)', 'PETROV = PETROV (exact)']);

  // Clearing refuses to go ahead without a reason.
  await petrov.getByTestId('decide-clear').click();
  await petrov.getByTestId('decision-submit').click();
  await expect(petrov.getByTestId('decision-invalid')).toContainText('Give the reason');
  await expect(page.getByTestId('queue-item')).toHaveCount(3);
  await petrov.getByTestId('decision-reason').fill('Our contact was born 1985 in Minsk; the listed Ivan Petrov was born 1970.');
  await petrov.getByTestId('decision-submit').click();
  await expect(page.getByTestId('queue-notice')).toContainText('Cleared as false positive: PETROV, Ivan for “Ivan Petrov”');
  await expect(queueItem(page, '7001')).toHaveCount(0);
  await expect(page.getByTestId('queue-item')).toHaveCount(2);
  await expect(page.getByTestId('queue-count')).toHaveText('2');

  // Confirming warns first.
  const banco = queueItem(page, '306');
  await banco.getByTestId('decide-confirm').click();
  await expect(banco.getByTestId('confirm-warning')).toBeVisible();
  await banco.getByTestId('decision-reason').fill('Same bank, Havana.');
  await banco.getByTestId('decision-submit').click();
  await expect(page.getByTestId('queue-notice')).toContainText('Confirmed match: BANCO NACIONAL DE CUBA');
  await expect(queueItem(page, '306')).toHaveCount(0);

  // Needs review keeps the hit in the queue with its new status.
  const aero = queueItem(page, '36');
  await aero.getByTestId('decide-review').click();
  await aero.getByTestId('decision-reason').fill('Asked the sales office for the registration number.');
  await aero.getByTestId('decision-submit').click();
  await expect(aero).toHaveAttribute('data-status', 'review');
  await expect(aero.getByTestId('hit-status')).toHaveText('Needs review');
  await expect(aero.getByTestId('decision-row')).toContainText(['Asked the sales office']);
  await page.getByTestId('queue-filter-open').click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await page.getByTestId('queue-filter-review').click();
  await expect(page.getByTestId('queue-item')).toHaveCount(1);

  // The screening record keeps each decision with who took it and why.
  await aero.getByTestId('queue-open-screening').click();
  await expect(page.getByTestId('screening-record')).toBeVisible();
  await page.getByTestId('screening-record-back').click();
  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screening-tab-queue').click();
  await page.getByTestId('queue-filter-undecided').click();
  await expect(page.getByTestId('queue-item')).toHaveCount(1);

  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'screening.decide');
});
