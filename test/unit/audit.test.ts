import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract, METHODS, type Method } from '../../shared/contract';
import { handlers } from '../../electron/core';
import { auditRowHash, type AuditRowForHash } from '../../electron/core/audit';
import { combineHandlers, createCore, type HandlerMap, type WriteHandler } from '../../electron/core/registry';
import { getSetting, setSetting } from '../../electron/core/settings-store';
import { controlHandlers } from '../../electron/core/handlers/controls';
import { workspaceHandlers } from '../../electron/core/handlers/workspace';
import { auditHandlers } from '../../electron/core/handlers/audit';
import { screeningFixture } from './screening-lists-helpers';
import { cleanupTemp, countRows, failed, fixedClock, fixture, importFile, ok, openTempWorkspace, tempDir } from './helpers';
import { classificationWorkspace, classifyMassMarket, createItem } from './classification-helpers';
import { approvedApplication, licensingWorkspace, readyApplication } from './applications-helpers';
import { partyFixture } from './parties-helpers';
import { giveSubmitter } from './report-submitter';

afterEach(cleanupTemp);
afterEach(() => vi.restoreAllMocks());

const AT = '2026-02-03T04:05:06.000Z';

interface AuditDbRow extends AuditRowForHash {
  hash: string;
}

function auditRows(db: import('better-sqlite3').Database): AuditDbRow[] {
  return db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditDbRow[];
}

/** The chain is intact when every row's hash is recomputable and links to the row before it. */
function expectChainIntact(rows: AuditDbRow[]) {
  rows.forEach((r, i) => {
    expect(r.id).toBe(i + 1);
    expect(r.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash);
    expect(r.hash).toBe(auditRowHash(r));
  });
}

const WRITE_METHODS = METHODS.filter((m) => contract[m].kind === 'write').sort();

