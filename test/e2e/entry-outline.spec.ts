import type { Locator, Page } from '@playwright/test';
import { REAL_CCL, expect, requireSharedData, test } from './fixtures';
import { openApp } from './helpers';
import { expectLayoutHolds } from './layout-checks';

/** 5A002 in the real CCL is about 5,000 px of paragraphs: the outline must take the reader to one. */
async function open5A002(page: Page, appUrl: string): Promise<Locator> {
  requireSharedData(REAL_CCL);
  await openApp(page, appUrl);
  await page.getByTestId('import-file').setInputFiles(REAL_CCL);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-result')).toContainText('633 entries', { timeout: 120_000 });
  await page.getByTestId('tab-search').click();
  await page.getByTestId('search-input').fill('5A002');
  await page.getByTestId('search-input').press('Enter');
  await page.locator('[data-testid="search-hit"][data-code="5A002"]').click();
  await expect(page.getByTestId('entry-view')).toHaveAttribute('data-code', '5A002');
  return page.getByTestId('entry-outline');
}

/** Where an element sits in the entry pane's scrolled view: its top, measured from the pane's top. */
async function topInPane(el: Locator): Promise<number> {
  return el.evaluate((node) => {
    const pane = node.closest('.split-detail')!;
    return node.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  });
}

test('in a narrow pane the outline is a bar above 5A002 that opens, jumps to a paragraph and stays in view', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const outline = await open5A002(page, appUrl);
  const entryHeight = await page.getByTestId('entry-view').evaluate((e) => e.getBoundingClientRect().height);
  expect(entryHeight).toBeGreaterThan(3000);

  await page.getByTestId('entry-outline-toggle').click();
  const links = outline.getByTestId('entry-outline-link');
  await expect(links.first()).toBeVisible();
  // The top-level paragraphs, a. to z. included, by their printed labels.
  for (const code of ['5A002.a', '5A002.b', '5A002.z']) await expect(outline.locator(`[data-code="${code}"]`)).toHaveCount(1);
  await expectLayoutHolds(page, 'Control lists, 5A002 with its outline open');

  const z = outline.locator('[data-testid="entry-outline-link"][data-code="5A002.z"]');
  const target = page.locator(`[data-testid="entry-paragraphs"] [data-ordinal="${await z.getAttribute('data-ordinal')}"]`);
  await z.click();
  await expect(target).toHaveAttribute('data-code', '5A002.z');
  await expect(target).toHaveClass(/jumped/);
  await expect(target).toBeInViewport();
  // Just under the sticky bar, not somewhere on the screen by chance.
  const top = await topInPane(target);
  expect(top).toBeGreaterThan(0);
  expect(top).toBeLessThan(120);
  await expect(outline).toBeInViewport();
  expect(await topInPane(outline)).toBeLessThan(5);
  await expect(links.first()).toBeHidden();
});

test('in a wide pane the outline stands beside 5A002 and stays there while the entry scrolls', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1000 });
  const outline = await open5A002(page, appUrl);
  await expect(page.getByTestId('entry-outline-toggle')).toBeHidden();
  const link = outline.locator('[data-testid="entry-outline-link"][data-code="5A002.b"]');
  await expect(link).toBeVisible();

  const target = page.locator(`[data-testid="entry-paragraphs"] [data-ordinal="${await link.getAttribute('data-ordinal')}"]`);
  await link.click();
  await expect(target).toHaveAttribute('data-code', '5A002.b');
  await expect(target).toHaveClass(/jumped/);
  const top = await topInPane(target);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(80);
  // Beside the entry, not above it, and still on screen after the jump.
  const [o, e] = await Promise.all([outline.boundingBox(), page.getByTestId('entry-view').boundingBox()]);
  expect(o!.x).toBeGreaterThan(e!.x + e!.width - 1);
  await expect(outline).toBeInViewport();
  await expectLayoutHolds(page, 'Control lists, 5A002 beside its outline');
});
