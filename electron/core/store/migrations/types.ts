import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /** Runs inside the migration transaction; must not commit or open its own. */
  up(db: Database): void;
}