describe('the audit row of every write handler', () => {
  it('covers exactly the write methods of the contract (a new write method needs a case here)', () => {
    expect(WRITE_METHODS).toEqual([
      'applications.addItem',
      'applications.addParty',
      'applications.addRequest',
      'applications.amend',
      'applications.answerRequest',
      'applications.attachDocument',
      'applications.copy',
      'applications.create',
      'applications.removeItem',
      'applications.removeParty',
      'applications.setStatus',
      'applications.update',
      'applications.updateItem',
      'applications.updateParty',
      'audit.exportCsv',
      // Their audit rows are checked in backup-restore.test.ts and backup-auto.test.ts.
      'backup.check',
      'backup.create',
      'backup.updateSettings',
      'classifications.save',
      'controls.export',
      'controls.import',
      'controls.setCurrent',
      'destinations.import',
      'imports.run',
      'items.attachDocument',
      'items.create',
      'items.export',
      'items.import',
      'items.update',
      'licenses.issue',
      'lists.import',
      'lists.setCurrent',
      // Their audit rows are checked in packages-records.test.ts.
      'packages.generate',
      'packages.regenerate',
      'parties.answerKyc',
      'parties.attachDocument',
      'parties.create',
      'parties.export',
      'parties.import',
      'parties.update',
      'reports.encryption',
      'screening.batch',
      'screening.decide',
      // One row per hit decided, checked in screening-decide-many.test.ts.
      'screening.decideMany',
      'screening.name',
      'screening.party',
      'screening.rescreenAll',
      'settings.update',
      'settings.updateSubmitter',
      'shipments.add',
    ]);
  });

  it('settings.update: one row with before and after, recorded under the name it was made by', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const osUser = os.userInfo().username || 'unknown user';
    expect(ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }))).toEqual({ userName: 'Ada Lovelace' });
    const rows = ok(await ws.core.call('audit.list', {}));
    expect(rows).toEqual([
      {
        id: 1,
        at: AT,
        actor: osUser,
        action: 'settings.update',
        recordType: 'settings',
        recordId: 'userName',
        before: { userName: osUser },
        after: { userName: 'Ada Lovelace' },
      },
    ]);
  });

  it('settings.updateSubmitter: one row with only the submitter fields that changed, before and after', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.updateSubmitter', { name: 'Dana Officer', email: 'export@example.com' }));
    expect(ok(await ws.core.call('settings.updateSubmitter', { email: 'compliance@example.com', telephone: '' }))).toEqual({
      name: 'Dana Officer',
      telephone: null,
      email: 'compliance@example.com',
      mailingAddress: null,
    });
    const rows = ok(await ws.core.call('audit.list', { action: 'settings.updateSubmitter' }));
    expect(rows.map((r) => [r.recordType, r.recordId, r.before, r.after])).toEqual([
      ['settings', 'submitter', { email: 'export@example.com' }, { email: 'compliance@example.com' }],
      ['settings', 'submitter', { name: null, email: null }, { name: 'Dana Officer', email: 'export@example.com' }],
    ]);
  });

  it('records the user name from settings as the actor of every later write and as the importer of a snapshot', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const snap = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    expect(snap.importedBy).toBe('Ada Lovelace');
    ok(await ws.core.call('settings.update', { userName: 'Grace Hopper' }));
    const rows = ok(await ws.core.call('audit.list', {})).reverse();
    expect(rows.map((r) => [r.action, r.actor])).toEqual([
      ['settings.update', os.userInfo().username || 'unknown user'],
      ['controls.import', 'Ada Lovelace'],
      ['controls.setCurrent', 'Ada Lovelace'],
      ['settings.update', 'Ada Lovelace'],
    ]);
    expect(ok(await ws.core.call('workspace.info', {})).userName).toBe('Grace Hopper');
  });

  it('controls.import: a row for the snapshot with its identity, and one for making it current', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const snap = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const rows = ok(await ws.core.call('audit.list', {})).reverse().slice(1);
    expect(rows).toHaveLength(2);
    const { isCurrent: _current, ...identity } = snap;
    expect(rows[0]).toEqual({
      id: 2,
      at: AT,
      actor: 'Ada Lovelace',
      action: 'controls.import',
      recordType: 'list_snapshot',
      recordId: String(snap.id),
      before: null,
      after: identity,
    });
    expect(rows[0]!.after).toMatchObject({ sha256: snap.sha256, entryCount: 3, sourceFileName: 'ccl-2026-01-15.json' });
    expect(rows[1]).toEqual({
      id: 3,
      at: AT,
      actor: 'Ada Lovelace',
      action: 'controls.setCurrent',
      recordType: 'control_list',
      recordId: 'us-ccl',
      before: { currentSnapshotId: null },
      after: { currentSnapshotId: snap.id },
    });
  });

  it('controls.import of an older edition: only the import row (the current snapshot does not move)', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    const n = countRows(ws.db).audit_log;
    const older = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const rows = auditRows(ws.db).slice(n);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id])).toEqual([['controls.import', 'list_snapshot', String(older.id)]]);
  });

  it('lists.import: a row for the screening-list snapshot, and one for making it current', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const r = ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } }));
    const rows = auditRows(ws.db);
    expect(rows.map((x) => [x.action, x.record_type, x.record_id])).toEqual([
      ['lists.import', 'screening_snapshot', String(r.snapshot.id)],
      ['lists.setCurrent', 'screening_list', 'ofac-sdn'],
    ]);
    expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ sha256: r.snapshot.sha256, entryCount: 3, listId: 'ofac-sdn' });
    expectChainIntact(rows);
  });

  it('lists.setCurrent: one row with the previous and the new current snapshot', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const a = ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-05.csv') } })).snapshot;
    const b = ok(await ws.core.call('lists.import', { source: { path: screeningFixture('sdn-2024-01-12.csv') } })).snapshot;
    const n = countRows(ws.db).audit_log;
    ok(await ws.core.call('lists.setCurrent', { snapshotId: a.id }));
    const rows = auditRows(ws.db).slice(n);
    expect(rows.map((x) => [x.action, JSON.parse(x.before_json!), JSON.parse(x.after_json!)])).toEqual([
      ['lists.setCurrent', { currentSnapshotId: b.id }, { currentSnapshotId: a.id }],
    ]);
  });

  it('controls.setCurrent: one row naming the list, the previous and the new current snapshot', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const a = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const b = await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    const n = countRows(ws.db).audit_log;
    ok(await ws.core.call('controls.setCurrent', { snapshotId: a.id }));
    const rows = ok(await ws.core.call('audit.list', { recordType: 'control_list', recordId: 'us-ccl', limit: 1 }));
    expect(countRows(ws.db).audit_log).toBe(n + 1);
    expect(rows[0]).toMatchObject({
      at: AT,
      action: 'controls.setCurrent',
      recordType: 'control_list',
      recordId: 'us-ccl',
      before: { currentSnapshotId: b.id },
      after: { currentSnapshotId: a.id },
    });
  });

  it('controls.export: one row naming the snapshot, the file name and the SHA-256 of the exported text', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const snap = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    const n = countRows(ws.db).audit_log;
    const out = ok(await ws.core.call('controls.export', { snapshotId: snap.id }));
    const rows = auditRows(ws.db).slice(n);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ at: AT, action: 'controls.export', record_type: 'list_snapshot', record_id: String(snap.id), before_json: null });
    expect(JSON.parse(rows[0]!.after_json!)).toEqual({ fileName: out.fileName, sha256: out.sha256 });
  });

  it('destinations.import: a row for the chart or groups snapshot with its identity, and one for making it current', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { snapshot } = ok(await ws.core.call('destinations.import', { source: { path: fixture('../determination/chart-mini.json') } }));
    const rows = auditRows(ws.db);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id])).toEqual([
      ['destinations.import', 'destination_snapshot', String(snapshot.id)],
      ['destinations.setCurrent', 'destination_list', 'country-chart'],
    ]);
    const { isCurrent: _current, ...identity } = snapshot;
    expect(JSON.parse(rows[0]!.after_json!)).toEqual(identity);
    expect(JSON.parse(rows[1]!.before_json!)).toEqual({ currentSnapshotId: null });
    expect(JSON.parse(rows[1]!.after_json!)).toEqual({ currentSnapshotId: snapshot.id });
    expectChainIntact(rows);
  });

  it('parties.create: one row for the party with every field it was created with', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE', roles: ['end-user'] }));
    const rows = auditRows(ws.db);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id, r.before_json])).toEqual([['parties.create', 'party', String(party.id), null]]);
    expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE', roles: ['end-user'] });
  });

  it('parties.update: one row with only the changed fields, before and after', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' }));
    ok(await ws.core.call('parties.update', { id: party.id, kind: 'academic', notes: 'Moved to the university' }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_id, JSON.parse(row!.before_json!), JSON.parse(row!.after_json!)]).toEqual([
      'parties.update',
      String(party.id),
      { kind: 'commercial', notes: null },
      { kind: 'academic', notes: 'Moved to the university' },
    ]);
  });

  it('parties.answerKyc: one row with the previous and new answer of each question answered', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' }));
    ok(await ws.core.call('parties.answerKyc', { partyId: party.id, answers: [{ flagId: 'abnormal-route', answer: 'yes', note: 'Through a third country' }] }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_type, JSON.parse(row!.before_json!), JSON.parse(row!.after_json!)]).toEqual([
      'parties.answerKyc',
      'party',
      { 'abnormal-route': null },
      { 'abnormal-route': { answer: 'yes', note: 'Through a third country' } },
    ]);
  });

  it('parties.attachDocument: one row on the party naming the document, its file name, size and SHA-256', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const { party } = ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' }));
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: party.id, docType: 'end-user-statement', source: { name: 'eus.pdf', base64: pdf.toString('base64') } }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_type, row!.record_id]).toEqual(['parties.attachDocument', 'party', String(party.id)]);
    expect(JSON.parse(row!.after_json!)).toEqual({ documentId: document.id, docType: 'end-user-statement', originalName: 'eus.pdf', mime: 'application/pdf', size: pdf.length, sha256: document.sha256 });
  });

  it('parties.import: a row per imported party and one for the file, all in the chain', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const csv = 'legal_name,kind,country\nAlpha Ltd,commercial,GB\nBeta GmbH,commercial,DE\n';
    const r = ok(await ws.core.call('parties.import', { source: { name: 'p.csv', base64: Buffer.from(csv).toString('base64') } }));
    const rows = auditRows(ws.db);
    expect(rows.map((x) => [x.action, x.record_type])).toEqual([
      ['parties.import', 'party'],
      ['parties.import', 'party'],
      ['parties.import', 'party_import'],
    ]);
    expect(JSON.parse(rows[2]!.after_json!)).toEqual({ fileName: 'p.csv', sha256: r.sha256, imported: 2 });
    expectChainIntact(rows);
  });

  it('parties.export: one row naming the file, the number of parties, the filters and the SHA-256 of the text', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE' }));
    const out = ok(await ws.core.call('parties.export', { country: 'DE' }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_type, row!.record_id]).toEqual(['parties.export', 'party_export', out.fileName]);
    expect(JSON.parse(row!.after_json!)).toEqual({ fileName: out.fileName, rowCount: 1, sha256: out.sha256, filters: { country: 'DE' } });
  });

  it('items.create: one row on the item with every field it was created with', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core, { parameters: [{ name: 'Key length', value: '256', unit: 'bit' }] });
    const rows = auditRows(ws.db);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id, r.before_json])).toEqual([['items.create', 'item', String(item.id), null]]);
    expect(JSON.parse(rows[0]!.after_json!)).toEqual({
      name: 'SecureLink VPN Gateway',
      modelNumber: 'SL-200',
      manufacturer: 'Nordlicht Networks',
      description: null,
      itemType: 'commodity',
      originCountry: null,
      notes: null,
      parameters: [{ name: 'Key length', value: '256', unit: 'bit' }],
      ccatsNumber: null,
      encryptionComponent: null,
      nonUsComponents: null,
      nonUsManufacturingLocations: null,
    });
  });

  it('items.update: one row with only the changed fields, before and after', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    ok(await ws.core.call('items.update', { id: item.id, originCountry: 'FR', notes: 'Made in Lyon now' }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_id, JSON.parse(row!.before_json!), JSON.parse(row!.after_json!)]).toEqual([
      'items.update',
      String(item.id),
      { originCountry: null, notes: null },
      { originCountry: 'FR', notes: 'Made in Lyon now' },
    ]);
  });

  it('items.attachDocument: one row on the item naming the document, its file name, size and SHA-256', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const { document } = ok(await ws.core.call('items.attachDocument', { itemId: item.id, source: { name: 'datasheet.pdf', base64: pdf.toString('base64') } }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_type, row!.record_id]).toEqual(['items.attachDocument', 'item', String(item.id)]);
    expect(JSON.parse(row!.after_json!)).toEqual({ documentId: document.id, docType: 'datasheet', originalName: 'datasheet.pdf', mime: 'application/pdf', size: pdf.length, sha256: document.sha256 });
  });

  it('items.import: a row per imported item and one for the file, all in the chain', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const csv = 'name,item_type\nRouter,commodity\nVault App,software\n';
    const r = ok(await ws.core.call('items.import', { source: { name: 'i.csv', base64: Buffer.from(csv).toString('base64') } }));
    const rows = auditRows(ws.db);
    expect(rows.map((x) => [x.action, x.record_type])).toEqual([
      ['items.import', 'item'],
      ['items.import', 'item'],
      ['items.import', 'item_import'],
    ]);
    expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ name: 'Router', importedFrom: { fileName: 'i.csv', row: 2, sha256: r.sha256 } });
    expect(JSON.parse(rows[2]!.after_json!)).toEqual({ fileName: 'i.csv', sha256: r.sha256, imported: 2 });
    expectChainIntact(rows);
  });

  it('items.export: one row naming the file, the number of items, the filters and the SHA-256 of the text', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    await createItem(ws.core);
    const out = ok(await ws.core.call('items.export', { itemType: 'commodity' }));
    const [row] = auditRows(ws.db).slice(1);
    expect([row!.action, row!.record_type, row!.record_id]).toEqual(['items.export', 'item_export', out.fileName]);
    expect(JSON.parse(row!.after_json!)).toEqual({ fileName: out.fileName, rowCount: 1, sha256: out.sha256, filters: { itemType: 'commodity' } });
  });

  it('classifications.save: one row on the item with the classification it superseded and the new one', async () => {
    const ws = await classificationWorkspace({ clock: fixedClock(AT) });
    const item = await createItem(ws.core);
    const n = countRows(ws.db).audit_log;
    const first = await classifyMassMarket(ws.core, item.id);
    const second = await classifyMassMarket(ws.core, item.id, { rationale: 'Confirmed', status: 'draft' });
    const rows = auditRows(ws.db).slice(n);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id])).toEqual([
      ['classifications.save', 'item', String(item.id)],
      ['classifications.save', 'item', String(item.id)],
    ]);
    expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ classificationId: first.id, jurisdiction: 'us-ear', label: '5A992.c', status: 'final', snapshotId: ws.ccl, authorization: 'MMKT' });
    expect(JSON.parse(rows[0]!.after_json!).quotedTextSha256).toMatch(/^[0-9a-f]{64}$/);
    expect([JSON.parse(rows[1]!.before_json!), JSON.parse(rows[1]!.after_json!)]).toEqual([
      { classificationId: first.id, label: '5A992.c' },
      expect.objectContaining({ classificationId: second.id, status: 'draft', rationale: 'Confirmed' }),
    ]);
    expectChainIntact(auditRows(ws.db));
  });

  it('reports.encryption: one row naming the file, the range, the number of products and the SHA-256', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    giveSubmitter(ws.db);
    const out = ok(await ws.core.call('reports.encryption', { year: 2025 }));
    const rows = auditRows(ws.db);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id])).toEqual([['reports.encryption', 'encryption_report', out.fileName]]);
    expect(JSON.parse(rows[0]!.after_json!)).toEqual({ fileName: out.fileName, from: '2025-01-01', to: '2025-12-31', rowCount: 0, excludedCount: 0, sha256: out.sha256 });
  });

  it('audit.exportCsv: one row naming the file, the number of rows, the last row it could include, the filters and the SHA-256', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const out = ok(await ws.core.call('audit.exportCsv', { actor: 'Ada Lovelace', to: '2026-12-31' }));
    const rows = auditRows(ws.db).slice(1);
    expect(rows.map((r) => [r.action, r.record_type, r.record_id, r.actor])).toEqual([['audit.exportCsv', 'audit_export', out.fileName, 'Ada Lovelace']]);
    expect(JSON.parse(rows[0]!.after_json!)).toEqual({ fileName: out.fileName, rowCount: 0, throughRow: 1, sha256: out.sha256, filters: { actor: 'Ada Lovelace', to: '2026-12-31T23:59:59.999Z' } });
    expectChainIntact(auditRows(ws.db));
  });

  /** The audit rows a call appended, as [action, record type, record id, before, after]. */
  async function auditOf(db: import('better-sqlite3').Database, run: () => Promise<unknown>) {
    const n = auditRows(db).length;
    await run();
    const rows = auditRows(db).slice(n);
    expectChainIntact(auditRows(db));
    return rows.map((r) => [r.action, r.record_type, r.record_id, r.before_json && JSON.parse(r.before_json), r.after_json && JSON.parse(r.after_json)]);
  }

  it('applications.create and applications.update: a row with the blocks, then only the changed ones', async () => {
    const ws = await licensingWorkspace();
    let id = 0;
    expect(await auditOf(ws.db, async () => (id = ok(await ws.core.call('applications.create', { reference: 'EXP-A', destination: 'DE' })).application.id))).toEqual([
      ['applications.create', 'application', '1', null, expect.objectContaining({ reference: 'EXP-A', destination: 'DE', type: 'license', currency: 'USD' })],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.update', { id, endUse: 'Research' })))).toEqual([
      ['applications.update', 'application', String(id), { endUse: null }, { endUse: 'Research' }],
    ]);
  });

  it('applications.addParty, updateParty and removeParty: a row on the application naming the party and role', async () => {
    const ws = await licensingWorkspace();
    const { app, endUser } = await readyApplication(ws.core);
    const entry = app.parties.find((p) => p.role === 'end-user')!.id;
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.updateParty', { id: app.id, entryId: entry, statementReason: 'Government agency' })))).toEqual([
      ['applications.updateParty', 'application', String(app.id), { entryId: entry, statementReason: null }, { entryId: entry, statementReason: 'Government agency' }],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.removeParty', { id: app.id, entryId: entry })))).toEqual([
      ['applications.removeParty', 'application', String(app.id), { entryId: entry, partyId: endUser, role: 'end-user' }, null],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.addParty', { id: app.id, partyId: endUser, role: 'end-user' })))).toEqual([
      ['applications.addParty', 'application', String(app.id), null, expect.objectContaining({ partyId: endUser, role: 'end-user', legalName: 'Nordlicht Photonics GmbH' })],
    ]);
  });

  it('applications.addItem, updateItem and removeItem: a row with the line, its classification, quantity and prices', async () => {
    const ws = await licensingWorkspace();
    const { app, item } = await readyApplication(ws.core);
    const rows = await auditOf(ws.db, async () => ok(await ws.core.call('applications.addItem', { id: app.id, itemId: item, quantity: '2.5', unit: 'units', unitPrice: '10' })));
    expect(rows).toEqual([['applications.addItem', 'application', String(app.id), null, expect.objectContaining({ lineNo: 2, itemId: item, quantity: '2.5', unitPrice: '10.00', total: '25.00', currency: 'USD' })]]);
    const lineId = (rows[0]![4] as { lineId: number }).lineId;
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.updateItem', { id: app.id, lineId, quantity: 3 })))).toEqual([
      ['applications.updateItem', 'application', String(app.id), { lineId, quantity: '2.5', total: '25.00' }, { lineId, quantity: '3', total: '30.00' }],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.removeItem', { id: app.id, lineId })))).toEqual([
      ['applications.removeItem', 'application', String(app.id), expect.objectContaining({ lineId, quantity: '3' }), null],
    ]);
  });

  it('applications.attachDocument: a row naming the document, its file name and SHA-256', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    const rows = await auditOf(ws.db, async () => ok(await ws.core.call('applications.attachDocument', { id: app.id, source: { path: partyFixture('letter.odt') }, docType: 'letter' })));
    expect(rows).toEqual([['applications.attachDocument', 'application', String(app.id), null, expect.objectContaining({ docType: 'letter', originalName: 'letter.odt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), partyId: null })]]);
  });

  it('applications.setStatus: a row per move with the status before and after and the filing number', async () => {
    const ws = await licensingWorkspace();
    const { app } = await readyApplication(ws.core);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'ready' })))).toEqual([
      ['applications.setStatus', 'application', String(app.id), { status: 'draft' }, { status: 'ready', date: null, note: null }],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.setStatus', { id: app.id, status: 'submitted', externalNumber: 'Z9', date: '2026-03-09' })))).toEqual([
      ['applications.setStatus', 'application', String(app.id), { status: 'ready' }, { status: 'submitted', externalNumber: 'Z9', submittedOn: '2026-03-09', date: '2026-03-09', note: null }],
    ]);
  });

  it('applications.addRequest and answerRequest: a row each with the request and its answer', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const v2 = ok(await ws.core.call('applications.amend', { id: app.id })).application;
    ok(await ws.core.call('applications.setStatus', { id: v2.id, status: 'ready' }));
    ok(await ws.core.call('applications.setStatus', { id: v2.id, status: 'submitted', externalNumber: 'Z10' }));
    const added = await auditOf(ws.db, async () => ok(await ws.core.call('applications.addRequest', { id: v2.id, dueOn: '2026-03-20', text: 'Network diagram' })));
    expect(added).toEqual([['applications.addRequest', 'application', String(v2.id), null, expect.objectContaining({ dueOn: '2026-03-20', receivedOn: '2026-03-10', text: 'Network diagram' })]]);
    const requestId = (added[0]![4] as { requestId: number }).requestId;
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('applications.answerRequest', { requestId, answer: 'Sent as PDF' })))).toEqual([
      ['applications.answerRequest', 'application', String(v2.id), null, { requestId, answeredOn: '2026-03-10', answer: 'Sent as PDF' }],
    ]);
  });

  it('applications.copy and applications.amend: a row on the new application naming its source and content', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const copy = await auditOf(ws.db, async () => ok(await ws.core.call('applications.copy', { id: app.id, reference: 'EXP-C' })));
    expect(copy).toEqual([['applications.copy', 'application', String(app.id + 1), null, expect.objectContaining({ copiedFrom: app.id, reference: 'EXP-C', parties: expect.any(Array), lines: [expect.objectContaining({ lineNo: 1 })] })]]);
    const amend = await auditOf(ws.db, async () => ok(await ws.core.call('applications.amend', { id: app.id, note: 'More units' })));
    expect(amend).toEqual([['applications.amend', 'application', String(app.id + 2), null, expect.objectContaining({ amends: app.id, version: 2, note: 'More units' })]]);
  });

  it('licenses.issue and shipments.add: a row on the license with its lines, and one per shipment', async () => {
    const ws = await licensingWorkspace();
    const { app } = await approvedApplication(ws.core);
    const issued = await auditOf(ws.db, async () => ok(await ws.core.call('licenses.issue', { applicationId: app.id, number: 'D1', validFrom: '2026-03-05', validTo: '2026-12-31' })));
    expect(issued).toEqual([
      ['licenses.issue', 'license', '1', null, { number: 'D1', applicationId: app.id, validFrom: '2026-03-05', validTo: '2026-12-31', conditions: null, currency: 'USD', items: [{ line: 1, quantity: '10', value: '12500.00' }] }],
    ]);
    expect(await auditOf(ws.db, async () => ok(await ws.core.call('shipments.add', { licenseId: 1, shippedOn: '2026-03-09', lines: [{ line: 1, quantity: 2, value: 2500 }] })))).toEqual([
      ['shipments.add', 'license', '1', null, { shipmentId: 1, shippedOn: '2026-03-09', consigneePartyId: null, reference: null, lines: [{ line: 1, quantity: '2', value: '2500.00' }] }],
    ]);
  });

  it('read handlers append no audit row', async () => {
    const ws = openTempWorkspace();
    const snap = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const before = countRows(ws.db);
    ok(await ws.core.call('workspace.info', {}));
    ok(await ws.core.call('settings.get', {}));
    ok(await ws.core.call('audit.list', {}));
    ok(await ws.core.call('search.quick', { query: 'software' }));
    ok(await ws.core.call('controls.lists', {}));
    ok(await ws.core.call('controls.snapshots', {}));
    ok(await ws.core.call('controls.search', { query: '5A002' }));
    ok(await ws.core.call('controls.show', { code: '5A002' }));
    ok(await ws.core.call('controls.browse', { snapshotId: snap.id }));
    ok(await ws.core.call('controls.diff', { fromSnapshotId: snap.id, toSnapshotId: snap.id }));
    expect(countRows(ws.db)).toEqual(before);
  });
});

