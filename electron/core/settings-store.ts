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
