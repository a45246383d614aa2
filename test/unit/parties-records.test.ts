import { afterEach, describe, expect, it } from 'vitest';
import { assertPartyUsable, partyScreeningStatus } from '../../electron/core/parties/screening-status';
import { nameSimilarity } from '../../electron/core/parties/similar-names';
import { cleanupTemp, failed, fixedClock, ok, openTempWorkspace } from './helpers';
import { createParty, partyCounts } from './parties-helpers';

afterEach(cleanupTemp);

const AT = '2026-03-04T05:06:07.000Z';

describe('creating a party', () => {
  it('stores every field, folds the country code to upper case and names the country', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Dana Officer' }));
    const party = await createParty(ws.core, {
      legalName: '  Nordlicht Photonics GmbH ',
      country: 'de',
      website: 'nordlicht.example',
      notes: 'Customer since 2019',
      roles: ['end-user', 'purchaser', 'end-user'],
      otherNames: [
        { type: 'trade', name: 'NLP Optics' },
        { type: 'former', name: 'Nordlicht Optik AG' },
      ],
      addresses: [{ type: 'business', street: 'Lindenstraße 12', city: 'Jena', postalCode: '07743', country: 'de' }],
      contacts: [{ name: 'Anna Weber', email: 'a.weber@nordlicht.example', phone: '+49 3641 1234' }],
      identifiers: [
        { type: 'registration', value: 'HRB 123456', label: 'Amtsgericht Jena' },
        { type: 'tax', value: 'DE123456789' },
      ],
    });
    expect(party).toMatchObject({
      legalName: 'Nordlicht Photonics GmbH',
      country: 'DE',
      countryName: 'Germany',
      kind: 'commercial',
      website: 'nordlicht.example',
      roles: ['end-user', 'purchaser'],
      archived: false,
      createdAt: AT,
      createdBy: 'Dana Officer',
      documentCount: 0,
      kyc: { state: 'incomplete', openRedFlags: 0, answered: 0, total: 14, answers: [] },
      screening: { state: 'not-screened', lastScreenedAt: null, openHits: 0, confirmedMatch: false },
    });
    expect(party.otherNames).toEqual([
      { type: 'trade', name: 'NLP Optics' },
      { type: 'former', name: 'Nordlicht Optik AG' },
    ]);
    expect(party.addresses).toEqual([{ type: 'business', street: 'Lindenstraße 12', city: 'Jena', region: null, postalCode: '07743', country: 'DE' }]);
    expect(party.contacts).toEqual([{ name: 'Anna Weber', title: null, email: 'a.weber@nordlicht.example', phone: '+49 3641 1234' }]);
    expect(party.identifiers).toEqual([
      { type: 'registration', value: 'HRB 123456', label: 'Amtsgericht Jena' },
      { type: 'tax', value: 'DE123456789', label: null },
    ]);
    expect(ok(await ws.core.call('parties.get', { id: party.id }))).toEqual(party);
  });

  it('writes one audit row with every field of the new party', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const party = await createParty(ws.core, { otherNames: [{ type: 'other', name: 'Nordlicht' }] });
    const [row] = ok(await ws.core.call('parties.history', { partyId: party.id }));
    expect(row).toMatchObject({ action: 'parties.create', recordType: 'party', recordId: String(party.id), before: null, at: AT });
    expect(row!.after).toEqual({
      legalName: 'Nordlicht Photonics GmbH',
      kind: 'commercial',
      country: 'DE',
      website: null,
      notes: null,
      roles: [],
      otherNames: [{ type: 'other', name: 'Nordlicht' }],
      addresses: [],
      contacts: [],
      identifiers: [],
    });
  });

  // Each bad input is refused with the field at fault and nothing written.
  const BAD: { what: string; input: Record<string, unknown>; field: string; says: string }[] = [
    { what: 'an empty legal name', input: { legalName: '   ' }, field: 'legalName', says: 'the legal name cannot be empty' },
    { what: 'a name of punctuation only', input: { legalName: '---' }, field: 'legalName', says: 'must contain letters or digits' },
    { what: 'an unknown country code', input: { country: 'XX' }, field: 'country', says: '"XX" is not an ISO 3166 country code' },
    { what: 'a country name instead of a code', input: { country: 'Germany' }, field: 'country', says: 'is not an ISO 3166 country code' },
    { what: 'no country', input: { country: '' }, field: 'country', says: 'the country is required' },
    { what: 'an unknown kind', input: { kind: 'reseller' }, field: 'kind', says: 'the kind must be one of government, commercial, academic, individual, other' },
    { what: 'a website that is not a web address', input: { website: 'call us' }, field: 'website', says: 'must be a web address' },
    { what: 'an address in an unknown country', input: { addresses: [{ street: 'Main St 1', country: 'QQ' }] }, field: 'addresses[0].country', says: '"QQ"' },
    { what: 'an address with neither street nor city', input: { addresses: [{ postalCode: '12345', country: 'DE' }] }, field: 'addresses[0].street', says: 'a street or a city' },
    { what: 'an empty other name', input: { otherNames: [{ type: 'trade', name: ' ' }] }, field: 'otherNames[0].name', says: 'an other name cannot be empty' },
    { what: 'a contact e-mail that is not one', input: { contacts: [{ name: 'A', email: 'a-at-b' }] }, field: 'contacts[0].email', says: 'not valid' },
    { what: 'an unknown role', input: { roles: ['reseller'] }, field: 'roles[0]', says: '' },
    { what: 'an identifier without a value', input: { identifiers: [{ type: 'tax', value: '' }] }, field: 'identifiers[0].value', says: 'cannot be empty' },
  ];
  for (const c of BAD) {
    it(`refuses ${c.what}, naming the field, and writes nothing`, async () => {
      const ws = openTempWorkspace();
      const before = partyCounts(ws.db);
      const e = failed(await ws.core.call('parties.create', { legalName: 'Valid Name Ltd', kind: 'commercial', country: 'GB', ...c.input }));
      expect(e).toMatchObject({ code: 'INVALID_INPUT', field: c.field });
      expect(e.message).toContain(c.says);
      expect(partyCounts(ws.db)).toEqual(before);
    });
  }
});