describe('failed writes', () => {
  it('append no audit row and change nothing', async () => {
    const ws = openTempWorkspace();
    await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const before = countRows(ws.db);
    expect(failed(await ws.core.call('controls.setCurrent', { snapshotId: 999 })).code).toBe('NOT_FOUND');
    expect(failed(await ws.core.call('controls.export', { snapshotId: 999 })).code).toBe('NOT_FOUND');
    expect(failed(await ws.core.call('settings.update', { userName: '   ' })).code).toBe('INVALID_INPUT');
    expect(failed(await ws.core.call('controls.import', { source: { path: fixture('malformed.json') } })).code).toBe('BAD_FILE');
    expect(failed(await ws.core.call('controls.import', { source: { path: fixture('ccl-2026-01-15.json') } })).code).toBe('DUPLICATE');
    expect(countRows(ws.db)).toEqual(before);
  });

  it('report invalid input with the field at fault', async () => {
    const ws = openTempWorkspace();
    const e = failed(await ws.core.call('settings.update', { userName: '' }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'userName' });
    expect(e.message).toContain('the user name cannot be empty');
    const e2 = failed(await ws.core.call('controls.import', { source: { path: fixture('custom-list.csv') }, listId: 'Bad Id!' }));
    expect(e2).toMatchObject({ code: 'INVALID_INPUT', field: 'listId' });
    expect(failed(await ws.core.call('no.such.method' as Method, {})).code).toBe('INVALID_INPUT');
  });
});

