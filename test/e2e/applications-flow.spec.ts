import path from 'node:path';
import { expect, test } from './fixtures';
import { FIXTURES, openApp } from './helpers';
import { coreCall } from './screening-helpers';

const DET = path.join(FIXTURES, 'determination');

function isoDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

test('an application built from parties and items goes green, is filed, approved, licensed and shipped until exhausted', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await openApp(page, appUrl);

  // Setup outside the areas under test, through the bridge as the UI calls it.
  await coreCall(page, 'controls.import', { source: { path: path.join(DET, 'ccl-mini.json') } });
  await coreCall(page, 'destinations.import', { source: { path: path.join(DET, 'chart-mini.json') } });
  await coreCall(page, 'destinations.import', { source: { path: path.join(DET, 'groups-mini.json') } });
  await coreCall(page, 'lists.import', { source: { path: path.join(FIXTURES, 'screening-lists/watch-list.csv') } });
  const party = async (legalName: string) => {
    const { party } = await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName, kind: 'commercial', country: 'DE' });
    await coreCall(page, 'screening.party', { partyId: party.id });
    return party.id;
  };
  const endUser = await party('Nordlicht Photonics GmbH');
  const consignee = await party('Hafen Logistik AG');
  const purchaser = await party('Berliner Handel KG');
  await coreCall(page, 'parties.attachDocument', { partyId: endUser, docType: 'end-user-statement', source: { path: path.join(FIXTURES, 'parties/end-user-statement.pdf') } });
  const { item } = await coreCall<{ item: { id: number } }>(page, 'items.create', { name: 'SecureLink VPN Gateway', modelNumber: 'SEC-1', manufacturer: 'Nordlicht Networks', itemType: 'commodity' });
  await coreCall(page, 'classifications.save', {
    itemId: item.id,
    jurisdiction: 'us-ear',
    kind: 'entry',
    entryCode: '5A002',
    paragraphCode: '5A002.a',
    rationale: 'Designed to use cryptography for data confidentiality',
    status: 'final',
  });

  // A draft, without an end use yet.
  await page.getByTestId('nav-applications').click();
  await expect(page.getByTestId('applications-page')).toBeVisible();
  await expect(page.getByTestId('applications-empty')).toBeVisible();
  await page.getByTestId('new-application').click();
  await page.getByTestId('app-create-reference').fill('EXP-E2E-1');
  await page.getByTestId('app-create-destination').selectOption('DE');
  await page.getByTestId('app-create-applicant').fill('Acme Security Inc., 1 Main St, Boston MA, US');
  await page.getByTestId('app-create-submit').click();

  const detail = page.getByTestId('application-detail');
  await expect(detail).toHaveAttribute('data-status', 'draft');
  const checklist = page.getByTestId('checklist');
  await expect(checklist).toHaveAttribute('data-ready', 'false');
  await expect(checklist.locator('[data-rule="end-user"][data-ok="false"]')).toBeVisible();

  // A failing rule links to where it is fixed: the end use field.
  const endUseCheck = checklist.locator('[data-testid="check"][data-rule="required-blocks"][data-ok="false"]').filter({ hasText: 'Block 21' });
  await expect(endUseCheck).toBeVisible();
  await endUseCheck.getByTestId('check-fix').click();
  await expect(page.getByTestId('app-end-use')).toBeFocused();
  await page.getByTestId('app-end-use').fill('Encrypting site-to-site links of a research network');
  await page.getByTestId('app-save-end-use').click();
  await expect(checklist.locator('[data-testid="check"][data-ok="false"]').filter({ hasText: 'Block 21' })).toHaveCount(0);

  // Parties by role, from the party records.
  const addParty = async (id: number, role: string) => {
    await page.getByTestId('app-party-select').selectOption(String(id));
    await page.getByTestId('app-party-role').selectOption(role);
    await page.getByTestId('app-party-add').click();
    await expect(page.locator(`[data-testid="app-party"][data-party-id="${id}"][data-role="${role}"]`)).toBeVisible();
  };
  await addParty(purchaser, 'purchaser');
  await addParty(consignee, 'ultimate-consignee');
  await addParty(endUser, 'end-user');
  await expect(checklist.locator('[data-rule="end-user"]')).toHaveAttribute('data-ok', 'true');

  // The item line, from the item record, with its classification and determination.
  await page.getByTestId('app-item-select').selectOption(String(item.id));
  await page.getByTestId('app-item-quantity').fill('10');
  await page.getByTestId('app-item-unit').fill('units');
  await page.getByTestId('app-item-unit-price').fill('1250.00');
  await page.getByTestId('app-item-add').click();
  const line = page.getByTestId('app-line');
  await expect(line).toHaveCount(1);
  await expect(line.getByTestId('app-line-eccn')).toContainText('5A002');
  await expect(line.getByTestId('app-line-total-view')).toContainText('12500.00');
  await expect(line.getByTestId('app-line-determination')).toHaveAttribute('data-outcome', 'license-required');

  // Green.
  await expect(checklist).toHaveAttribute('data-ready', 'true');
  await expect(checklist.locator('[data-testid="check"][data-ok="false"]')).toHaveCount(0);
  await expect(page.getByTestId('checklist-summary')).toContainText('Every check passes');

  // Ready, submitted with its number and date, read-only.
  await page.getByTestId('app-mark-ready').click();
  await expect(detail).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('app-submit').click();
  await page.getByTestId('app-submit-number').fill('Z1234567');
  await page.getByTestId('app-submit-date').fill(isoDay(0));
  await page.getByTestId('app-dialog-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('app-external-number')).toHaveText('Z1234567');
  await expect(detail).toHaveAttribute('data-editable', 'false');
  await expect(page.getByTestId('app-read-only')).toContainText('read-only');
  await expect(page.getByTestId('app-item-picker')).toHaveCount(0);
  await expect(page.getByTestId('app-party-picker')).toHaveCount(0);

  // A request for information with its due date.
  await page.getByTestId('app-request-text').fill('Describe the network the gateways will protect.');
  await page.getByTestId('app-request-due').fill(isoDay(10));
  await page.getByTestId('app-request-add').click();
  await expect(page.getByTestId('app-request')).toHaveAttribute('data-answered', 'false');
  await page.getByTestId('app-request-answer').fill('A university research network, 12 sites.');
  await page.getByTestId('app-request-answer-save').click();
  await expect(page.getByTestId('app-request')).toHaveAttribute('data-answered', 'true');

  // Approved.
  await page.getByTestId('app-record-decision').click();
  await page.getByTestId('app-decision').selectOption('approved');
  await page.getByTestId('app-dialog-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'approved');

  // The license, valid for 20 days: it shows in the 30-day expiry group.
  await page.getByTestId('app-issue-license').click();
  await expect(page.getByTestId('licenses-page')).toBeVisible();
  await expect(page.getByTestId('license-issue-application')).toHaveValue(/\d+/);
  await page.getByTestId('license-issue-number').fill('D123456');
  await page.getByTestId('license-issue-from').fill(isoDay(0));
  await page.getByTestId('license-issue-to').fill(isoDay(20));
  await expect(page.getByTestId('license-issue-quantity')).toHaveValue('10');
  await page.getByTestId('license-issue-submit').click();
  const lic = page.getByTestId('license-detail');
  await expect(lic).toHaveAttribute('data-status', 'issued');
  await expect(page.getByTestId('license-number')).toHaveText('D123456');
  await expect(page.locator('[data-testid="expiring-group"][data-window="30"]').getByTestId('expiring-license')).toContainText('D123456');

  const ship = async (quantity: string, value: string) => {
    await page.getByTestId('shipment-date').fill(isoDay(0));
    await page.getByTestId('shipment-line').selectOption('1');
    await page.getByTestId('shipment-quantity').fill(quantity);
    await page.getByTestId('shipment-value').fill(value);
    await page.getByTestId('shipment-consignee').selectOption(String(consignee));
    await page.getByTestId('shipment-submit').click();
  };

  await ship('6', '7500');
  await expect(page.getByTestId('shipment-result')).toContainText('Recorded shipment');
  await expect(page.getByTestId('license-item-remaining')).toContainText('4');
  await expect(page.getByTestId('shipment-row')).toHaveCount(1);

  // Over the balance: refused with the reason, nothing recorded.
  await ship('5', '6250');
  const refused = page.getByTestId('shipment-error');
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(/remain|balance|exceed|more than/i);
  await expect(page.getByTestId('shipment-row')).toHaveCount(1);

  // The rest: exhausted, by itself.
  await ship('4', '5000');
  await expect(page.getByTestId('shipment-row')).toHaveCount(2);
  await expect(lic).toHaveAttribute('data-status', 'exhausted');
  await expect(page.getByTestId('license-status').first()).toHaveText(/Exhausted/);
  await expect(page.locator('[data-testid="license-row"][data-status="exhausted"]')).toHaveCount(1);

  // Any further shipment is refused too.
  await ship('1', '1');
  await expect(refused).toBeVisible();
  await expect(page.getByTestId('shipment-row')).toHaveCount(2);
});
