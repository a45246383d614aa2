import fs from 'node:fs';
import path from 'node:path';
import type { Method, Output } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { RED_FLAG_IDS } from '../../../shared/parties/red-flags';
import type { PartyRole } from '../../../shared/parties/types';
import { appendAudit } from '../audit';
import { openCore, type Core } from '../index';
import type { CoreOptions } from '../registry';
import { setSetting } from '../settings-store';

/** The label every illustrative list carries in the demo workspace. */
export const DEMO_LIST_LABEL = 'ILLUSTRATIVE — NOT AUTHORITATIVE, not for classification';
export const DEMO_RESOURCE_FILES = [
  'illustrative-ccl.json',
  'illustrative-country-chart.json',
  'illustrative-country-groups.json',
  'demo-watch-list.csv',
  'end-user-statement.pdf',
] as const;

export interface DemoOptions extends CoreOptions {
  /** The folder holding the demo files (resources/demo in the repository and the installed app). */
  resourcesDir: string;
}

export interface DemoResult {
  core: Core;
  /** The application ready to file (its checklist passes). */
  readyApplicationId: number;
  /** The approved application, its license and a shipment against it. */
  approvedApplicationId: number;
  licenseId: number;
  /** A filed application waiting for the answer to a request for information. */
  submittedApplicationId: number;
  partyIds: Record<'purchaser' | 'consignee' | 'endUser' | 'forwarder', number>;
  itemIds: Record<'gateway' | 'console' | 'analyzer', number>;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** A folder is usable for the demo when it does not exist yet or holds nothing. */
function assertEmptyFolder(dir: string): void {
  if (!fs.existsSync(dir)) return;
  if (!fs.statSync(dir).isDirectory()) throw new AppError('WORKSPACE_ERROR', `${dir} is a file, not a folder: give an empty or new folder for the demo workspace.`);
  if (fs.readdirSync(dir).length > 0) {
    throw new AppError(
      'CONFLICT',
      `${dir} is not empty: the demo workspace is made only in a new or empty folder, never mixed into a real workspace.`,
    );
  }
}

/**
 * Builds the demo workspace: a fictional exporter with illustrative lists, parties, items, screenings,
 * an end-user statement, an application ready to file, one filed and waiting for a request for
 * information, and one approved with its license and a shipment. Everything after the demo mark goes
 * through the real handlers, so it is validated and audited exactly like real work.
 * Refuses a folder that is not empty. The caller closes the returned core.
 */
export async function createDemoWorkspace(dir: string, opts: DemoOptions): Promise<DemoResult> {
  const abs = path.resolve(dir);
  assertEmptyFolder(abs);
  for (const f of DEMO_RESOURCE_FILES) {
    if (!fs.existsSync(path.join(opts.resourcesDir, f))) throw new AppError('NOT_FOUND', `The demo file ${f} is missing from ${opts.resourcesDir}.`);
  }
  const core = openCore(abs, { clock: opts.clock });
  try {
    return await populate(core, opts);
  } catch (e) {
    // The folder was new or empty: take back everything this run put there.
    core.ws.close();
    for (const entry of fs.readdirSync(abs)) fs.rmSync(path.join(abs, entry), { recursive: true, force: true });
    throw e;
  }
}

async function populate(core: Core, opts: DemoOptions): Promise<DemoResult> {
  const res = (f: string) => path.join(opts.resourcesDir, f);
  const call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const r = await core.call(method, input);
    if (!r.ok) throw new AppError(r.error.code, `Building the demo workspace failed at ${method}: ${r.error.message}`);
    return r.value;
  };
  const now = (opts.clock ?? (() => new Date()))().toISOString();
  const today = now.slice(0, 10);

  // The mark comes first, in the audit log like everything else.
  core.ws.db.transaction(() => {
    setSetting(core.ws.db, 'isDemo', 'true');
    appendAudit(core.ws.db, 'ExportDesk', now, {
      action: 'workspace.demo',
      recordType: 'settings',
      recordId: 'isDemo',
      after: { isDemo: true, note: 'Demo workspace: fictional company, illustrative lists, not for real work.' },
    });
  })();
  await call('settings.update', { userName: 'Demo Officer (fictional)' });

