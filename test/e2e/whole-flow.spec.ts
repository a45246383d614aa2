/**
 * The whole flow in the window alone, as a new user does it, from an empty workspace: no CLI call
 * and no core call from the test. The real CCL, Country Chart, Country Groups and OFAC SDN list
 * from ../shared/data; parties screened by themselves when they are created; an item classified
 * through the encryption questionnaire; an application until its checklist is green, filed,
 * approved and licensed; a shipment; the filing package generated and downloaded; a backup made,
 * checked, restored into a new folder and opened.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REAL_CCL, SHARED_DATA, expect, requireSharedData, test } from './fixtures';
import { gatewayAnswers, runEncryptionQuestionnaire } from './encryption-questionnaire';
import { FIXTURES, openApp } from './helpers';

const CHART = path.join(SHARED_DATA, 'control-lists/us-country-chart-2026-07-23.json');
const GROUPS = path.join(SHARED_DATA, 'control-lists/us-country-groups-2026-07-23.json');
const SDN = path.join(SHARED_DATA, 'screening/ofac-sdn-2024-05-03.csv');
const STATEMENT = path.join(FIXTURES, 'parties/end-user-statement.pdf');

function isoDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Import page: pick the file, see what it is recognised as, import it and wait for the result. */
async function importAny(page: Page, file: string, kind: string): Promise<void> {
  await page.getByTestId('nav-imports').click();
  await page.getByTestId('import-any-file').setInputFiles(file);
  await expect(page.getByTestId('import-any-detected')).toHaveAttribute('data-kind', kind, { timeout: 60_000 });
  await page.getByTestId('import-any-submit').click();
  await expect(page.getByTestId('import-any-result')).toHaveAttribute('data-kind', kind, { timeout: 180_000 });
}

/** A party through its form; it is screened by itself against the current lists. */
async function createParty(page: Page, name: string, country: string): Promise<number> {
  await page.getByTestId('nav-parties').click();
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill(name);
  await page.getByTestId('party-kind').selectOption('commercial');
  await page.getByTestId('party-country').selectOption(country);
  await page.getByTestId('party-save').click();
  const detail = page.getByTestId('party-detail');
  await expect(page.getByTestId('party-title')).toHaveText(name);
  await expect(detail.getByTestId('screening-badge')).toHaveAttribute('data-state', 'clear', { timeout: 60_000 });
  return Number(await detail.getAttribute('data-party-id'));
}

