import type { Database } from 'better-sqlite3';
import { vi } from 'vitest';

/** The lines of EXPLAIN QUERY PLAN for a statement. */
export function plan(db: Database, sql: string, params: unknown[] = []): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

/**
 * The full table scans of a plan among the given tables: "SCAN parties" or "SCAN p", not
 * "SCAN p USING [COVERING] INDEX ..." (an index range). Aliases name the table behind "p".
 */
export function fullScansOf(tables: readonly string[]) {
  return (lines: string[], aliases: Record<string, string> = {}): string[] =>
    lines.filter((l) => {
      const m = /^SCAN (\w+)(?: (.*))?$/.exec(l);
      if (!m) return false;
      const table = aliases[m[1]!] ?? m[1]!;
      return tables.includes(table) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(m[2] ?? '');
    });
}

/** Records every statement the database prepares from now on, so statements prepared once and cached are seen too. */
export function captureStatements(db: Database): Set<string> {
  const seen = new Set<string>();
  const prepare = db.prepare.bind(db);
  vi.spyOn(db, 'prepare').mockImplementation(((...args: Parameters<typeof db.prepare>) => {
    seen.add(args[0]);
    return prepare(...args);
  }) as typeof db.prepare);
  return seen;
}
