import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, fixture, importFile, ok, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

describe('Ctrl+K quick search', () => {
  it('finds parties and items by name, then control-list entries, each saying what it opens', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const party = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' })).party;
    const item = ok(await ws.core.call('items.create', { name: 'Nordlicht VPN Gateway', modelNumber: 'NVG-2', itemType: 'commodity', originCountry: 'DE' })).item;
    const hits = ok(await ws.core.call('search.quick', { query: 'nordlicht' }));
    expect(hits.map((h) => [h.area, h.target])).toEqual([
      ['parties', { id: party.id }],
      ['items', { id: item.id }],
    ]);
    expect(hits[1]!.subtitle).toContain('NVG-2');
    const entries = ok(await ws.core.call('search.quick', { query: '5A002' }));
    expect(entries[0]).toMatchObject({ area: 'control-lists', target: { code: '5A002' } });
  });
});
