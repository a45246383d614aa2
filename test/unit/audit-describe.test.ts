import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_AREAS, ACTIONS, RECORD_TYPES, describeChange } from '../../renderer/src/audit/describe';
import { REPO_ROOT } from './helpers';

/**
 * The Audit page must describe every row the core can write. The actions and kinds of record are
 * read from the core's source, so a new audited write without words on the page fails here.
 */
function coreSources(dir = path.join(REPO_ROOT, 'electron/core')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? coreSources(p) : e.name.endsWith('.ts') ? [fs.readFileSync(p, 'utf8')] : [];
  });
}

function written(): { actions: Set<string>; recordTypes: Set<string> } {
  const actions = new Set<string>();
  const recordTypes = new Set<string>();
  for (const source of coreSources()) {
    for (const line of source.split('\n')) {
      if (/\baction\b/.test(line)) for (const m of line.matchAll(/'([a-z]+\.[a-zA-Z]+)'/g)) actions.add(m[1]!);
      if (/\b(recordType|ownerType)\b/.test(line)) for (const m of line.matchAll(/'([a-z_]+)'/g)) recordTypes.add(m[1]!);
    }
    // Spreadsheet imports and exports build theirs from the record kind: parties.import, party_export, ...
    const plural = /plural: '([a-z]+)'/.exec(source)?.[1];
    const recordType = /recordType: '([a-z_]+)'/.exec(source.slice(source.indexOf('plural:')))?.[1];
    if (plural && recordType) {
      for (const verb of ['import', 'export']) {
        actions.add(`${plural}.${verb}`);
        recordTypes.add(`${recordType}_${verb}`);
      }
    }
  }
  return { actions, recordTypes };
}

describe('the words of the Audit page', () => {
  const { actions, recordTypes } = written();

  it('finds the actions in the core source (the scan itself works)', () => {
    expect(actions).toContain('destinations.import');
    expect(actions).toContain('screening.batch');
    expect(actions).toContain('parties.export');
    expect(recordTypes).toContain('party_import');
    expect(actions.size).toBeGreaterThan(40);
  });

  it('describe every action the core writes, and the area of each', () => {
    expect([...actions].filter((a) => !(a in ACTIONS)).sort()).toEqual([]);
    expect([...actions].map((a) => a.split('.')[0]!).filter((area) => !(area in ACTION_AREAS))).toEqual([]);
  });

  it('name every kind of record the core writes against', () => {
    expect([...recordTypes].filter((t) => !(t in RECORD_TYPES)).sort()).toEqual([]);
  });

  it('summarise a change by its changed fields, labelled, and a removal by what was removed', () => {
    const row = { id: 1, at: '', actor: '', action: 'parties.update', recordType: 'party', recordId: '1' };
    expect(describeChange({ ...row, before: { legalName: 'A', notes: null }, after: { legalName: 'B', notes: null } }).short).toBe('Changed legal name from “A” to “B”.');
    expect(describeChange({ ...row, action: 'applications.removeParty', before: { entryId: 9, partyId: 3, role: 'end-user' }, after: null }).short).toBe('Removed party #3 as end user.');
  });
});

/** Rows as the core writes them (taken from the demo workspace's log), and the sentence each reads as. */
const row = (action: string, recordType: string, before: unknown, after: unknown) => ({ id: 1, at: '2026-12-04T03:32:19.847Z', actor: 'Demo Officer', action, recordType, recordId: '3', before, after });

