import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, expect, test } from './fixtures';
import { openApp } from './helpers';

// The demo workspace built in 2019: its approved application's license expired on 2019-06-26, so
// that transaction's five years (15 CFR 762.6) ended on 2024-06-26; the others are still open.
const old = test.extend({
  workspace: async ({ workspace }, use) => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/e2e/old-demo.ts'), workspace], { cwd: ROOT, stdio: 'pipe' });
    await use(workspace);
  },
});

old('Retention lists the records past retention for review, each opening its page with its retention line', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'retention');
  const pageEl = page.getByTestId('retention-page');
  await expect(pageEl.getByRole('heading', { name: 'Records past retention' })).toBeVisible();
  await expect(page.getByTestId('retention-nothing-deleted')).toContainText('Nothing is deleted automatically');

  const rows = page.getByTestId('retention-row');
  const license = rows.and(page.locator('[data-kind="license"]'));
  await expect(license).toContainText('License DEMO-D000014');
  await expect(license).toContainText('2024-06-26');
  await expect(license).toContainText('five years after license DEMO-D000014 expires on 2019-06-26');
  await expect(rows.and(page.locator('[data-kind="application"]'))).toHaveCount(1);
  await expect(rows.filter({ hasText: 'DEMO-2026-002' })).toHaveCount(0);
  await expect(rows.and(page.locator('[data-past="false"]'))).toHaveCount(0);
  await expect(page.getByTestId('retention-counts').locator('[data-kind="application"]')).toHaveText('Applications: 1 past · 0 within · 2 not started');

  // Judged on the earliest end day (a forwarder screened on 2019-06-01 and never used), nothing is past yet.
  await page.getByTestId('retention-as-of').fill('2024-06-01');
  await expect(page.getByTestId('retention-empty')).toHaveText('No record is past its retention on 2024-06-01.');
  await page.getByTestId('retention-as-of').fill('2026-01-01');
  await expect(license).toBeVisible();

  // A row opens the record, whose page carries the same date and citation.
  await rows.and(page.locator('[data-kind="application"]')).getByTestId('retention-open').click();
  await expect(page.getByTestId('nav-applications')).toHaveAttribute('aria-current', 'page');
  const line = page.getByTestId('application-detail').getByTestId('retention-line');
  await expect(line).toHaveAttribute('data-status', 'past');
  await expect(line).toContainText('Retain until 2024-06-26 (15 CFR 762.6)');
  await expect(line).toContainText('five years after license DEMO-D000014 expires on 2019-06-26');
  await expect(line).toContainText('nothing is deleted automatically');
});

old('a party on an open application shows that its retention has not started', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'parties');
  await page.getByText('Rheinblick Systemhaus GmbH').first().click();
  const line = page.getByTestId('party-detail').getByTestId('retention-line');
  await expect(line).toHaveAttribute('data-status', 'not-started');
  await expect(line).toContainText('Retention not started (15 CFR 762.6) — application DEMO-2026-002 is submitted: the transaction is open');
});
