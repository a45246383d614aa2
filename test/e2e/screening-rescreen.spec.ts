import { expect, test } from './fixtures';
import { openApp } from './helpers';
import { SDN_V1, SDN_V2, coreCall, importList, openScreening, queueItem } from './screening-helpers';

test('a new list version re-screens every party and says what changed for each', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  // Parties are made in the Parties area; here they are set up through the core directly.
  const create = async (legalName: string, kind: string, country: string) =>
    (await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName, kind, country })).party.id;
  const petrov = await create('Ivan Petrov', 'individual', 'RU');
  const banco = await create('Banco Nacional de Cuba', 'commercial', 'CU');
  const argument = await create('Argument JSC', 'commercial', 'RU');
  await create('Northwind Trading GmbH', 'commercial', 'DE');

  // The first list: every party is screened against it in the background.
  await importList(page, SDN_V1);
  await expect(page.getByTestId('rescreen-summary')).toHaveAttribute('data-screened', '4');

  // Screen the party again by hand, and clear its hit as a false positive.
  await coreCall(page, 'screening.party', { partyId: petrov });
  await page.getByTestId('screening-tab-queue').click();
  const petrovHit = queueItem(page, '7001');
  await expect(petrovHit.getByTestId('queue-subject')).toHaveText('Ivan Petrov');
  await petrovHit.getByTestId('decide-clear').click();
  await petrovHit.getByTestId('decision-reason').fill('Different date of birth (1985).');
  await petrovHit.getByTestId('decision-submit').click();
  await expect(queueItem(page, '7001')).toHaveCount(0);

  // The next week's list: PETROV's entry changed, BANCO NACIONAL DE CUBA removed, ARGUMENT JSC added.
  await importList(page, SDN_V2);
  await expect(page.getByTestId('list-snapshot-row').filter({ hasText: '2024-01-12' })).toHaveAttribute('data-current', 'true');
  const summary = page.getByTestId('rescreen-summary');
  await expect(summary).toHaveAttribute('data-screened', '4');
  await expect(summary).toHaveAttribute('data-changed', '3');
  await expect(summary).toContainText('4 parties re-screened against the current lists; 3 parties have new, delisted or changed hits');

  const party = (id: number) => page.locator(`[data-testid="rescreen-party"][data-party-id="${id}"]`);
  await expect(party(petrov).getByTestId('rescreen-party-name')).toHaveText('Ivan Petrov');
  await expect(party(petrov).getByTestId('rescreen-changed')).toContainText('PETROV, Ivan');
  await expect(party(banco).getByTestId('rescreen-delisted')).toContainText('BANCO NACIONAL DE CUBA');
  await expect(party(argument).getByTestId('rescreen-new')).toContainText('ARGUMENT JSC');
  await expect(page.getByTestId('rescreen-party')).toHaveCount(3);

  // The cleared hit alerts again, because the listed entry changed since it was cleared.
  await page.getByTestId('screening-tab-queue').click();
  const reopened = queueItem(page, '7001');
  await expect(reopened).toHaveAttribute('data-status', 'open');
  await expect(reopened.getByTestId('hit-status-reason')).toContainText('the listed entry has changed since');
  await expect(queueItem(page, '7002').getByTestId('queue-subject')).toHaveText('Argument JSC');

  // The party's re-screening record names the list version it used.
  await openScreening(page, 'lists');
  await party(petrov).getByTestId('rescreen-open').click();
  await expect(page.getByTestId('screening-record-list')).toContainText(['2024-01-12']);

  // The two versions compared entry by entry.
  await page.getByTestId('screening-record-back').click();
  await page.getByTestId('list-diff-compare').click();
  await expect(page.getByTestId('list-diff-count-added')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('list-diff-count-removed')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('list-diff-count-changed')).toHaveAttribute('data-count', '1');
  await page.getByTestId('list-diff-count-changed').click();
  const changed = page.locator('[data-testid="list-diff-entry"][data-entry-id="7001"]');
  await expect(changed.getByTestId('list-diff-fields')).toContainText('aliases');
  await expect(changed.locator('[data-field="aliases"] del')).toHaveText('PETROFF, Ivan');
  await expect(changed.locator('[data-field="aliases"] ins')).toHaveText('PETROFF, Ivan; PETROV, Ivan Ivanovich');
});