describe('each audited action reads as a sentence, with no raw field names', () => {
  const cases: [string, ReturnType<typeof row>, string][] = [
    ['a status change names both statuses in the screen words', row('applications.setStatus', 'application', { status: 'draft' }, { status: 'ready', date: null, note: null }), 'Status changed from draft to ready to file.'],
    [
      'a submission carries the number and the day',
      row('applications.setStatus', 'application', { status: 'ready' }, { status: 'submitted', number: 'Z000021', date: '2026-11-20', note: null }),
      'Status changed from ready to file to submitted, number Z000021, on 2026-11-20.',
    ],
    [
      'an item line reads as the BIS-748P line (the issue quoted "lineId: 3; lineNo..." here)',
      row('applications.addItem', 'application', null, { lineId: 3, lineNo: 1, itemId: 1, classificationId: 1, quantity: '10', unit: 'units', unitPrice: '1250.00', total: '12500.00', currency: 'USD', itemName: 'SecureLink VPN Gateway' }),
      'Added line 1: SecureLink VPN Gateway, 10 units, at USD 1250.00, total USD 12500.00.',
    ],
    [
      'a line change says which figures changed, without the line record id',
      row('applications.updateItem', 'application', { lineId: 3, quantity: '10', total: '12500.00' }, { lineId: 3, quantity: '12', total: '15000.00' }),
      'Changed an item line: quantity from “10” to “12”; total from “12500.00” to “15000.00”.',
    ],
    ['a party on an application by name and role', row('applications.addParty', 'application', null, { entryId: 9, partyId: 3, legalName: 'Nordlicht Photonics GmbH', role: 'end-user', statementReason: null }), 'Added “Nordlicht Photonics GmbH” as end user.'],
    [
      'a request for information with its days and text',
      row('applications.addRequest', 'application', null, { requestId: 1, receivedOn: '2026-12-02', dueOn: '2026-12-13', text: 'Describe the network.' }),
      'Request for information received 2026-12-02, due 2026-12-13: “Describe the network.”.',
    ],
    [
      'a new application lists its blocks with country names, not codes',
      row('applications.create', 'application', null, { type: 'license', exportType: 'permanent', reference: 'DEMO-2026-003', destination: 'DE', endUse: 'Encrypting links', shipDirect: false, currency: 'USD' }),
      'Started the application “DEMO-2026-003”: type export license, export permanent, destination Germany (DE), end use (Block 21) “Encrypting links”, shipped directly to the end user no, currency USD.',
    ],
    [
      'a decision on a possible match says what was decided and why',
      row('screening.decide', 'screening_hit', { status: 'open' }, { status: 'cleared', reason: 'Different company.', list: 'demo-watch-list', entry: 'DEMO-4', partyId: 3 }),
      'Possible match DEMO-4 on demo-watch-list for party #3 cleared as a false positive: “Different company.”.',
    ],
    [
      'a party screening names the lists, not their hashes',
      row('screening.party', 'screening', null, { subject: 'party', partyId: 4, names: ['Blue Meridian Forwarding Ltd'], threshold: 0.78, lists: ['demo-watch-list@2026-12-04'], hits: [] }),
      'Screened “Blue Meridian Forwarding Ltd” (party #4) against demo-watch-list: no possible match.',
    ],
    [
      'red-flag answers are counted by answer',
      row('parties.answerKyc', 'party', { a: null, b: null, c: { answer: 'no', note: null } }, { a: { answer: 'no', note: null }, b: { answer: 'yes', note: 'forwarder' }, c: { answer: 'no', note: null } }),
      'Answered 2 red-flag questions: 1 “no”, 1 “yes”.',
    ],
    [
      'an issued license with its validity and lines',
      row('licenses.issue', 'license', null, { number: 'DEMO-D000014', applicationId: 1, validFrom: '2026-11-15', validTo: '2026-12-29', conditions: null, currency: 'USD', items: [{ line: 1, quantity: '25', value: '12000.00' }] }),
      'License “DEMO-D000014” issued on application #1, valid 2026-11-15 to 2026-12-29; line 1: 25, USD 12000.00.',
    ],
    [
      'a shipment with its consignee and lines',
      row('shipments.add', 'license', null, { shipmentId: 1, shippedOn: '2026-11-28', consigneePartyId: 2, reference: 'DEMO-SHIP-001', lines: [{ line: 1, quantity: '10', value: '4800.00' }] }),
      'Shipment “DEMO-SHIP-001” on 2026-11-28 to party #2: line 1: 10, value 4800.00.',
    ],
    [
      'a document by its kind and file, not its MIME type or hash',
      row('parties.attachDocument', 'party', null, { documentId: 1, docType: 'end-user-statement', originalName: 'end-user-statement.pdf', mime: 'application/pdf', size: 941, sha256: '9749ad3b' }),
      'Attached the end user statement “end-user-statement.pdf” (941 bytes).',
    ],
    ['a new current version says which it replaced', row('controls.setCurrent', 'control_list', { currentSnapshotId: null }, { currentSnapshotId: 1 }), 'Made version #1 current (before: none).'],
    ['the user name, as settings record it', row('settings.update', 'settings', { userName: 'root' }, { userName: 'Demo Officer' }), 'Changed user name from “root” to “Demo Officer”.'],
    [
      'a classification with its jurisdiction, status and rationale',
      row('classifications.save', 'item', null, { classificationId: 3, jurisdiction: 'us-ear', label: '5A992.c', status: 'draft', versionLabel: 'eCFR 2026-07-23', quotedTextSha256: 'b9ba', rationale: 'Mass-market product.' }),
      'Classified the item as 5A992.c (US (EAR), draft) against eCFR 2026-07-23: “Mass-market product.”.',
    ],
    [
      'an action without its own sentence still reads in labels (never camelCase keys)',
      row('applications.unknownAction', 'application', { statementReason: null, returnDate: null }, { statementReason: 'Resale', returnDate: '2027-01-01' }),
      'Changed reason given in the statement from none to “Resale”; return date from none to “2027-01-01”.',
    ],
  ];
  for (const [why, r, expected] of cases) {
    it(why, () => {
      const { short, full } = describeChange(r);
      expect(short).toBe(expected);
      // The full text behind the tooltip and the detail keeps every field, labelled.
      expect(full).not.toMatch(/"[a-z]+[A-Z][a-zA-Z]*":/);
    });
  }

  it('keeps every recorded value in the full text, the technical ones too', () => {
    const { full } = describeChange(row('applications.addItem', 'application', null, { lineId: 3, lineNo: 1, itemId: 1, quantity: '10' }));
    expect(full).toBe('After:\n  line record: 3\n  line: 1\n  item: #1\n  quantity: 10');
  });
});
