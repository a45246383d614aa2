import fs from 'node:fs';
import path from 'node:path';
import { REAL_CCL, expect, requireSharedData, test } from './fixtures';
import { FIXTURES, importFile, openApp } from './helpers';

/** A later CCL edition in which the text of 5A992.c changed: the trimmed fixture, dated after the real list so it becomes current. */
function changedEdition(dir: string): string {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'classification/ccl-crypto-2026-04-01.json'), 'utf8')) as { ecfrIssueDate: string; retrievedAt: string };
  data.ecfrIssueDate = '2026-09-01';
  data.retrievedAt = '2026-09-02T08:00:00.000Z';
  const file = path.join(dir, 'ccl-2026-09-01.json');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

test('classify an item through the encryption questionnaire against the real CCL, then see it flagged when a changed edition is imported', async ({ page, appUrl, workspace }) => {
  requireSharedData(REAL_CCL);
  await openApp(page, appUrl);
  await importFile(page, REAL_CCL);

  // A retail VPN router.
  await page.getByTestId('nav-items').click();
  await expect(page.getByTestId('items-table')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('new-item').click();
  await page.getByTestId('item-name').fill('HomeShield VPN Router');
  await page.getByTestId('item-model').fill('HS-1');
  await page.getByTestId('item-manufacturer').fill('Nordlicht Networks');
  await page.getByTestId('item-origin').selectOption('DE');
  await page.getByTestId('add-param').click();
  await page.getByTestId('param-name').fill('Key length');
  await page.getByTestId('param-value').fill('256');
  await page.getByTestId('param-unit').fill('bit');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-title')).toHaveText('HomeShield VPN Router');
  await expect(page.getByTestId('item-parameters')).toContainText('Key length');

  // The questionnaire, one question at a time, each with its citation.
  await page.getByTestId('classify-item').click();
  await page.locator('[data-testid="questionnaire-option"][data-id="encryption"]').click();
  const answers: [string, string][] = [
    ['form', 'commodity'],
    ['cryptanalysis', 'no'],
    ['extraction', 'no'],
    ['other-commodity', 'none'],
    ['crypto', 'yes'],
    ['confidentiality', 'yes'],
    ['algorithm', 'yes'],
    ['activation', 'yes'],
    ['function', 'comms'],
    ['decontrol', 'none'],
    ['mass-market', 'yes'],
    // A retail router is none of the § 740.17(b)(2)/(b)(3) items and uses standard cryptography.
    ['mm-enc-paragraph', 'b1'],
  ];
  for (const [question, value] of answers) {
    const q = page.getByTestId('question');
    await expect(q).toHaveAttribute('data-question-id', question);
    if (question === 'mass-market') await expect(q).toContainText('Note 3 (Cryptography Note)');
    await q.locator(`[data-testid="question-option"][data-value="${value}"]`).click();
  }

  // The candidate quotes 5A992.c from the loaded eCFR edition.
  const us = page.locator('[data-testid="candidate"][data-jurisdiction="us-ear"]');
  await expect(us).toHaveAttribute('data-label', '5A992.c');
  await expect(us.getByTestId('quote')).toContainText('5A992.c Commodities classified as mass market encryption commodities in accordance with § 740.17(b) of the EAR.');
  await expect(us.getByTestId('quote-source')).toContainText('US Commerce Control List · eCFR 2026-07-23');
  await expect(us.getByTestId('supporting-quote')).toContainText('Cryptography Note');
  // No EU list is loaded: the EU candidate (not listed) needs no quote and can still be saved.
  await expect(page.locator('[data-testid="candidate"][data-jurisdiction="eu"]')).toHaveAttribute('data-label', 'Not listed');
  await us.getByTestId('candidate-item-type').selectOption('router');
  await page.getByTestId('classify-status').selectOption('final');
  await page.getByTestId('classify-save').click();

  const detail = page.getByTestId('item-detail');
  await expect(detail.getByTestId('item-badge-us')).toContainText('5A992.c');
  await expect(detail.getByTestId('item-badge-eu')).toContainText('Not listed');
  const inForce = page.locator('[data-testid="classification-in-force"][data-jurisdiction="us-ear"]');
  await expect(inForce).toHaveAttribute('data-label', '5A992.c');
  await expect(inForce.getByTestId('quote-source')).toContainText('eCFR 2026-07-23');
  await expect(page.getByTestId('needs-review-badge')).toHaveCount(0);

  // A later edition changes the text of 5A992.c.
  await page.getByTestId('nav-control-lists').click();
  await importFile(page, changedEdition(workspace));
  await page.getByTestId('nav-items').click();
  await expect(page.getByTestId('review-banner')).toContainText('One classification cites text that changed');
  const row = page.getByTestId('item-row').filter({ hasText: 'HomeShield VPN Router' });
  await expect(row.getByTestId('needs-review-badge')).toBeVisible();
  await page.getByTestId('filter-needs-review').check();
  await expect(page.getByTestId('item-count')).toHaveText('1 item');

  await row.click();
  await page.getByTestId('item-tab-classification').click();
  const review = page.getByTestId('review-box');
  await expect(review).toContainText('the text of 5A992.c changed in eCFR 2026-09-01');
  await expect(review.getByTestId('review-diff').locator('ins')).toHaveText([/^and \(e\)\s*$/]);

  // Confirming against the new edition is a new classification; the old one is kept, superseded.
  await review.getByTestId('review-reason').fill('The change adds § 740.17(e); the router remains a mass-market item.');
  await review.getByTestId('review-confirm').click();
  await expect(page.getByTestId('review-box')).toHaveCount(0);
  await expect(inForce.getByTestId('quote-source')).toContainText('eCFR 2026-09-01');
  await expect(page.getByTestId('classification-history-row')).toHaveCount(1);
  await page.getByTestId('filter-needs-review').uncheck();
  await expect(row.getByTestId('needs-review-badge')).toHaveCount(0);

  await page.getByTestId('item-tab-history').click();
  await expect(page.getByTestId('item-history-row').first()).toHaveAttribute('data-action', 'classifications.save');
  await expect(page.locator('[data-testid="item-history-row"][data-action="classifications.reReview"]')).toHaveCount(1);
});