describe('the near-duplicate warning', () => {
  it('refuses a party whose name closely matches one in the same country, naming the existing party', async () => {
    const ws = openTempWorkspace();
    const first = await createParty(ws.core, { legalName: 'ACME Trading GmbH' });
    const before = partyCounts(ws.db);
    for (const legalName of ['Acme Trading', 'ACME TRADING G.m.b.H.', 'Acmee Trading GmbH']) {
      const e = failed(await ws.core.call('parties.create', { legalName, kind: 'commercial', country: 'DE' }));
      expect(e).toMatchObject({ code: 'DUPLICATE', field: 'legalName' });
      expect(e.message).toContain(`#${first.id} ACME Trading GmbH (DE)`);
    }
    expect(partyCounts(ws.db)).toEqual(before);
  });

  it('offers the existing party through parties.findSimilar, with the name that matched and its score', async () => {
    const ws = openTempWorkspace();
    const first = await createParty(ws.core, { legalName: 'Kestrel Freight Forwarding Ltd', country: 'GB', otherNames: [{ type: 'trade', name: 'Kestrel Logistics' }] });
    const similar = ok(await ws.core.call('parties.findSimilar', { legalName: 'Kestrel Logistics Limited', country: 'gb' }));
    expect(similar).toEqual([{ id: first.id, legalName: 'Kestrel Freight Forwarding Ltd', country: 'GB', kind: 'commercial', matchedName: 'Kestrel Logistics', score: expect.any(Number) }]);
    expect(similar[0]!.score).toBeGreaterThanOrEqual(0.85);
  });

  it('does not warn for the same name in another country, nor for a different firm sharing a word', async () => {
    const ws = openTempWorkspace();
    await createParty(ws.core, { legalName: 'ACME Trading GmbH', country: 'DE' });
    ok(await ws.core.call('parties.create', { legalName: 'ACME Trading GmbH', kind: 'commercial', country: 'AT' }));
    ok(await ws.core.call('parties.create', { legalName: 'Orion Trading GmbH', kind: 'commercial', country: 'DE' }));
    ok(await ws.core.call('parties.create', { legalName: 'ACME Photonics GmbH', kind: 'commercial', country: 'DE' }));
  });

  it('creates the party when the user confirms it is a different one, and records the confirmation', async () => {
    const ws = openTempWorkspace();
    const first = await createParty(ws.core, { legalName: 'ACME Trading GmbH' });
    const r = ok(await ws.core.call('parties.create', { legalName: 'Acme Trading', kind: 'commercial', country: 'DE', confirmDuplicate: true }));
    expect(r.similar.map((s) => s.id)).toEqual([first.id]);
    const [row] = ok(await ws.core.call('parties.history', { partyId: r.party.id }));
    expect(row!.after).toMatchObject({ legalName: 'Acme Trading', confirmedDistinctFrom: [first.id] });
  });

  it('also checks a rename against the other parties, never against the party itself', async () => {
    const ws = openTempWorkspace();
    const a = await createParty(ws.core, { legalName: 'Helix Dynamics AB', country: 'SE' });
    const b = await createParty(ws.core, { legalName: 'Polar Robotics AB', country: 'SE' });
    ok(await ws.core.call('parties.update', { id: a.id, legalName: 'Helix Dynamics Aktiebolag' }));
    const e = failed(await ws.core.call('parties.update', { id: b.id, legalName: 'Helix Dynamics' }));
    expect(e.code).toBe('DUPLICATE');
    expect(e.message).toContain(`#${a.id}`);
  });

  it('scores names with the restricted-party matcher: legal forms and spelling variants count little', () => {
    expect(nameSimilarity('ACME Trading GmbH', 'Acme Trading')).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity('Siemens Energy AG', 'Seimens Energy')).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity('ACME Trading GmbH', 'Orion Trading GmbH')).toBeLessThan(0.85);
    // The matcher finds "ACME" inside "ACME Photonics GmbH" (right for screening); as records they differ.
    expect(nameSimilarity('ACME Trading GmbH', 'ACME Photonics GmbH')).toBeLessThan(0.85);
    expect(nameSimilarity('ACME Photonics GmbH', 'ACME Trading GmbH')).toBe(nameSimilarity('ACME Trading GmbH', 'ACME Photonics GmbH'));
    expect(nameSimilarity('---', 'Acme')).toBe(0);
  });
});

