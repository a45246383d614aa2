/**
 * Shared pieces of the application and license tests: a workspace with the small CCL, Country
 * Chart, Country Groups and a screening list loaded, parties screened clear, a classified item, and
 * an application that passes every readiness rule.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Core } from '../../electron/core';
import type { Input } from '../../shared/contract';
import type { Application } from '../../shared/applications/types';
import { REPO_ROOT, fixedClock, importFile, ok, openTempWorkspace, type TempWorkspace } from './helpers';
import { screeningFixture } from './screening-lists-helpers';
import { partyFixture } from './parties-helpers';

export const DETERMINATION_DIR = path.join(REPO_ROOT, 'test/fixtures/determination');
export const NOW = '2026-03-10T09:00:00.000Z';
export const TODAY = NOW.slice(0, 10);

export const APPLICATION_TABLES = [
  'applications',
  'application_parties',
  'application_items',
  'application_documents',
  'application_determinations',
  'application_status_history',
  'information_requests',
  'licenses',
  'license_items',
  'shipments',
  'shipment_lines',
  'documents',
  'audit_log',
] as const;

export function applicationCounts(db: Database): Record<(typeof APPLICATION_TABLES)[number], number> {
  return Object.fromEntries(APPLICATION_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as Record<
    (typeof APPLICATION_TABLES)[number],
    number
  >;
}

/** A workspace with the mini CCL (0A501, 5A002, 5A992), chart, groups and the custom watch list. */
export async function licensingWorkspace(clock: () => Date = fixedClock(NOW)): Promise<TempWorkspace> {
  const ws = openTempWorkspace({ clock });
  await importFile(ws.core, path.join(DETERMINATION_DIR, 'ccl-mini.json'));
  ok(await ws.core.call('destinations.import', { source: { path: path.join(DETERMINATION_DIR, 'chart-mini.json') } }));
  ok(await ws.core.call('destinations.import', { source: { path: path.join(DETERMINATION_DIR, 'groups-mini.json') } }));
  ok(await ws.core.call('lists.import', { source: { path: screeningFixture('watch-list.csv') } }));
  return ws;
}

export async function screenedParty(core: Core, legalName: string, country = 'DE'): Promise<number> {
  const party = ok(await core.call('parties.create', { legalName, kind: 'commercial', country })).party;
  ok(await core.call('screening.party', { partyId: party.id }));
  return party.id;
}

/** An item classified (final) under the given ECCN paragraph against the current CCL. */
export async function classifiedItem(core: Core, name: string, paragraph = '5A002.a', status: 'final' | 'draft' = 'final'): Promise<number> {
  const item = ok(await core.call('items.create', { name, modelNumber: `${name.slice(0, 3).toUpperCase()}-1`, manufacturer: 'Nordlicht Networks', itemType: 'commodity' })).item;
  ok(
    await core.call('classifications.save', {
      itemId: item.id,
      jurisdiction: 'us-ear',
      kind: 'entry',
      entryCode: paragraph.slice(0, 5),
      paragraphCode: paragraph,
      rationale: 'Designed to use cryptography for data confidentiality',
      status,
    }),
  );
  return item.id;
}

export interface ReadyFixture {
  app: Application;
  endUser: number;
  consignee: number;
  item: number;
}

/** A license application to Germany for one 5A002.a line, every readiness rule passing. */
export async function readyApplication(core: Core, extra: Partial<Input<'applications.create'>> = {}): Promise<ReadyFixture> {
  const endUser = await screenedParty(core, 'Nordlicht Photonics GmbH');
  const consignee = await screenedParty(core, 'Hafen Logistik AG');
  ok(await core.call('parties.attachDocument', { partyId: endUser, docType: 'end-user-statement', source: { path: partyFixture('end-user-statement.pdf') } }));
  const item = await classifiedItem(core, 'SecureLink VPN Gateway');
  let app = ok(
    await core.call('applications.create', {
      reference: 'EXP-2026-001',
      applicant: 'Acme Security Inc., 1 Main St, Boston MA, US',
      destination: 'DE',
      endUse: 'Encrypting site-to-site links of a research network',
      ...extra,
    }),
  ).application;
  ok(await core.call('applications.addParty', { id: app.id, partyId: endUser, role: 'end-user' }));
  ok(await core.call('applications.addParty', { id: app.id, partyId: consignee, role: 'ultimate-consignee' }));
  app = ok(await core.call('applications.addItem', { id: app.id, itemId: item, quantity: 10, unit: 'units', unitPrice: '1250.00' })).application;
  return { app, endUser, consignee, item };
}

/** Files the application and records an approval, as the licensing authority would. */
export async function approvedApplication(core: Core, extra: Partial<Input<'applications.create'>> = {}): Promise<ReadyFixture> {
  const f = await readyApplication(core, extra);
  ok(await core.call('applications.setStatus', { id: f.app.id, status: 'ready' }));
  ok(await core.call('applications.setStatus', { id: f.app.id, status: 'submitted', externalNumber: 'Z1234567', date: '2026-03-01' }));
  const app = ok(await core.call('applications.setStatus', { id: f.app.id, status: 'approved', date: '2026-03-05' })).application;
  return { ...f, app };
}
