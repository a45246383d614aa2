import path from 'node:path';
import { expect, test } from './fixtures';
import { FIXTURES, SMALL_V1, importFile, openApp } from './helpers';
import { coreCall } from './screening-helpers';

test('Ctrl+K finds an entry and opens it in Control lists', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await importFile(page, SMALL_V1);

  // Start from another area: the palette must bring the user to the entry.
  await page.getByTestId('nav-parties').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('quick-search')).toBeVisible();
  await page.getByTestId('quick-search-input').fill('4D004');
  await expect(page.locator('[data-testid="quick-search-hit"][data-code="4D004"]')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('quick-search')).toHaveCount(0);
  await expect(page.getByTestId('control-lists-page')).toBeVisible();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '4D004');
  await expect(page.getByTestId('entry-reasons')).toHaveText(/NS\s*AT/);

  // Inline code links in the text open the entry they name.
  await page.getByTestId('entry-related').locator('[data-testid="inline-code-link"][data-code="4A005"]').click();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '4A005');

  // Words work too, and Escape closes the palette.
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-search-input').fill('cryptanalytic');
  await expect(page.locator('[data-testid="quick-search-hit"][data-code="5A004"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quick-search')).toHaveCount(0);
});

test('Ctrl+K finds a party by name and opens its record', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  const { party } = await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' });
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-search-input').fill('nordlicht');
  await expect(page.locator('[data-testid="quick-search-hit"][data-area="parties"]')).toContainText('Nordlicht Photonics GmbH');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('party-detail')).toHaveAttribute('data-party-id', String(party.id));
});

test('Ctrl+K finds applications, licenses, packages and screening records, grouped by kind, and opens each', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await openApp(page, appUrl, 'home');
  // Setup outside the palette under test, through the bridge as the UI calls it.
  const DET = path.join(FIXTURES, 'determination');
  await coreCall(page, 'controls.import', { source: { path: path.join(DET, 'ccl-mini.json') } });
  await coreCall(page, 'destinations.import', { source: { path: path.join(DET, 'chart-mini.json') } });
  await coreCall(page, 'destinations.import', { source: { path: path.join(DET, 'groups-mini.json') } });
  await coreCall(page, 'lists.import', { source: { path: path.join(FIXTURES, 'screening-lists/watch-list.csv') } });
  // Screened when created: no Screen now needed.
  const party = async (legalName: string) => (await coreCall<{ party: { id: number } }>(page, 'parties.create', { legalName, kind: 'commercial', country: 'DE' })).party.id;
  const endUser = await party('Nordlicht Photonics GmbH');
  const consignee = await party('Hafen Logistik AG');
  await coreCall(page, 'parties.attachDocument', { partyId: endUser, docType: 'end-user-statement', source: { path: path.join(FIXTURES, 'parties/end-user-statement.pdf') } });
  const { item } = await coreCall<{ item: { id: number } }>(page, 'items.create', { name: 'SecureLink VPN Gateway', modelNumber: 'SEC-1', itemType: 'commodity' });
  await coreCall(page, 'classifications.save', { itemId: item.id, jurisdiction: 'us-ear', kind: 'entry', entryCode: '5A002', paragraphCode: '5A002.a', rationale: 'Designed to use cryptography for data confidentiality', status: 'final' });
  const { application } = await coreCall<{ application: { id: number } }>(page, 'applications.create', {
    reference: 'EXP-QS-42',
    applicant: 'Acme Security Inc., 1 Main St, Boston MA, US',
    destination: 'DE',
    endUse: 'Encrypting site-to-site links of a research network',
  });
  await coreCall(page, 'applications.addParty', { id: application.id, partyId: endUser, role: 'end-user' });
  await coreCall(page, 'applications.addParty', { id: application.id, partyId: consignee, role: 'ultimate-consignee' });
  await coreCall(page, 'applications.addItem', { id: application.id, itemId: item.id, quantity: 10, unit: 'units', unitPrice: '1250.00' });
  await coreCall(page, 'applications.setStatus', { id: application.id, status: 'ready' });
  await coreCall(page, 'applications.setStatus', { id: application.id, status: 'submitted', externalNumber: 'Z7654321', date: '2026-03-01' });
  await coreCall(page, 'applications.setStatus', { id: application.id, status: 'approved', date: '2026-03-05' });
  const { license } = await coreCall<{ license: { id: number } }>(page, 'licenses.issue', { applicationId: application.id, number: 'D998877', validFrom: '2026-03-05', validTo: '2030-03-04' });
  const pkg = (await coreCall<{ package: { id: number } }>(page, 'packages.generate', { kind: 'application', applicationId: application.id })).package;

  const palette = page.getByTestId('quick-search');
  const search = async (query: string) => {
    // Ctrl+K toggles: pressed only while the palette is closed.
    if (!(await palette.isVisible())) await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible();
    await page.getByTestId('quick-search-input').fill(query);
  };
  const hit = (area: string) => palette.locator(`[data-testid="quick-search-hit"][data-area="${area}"]`);

  // The reference names the application and its package, each under its own heading.
  await search('EXP-QS-42');
  await expect(palette.getByTestId('quick-search-group')).toHaveText(['Applications', 'Packages']);
  await expect(hit('applications')).toContainText('Z7654321');
  await hit('applications').click();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-id', String(application.id));

  // The number BIS gave it finds it too; the package opens in Packages.
  await search('Z7654321');
  await expect(hit('applications')).toHaveCount(1);
  await search('EXP-QS-42');
  await hit('packages').click();
  await expect(page.getByTestId('package-detail')).toHaveAttribute('data-id', String(pkg.id));

  await search('D998877');
  await expect(palette.getByTestId('quick-search-group')).toHaveText(['Licenses']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('license-detail')).toHaveAttribute('data-id', String(license.id));

  // A party's name: the party first, then its screening record, which opens as evidence.
  await search('Hafen Logistik');
  await expect(palette.getByTestId('quick-search-group')).toHaveText(['Parties', 'Screening records']);
  await expect(hit('screening')).toContainText(/Screening #\d+ · party/);
  await hit('screening').first().click();
  await expect(page.getByTestId('screening-page')).toBeVisible();
  await expect(page.getByTestId('screening-record-subject')).toHaveText('Hafen Logistik AG');
});
