import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, expect, test } from './fixtures';
import { openApp } from './helpers';

test('an empty workspace opens on Home, which offers the demo workspace', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'home');
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  const firstRun = page.getByTestId('dash-first-run');
  await expect(firstRun).toContainText('Open the demo workspace');
  await expect(page.getByTestId('dash-demo-start')).toHaveText('npm start -- --demo');
  await expect(page.getByTestId('dash-demo-cli')).toHaveText('exportdesk demo --workspace DIR');
  await expect(page.getByTestId('dash-decisions-text')).toHaveText('no decisions yet');
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
});

test('"Open demo workspace" switches to the demo in its own folder, leaving the empty workspace empty', async ({ page, appUrl, workspace }) => {
  await openApp(page, appUrl, 'home');
  await page.getByTestId('dash-open-demo').click();
  await expect(page.getByTestId('demo-banner')).toContainText('Demo workspace — fictional data, illustrative lists', { timeout: 30_000 });
  await expect(page.getByTestId('dash-first-run')).toHaveCount(0);
  await expect(page.getByTestId('dash-applications-figure')).toHaveText('3');
  await page.getByTestId('nav-parties').click();
  await expect(page.getByTestId('parties-page')).toContainText('Rheinblick Systemhaus GmbH');

  // The real workspace never received a demo record.
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/exportdesk.mjs'), 'parties', 'list', '--workspace', workspace, '--json'], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(out)).toMatchObject({ rows: [], total: 0 });
});

// The same bridge fixture, on a folder that `exportdesk demo` filled before the bridge started.
const demo = test.extend({
  workspace: async ({ workspace }, use) => {
    execFileSync(process.execPath, [path.join(ROOT, 'bin/exportdesk.mjs'), 'demo', '--workspace', workspace], { cwd: ROOT, stdio: 'pipe' });
    await use(workspace);
  },
});

demo('the demo workspace shows its banner and a dashboard with links into the areas', async ({ page, appUrl }) => {
  await openApp(page, appUrl, 'home');
  await expect(page.getByTestId('demo-banner')).toContainText('Demo workspace — fictional data, illustrative lists');
  await expect(page.getByTestId('dash-first-run')).toHaveCount(0);

  await expect(page.getByTestId('dash-applications-figure')).toHaveText('3');
  for (const status of ['ready', 'submitted', 'approved']) {
    await expect(page.getByTestId('dash-status').and(page.locator(`[data-status="${status}"]`))).toContainText('1');
  }
  await expect(page.getByTestId('dash-requests-figure')).toContainText('0 overdue · 1 within 14 days');
  await expect(page.getByTestId('dash-licenses-figure')).toContainText('0 in 7 d · 1 in 30 d · 1 in 60 d');
  await expect(page.getByTestId('dash-licenses')).toContainText('DEMO-D000014');
  await expect(page.getByTestId('dash-screening-figure')).toHaveText('0');
  await expect(page.getByTestId('dash-parties-figure')).toHaveText('1');
  await expect(page.getByTestId('dash-decisions-text')).toHaveText('28 days (1 decision)');
  await expect(page.getByTestId('dash-snapshots')).toContainText('ILLUSTRATIVE — NOT AUTHORITATIVE, not for classification');

  await page.getByTestId('dash-screening-open').click();
  await expect(page.getByTestId('nav-screening')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('screening-tab-queue')).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('nav-home').click();
  await page.getByTestId('dash-rereview-open').click();
  await expect(page.getByTestId('nav-items')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('filter-needs-review')).toBeChecked();

  await page.getByTestId('nav-home').click();
  await page.getByTestId('dash-licenses-open').click();
  await expect(page.getByTestId('nav-licenses')).toHaveAttribute('aria-current', 'page');
});
