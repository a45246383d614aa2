import os from 'node:os';
import type { Database } from 'better-sqlite3';

function osUserName(): string {
  try {
    return os.userInfo().username || 'unknown user';
  } catch {
    return 'unknown user';
  }
}

export function getSetting(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setSetting(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

/** The name recorded as "who" in the audit log: set in settings, else the operating-system user. */
export function getUserName(db: Database): string {
  return getSetting(db, 'userName') ?? osUserName();
}

/** The settings keys of the encryption report's submitter, by the field the contract names. */
export const SUBMITTER_SETTING_KEYS = {
  name: 'submitterName',
  telephone: 'submitterTelephone',
  email: 'submitterEmail',
  mailingAddress: 'submitterMailingAddress',
} as const;
export type SubmitterField = keyof typeof SUBMITTER_SETTING_KEYS;

export function getSubmitter(db: Database): Record<SubmitterField, string | null> {
  const get = (f: SubmitterField) => getSetting(db, SUBMITTER_SETTING_KEYS[f]) || null;
  return { name: get('name'), telephone: get('telephone'), email: get('email'), mailingAddress: get('mailingAddress') };
}

/** Sets the fields given; null clears one (the row is removed, so an unset field reads as null). */
export function setSubmitter(db: Database, fields: Partial<Record<SubmitterField, string | null>>): void {
  for (const [f, v] of Object.entries(fields) as [SubmitterField, string | null | undefined][]) {
    if (v === undefined) continue;
    if (v === null) db.prepare('DELETE FROM settings WHERE key = ?').run(SUBMITTER_SETTING_KEYS[f]);
    else setSetting(db, SUBMITTER_SETTING_KEYS[f], v);
  }
}
