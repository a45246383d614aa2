import type { Database } from 'better-sqlite3';
import { setSubmitter } from '../../electron/core/settings-store';

/** A submitter as Settings would hold one, with the commas a real mailing address has. */
export const SUBMITTER = {
  name: 'Dana Officer',
  telephone: '+1 202 555 0100',
  email: 'export@example.com',
  mailingAddress: '1 Main Street, Suite 4, Springfield, VA 22150, USA',
} as const;

/** Sets the report's submitter straight in the settings table: no audit row, for tests that count them. */
export function giveSubmitter(db: Database, s: Partial<Record<keyof typeof SUBMITTER, string | null>> = SUBMITTER): void {
  setSubmitter(db, s);
}
