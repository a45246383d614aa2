/**
 * The whole application → license → shipment flow scripted through `exportdesk`, in-process on a
 * temporary workspace. Parties, items and classifications are set up through the core first (the
 * CLI has no classification command); everything after that is the command line, as a script would.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application, Checklist, License, LicenseSummary } from '../../shared/applications/types';
import { cli } from './cli-helpers';
import { cleanupTemp, importFile, ok, openTempWorkspace, tempDir } from './helpers';
import { DETERMINATION_DIR, classifiedItem, screenedParty } from './applications-helpers';
import { screeningFixture } from './screening-lists-helpers';
import { partyFixture } from './parties-helpers';

afterEach(cleanupTemp);

/** A workspace folder with lists, two screened parties (one with an end-user statement) and a classified item. */
async function prepared(): Promise<{ w: string[]; endUser: number; consignee: number; item: number }> {
  const dir = path.join(tempDir('exportdesk-cli-'), 'workspace');
  const setup = openTempWorkspace({ dir });
  await importFile(setup.core, path.join(DETERMINATION_DIR, 'ccl-mini.json'));
  ok(await setup.core.call('destinations.import', { source: { path: path.join(DETERMINATION_DIR, 'chart-mini.json') } }));
  ok(await setup.core.call('destinations.import', { source: { path: path.join(DETERMINATION_DIR, 'groups-mini.json') } }));
  ok(await setup.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
  const endUser = await screenedParty(setup.core, 'Nordlicht Photonics GmbH');
  const consignee = await screenedParty(setup.core, 'Hafen Logistik AG');
  ok(await setup.core.call('parties.attachDocument', { partyId: endUser, docType: 'end-user-statement', source: { path: partyFixture('end-user-statement.pdf') } }));
  const item = await classifiedItem(setup.core, 'SecureLink VPN Gateway');
  setup.close();
  return { w: ['--workspace', dir], endUser, consignee, item };
}

describe('exportdesk applications, licenses and shipments', () => {
  it('scripts the whole flow: draft, checklist, ready, submitted, approved, license, shipments, expiry list', async () => {
    const { w, endUser, consignee, item } = await prepared();
    const today = new Date().toISOString().slice(0, 10);

    const created = await cli([...w, 'applications', 'create', '--reference', 'EXP-CLI-1', '--destination', 'DE', '--applicant', 'Acme Security Inc.']);
    expect(created).toMatchObject({ code: 0, err: [] });
    expect(created.out).toBe('Created application #1 EXP-CLI-1 (draft)');

    let check = await cli([...w, 'applications', 'checklist', '1']);
    expect(check.code).toBe(0);
    expect(check.out).toContain('[!!] required-blocks: Describe the specific end use of the items (Block 21).  (fix: application #1 endUse)');
    expect(check.out.split('\n').at(-1)).toMatch(/^NOT READY: \d+ checks fail\.$/);

    expect((await cli([...w, 'applications', 'update', '1', '--end-use', 'VPN for a research network'])).code).toBe(0);
    expect((await cli([...w, 'applications', 'add-party', '1', '--party', String(endUser), '--role', 'end-user'])).code).toBe(0);
    expect((await cli([...w, 'applications', 'add-party', '1', '--party', String(consignee), '--role', 'ultimate-consignee'])).code).toBe(0);
    const line = await cli([...w, 'applications', 'add-item', '1', '--item', String(item), '--quantity', '10', '--unit', 'units', '--unit-price', '1250']);
    expect(line.out).toBe('Added line 1 (#1): 10 units SecureLink VPN Gateway, 5A002.a, USD 12500.00');

    const json = JSON.parse((await cli([...w, '--json', 'applications', 'checklist', '1'])).out) as Checklist;
    expect(json.ready).toBe(true);
    check = await cli([...w, 'applications', 'checklist', '1']);
    expect(check.out.split('\n').at(-1)).toBe('READY: every check passes.');

    expect((await cli([...w, 'applications', 'set-status', '1', 'ready'])).out).toBe('Application #1 EXP-CLI-1 is now ready to file');
    expect((await cli([...w, 'applications', 'set-status', '1', 'submitted', '--number', 'Z1234567'])).out).toBe('Application #1 EXP-CLI-1 is now submitted');
    const readOnly = await cli([...w, 'applications', 'update', '1', '--end-use', 'changed']);
    expect(readOnly.code).toBe(1);
    expect(readOnly.err).toEqual(['exportdesk: error: Application EXP-CLI-1 is submitted and read-only: what was filed is kept as filed. Amend it to make a new version.']);
    expect((await cli([...w, 'applications', 'set-status', '1', 'approved'])).code).toBe(0);

    const show = await cli([...w, 'applications', 'show', '1']);
    expect(show.out.split('\n')[0]).toBe('Application #1 EXP-CLI-1 (version 1): APPROVED (read-only)');
    expect(show.out).toContain('license-required');
    expect(show.out).toMatch(/^Retain until \d{4}-\d{2}-\d{2} \(15 CFR 762\.6\): five years after decision on application EXP-CLI-1 \(approved\) on /m);
    const list = await cli([...w, 'applications', 'list']);
    expect(list.out.split('\n')[0]).toMatch(/^ID\s+REFERENCE\s+V\s+TYPE\s+DEST\s+STATUS/);
    expect(list.out).toContain('Z1234567');

    const issued = await cli([...w, '--json', 'licenses', 'issue', '1', '--number', 'D123456', '--from', '2020-01-01', '--to', '2099-12-31']);
    expect(issued.err).toEqual([]);
    const license = (JSON.parse(issued.out) as { license: License }).license;
    expect(license).toMatchObject({ number: 'D123456', status: 'issued' });

    const s1 = await cli([...w, 'shipments', 'add', 'D123456', '--item', '1', '--quantity', '4', '--value', '5000', '--date', today, '--consignee', String(consignee), '--reference', 'AWB 1']);
    expect(s1.code).toBe(0);
    expect(s1.out.split('\n')[0]).toBe(`Shipment #1 on ${today} against license D123456 to Hafen Logistik AG (AWB 1): line 1 4 for USD 5000.00`);
    const over = await cli([...w, 'shipments', 'add', String(license.id), '--item', '1', '--quantity', '7', '--value', '1', '--date', today]);
    expect(over.code).toBe(1);
    expect(over.err).toEqual(['exportdesk: error: The shipment was not recorded. Line 1 (SecureLink VPN Gateway): 7 is more than the 6 left of the 10 authorized.']);
    const bad = await cli([...w, 'shipments', 'add', 'D123456', '--item', '1', '--quantity', 'abc', '--value', '1', '--date', today]);
    expect(bad.err).toEqual(['exportdesk: error: The quantity must be a number such as 12 or 12.50, not "abc"']);
    const last = await cli([...w, 'shipments', 'add', 'D123456', '--item', '1', '--quantity', '6', '--value', '7500', '--date', today]);
    expect(last.out).toContain('License D123456 (#1) for application #1 EXP-CLI-1: EXHAUSTED');

    const licenses = JSON.parse((await cli([...w, '--json', 'licenses', 'list'])).out) as LicenseSummary[];
    expect(licenses.map((l) => [l.number, l.status])).toEqual([['D123456', 'exhausted']]);
    expect((await cli([...w, 'licenses', 'list', '--expiring', '60'])).out).toBe('No license expires within 60 days.');
    expect((await cli([...w, 'shipments', 'list', '1'])).out.split('\n')).toHaveLength(2);

    // An amendment of the filed application, and a copy for the next export.
    const amended = await cli([...w, 'applications', 'amend', '1', '--note', 'More units']);
    expect(amended.out).toBe('Created application #2 EXP-CLI-1 version 2 (draft, amends #1)');
    const copy = await cli([...w, '--json', 'applications', 'copy', '1', '--reference', 'EXP-CLI-2']);
    expect((JSON.parse(copy.out) as { application: Application }).application).toMatchObject({ id: 3, copiedFromId: 1, status: 'draft' });
  });

  it('refuses bad input in one line on stderr', async () => {
    const { w } = await prepared();
    expect((await cli([...w, 'applications', 'create', '--reference', 'X', '--destination', 'XX'])).err).toEqual([
      'exportdesk: error: the destination: "XX" is not an ISO 3166 country code (two letters, such as DE or US)',
    ]);
    expect((await cli([...w, 'applications', 'set-status', '1', 'shipped'])).err).toEqual([
      'exportdesk: error: the status must be one of draft, ready, submitted, returned-without-action, approved, approved-with-conditions, denied, appealed, withdrawn, not "shipped"',
    ]);
    expect((await cli([...w, 'applications', 'show', '9'])).err).toEqual(['exportdesk: error: There is no application #9 in this workspace']);
    expect((await cli([...w, 'licenses', 'list', '--expiring', 'soon'])).err).toEqual(['exportdesk: error: --expiring must be a whole number, not "soon"']);
  });
});
