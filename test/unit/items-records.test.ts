import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, cleanupTemp, countRows, failed, fixedClock, ok, openTempWorkspace } from './helpers';
import { createItem } from './classification-helpers';

afterEach(cleanupTemp);

const AT = '2026-07-08T09:10:11.000Z';
const DATASHEET = path.join(REPO_ROOT, 'test/fixtures/items/datasheet.pdf');

describe('items: the catalogue record', () => {
  it('stores name, model, manufacturer, description, type, origin, parameters and notes, and who created it', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Dana Officer' }));
    const { item } = ok(
      await ws.core.call('items.create', {
        name: '  SecureLink VPN Gateway ',
        modelNumber: 'SL-200',
        manufacturer: 'Nordlicht Networks',
        description: 'Site-to-site VPN gateway',
        itemType: 'commodity',
        originCountry: 'de',
        notes: '',
        parameters: [
          { name: 'Key length', value: '256', unit: 'bit' },
          { name: 'Throughput', value: '10', unit: 'Gbit/s' },
          { name: 'Protocols', value: 'IPsec, TLS 1.3' },
        ],
      }),
    );
    expect(item).toEqual({
      id: 1,
      name: 'SecureLink VPN Gateway',
      modelNumber: 'SL-200',
      manufacturer: 'Nordlicht Networks',
      description: 'Site-to-site VPN gateway',
      itemType: 'commodity',
      originCountry: 'DE',
      originCountryName: 'Germany',
      notes: null,
      parameters: [
        { name: 'Key length', value: '256', unit: 'bit' },
        { name: 'Throughput', value: '10', unit: 'Gbit/s' },
        { name: 'Protocols', value: 'IPsec, TLS 1.3', unit: null },
      ],
      ccatsNumber: null,
      encryptionComponent: null,
      nonUsComponents: null,
      nonUsManufacturingLocations: null,
      createdAt: AT,
      createdBy: 'Dana Officer',
      updatedAt: AT,
      us: null,
      eu: null,
      needsReview: false,
      openReviews: 0,
      documentCount: 0,
      // 15 CFR 762.6: nothing has ended for a new item yet.
      retention: { status: 'not-started', reason: 'the item has not been classified nor put on an application yet' },
    });
    expect(ok(await ws.core.call('items.get', { id: item.id }))).toEqual(item);
  });

  it('changes only the fields an update names, and records just those before and after', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core, { parameters: [{ name: 'Key length', value: '128', unit: 'bit' }] });
    const { item: changed } = ok(await ws.core.call('items.update', { id: item.id, parameters: [{ name: 'Key length', value: '256', unit: 'bit' }], notes: 'Upgraded to AES-256' }));
    expect(changed).toMatchObject({ name: item.name, modelNumber: 'SL-200', notes: 'Upgraded to AES-256', parameters: [{ name: 'Key length', value: '256', unit: 'bit' }] });
    const [row] = ok(await ws.core.call('items.history', { itemId: item.id }));
    expect(row).toMatchObject({
      action: 'items.update',
      before: { notes: null, parameters: [{ name: 'Key length', value: '128', unit: 'bit' }] },
      after: { notes: 'Upgraded to AES-256', parameters: [{ name: 'Key length', value: '256', unit: 'bit' }] },
    });
    expect(failed(await ws.core.call('items.update', { id: item.id, notes: 'Upgraded to AES-256' }))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Nothing to change') });
  });

  const BAD: [string, Record<string, unknown>, string, RegExp][] = [
    ['an empty name', { name: '   ' }, 'name', /the item name cannot be empty/],
    ['a name of punctuation only', { name: '---' }, 'name', /letters or digits/],
    ['an unknown country code', { originCountry: 'XY' }, 'originCountry', /"XY" is not an ISO 3166 country code/],
    ['an item type that is not one', { itemType: 'gadget' }, 'itemType', /commodity, software, technology/],
    ['a parameter without a value', { parameters: [{ name: 'Key length', value: ' ' }] }, 'parameters[0].value', /parameter value cannot be empty/],
    ['a parameter named twice', { parameters: [{ name: 'Range', value: '1' }, { name: 'range', value: '2' }] }, 'parameters', /named twice/],
  ];
  for (const [what, change, field, message] of BAD) {
    it(`refuses ${what}, naming the field, and writes nothing`, async () => {
      const ws = openTempWorkspace();
      const before = countRows(ws.db);
      const e = failed(await ws.core.call('items.create', { name: 'Gateway', itemType: 'commodity', ...change } as never));
      expect(e).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(e.message).toMatch(message);
      expect(countRows(ws.db)).toEqual(before);
    });
  }

  it('refuses the same item twice (name, model and manufacturer alike, whatever the case and punctuation), but not another model', async () => {
    const ws = openTempWorkspace();
    const item = await createItem(ws.core);
    const e = failed(await ws.core.call('items.create', { name: 'securelink vpn-gateway', modelNumber: 'sl 200', manufacturer: 'NORDLICHT NETWORKS', itemType: 'software' }));
    expect(e).toMatchObject({ code: 'DUPLICATE', field: 'name' });
    expect(e.message).toContain(`Item #${item.id} SecureLink VPN Gateway`);
    ok(await ws.core.call('items.create', { name: 'SecureLink VPN Gateway', modelNumber: 'SL-300', manufacturer: 'Nordlicht Networks', itemType: 'commodity' }));
    const other = await createItem(ws.core, { modelNumber: 'SL-400' });
    expect(failed(await ws.core.call('items.update', { id: other.id, modelNumber: 'SL-200' })).code).toBe('DUPLICATE');
  });

  it('says which item does not exist', async () => {
    const ws = openTempWorkspace();
    expect(failed(await ws.core.call('items.get', { id: 42 }))).toMatchObject({ code: 'NOT_FOUND', message: 'There is no item #42 in this workspace' });
  });
});

