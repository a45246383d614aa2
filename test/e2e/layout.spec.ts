import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SMALL_V1, SMALL_V2, importFile, openApp } from './helpers';
import { expectLayoutHolds } from './layout-checks';

/**
 * Every page of the app, with the demo workspace's records in it, at the two smallest window sizes
 * the app supports: nothing may spill out of its card or page, be cut off, or wrap per letter.
 * The data is built through the UI alone: Home's "Open demo workspace", then clicks.
 */
const SIZES = process.env.LAYOUT_SIZES
  ? // LAYOUT_SIZES=1100x720,1440x900 tries other windows.
    process.env.LAYOUT_SIZES.split(',').map((s) => {
      const [width, height] = s.split('x').map(Number);
      return { width: width!, height: height! };
    })
  : [
      { width: 1024, height: 700 },
      { width: 1280, height: 800 },
    ];

async function nav(page: Page, area: string): Promise<void> {
  await page.getByTestId(`nav-${area}`).click();
  await expect(page.getByTestId(`nav-${area}`)).toHaveAttribute('aria-current', 'page');
}

for (const size of SIZES) {
  test(`every page holds at ${size.width} × ${size.height}`, async ({ page, appUrl }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    await openApp(page, appUrl, 'home');
    await expect(page.getByTestId('dash-first-run')).toBeVisible();
    await expectLayoutHolds(page, 'Home, empty workspace');

    await page.getByTestId('dash-open-demo').click();
    await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('dash-applications-figure')).toHaveText('3');
    await expectLayoutHolds(page, 'Home');

    // Import: the page, and a file it has recognised.
    await nav(page, 'imports');
    await expect(page.getByTestId('import-page')).toBeVisible();
    await expectLayoutHolds(page, 'Import');
    await page.getByTestId('import-any-file').setInputFiles(SMALL_V1);
    await expect(page.getByTestId('import-any-detected')).toBeVisible({ timeout: 30_000 });
    await expectLayoutHolds(page, 'Import, a file recognised');

    // Control lists: versions, the chart and groups, search, an entry, browse, compare.
    await nav(page, 'control-lists');
    await expect(page.getByTestId('snapshot-row').first()).toBeVisible();
    await expectLayoutHolds(page, 'Control lists, versions');
    await page.getByTestId('tab-destinations').click();
    await expectLayoutHolds(page, 'Control lists, Country Chart and Groups');
    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-input').fill('encryption');
    await expect(page.getByTestId('search-hit').first()).toBeVisible();
    await expectLayoutHolds(page, 'Control lists, search');
    await page.getByTestId('search-hit').first().click();
    await expect(page.getByTestId('entry-view')).toBeVisible();
    await expect(page.getByTestId('entry-paragraphs')).toBeVisible();
    await expectLayoutHolds(page, 'Control lists, entry');
    await page.getByTestId('tab-browse').click();
    await expect(page.getByTestId('browse-tree')).toBeVisible();
    await page.getByTestId('browse-entry').first().click();
    await expect(page.getByTestId('entry-view')).toBeVisible();
    await expectLayoutHolds(page, 'Control lists, browse');
    await page.getByTestId('tab-diff').click();
    await expectLayoutHolds(page, 'Control lists, compare versions');

    // Items: the list, one item, and the classify flow to its candidates.
    await nav(page, 'items');
    await page.getByTestId('item-row').filter({ hasText: 'PacketLens' }).click();
    await expect(page.getByTestId('item-title')).toHaveText('PacketLens Traffic Analyzer');
    for (const tab of ['details', 'classification', 'documents', 'history']) {
      await page.getByTestId(`item-tab-${tab}`).click();
      await expectLayoutHolds(page, `Items, item detail, ${tab}`);
    }
    await page.getByTestId('item-tab-classification').click();
    await page.getByTestId('start-manual').click();
    await expect(page.getByTestId('manual-classification')).toBeVisible();
    await expectLayoutHolds(page, 'Items, a classification recorded by hand');
    await page.getByTestId('open-encryption-report').click();
    await expect(page.getByTestId('report-dialog')).toBeVisible();
    await expectLayoutHolds(page, 'Items, encryption report dialog');
    await page.getByTestId('report-close').click();
    await page.getByTestId('open-item-import').click();
    await expect(page.getByTestId('item-import')).toBeVisible();
    await expectLayoutHolds(page, 'Items, spreadsheet import dialog');
    await page.getByTestId('item-import-close').click();
    await page.getByTestId('classify-item').click();
    await expect(page.getByTestId('questionnaire-option').first()).toBeVisible();
    await expectLayoutHolds(page, 'Items, classify: pick a questionnaire');
    await page.locator('[data-testid="questionnaire-option"][data-id="encryption"]').click();
    await expect(page.getByTestId('question')).toBeVisible();
    await expectLayoutHolds(page, 'Items, classify: a question');
    for (let i = 0; i < 30 && (await page.getByTestId('candidates').count()) === 0; i++) {
      const q = page.getByTestId('question');
      const before = await q.getAttribute('data-question-id');
      await q.getByTestId('question-option').last().click();
      await expect(page.getByTestId('question').and(page.locator(`[data-question-id="${before}"]`))).toHaveCount(0);
    }
    await expect(page.getByTestId('candidates')).toBeVisible();
    await expectLayoutHolds(page, 'Items, classify: candidates');
    await page.getByTestId('classify-cancel').click();
    await page.getByTestId('new-item').click();
    await expect(page.getByTestId('item-form')).toBeVisible();
    await expectLayoutHolds(page, 'Items, new item form');

    // Parties: the list, a party with an open red flag, the form.
    await nav(page, 'parties');
    await page.getByTestId('party-row').filter({ hasText: 'Blue Meridian' }).click();
    await expect(page.getByTestId('party-title')).toContainText('Blue Meridian');
    for (const tab of ['details', 'kyc', 'screening', 'documents', 'history']) {
      await page.getByTestId(`party-tab-${tab}`).click();
      await expectLayoutHolds(page, `Parties, party detail, ${tab}`);
    }
    await page.getByTestId('edit-party').click();
    await expect(page.getByTestId('party-form')).toBeVisible();
    await expectLayoutHolds(page, 'Parties, edit form');
    await page.getByTestId('new-party').click();
    await expect(page.getByTestId('party-form')).toBeVisible();
    await expectLayoutHolds(page, 'Parties, new party form');
    await page.getByTestId('open-party-import').click();
    await expect(page.getByTestId('party-import')).toBeVisible();
    await expectLayoutHolds(page, 'Parties, spreadsheet import dialog');
    await page.getByTestId('party-import-close').click();

    // Screening: every tab, a recorded screening.
    await nav(page, 'screening');
    await page.getByTestId('screening-tab-lists').click();
    await expect(page.getByTestId('list-snapshot-row').first()).toBeVisible();
    await expectLayoutHolds(page, 'Screening, lists');
    await page.getByTestId('screening-tab-screen').click();
    // A name on the demo watch list, so the record and the queue have hits to show and decide together.
    await page.getByTestId('screen-name').fill('Blackfen Maritime Holdings');
    await expect(page.getByTestId('screen-status')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('screen-hit-count')).toContainText('possible match');
    await expectLayoutHolds(page, 'Screening, screen a name');
    await page.getByTestId('screen-record').click();
    await page.getByTestId('screen-open-recorded').click();
    await expect(page.getByTestId('screening-record')).toBeVisible();
    await expectLayoutHolds(page, 'Screening, a recorded screening');
    await page.getByTestId('screening-tab-queue').click();
    await expect(page.getByTestId('queue-item').first()).toBeVisible();
    await expectLayoutHolds(page, 'Screening, review queue');
    await page.getByTestId('queue-item').first().getByTestId('hit-select').check();
    await page.getByTestId('bulk-decide').click();
    await expect(page.getByTestId('bulk-decision-form')).toBeVisible();
    await expectLayoutHolds(page, 'Screening, review queue, one decision for several hits');

    // Applications: each one, a new one, and a draft with its parties and lines.
    await nav(page, 'applications');
    for (const ref of ['DEMO-2025-014', 'DEMO-2026-002', 'DEMO-2026-003']) {
      await page.getByTestId('application-row').filter({ hasText: ref }).click();
      await expect(page.getByTestId('app-reference').first()).toContainText(ref);
      await expectLayoutHolds(page, `Applications, ${ref}`);
    }
    await page.getByTestId('app-submit').click();
    await expect(page.getByTestId('app-dialog-submit')).toBeVisible();
    await expectLayoutHolds(page, 'Applications, submit dialog');
    await page.getByTestId('application-row').filter({ hasText: 'DEMO-2026-002' }).click();
    await page.getByTestId('app-record-decision').click();
    await expect(page.getByTestId('app-dialog-decision')).toBeVisible();
    await expectLayoutHolds(page, 'Applications, record a decision');
    await page.getByTestId('application-row').filter({ hasText: 'DEMO-2026-003' }).click();
    await expect(page.getByTestId('app-reference').first()).toContainText('DEMO-2026-003');
    await page.getByTestId('app-back-to-draft').click();
    await expect(page.getByTestId('app-mark-ready')).toBeVisible();
    await expect(page.getByTestId('app-line').first()).toBeVisible();
    await expectLayoutHolds(page, 'Applications, a draft');
    await page.getByTestId('app-line-edit').first().click();
    await expect(page.getByTestId('app-line-save')).toBeVisible();
    await expectLayoutHolds(page, 'Applications, a draft, editing a line');
    await page.getByTestId('new-application').click();
    await expect(page.getByTestId('application-form')).toBeVisible();
    await expectLayoutHolds(page, 'Applications, new application');

    // Licenses: the list and the license with its shipments.
    await nav(page, 'licenses');
    await page.getByTestId('license-row').first().click();
    await expect(page.getByTestId('license-detail')).toBeVisible();
    await expectLayoutHolds(page, 'Licenses, license detail');
    await page.getByTestId('new-license').click();
    await expect(page.getByTestId('license-issue-form')).toBeVisible();
    await expectLayoutHolds(page, 'Licenses, issue a license');

    // Packages: build one for the approved application, then its detail and the verify pane.
    await nav(page, 'packages');
    await page.getByTestId('packages-new').click();
    await expect(page.getByTestId('package-new-form')).toBeVisible();
    await expectLayoutHolds(page, 'Packages, new package');
    const chosen = page.getByTestId('package-new-application');
    await chosen.selectOption((await chosen.locator('option', { hasText: 'DEMO-2025-014' }).getAttribute('value'))!);
    await page.getByTestId('package-new-generate').click();
    await expect(page.getByTestId('package-detail')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('package-preview')).toHaveAttribute('data-rendered', 'true', { timeout: 60_000 });
    // Where each part starts, said as such ("Pages 10" read as a page count).
    await expect(page.getByTestId('package-sections')).toContainText(/Cover\s+from page 1/);
    await expect(page.getByTestId('package-documents')).toContainText(/pages? \d+/);
    await expectLayoutHolds(page, 'Packages, package detail');
    await page.getByTestId('packages-verify-open').click();
    await expectLayoutHolds(page, 'Packages, verify');

    // Audit: the log and one row in full.
    await nav(page, 'audit');
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await expectLayoutHolds(page, 'Audit');
    // Each row says what changed in words, not field names; the detail gives it whole.
    const lineRow = page.locator('[data-testid="audit-row"][data-action="applications.addItem"]').first();
    await expect(lineRow).toContainText('Added line 1: SecureLink');
    await expect(page.getByTestId('audit-table')).not.toContainText('lineId');
    await page.locator('[data-testid="audit-row"][data-action="applications.setStatus"]').first().click();
    await expect(page.getByTestId('audit-sentence')).toHaveText(/^Status changed from (draft|ready to file) to (ready to file|draft)\.$/);
    await expectLayoutHolds(page, 'Audit, one row');
    await lineRow.click();
    await expect(page.getByTestId('audit-sentence')).toContainText('Added line 1: SecureLink VPN Gateway, 10 units, at USD 1250.00, total USD 12500.00.');
    await expect(page.getByTestId('audit-diff').locator('tr[data-field="itemId"] th')).toHaveText('item');

    await nav(page, 'retention');
    await page.getByTestId('retention-show').selectOption('all');
    await expect(page.getByTestId('retention-table')).toBeVisible();
    await expect(page.getByTestId('retention-counts').locator('[data-kind="party"]')).toHaveText(/^Parties: /);
    await expectLayoutHolds(page, 'Retention');

    // Backups: the page, then one made now and listed.
    await nav(page, 'backups');
    await expect(page.getByTestId('backups-page')).toBeVisible();
    await expectLayoutHolds(page, 'Backups');
    await page.getByTestId('backup-create').click();
    await expect(page.getByTestId('backup-result')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('backup-row').first()).toBeVisible();
    await expectLayoutHolds(page, 'Backups, after a backup');

    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('settings-dialog')).toBeVisible();
    await expectLayoutHolds(page, 'Settings');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings-dialog')).toHaveCount(0);

    await page.getByTestId('open-quick-search').click();
    await page.getByTestId('quick-search-input').fill('Secure');
    await expect(page.getByTestId('quick-search-hit').first()).toBeVisible();
    await expectLayoutHolds(page, 'Quick search');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('quick-search')).toHaveCount(0);

    // Last, as it makes another list version current: two versions compared word by word.
    await nav(page, 'control-lists');
    await importFile(page, SMALL_V1);
    await importFile(page, SMALL_V2);
    await page.getByTestId('tab-diff').click();
    await page.getByTestId('diff-from').selectOption({ label: (await page.getByTestId('diff-from').locator('option', { hasText: 'eCFR 2026-01-15' }).textContent())! });
    await page.getByTestId('diff-to').selectOption({ label: (await page.getByTestId('diff-to').locator('option', { hasText: 'eCFR 2026-07-23' }).textContent())! });
    await page.getByTestId('diff-compare').click();
    await expect(page.getByTestId('diff-entry').first()).toBeVisible();
    await expectLayoutHolds(page, 'Control lists, two versions compared');
  });
}