  // Illustrative lists, clearly labelled.
  await call('controls.import', { source: { path: res('illustrative-ccl.json') }, format: 'ccl-json', versionLabel: DEMO_LIST_LABEL });
  await call('destinations.import', { source: { path: res('illustrative-country-chart.json') } });
  await call('destinations.import', { source: { path: res('illustrative-country-groups.json') } });
  await call('lists.import', {
    source: { path: res('demo-watch-list.csv') },
    format: 'custom-csv',
    listId: 'demo-watch-list',
    listName: 'Demo watch list (fictional names)',
    publishedAt: today,
  });

  // The fictional exporter's counterparties, each with the "Know Your Customer" checklist answered.
  const party = async (legalName: string, country: string, roles: PartyRole[], city: string, street: string, kind = 'commercial') =>
    (
      await call('parties.create', {
        legalName,
        kind,
        country,
        roles,
        addresses: [{ type: 'business', street, city, country }],
        notes: 'Fictional party of the ExportDesk demo workspace.',
      })
    ).party.id;
  const purchaser = await party('Rheinblick Systemhaus GmbH', 'DE', ['purchaser'], 'Köln', 'Beispielweg 12');
  const consignee = await party('Hafenkante Logistik AG', 'DE', ['ultimate-consignee'], 'Hamburg', 'Kaiweg 3');
  const endUser = await party('Nordlicht Photonics GmbH', 'DE', ['end-user'], 'Jena', 'Lichtstraße 7');
  const forwarder = await party('Blue Meridian Forwarding Ltd', 'GB', ['other-party'], 'Felixstowe', '1 Dockside Way');
  for (const id of [purchaser, consignee, endUser]) {
    await call('parties.answerKyc', { partyId: id, answers: RED_FLAG_IDS.map((flagId) => ({ flagId, answer: 'no' })) });
  }
  // One open red flag, so the home page has something to point at: the forwarder names no final destination.
  await call('parties.answerKyc', {
    partyId: forwarder,
    answers: RED_FLAG_IDS.map((flagId) =>
      flagId === 'forwarder-final-destination'
        ? { flagId, answer: 'yes', note: 'The forwarder quoted for "onward delivery" without naming the final destination (fictional).' }
        : { flagId, answer: 'no' },
    ),
  });

  // Every party was screened when created; a possible match is cleared with the reason, as an officer would.
  for (const id of [purchaser, consignee, endUser, forwarder]) {
    const [record] = await call('screening.history', { partyId: id, limit: 1 });
    for (const hit of record?.hits ?? []) {
      if (hit.status !== 'open' && hit.status !== 'review') continue;
      await call('screening.decide', {
        hitId: hit.id,
        decision: 'cleared',
        reason: 'Different company: other country, other registration and line of business (demo decision).',
      });
    }
  }
  await call('parties.attachDocument', {
    partyId: endUser,
    docType: 'end-user-statement',
    source: { path: res('end-user-statement.pdf') },
    note: 'Fictional end-user statement for the demo workspace.',
  });

