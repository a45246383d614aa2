/** Shared pieces of the party tests: fixture paths, row counts of every party table, a minimal party. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Core } from '../../electron/core';
import type { Input } from '../../shared/contract';
import type { Party } from '../../shared/parties/types';
import { ok, REPO_ROOT } from './helpers';

export const PARTY_FIXTURES = path.join(REPO_ROOT, 'test/fixtures/parties');

export function partyFixture(name: string): string {
  const p = path.join(PARTY_FIXTURES, name);
  if (!fs.existsSync(p)) throw new Error(`Test fixture ${p} is missing`);
  return p;
}

export const PARTY_TABLES = [
  'parties',
  'party_names',
  'party_addresses',
  'party_contacts',
  'party_identifiers',
  'party_kyc_answers',
  'party_search',
  'documents',
  'audit_log',
] as const;

export function partyCounts(db: Database): Record<(typeof PARTY_TABLES)[number], number> {
  return Object.fromEntries(PARTY_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as Record<
    (typeof PARTY_TABLES)[number],
    number
  >;
}

export function attachmentFiles(dir: string): string[] {
  return fs.readdirSync(path.join(dir, 'attachments')).sort();
}

export async function createParty(core: Core, input: Partial<Input<'parties.create'>> = {}): Promise<Party> {
  return ok(await core.call('parties.create', { legalName: 'Nordlicht Photonics GmbH', kind: 'commercial', country: 'DE', ...input })).party;
}

/** A file handed over the way a browser picker does: a name and base64 bytes. */
export function upload(name: string, bytes: Buffer | string): { name: string; base64: string } {
  return { name, base64: Buffer.from(bytes).toString('base64') };
}
