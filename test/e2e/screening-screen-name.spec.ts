import fs from 'node:fs';
import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { SDN_V1, importList, openScreening } from './screening-helpers';

test('imports a list, shows live hits with their explanation while typing, and records the screening', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await expect(page.getByTestId('nav-screening')).toHaveAttribute('data-status', 'ready');
  await importList(page, SDN_V1);

  const row = page.getByTestId('list-snapshot-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-current', 'true');
  await expect(row.getByTestId('list-snapshot-published')).toHaveText('2024-01-05');
  await expect(row.getByTestId('list-snapshot-entries')).toHaveText('3');
  await expect(row.getByTestId('list-snapshot-names')).toHaveText('5');
  await expect(row.getByTestId('list-snapshot-sha')).toHaveAttribute('title', /^SHA-256 [0-9a-f]{64}$/);
  await expect(page.getByTestId('rescreen-summary')).toContainText('no parties to re-screen');

  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screen-name').fill('Ivan Petrov');
  const hit = page.locator('[data-testid="hit"][data-entry-id="7001"]');
  await expect(hit).toBeVisible();
  await expect(page.getByTestId('hit')).toHaveCount(1);
  await expect(hit.getByTestId('hit-entry-name')).toHaveText('PETROV, Ivan');
  await expect(hit.getByTestId('hit-score')).toHaveText('100%');
  await expect(hit.getByTestId('hit-list')).toHaveText('OFAC Specially Designated Nationals (SDN) · 2024-01-05');
  await expect(hit).toContainText('RUSSIA-EO14024');
  await expect(hit.getByTestId('hit-pair')).toHaveText(['IVAN = IVAN (exact)', 'PETROV = PETROV (exact)']);
  await expect(hit.getByTestId('explain-coverage')).toContainText('100% of the name screened is found in the listed name');
  await expect(page.getByTestId('evidence-note')).toContainText('evidence, not a clearance');
  await expect(page.getByTestId('evidence-note')).toContainText('50 percent rule');

  // The listed entry in full, on demand.
  await hit.getByTestId('hit-entry-toggle').click();
  await expect(hit.getByTestId('hit-entry')).toContainText('PETROFF, Ivan');

  // Typing on updates the results; the alias and the unmatched part are named.
  await page.getByTestId('screen-name').fill('Ivan Ivanovich Petroff');
  await expect(hit.getByTestId('hit-matched')).toContainText('Matched the alias “PETROFF, Ivan”');
  await expect(hit.getByTestId('explain-not-in-list')).toContainText('"IVANOVICH" of the name screened is not in the listed name');

  // Nothing so far is recorded: the review queue is empty.
  await expect(page.getByTestId('queue-count')).toHaveCount(0);

  await page.getByTestId('screen-name').fill('Ivan Petrov');
  await expect(hit.getByTestId('hit-matched')).toHaveCount(0);
  await page.getByTestId('screen-record').click();
  const recorded = page.getByTestId('screen-recorded');
  await expect(recorded).toContainText('Recorded “Ivan Petrov” as screening #1');
  await expect(recorded).toContainText('1 hit, now in the review queue');
  await expect(page.getByTestId('queue-count')).toHaveText('1');

  // The record says what was screened, against which list version, by whom and at which threshold.
  await page.getByTestId('screen-open-recorded').click();
  const record = page.getByTestId('screening-record');
  await expect(record.getByTestId('screening-record-subject')).toHaveText('Ivan Petrov');
  await expect(record.getByTestId('screening-record-list')).toContainText(['OFAC Specially Designated Nationals (SDN)2024-01-053']);
  await expect(record.getByTestId('screening-record-threshold')).toHaveText('78%');
  await expect(record.locator('[data-testid="hit"][data-entry-id="7001"]')).toHaveAttribute('data-status', 'open');
  await page.getByTestId('screening-record-back').click();
  await expect(page.getByTestId('screen-name')).toBeVisible();

  // The audit log has the recorded screening.
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'screening.name');
});

test('a name with no hits says so, and a core error is shown in plain words', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await openScreening(page, 'screen');
  await expect(page.getByTestId('screen-no-lists')).toBeVisible();
  await importList(page, SDN_V1);
  await page.getByTestId('screening-tab-screen').click();
  await page.getByTestId('screen-name').fill('Northwind Trading');
  await expect(page.getByTestId('screen-no-hits')).toContainText('No listed name scores 78% or more');
  // Punctuation only: the matcher has nothing to screen, and says so.
  await page.getByTestId('screen-name').fill('*** ---');
  await expect(page.getByTestId('screen-status')).toContainText('no letters or digits');
  await expect(page.getByTestId('screening-page')).toBeVisible();
});

test('a list cut off mid-row is refused, then imported leaving the incomplete row out when asked', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  // A truncated download: the last row stops inside a quoted field.
  const text = fs.readFileSync(SDN_V1, 'utf8');
  const cut = text.slice(0, text.indexOf('DOB 01 Jan'));
  await openScreening(page, 'lists');
  await page.getByTestId('list-import-file').setInputFiles({ name: 'sdn-2024-01-05.csv', mimeType: 'text/csv', buffer: Buffer.from(cut) });
  await page.getByTestId('list-import-submit').click();
  const error = page.getByTestId('list-import-error');
  await expect(error).toContainText('looks truncated');
  await expect(error).not.toContainText('exportdesk lists import');
  await expect(page.getByTestId('list-import-retry')).toBeDisabled();
  await page.getByTestId('list-import-accept-truncated').check();
  await page.getByTestId('list-import-retry').click();
  await expect(page.getByTestId('list-import-result')).toContainText('2 entries');
  await expect(page.getByTestId('list-import-result')).toContainText('left out');
  await expect(page.getByTestId('list-snapshot-note')).toContainText('incomplete and was left out');
});

test('a file of names is screened and recorded row by row, with a results table', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importList(page, SDN_V1);
  await page.getByTestId('screening-tab-screen').click();
  const csv = 'name,id,country,type\nIvan Petrov,C-1,RU,individual\nNorthwind Trading,C-2,DE,entity\nBanco Nacional de Cuba,C-3,Cuba,entity\n';
  await page.getByTestId('batch-file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('batch-submit').click();
  const result = page.getByTestId('batch-result');
  await expect(result).toHaveAttribute('data-rows', '3');
  await expect(result).toHaveAttribute('data-with-hits', '2');
  await expect(page.getByTestId('batch-row')).toHaveCount(2);
  await expect(page.locator('[data-testid="batch-row"][data-row="1"]')).toContainText('PETROV, Ivan');
  await page.getByTestId('batch-only-hits').uncheck();
  await expect(page.getByTestId('batch-row')).toHaveCount(3);
  await expect(page.getByTestId('queue-count')).toHaveText('2');

  // A bad row refuses the whole file, naming the line.
  await page.getByTestId('batch-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name,country\nIvan Petrov,Atlantis\n') });
  await page.getByTestId('batch-submit').click();
  await expect(page.getByTestId('batch-error')).toContainText('line 2');
});
