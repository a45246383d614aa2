import path from 'node:path';
import { expect, test } from './fixtures';
import { FIXTURES, openApp } from './helpers';
import { SDN_V1, importList } from './screening-helpers';

/** The row count the status bar's audit line shows ("Audit chain verified · 12 rows"). */
async function auditRows(page: import('@playwright/test').Page): Promise<number> {
  const text = await page.getByTestId('status-audit-chain').innerText();
  const m = /verified · ([\d,]+) rows?/.exec(text);
  if (!m) throw new Error(`the status bar says "${text}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

test('the status bar counts the audit rows of every write, without a reload', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'home');
  const line = page.getByTestId('status-audit-chain');
  await expect(line).toHaveText(/verified · 0 rows/);

  await importList(page, SDN_V1);
  await expect(line).not.toHaveText(/verified · 0 rows/);
  await expect(line).toHaveAttribute('data-state', 'intact');
  const afterFirst = await auditRows(page);
  expect(afterFirst).toBeGreaterThan(0);

  await importList(page, path.join(FIXTURES, 'screening-lists/watch-list.csv'));
  await expect.poll(() => auditRows(page)).toBeGreaterThan(afterFirst);
  const afterSecond = await auditRows(page);

  // A write from another area (a party created in Parties, screened as it is created) is counted too.
  await page.getByTestId('nav-parties').click();
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill('Nordlicht Photonics GmbH');
  await page.getByTestId('party-country').selectOption('DE');
  await page.getByTestId('party-save').click();
  await expect(page.getByTestId('party-title')).toHaveText('Nordlicht Photonics GmbH');
  // The party's row and its screening's row.
  await expect.poll(() => auditRows(page)).toBe(afterSecond + 2);
});