describe('the audit log', () => {
  it('is a hash chain: each row carries the hash of the row before it', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    const a = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    ok(await ws.core.call('controls.setCurrent', { snapshotId: a.id }));
    ok(await ws.core.call('controls.export', { snapshotId: a.id }));
    const rows = auditRows(ws.db);
    expect(rows.length).toBe(9);
    expectChainIntact(rows);
  });

  it('detects an edited row: its stored hash no longer matches its content', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    ok(await ws.core.call('settings.update', { userName: 'Grace Hopper' }));
    const [first] = auditRows(ws.db);
    expect(auditRowHash({ ...first!, actor: 'Somebody else' })).not.toBe(first!.hash);
  });

  it('refuses UPDATE and DELETE at the database level', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
    expect(() => ws.db.prepare(`UPDATE audit_log SET actor = 'Mallory'`).run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(auditRows(ws.db)).toHaveLength(1);
  });

  it('lists newest first, filtered by record and limited', async () => {
    const ws = openTempWorkspace();
    for (const name of ['A', 'B', 'C']) ok(await ws.core.call('settings.update', { userName: name }));
    await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const all = ok(await ws.core.call('audit.list', {}));
    expect(all.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
    const settings = ok(await ws.core.call('audit.list', { recordType: 'settings', limit: 2 }));
    expect(settings.map((r) => r.after)).toEqual([{ userName: 'C' }, { userName: 'B' }]);
  });
});

