import { expect, test } from './fixtures';
import { openApp } from './helpers';

const AREAS = ['home', 'control-lists', 'items', 'parties', 'screening', 'applications', 'licenses', 'packages', 'audit', 'retention'];
test('the sidebar shows every area and each opens its own page', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'home');
  // Home is the first area and the one the app opens on.
  await expect(page.getByTestId('nav-home')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  for (const id of AREAS) await expect(page.getByTestId(`nav-${id}`)).toBeVisible();

  for (const id of AREAS) {
    await page.getByTestId(`nav-${id}`).click();
    await expect(page.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId(`${id === 'home' ? 'dashboard' : id}-page`)).toBeVisible();
    await expect(page.getByTestId('coming-page')).toHaveCount(0);
  }

  await expect(page.getByTestId('status-workspace')).toContainText('exportdesk-e2e-');
});

test('the user name is editable from the status bar and recorded in the audit log', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await page.getByTestId('status-user').click();
  await page.getByTestId('settings-username').fill('Dana Officer');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toHaveCount(0);
  await expect(page.getByTestId('status-user')).toContainText('Dana Officer');

  await page.getByTestId('nav-audit').click();
  const row = page.getByTestId('audit-row').first();
  await expect(row).toHaveAttribute('data-action', 'settings.update');
  await expect(row).toContainText('Dana Officer');

  // An empty name is refused in plain words, and nothing breaks.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-username').fill('   ');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-error')).toContainText('user name cannot be empty');
});
