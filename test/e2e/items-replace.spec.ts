import path from 'node:path';
import { expect, test } from './fixtures';
import { gatewayAnswers, runEncryptionQuestionnaire } from './encryption-questionnaire';
import { FIXTURES, importFile, openApp } from './helpers';

// The trimmed CCL holding Category 5 Part 2 (5A002, 5A992, 5D002, 5D992) as the eCFR prints them.
const CRYPTO_CCL = path.join(FIXTURES, 'classification/ccl-crypto-2026-04-01.json');

test('a second questionnaire on a classified item says what would change and asks before replacing; the replaced one stays in history', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, CRYPTO_CCL);

  await page.getByTestId('nav-items').click();
  await page.getByTestId('new-item').click();
  await page.getByTestId('item-name').fill('Borealis Site Gateway');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-title')).toHaveText('Borealis Site Gateway');

  // First classification: a mass-market gateway, 5A992.c, final. Nothing in force yet, so no question.
  await runEncryptionQuestionnaire(page, gatewayAnswers('yes'));
  const us = page.locator('[data-testid="candidate"][data-jurisdiction="us-ear"]');
  await expect(us).toHaveAttribute('data-label', '5A992.c');
  await us.getByTestId('candidate-item-type').selectOption('router');
  await page.getByTestId('classify-status').selectOption('final');
  await page.getByTestId('classify-save').click();
  await expect(page.getByTestId('replace-confirm')).toHaveCount(0);
  const inForce = page.locator('[data-testid="classification-in-force"][data-jurisdiction="us-ear"]');
  await expect(inForce).toHaveAttribute('data-label', '5A992.c');

  // Second run: not mass market, so 5A002.a. Saving asks first and names both classifications.
  await runEncryptionQuestionnaire(page, gatewayAnswers('no'));
  await expect(us).toHaveAttribute('data-label', /^5A002/);
  const newLabel = (await us.getAttribute('data-label'))!;
  await us.getByTestId('candidate-item-type').selectOption('router');
  await page.getByTestId('classify-status').selectOption('final');
  await page.getByTestId('classify-save').click();
  const confirm = page.getByTestId('replace-confirm');
  await expect(confirm).toBeVisible();
  const current = confirm.locator('[data-testid="replace-confirm-current"][data-jurisdiction="us-ear"]');
  await expect(current).toContainText('already classified 5A992.c (final');
  await expect(current.getByTestId('replace-confirm-change')).toHaveText(`Saving changes it from 5A992.c to ${newLabel} (final).`);

  // Keeping it ends the questionnaire and saves nothing: the item is still 5A992.c.
  await page.getByTestId('replace-keep').click();
  await expect(page.getByTestId('classify-flow')).toHaveCount(0);
  await expect(inForce).toHaveAttribute('data-label', '5A992.c');
  await expect(page.getByTestId('classification-history-row')).toHaveCount(0);

  // Asked again and confirmed: the new one is in force, the old one kept, superseded, in history.
  await runEncryptionQuestionnaire(page, gatewayAnswers('no'));
  await us.getByTestId('candidate-item-type').selectOption('router');
  await page.getByTestId('classify-status').selectOption('final');
  await page.getByTestId('classify-save').click();
  await page.getByTestId('replace-confirm-save').click();
  await expect(inForce).toHaveAttribute('data-label', newLabel);
  await expect(page.getByTestId('classification-history-row')).toHaveCount(1);
  await expect(page.getByTestId('classification-history-row')).toHaveAttribute('data-label', '5A992.c');
  await expect(page.getByTestId('item-detail').getByTestId('item-badge-us')).toContainText(newLabel);
});