describe('the handler registry', () => {
  it('refuses a write handler that appends no audit row, and rolls its change back', async () => {
    const ws = openTempWorkspace();
    const silent: WriteHandler<'settings.update'> = {
      commit(tx, input) {
        setSetting(tx.db, 'userName', input.userName);
        return { userName: input.userName };
      },
    };
    const core = createCore(ws.core.ws, { ...handlers, 'settings.update': silent });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const e = failed(await core.call('settings.update', { userName: 'Unaudited' }));
    expect(e.code).toBe('INTERNAL');
    // The cause goes to the log, not to the person at the desk.
    expect(String(logged.mock.calls[0]?.[1])).toContain('settings.update wrote without an audit row');
    expect(e.message).not.toContain('settings.update');
    expect(logged).toHaveBeenCalledOnce();
    expect(getSetting(ws.db, 'userName')).toBeUndefined();
    expect(countRows(ws.db).audit_log).toBe(0);
  });

  it('runs commit and its audit rows in one transaction: a throw after auditing rolls both back', async () => {
    const ws = openTempWorkspace();
    const halfway: WriteHandler<'settings.update'> = {
      commit(tx, input) {
        setSetting(tx.db, 'userName', input.userName);
        tx.audit({ action: 'settings.update', recordType: 'settings', recordId: 'userName', after: input });
        throw new Error('power cut');
      },
    };
    const core = createCore(ws.core.ws, { ...handlers, 'settings.update': halfway });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const e = failed(await core.call('settings.update', { userName: 'Half written' }));
    expect(e).toEqual({ code: 'INTERNAL', message: 'ExportDesk ran into an unexpected problem and did not finish this; the details are in its log.' });
    expect(getSetting(ws.db, 'userName')).toBeUndefined();
    expect(countRows(ws.db).audit_log).toBe(0);
  });

  it('runs prepare before the transaction and hands its result to commit', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    const seen: string[] = [];
    const twoPhase: WriteHandler<'settings.update', string> = {
      prepare(ctx, input) {
        seen.push(`prepare in transaction: ${ctx.db.inTransaction}`);
        return input.userName.toUpperCase();
      },
      commit(tx, _input, prepared) {
        seen.push(`commit in transaction: ${tx.db.inTransaction}`);
        setSetting(tx.db, 'userName', prepared);
        tx.audit({ action: 'settings.update', recordType: 'settings', recordId: 'userName', after: { userName: prepared } });
        return { userName: prepared };
      },
    };
    const core = createCore(ws.core.ws, { ...handlers, 'settings.update': twoPhase }, { clock: fixedClock(AT) });
    expect(ok(await core.call('settings.update', { userName: 'ada' }))).toEqual({ userName: 'ADA' });
    expect(seen).toEqual(['prepare in transaction: false', 'commit in transaction: true']);
    expect(auditRows(ws.db)[0]).toMatchObject({ at: AT, action: 'settings.update' });
  });

  it('combineHandlers refuses a name registered twice', () => {
    expect(() => combineHandlers(workspaceHandlers, controlHandlers, { 'controls.show': controlHandlers['controls.show'] })).toThrow(
      'Handler controls.show is registered twice',
    );
  });

  it('combineHandlers refuses a contract method left without a handler', () => {
    const { 'controls.export': _left, ...rest } = controlHandlers;
    expect(() => combineHandlers(workspaceHandlers, auditHandlers, rest)).toThrow('Contract methods without a handler: controls.export');
  });

  it('combineHandlers refuses a handler that is not in the contract', () => {
    const extra = { 'controls.delete': { run: () => null } } as unknown as Partial<HandlerMap>;
    expect(() => combineHandlers(workspaceHandlers, controlHandlers, extra)).toThrow('Handler controls.delete is not in the contract');
  });

  it('the joined map has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });
});

describe('workspace folder', () => {
  it('refuses a workspace path that cannot be a folder with WORKSPACE_ERROR', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    expect(() => openTempWorkspace({ dir: file })).toThrow(expect.objectContaining({ info: expect.objectContaining({ code: 'WORKSPACE_ERROR' }) }));
  });
});