describe('updating a party', () => {
  it('changes only the fields given and audits exactly those, before and after', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const p = await createParty(ws.core, { website: 'https://old.example', addresses: [{ street: 'Old Street 1', city: 'Jena', country: 'DE' }] });
    const { party } = ok(await ws.core.call('parties.update', { id: p.id, website: 'https://new.example', kind: 'academic' }));
    expect(party).toMatchObject({ website: 'https://new.example', kind: 'academic', legalName: p.legalName, addresses: p.addresses });
    const [row] = ok(await ws.core.call('parties.history', { partyId: p.id }));
    expect(row).toMatchObject({
      action: 'parties.update',
      before: { website: 'https://old.example', kind: 'commercial' },
      after: { website: 'https://new.example', kind: 'academic' },
    });
  });

  it('replaces a list given in full and clears a field given as null', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core, { notes: 'note', otherNames: [{ type: 'other', name: 'A' }, { type: 'other', name: 'B' }] });
    const { party } = ok(await ws.core.call('parties.update', { id: p.id, notes: null, otherNames: [{ type: 'trade', name: 'C' }] }));
    expect(party.notes).toBeNull();
    expect(party.otherNames).toEqual([{ type: 'trade', name: 'C' }]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM party_names WHERE party_id = ?').get(p.id)).toEqual({ n: 1 });
  });

  it('archives and restores a party: never deleted, since records are kept five years (§ 762.6)', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    ok(await ws.core.call('parties.update', { id: p.id, archived: true }));
    expect(ok(await ws.core.call('parties.list', {})).total).toBe(0);
    expect(ok(await ws.core.call('parties.list', { archived: true })).rows.map((r) => r.id)).toEqual([p.id]);
    ok(await ws.core.call('parties.update', { id: p.id, archived: false }));
    expect(ok(await ws.core.call('parties.list', {})).total).toBe(1);
  });

  it('refuses an update that changes nothing, an unknown party and bad values, writing nothing', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const before = partyCounts(ws.db);
    expect(failed(await ws.core.call('parties.update', { id: p.id, legalName: p.legalName })).message).toContain('Nothing to change');
    expect(failed(await ws.core.call('parties.update', { id: 999, notes: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(failed(await ws.core.call('parties.update', { id: p.id, country: 'ZZ' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'country' });
    expect(failed(await ws.core.call('parties.update', { id: p.id, legalName: '' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'legalName' });
    expect(failed(await ws.core.call('parties.get', { id: 999 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(partyCounts(ws.db)).toEqual(before);
  });
});

describe('screening status', () => {
  it('reads as not screened, saying why, while no screening list is imported', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    expect(partyScreeningStatus(ws.db, p.id)).toEqual({
      state: 'not-screened',
      lastScreenedAt: null,
      openHits: 0,
      confirmedMatch: false,
      notScreenedReason: expect.stringMatching(/No screening list is imported/),
    });
    expect(ok(await ws.core.call('parties.list', {})).rows[0]!.screening.state).toBe('not-screened');
    expect(ok(await ws.core.call('parties.list', { screening: 'not-screened' })).total).toBe(1);
    expect(ok(await ws.core.call('parties.list', { screening: 'confirmed-match' })).total).toBe(0);
    expect(() => assertPartyUsable(ws.db, p.id)).not.toThrow();
  });
});

describe('reading parties', () => {
  it('writes nothing: get, list, findSimilar, documents, history, importPreview and documents.read leave every table as it was', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const { document } = ok(
      await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { name: 'a.pdf', base64: Buffer.from('%PDF-1.4\n').toString('base64') } }),
    );
    const before = partyCounts(ws.db);
    ok(await ws.core.call('parties.get', { id: p.id }));
    ok(await ws.core.call('parties.list', { search: 'nord' }));
    ok(await ws.core.call('parties.findSimilar', { legalName: 'Nordlicht Photonics', country: 'DE' }));
    ok(await ws.core.call('parties.documents', { partyId: p.id }));
    ok(await ws.core.call('parties.history', { partyId: p.id }));
    ok(await ws.core.call('parties.importPreview', { source: { name: 'p.csv', base64: Buffer.from('legal_name,kind,country\nX Ltd,commercial,GB\n').toString('base64') } }));
    ok(await ws.core.call('documents.read', { documentId: document.id }));
    expect(partyCounts(ws.db)).toEqual(before);
  });
});
