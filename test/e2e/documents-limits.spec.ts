import zlib from 'node:zlib';
import { expect, test } from './fixtures';
import { openApp } from './helpers';

/** A 1-bit PNG of w×h pixels: a few kilobytes that decode to gigabytes. */
function hugePng(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 1;
  const raw = Buffer.alloc((Math.ceil(w / 8) + 1) * h);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

test('an image of 12,000 × 12,000 pixels is refused when attached, naming its size and the limit', async ({ page, appUrl }) => {
  await openApp(page, appUrl);
  await page.getByTestId('nav-parties').click();
  await expect(page.getByTestId('parties-table')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('new-party').click();
  await page.getByTestId('party-legal-name').fill('Nordlicht Photonics GmbH');
  await page.getByTestId('party-country').selectOption('DE');
  await page.getByTestId('party-save').click();
  await expect(page.getByTestId('party-title')).toHaveText('Nordlicht Photonics GmbH');

  await page.getByTestId('party-tab-documents').click();
  await expect(page.getByText('images up to 25 megapixels')).toBeVisible();
  await page.getByTestId('document-file').setInputFiles({ name: 'register-scan.png', mimeType: 'image/png', buffer: hugePng(12_000, 12_000) });
  await page.getByTestId('document-attach').click();
  await expect(page.getByTestId('document-error')).toContainText(
    'register-scan.png: the image is 12,000 × 12,000 pixels (144 megapixels), over the limit of 25 megapixels for images.',
  );
  await expect(page.getByTestId('document-row')).toHaveCount(0);
});
