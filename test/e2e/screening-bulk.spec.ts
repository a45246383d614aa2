import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHARED_DATA, expect, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';
import { importList, openScreening } from './screening-helpers';

const REAL_SDN = path.join(SHARED_DATA, 'screening/ofac-sdn-2024-05-03.csv');
const REASON = 'Our customer was born in 1994 in Hamburg; none of the listed men matches that date and place of birth';

/** Creates a party in the Parties area as a user does. */
async function createParty(page: Page, legalName: string, kind: string, country: string) {
  await page.getByTestId('nav-parties').click();
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill(legalName);
  await page.getByTestId('party-kind').selectOption(kind);
  await page.getByTestId('party-country').selectOption(country);
  await page.getByTestId('party-save').click();
  await expect(page.getByTestId('party-title')).toHaveText(legalName);
}

test('several hits of "Ali Hassan" on the real SDN list decided with one reason, each recorded on its own', async ({ page, appUrl }) => {
  requireSharedData(REAL_SDN);
  test.setTimeout(240_000);
  await openApp(page, appUrl, 'home');
  await importList(page, REAL_SDN);

  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screen-name').fill('Ali Hassan');
  await expect(page.getByTestId('screen-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await page.getByTestId('screen-record').click();
  await page.getByTestId('screen-open-recorded').click();

  const record = page.getByTestId('screening-record');
  const hits = record.getByTestId('hit');
  await expect(hits.first()).toBeVisible({ timeout: 30_000 });
  const total = await hits.count();
  expect(total).toBeGreaterThanOrEqual(10);

  // Four hits ticked one by one: the bar counts them and decides them together.
  const chosen = [0, 1, 2, 3];
  const ids: string[] = [];
  for (const i of chosen) {
    await hits.nth(i).getByTestId('hit-select').check();
    ids.push((await hits.nth(i).getAttribute('data-hit-id'))!);
  }
  const bar = record.getByTestId('bulk-decision');
  await expect(bar.getByTestId('bulk-selected-count')).toHaveText('4 hits selected');
  await bar.getByTestId('bulk-decide').click();
  // Clearing asks for the one reason first.
  await bar.getByTestId('bulk-decision-submit').click();
  await expect(bar.getByTestId('bulk-decision-invalid')).toBeVisible();
  await bar.getByTestId('bulk-decision-reason').fill(REASON);
  await expect(bar.getByTestId('bulk-decision-submit')).toHaveText('Clear 4 hits as false positives');
  await bar.getByTestId('bulk-decision-submit').click();
  await expect(record.getByTestId('bulk-decision')).toHaveCount(0);

  // Each chosen hit carries its own decision with the reason; the others are still open.
  for (const id of ids) {
    const hit = record.locator(`[data-testid="hit"][data-hit-id="${id}"]`);
    await expect(hit).toHaveAttribute('data-status', 'cleared');
    await expect(hit.getByTestId('decision-row')).toHaveCount(1);
    await expect(hit.getByTestId('decision-row')).toContainText(REASON);
  }
  await expect(record.locator('[data-testid="hit"][data-status="open"]')).toHaveCount(total - 4);

  // "Select the undecided" takes the rest; marked as needs review together.
  await record.getByTestId('hits-select-undecided').click();
  await expect(bar.getByTestId('bulk-selected-count')).toHaveText(`${total - 4} hits selected`);
  await bar.getByTestId('bulk-decide').click();
  await bar.getByTestId('bulk-choose-review').click();
  await bar.getByTestId('bulk-decision-reason').fill('Asked the customer for a passport copy');
  await bar.getByTestId('bulk-decision-submit').click();
  await expect(record.locator('[data-testid="hit"][data-status="review"]')).toHaveCount(total - 4);

});

test('parties created in the UI are screened by themselves; one listed entry is decided across parties from the review queue', async ({ page, appUrl }) => {
  requireSharedData(REAL_SDN);
  test.setTimeout(240_000);
  await openApp(page, appUrl, 'parties');
  // Before any list: the party says why it is not screened.
  await createParty(page, 'Jane Smith Consulting', 'commercial', 'GB');
  await expect(page.getByTestId('party-detail').getByTestId('screening-badge')).toHaveAttribute('data-state', 'not-screened');
  await expect(page.getByTestId('party-not-screened-reason')).toContainText('No screening list is imported');

  await importList(page, REAL_SDN);
  await createParty(page, 'Ali Hassan', 'individual', 'SY');
  await expect(page.getByTestId('party-detail').getByTestId('screening-badge')).toHaveAttribute('data-state', 'open-hits');
  await createParty(page, 'Ali Hassan', 'individual', 'IQ');
  await expect(page.getByTestId('party-detail').getByTestId('screening-badge')).toHaveAttribute('data-state', 'open-hits');

  await openScreening(page, 'queue');
  const entrySelect = page.getByTestId('queue-select-entry').first();
  await expect(entrySelect).toBeVisible({ timeout: 30_000 });
  await expect(entrySelect).toHaveText(/Select the 2 hits on entry/);
  await entrySelect.click();
  const bar = page.getByTestId('bulk-decision');
  await expect(bar.getByTestId('bulk-selected-count')).toHaveText('2 hits selected');
  const selected = page.locator('[data-testid="queue-item"]:has([data-testid="hit-select"]:checked)');
  await expect(selected).toHaveCount(2);
  await expect(selected.getByTestId('queue-subject')).toHaveText(['Ali Hassan', 'Ali Hassan']);
  const hitIds = await selected.evaluateAll((els) => els.map((e) => e.getAttribute('data-hit-id')));
  const before = Number(await page.getByTestId('queue-total').getAttribute('data-total'));
  await bar.getByTestId('bulk-decide').click();
  await bar.getByTestId('bulk-decision-reason').fill(REASON);
  await bar.getByTestId('bulk-decision-submit').click();
  await expect(page.getByTestId('queue-notice')).toContainText('2 hits decided with one reason, each recorded on its own');
  await expect(page.getByTestId('queue-total')).toHaveAttribute('data-total', String(before - 2));
  for (const id of hitIds) await expect(page.locator(`[data-testid="queue-item"][data-hit-id="${id}"]`)).toHaveCount(0);
});
