import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { coreCall } from './screening-helpers';

/** Six changes by two users: Ada names herself and edits a party, then hands over to Grace. */
async function twoUsersLog(page: Page): Promise<void> {
  await coreCall(page, 'settings.update', { userName: 'Ada Officer' });
  const { party } = await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' });
  await coreCall(page, 'parties.update', { id: party.id, notes: 'End use confirmed' });
  await coreCall(page, 'settings.update', { userName: 'Grace Analyst' });
  await coreCall(page, 'parties.create', { legalName: 'Kestrel Avionics Ltd', kind: 'commercial', country: 'GB' });
  await coreCall(page, 'items.create', { name: 'SecureLink VPN Gateway', itemType: 'commodity' });
}

test('the audit log filters by user and action, opens the record, and exports the filtered rows as CSV', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'home');
  await twoUsersLog(page);
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-count')).toHaveText('6 changes');
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'items.create');

  await page.getByTestId('audit-filter-actor').selectOption('Grace Analyst');
  await expect(page.getByTestId('audit-count')).toHaveText('2 changes');
  await page.getByTestId('audit-filter-action').selectOption('parties.');
  await expect(page.getByTestId('audit-count')).toHaveText('1 change');
  const row = page.getByTestId('audit-row');
  await expect(row).toHaveAttribute('data-action', 'parties.create');
  await expect(row).toContainText('Kestrel Avionics Ltd');

  // The row in full, before and after, and a link to the party it was written against.
  await row.click();
  const detail = page.getByTestId('audit-detail');
  await expect(detail).toContainText('Created a party');
  await expect(detail).toContainText('Grace Analyst');
  await expect(detail.getByTestId('audit-diff').locator('tr[data-field="legalName"]')).toContainText('Kestrel Avionics Ltd');

  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(fs.readFileSync(await file.path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.id, r.actor, r.action, r.record_type])).toEqual([['5', 'Grace Analyst', 'parties.create', 'party']]);
  expect(JSON.parse(rows[0]!.after!)).toMatchObject({ legalName: 'Kestrel Avionics Ltd', country: 'GB' });
  expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);

  // A day range with nothing in it says so.
  await page.getByTestId('audit-filters-clear').click();
  await expect(page.getByTestId('audit-count')).toHaveText('7 changes');
  await page.getByTestId('audit-filter-to').fill('2020-01-01');
  await expect(page.getByTestId('audit-count')).toHaveText('0 changes');
  await expect(page.getByTestId('audit-table')).toContainText('No change matches');
  await page.getByTestId('audit-filters-clear').click();

  // The export is itself in the log; the chain still holds.
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'audit.exportCsv');
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Chain intact: all 7 rows are as they were written, none missing.');
  await expect(page.getByTestId('status-audit-chain')).toHaveText('Audit chain verified · 7 rows');

  await page.getByTestId('audit-row').filter({ hasText: 'Nordlicht' }).first().click();
  await page.getByTestId('audit-open-record').click();
  await expect(page.getByTestId('party-title')).toHaveText('Nordlicht Photonics GmbH');
});

test('a workspace whose audit log was edited outside the app warns at start-up, naming the row', async ({ page, appUrl, workspace }) => {
  await openApp(page, appUrl, 'home');
  await twoUsersLog(page);
  await page.reload();
  await expect(page.getByTestId('status-audit-chain')).toHaveText('Audit chain verified · 6 rows');
  await expect(page.getByTestId('audit-chain-warning')).toHaveCount(0);

  // What someone with the sqlite3 tool could do to the file: lift the guard and rewrite who made a change.
  const db = new Database(path.join(workspace, 'exportdesk.sqlite'));
  db.pragma('busy_timeout = 5000');
  db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Mallory' WHERE id = 3;");
  db.close();

  await page.reload();
  const warning = page.getByRole('alert').filter({ has: page.getByTestId('audit-chain-warning-open') });
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('data-row', '3');
  await expect(warning).toContainText('The hash chain breaks at row 3: row 3 was changed after it was written');
  await expect(page.getByTestId('status-audit-chain')).toHaveText('Audit chain broken at row 3');

  // It stays on every page, and leads to the audit log.
  await page.getByTestId('nav-parties').click();
  await expect(warning).toBeVisible();
  await page.getByTestId('audit-chain-warning-open').click();
  await expect(page.getByTestId('audit-page')).toBeVisible();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Chain broken at row 3');
  await expect(page.locator('[data-testid="audit-row"][data-audit-id="3"]')).toContainText('Mallory');
});
