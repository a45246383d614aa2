import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { FIXTURES } from './helpers';

export const SDN_V1 = path.join(FIXTURES, 'screening-lists/sdn-2024-01-05.csv');
export const SDN_V2 = path.join(FIXTURES, 'screening-lists/sdn-2024-01-12.csv');

/** Opens the Screening area on one of its tabs. */
export async function openScreening(page: Page, tab: 'lists' | 'screen' | 'queue' = 'lists'): Promise<void> {
  await page.getByTestId('nav-screening').click();
  await expect(page.getByTestId('screening-page')).toBeVisible();
  await page.getByTestId(`screening-tab-${tab}`).click();
}

/**
 * Imports a list file on the Lists tab and waits for the import and for the re-screening of every
 * party that follows it.
 */
export async function importList(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await openScreening(page, 'lists');
  await page.getByTestId('list-import-file').setInputFiles(file);
  await page.getByTestId('list-import-submit').click();
  await expect(page.getByTestId('list-import-result')).toContainText('Imported');
  await expect(page.getByTestId('rescreen')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
}

/**
 * Calls the core through the bridge from the page, as the UI does, for the setup a test needs
 * outside the area under test (parties are created in the Parties area).
 */
export async function coreCall<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ({ method, input }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="exportdesk-bridge-token"]')!.content;
      const r = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-exportdesk-token': token },
        body: JSON.stringify(input),
      });
      return (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!res.ok) throw new Error(`${method} failed: ${res.error?.message}`);
  return res.value as T;
}

/** The queue item of a hit on one listed entry. */
export function queueItem(page: Page, entryId: string) {
  return page.getByTestId('queue-item').filter({ has: page.locator(`[data-testid="hit"][data-entry-id="${entryId}"]`) });
}