test('a new user does the whole flow in the window: lists, parties, item, application, license, shipment, package, backup and restore', async ({ page, appUrl, workspace }) => {
  for (const f of [REAL_CCL, CHART, GROUPS, SDN]) requireSharedData(f);
  test.setTimeout(900_000);
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'exportdesk-e2e-flow-'));
  try {
    await openApp(page, appUrl, 'home');
    await expect(page.getByTestId('dash-first-run')).toBeVisible();

    // The lists, each through the one import entry point.
    await importAny(page, REAL_CCL, 'control-list');
    await importAny(page, CHART, 'destinations');
    await importAny(page, GROUPS, 'destinations');
    await importAny(page, SDN, 'screening-list');

    // Parties, screened as they are saved; the end user's statement attached.
    const endUser = await createParty(page, 'Fjordvik Research Institute AS', 'NO');
    const consignee = await createParty(page, 'Havbris Freight AS', 'NO');
    const purchaser = await createParty(page, 'Kystlinje Data AS', 'NO');
    await page.getByTestId('party-row').filter({ hasText: 'Fjordvik Research Institute AS' }).click();
    await page.getByTestId('party-tab-documents').click();
    await page.getByTestId('document-type').selectOption('end-user-statement');
    await page.getByTestId('document-file').setInputFiles(STATEMENT);
    await page.getByTestId('document-attach').click();
    await expect(page.getByTestId('document-notice')).toContainText('Attached end-user-statement.pdf');

    // The item, classified through the questionnaire against the real CCL.
    await page.getByTestId('nav-items').click();
    await page.getByTestId('new-item').click();
    await page.getByTestId('item-name').fill('Borealis Site Gateway');
    await page.getByTestId('item-model').fill('BSG-40');
    await page.getByTestId('item-manufacturer').fill('Acme Security Inc.');
    await page.getByTestId('item-save').click();
    await expect(page.getByTestId('item-title')).toHaveText('Borealis Site Gateway');
    // A gateway that is not mass market: 5A002.a.
    await runEncryptionQuestionnaire(page, gatewayAnswers('no'));
    const us = page.locator('[data-testid="candidate"][data-jurisdiction="us-ear"]');
    await expect(us).toHaveAttribute('data-label', /^5A002\.a/);
    await expect(us.getByTestId('quote-source')).toContainText('eCFR 2026-07-23');
    await us.getByTestId('candidate-item-type').selectOption('router');
    await page.getByTestId('classify-status').selectOption('final');
    await page.getByTestId('classify-save').click();
    await expect(page.getByTestId('item-detail').getByTestId('item-badge-us')).toContainText('5A002.a');

    // The application, until its checklist is green.
    await page.getByTestId('nav-applications').click();
    await page.getByTestId('new-application').click();
    await page.getByTestId('app-create-reference').fill('EXP-FLOW-1');
    await page.getByTestId('app-create-destination').selectOption('NO');
    await page.getByTestId('app-create-applicant').fill('Acme Security Inc., 1 Main St, Boston MA 02110, US');
    await page.getByTestId('app-create-submit').click();
    const detail = page.getByTestId('application-detail');
    await expect(detail).toHaveAttribute('data-status', 'draft');
    const checklist = page.getByTestId('checklist');
    await expect(checklist).toHaveAttribute('data-ready', 'false');
    await page.getByTestId('app-end-use').fill('Encrypting links between the research stations of a university network');
    await page.getByTestId('app-save-end-use').click();
    for (const [id, role] of [
      [purchaser, 'purchaser'],
      [consignee, 'ultimate-consignee'],
      [endUser, 'end-user'],
    ] as const) {
      await page.getByTestId('app-party-select').selectOption(String(id));
      await page.getByTestId('app-party-role').selectOption(role);
      await page.getByTestId('app-party-add').click();
      await expect(page.locator(`[data-testid="app-party"][data-party-id="${id}"][data-role="${role}"]`)).toBeVisible();
    }
    await page.getByTestId('app-item-select').selectOption({ index: 1 });
    await page.getByTestId('app-item-quantity').fill('4');
    await page.getByTestId('app-item-unit').fill('units');
    await page.getByTestId('app-item-unit-price').fill('9800.00');
    await page.getByTestId('app-item-add').click();
    const line = page.getByTestId('app-line');
    await expect(line).toHaveCount(1);
    // 5A002.a to Norway: EI controls it to every destination but Canada (§ 742.15(a)(1)).
    await expect(line.getByTestId('app-line-determination')).toHaveAttribute('data-outcome', 'license-required');
    await expect(checklist).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('checklist-summary')).toContainText('Every check passes');

    // Filed, approved, licensed.
    await page.getByTestId('app-mark-ready').click();
    await expect(detail).toHaveAttribute('data-status', 'ready');
    await page.getByTestId('app-submit').click();
    await page.getByTestId('app-submit-number').fill('Z7654321');
    await page.getByTestId('app-submit-date').fill(isoDay(0));
    await page.getByTestId('app-dialog-confirm').click();
    await expect(detail).toHaveAttribute('data-status', 'submitted');
    await page.getByTestId('app-record-decision').click();
    await page.getByTestId('app-decision').selectOption('approved');
    await page.getByTestId('app-dialog-confirm').click();
    await expect(detail).toHaveAttribute('data-status', 'approved');

    // The filing package, generated from the application and downloaded whole.
    await page.getByTestId('app-package').click();
    await expect(page.getByTestId('package-new-kind')).toHaveValue('application');
    await page.getByTestId('package-new-generate').click();
    await expect(page.getByTestId('package-detail')).toContainText('EXP-FLOW-1', { timeout: 120_000 });
    const sha = (await page.getByTestId('package-sha256').textContent())!.trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('package-download').click()]);
    const pdf = path.join(downloads, download.suggestedFilename());
    await download.saveAs(pdf);
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);

    // The license, and a shipment against it.
    await page.getByTestId('nav-applications').click();
    await page.getByTestId('application-row').filter({ hasText: 'EXP-FLOW-1' }).click();
    await page.getByTestId('app-issue-license').click();
    await expect(page.getByTestId('licenses-page')).toBeVisible();
    await page.getByTestId('license-issue-number').fill('D765432');
    await page.getByTestId('license-issue-from').fill(isoDay(0));
    await page.getByTestId('license-issue-to').fill(isoDay(365));
    await page.getByTestId('license-issue-submit').click();
    await expect(page.getByTestId('license-detail')).toHaveAttribute('data-status', 'issued');
    await page.getByTestId('shipment-date').fill(isoDay(0));
    await page.getByTestId('shipment-line').selectOption('1');
    await page.getByTestId('shipment-quantity').fill('2');
    await page.getByTestId('shipment-value').fill('19600');
    await page.getByTestId('shipment-consignee').selectOption(String(consignee));
    await page.getByTestId('shipment-submit').click();
    await expect(page.getByTestId('shipment-result')).toContainText('Recorded shipment');
    await expect(page.getByTestId('license-item-remaining')).toContainText('2');

    // A backup, checked, restored into a new folder and opened: the license is there.
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backup-create').click();
    await expect(page.getByTestId('backup-result')).toContainText('Backed up to', { timeout: 120_000 });
    const row = page.getByTestId('backup-row');
    await expect(row).toHaveCount(1);
    await row.getByTestId('backup-row-check').click();
    await expect(page.getByTestId('backup-check-result')).toHaveAttribute('data-status', 'intact', { timeout: 120_000 });
    await row.getByTestId('backup-row-restore').click();
    const into = path.join(downloads, 'restored');
    await page.getByTestId('restore-into').fill(into);
    await page.getByTestId('restore-run').click();
    await expect(page.getByTestId('switch-notice')).toContainText(`into ${into} and opened it`, { timeout: 120_000 });
    await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('status-workspace')).toContainText(into);
    await page.getByTestId('nav-licenses').click();
    await expect(page.getByTestId('license-row').filter({ hasText: 'D765432' })).toHaveCount(1);
    await page.getByTestId('nav-applications').click();
    await expect(page.getByTestId('application-row').filter({ hasText: 'EXP-FLOW-1' })).toHaveCount(1);
    expect(workspace).not.toBe(into);
  } finally {
    fs.rmSync(downloads, { recursive: true, force: true });
  }
});
