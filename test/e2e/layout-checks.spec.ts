import { expect, test } from '@playwright/test';
import { layoutProblems } from './layout-checks';

/**
 * The layout check itself, on small pages built for it: each fault the app had (a title one letter
 * per line, a word split, a table wider than its card, a squeezed select, a native button) is
 * found, and what the app does on purpose (an ellipsis, a table that scrolls in its frame) is not.
 */
const page400 = (body: string) => `<!doctype html><html><head><style>
  body { margin: 0; font: 13px sans-serif; width: 400px; }
  .button { border: 1px solid #ccc; background: #fff; }
</style></head><body>${body}</body></html>`;

const cases: { name: string; html: string; kinds: string[] }[] = [
  { name: 'a title in a box squeezed to nothing', html: '<div style="display:flex"><h2 style="min-width:0;width:0;overflow-wrap:anywhere">PacketLens Traffic Analyzer</h2></div>', kinds: ['letter-wrap'] },
  { name: 'a word split at the edge of its box', html: '<h2 style="width:90px;overflow-wrap:anywhere">Blue Meridian Forwarding Ltd</h2>', kinds: ['word-break'] },
  { name: 'a table wider than its card', html: '<section style="width:200px;border:1px solid"><table><tr><td style="white-space:nowrap">Quantity Unit price Total Determination</td></tr></table></section>', kinds: ['overflow'] },
  { name: 'a select too narrow for its value', html: '<select style="width:40px"><option>Permanent</option></select>', kinds: ['squeezed'] },
  { name: 'a button in the browser’s own style', html: '<button type="button">Open demo workspace</button>', kinds: ['unstyled-button'] },
  { name: 'a value cut with an ellipsis, on purpose', html: '<div style="width:120px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">/home/officer/ExportDesk/workspace</div>', kinds: [] },
  { name: 'a wide table in a frame that scrolls', html: '<div class="table-wrap" style="width:200px;overflow-x:auto"><table><tr><td style="white-space:nowrap">Quantity Unit price Total Determination</td></tr></table></div>', kinds: [] },
  { name: 'a long hash broken anywhere', html: '<p style="width:120px;overflow-wrap:anywhere">e7fac2c2b94ebb493a8b62bc4b3a6a7c1266d4985a245b9ba71c6718ccab</p>', kinds: [] },
  { name: 'text that wraps between words', html: '<p style="width:150px">Retain until 2031-12-04 (15 CFR 762.6), five years after the latest screening.</p>', kinds: [] },
  { name: 'a styled button and a long select label cut after 160 px', html: '<button class="button">Save</button><select style="width:220px"><option>US Commerce Control List · ILLUSTRATIVE — NOT AUTHORITATIVE</option></select>', kinds: [] },
];

for (const c of cases) {
  test(`layout check: ${c.name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.setContent(page400(c.html));
    const found = await layoutProblems(page);
    expect([...new Set(found.map((p) => p.kind))], JSON.stringify(found, null, 1)).toEqual(c.kinds);
  });
}