  // Items with their parameters and classifications against the illustrative list.
  const item = async (
    name: string,
    modelNumber: string,
    itemType: 'commodity' | 'software',
    parameters: { name: string; value: string; unit?: string }[],
    paragraph: string,
    rationale: string,
    status: 'final' | 'draft' = 'final',
  ) => {
    const id = (
      await call('items.create', { name, modelNumber, manufacturer: 'Lumen Ridge Security Inc. (fictional)', itemType, originCountry: 'US', parameters })
    ).item.id;
    await call('classifications.save', { itemId: id, jurisdiction: 'us-ear', kind: 'entry', entryCode: paragraph.slice(0, 5), paragraphCode: paragraph, rationale, status });
    return id;
  };
  const gateway = await item(
    'SecureLink VPN Gateway',
    'SL-900',
    'commodity',
    [
      { name: 'Encryption', value: 'AES-256-GCM' },
      { name: 'Key exchange', value: 'ECDH P-384' },
      { name: 'Throughput', value: '10', unit: 'Gbit/s' },
    ],
    '5A002.a.1',
    'Network equipment whose primary function is information security, using cryptography for data confidentiality (demo reasoning against the illustrative list).',
  );
  const managementConsole = await item(
    'SecureLink Management Console',
    'SLM-4',
    'software',
    [{ name: 'Function', value: 'Configures and monitors SL-900 gateways, including their key material' }],
    '5D002.c.1',
    'Software having the characteristics of the 5A002.a equipment it manages (demo reasoning against the illustrative list).',
  );
  const analyzer = await item(
    'PacketLens Traffic Analyzer',
    'PL-20',
    'commodity',
    [{ name: 'Encryption', value: 'TLS 1.3 for the web interface only' }],
    '5A992.c',
    'Mass-market product; cryptography only protects its own administration interface (draft, to confirm).',
    'draft',
  );

  // Three applications to Germany, each passing its readiness checklist.
  const application = async (reference: string, itemId: number, quantity: number, unitPrice: string, endUse: string) => {
    const app = (
      await call('applications.create', {
        reference,
        applicant: 'Lumen Ridge Security Inc., 400 Example Avenue, Springfield, US (fictional)',
        destination: 'DE',
        endUse,
      })
    ).application;
    await call('applications.addParty', { id: app.id, partyId: purchaser, role: 'purchaser' });
    await call('applications.addParty', { id: app.id, partyId: consignee, role: 'ultimate-consignee' });
    await call('applications.addParty', { id: app.id, partyId: endUser, role: 'end-user' });
    await call('applications.addItem', { id: app.id, itemId, quantity, unit: 'units', unitPrice });
    return app.id;
  };

  // Approved some weeks ago; the license runs out within 30 days and one shipment is drawn against it.
  const approved = await application('DEMO-2025-014', managementConsole, 25, '480.00', 'Managing the encrypted links of a university research network');
  await call('applications.setStatus', { id: approved, status: 'ready' });
  await call('applications.setStatus', { id: approved, status: 'submitted', externalNumber: 'DEMO-Z000014', date: addDays(today, -47) });
  await call('applications.setStatus', { id: approved, status: 'approved', date: addDays(today, -19) });
  const license = (await call('licenses.issue', { applicationId: approved, number: 'DEMO-D000014', validFrom: addDays(today, -19), validTo: addDays(today, 25) })).license;
  await call('shipments.add', {
    licenseId: license.id,
    shippedOn: addDays(today, -6),
    lines: [{ line: 1, quantity: 10, value: '4800.00' }],
    consigneePartyId: consignee,
    reference: 'DEMO-SHIP-001',
  });

  // Filed, with a request for information from the licensing authority due in nine days.
  const submitted = await application('DEMO-2026-002', gateway, 4, '1250.00', 'Spare gateways for the research network links');
  await call('applications.setStatus', { id: submitted, status: 'ready' });
  await call('applications.setStatus', { id: submitted, status: 'submitted', externalNumber: 'DEMO-Z000021', date: addDays(today, -12) });
  await call('applications.addRequest', {
    id: submitted,
    receivedOn: addDays(today, -2),
    dueOn: addDays(today, 9),
    text: 'Please describe the network the spare gateways will protect and who operates it (fictional request).',
  });

  // Ready to file: every check green, waiting to be packaged.
  const ready = await application('DEMO-2026-003', gateway, 10, '1250.00', 'Encrypting site-to-site links of a research network');
  await call('applications.setStatus', { id: ready, status: 'ready' });

  return {
    core,
    readyApplicationId: ready,
    approvedApplicationId: approved,
    licenseId: license.id,
    submittedApplicationId: submitted,
    partyIds: { purchaser, consignee, endUser, forwarder },
    itemIds: { gateway, console: managementConsole, analyzer },
  };
}
