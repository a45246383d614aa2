import { afterEach, describe, expect, it } from 'vitest';
import { approvedApplication, licensingWorkspace } from './applications-helpers';
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

  it('finds an application by reference and by its external number, its license by number, its package and screening records', async () => {
    const ws = await licensingWorkspace();
    const { app, endUser } = await approvedApplication(ws.core, { reference: 'EXP-2026-QS7' });
    const license = ok(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D765432', validFrom: '2026-03-05', validTo: '2027-03-04' })).license;
    const pkg = ok(await ws.core.call('packages.generate', { kind: 'application', applicationId: app.id })).package;
    const byArea = async (query: string) => {
      const hits = ok(await ws.core.call('search.quick', { query }));
      return hits.map((h) => [h.area, h.target]);
    };

    // The reference names the application and its package (whose reference it is), grouped in that order.
    expect(await byArea('QS7')).toEqual([
      ['applications', { id: app.id }],
      ['packages', { id: pkg.id }],
    ]);
    const [appHit] = ok(await ws.core.call('search.quick', { query: 'exp-2026-qs7' }));
    expect(appHit).toMatchObject({ title: 'EXP-2026-QS7', subtitle: expect.stringContaining('Z1234567') });
    // The number BIS gave it on submission (approvedApplication files it as Z1234567).
    expect(await byArea('Z1234567')).toEqual([['applications', { id: app.id }]]);
    expect(await byArea('D765432')).toEqual([['licenses', { id: license.id }]]);
    const [licenseHit] = ok(await ws.core.call('search.quick', { query: 'd7654' }));
    expect(licenseHit!.subtitle).toContain('EXP-2026-QS7');

    // A party's name finds the party, then its screening records (newest first).
    const screenings = ok(await ws.core.call('screening.history', { partyId: endUser }));
    expect(screenings.length).toBeGreaterThan(0);
    const hits = ok(await ws.core.call('search.quick', { query: 'Nordlicht Photonics' }));
    expect(hits[0]).toMatchObject({ area: 'parties', target: { id: endUser } });
    const screeningHits = hits.filter((h) => h.area === 'screening');
    expect(screeningHits.map((h) => h.target)).toEqual(screenings.slice(0, 5).map((s) => ({ screeningId: s.id })));
    expect(screeningHits[0]!.subtitle).toMatch(new RegExp(`^Screening #${screenings[0]!.id} · party`));
    // A wildcard typed is taken literally: it names no application, license, package or screening.
    const records = ['applications', 'licenses', 'packages', 'screening'];
    expect((await byArea('%')).filter(([area]) => records.includes(area as string))).toEqual([]);
  });

  it('finds an ad-hoc name screening by the name screened', async () => {
    const ws = await licensingWorkspace();
    const record = ok(await ws.core.call('screening.name', { name: 'Karl Blocker' }));
    const hits = ok(await ws.core.call('search.quick', { query: 'blocker' }));
    expect(hits).toEqual([expect.objectContaining({ area: 'screening', title: 'Karl Blocker', target: { screeningId: record.id } })]);
    expect(hits[0]!.subtitle).toContain('name screened');
  });
});