describe('items: datasheets and history', () => {
  it('stores a datasheet with the documents store under its SHA-256 and lists it on the item', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    const bytes = fs.readFileSync(DATASHEET);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const { document } = ok(await ws.core.call('items.attachDocument', { itemId: item.id, source: { path: DATASHEET }, note: 'Rev. B' }));
    expect(document).toMatchObject({ ownerType: 'item', ownerId: item.id, docType: 'datasheet', originalName: 'datasheet.pdf', mime: 'application/pdf', sha256: sha, note: 'Rev. B' });
    expect(fs.readFileSync(path.join(ws.dir, 'attachments', sha))).toEqual(bytes);
    expect(ok(await ws.core.call('items.documents', { itemId: item.id })).map((d) => d.id)).toEqual([document.id]);
    expect(ok(await ws.core.call('items.get', { id: item.id })).documentCount).toBe(1);
    const read = ok(await ws.core.call('documents.read', { documentId: document.id }));
    expect(Buffer.from(read.base64, 'base64')).toEqual(bytes);
    expect(failed(await ws.core.call('items.attachDocument', { itemId: item.id, source: { path: DATASHEET } })).code).toBe('DUPLICATE');
    const bad = failed(await ws.core.call('items.attachDocument', { itemId: item.id, source: { name: 'tool.exe', base64: Buffer.from('MZ').toString('base64') } }));
    expect(bad.message).toContain('.exe files are not accepted');
  });

  it('keeps the history of an item from the audit log, newest first', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    ok(await ws.core.call('items.update', { id: item.id, description: 'Now with TLS 1.3' }));
    ok(await ws.core.call('items.attachDocument', { itemId: item.id, source: { path: DATASHEET } }));
    const rows = ok(await ws.core.call('items.history', { itemId: item.id }));
    expect(rows.map((r) => r.action)).toEqual(['items.attachDocument', 'items.update', 'items.create']);
    expect(rows.every((r) => r.recordType === 'item' && r.recordId === String(item.id))).toBe(true);
    expect(rows[2]!.after).toMatchObject({ name: 'SecureLink VPN Gateway', itemType: 'commodity' });
  });
});
