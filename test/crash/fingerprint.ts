import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * What a workspace's records are, table by table, to tell "none" from "all" from anything between.
 * Every row is hashed: the workers run with a fixed clock in the same folders, so the same work
 * writes the same bytes, and "all" can be required to equal the uninterrupted run exactly.
 */
export type Fingerprint = Record<string, string>;

/**
 * Columns to compare instead of the whole row, per table, for work whose bytes differ from run to
 * run (a backup's SHA-256 covers file times): "all" then means the same rows with these columns.
 */
export type LooseTables = Record<string, string[]>;

function userTables(db: Database): { name: string; sql: string }[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'").all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  // An FTS index's shadow tables hold its internal b-tree; the virtual table itself shows the content.
  return rows
    .filter((r) => !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .map((r) => ({ name: r.name, sql: r.sql ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function fingerprint(db: Database, loose: LooseTables = {}): Fingerprint {
  const out: Fingerprint = {};
  for (const { name, sql } of userTables(db)) {
    // One SQL-quoted text per row, built by SQLite (quote() keeps 1, '1' and X'01' apart): far
    // cheaper than turning every cell into a JavaScript value.
    const cols = (loose[name] ?? (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[])).map((c) => `quote(${ident(c)})`);
    // Rowids follow write order, the same in every run; a table without them is sorted by content.
    const order = /WITHOUT ROWID\s*;?\s*$/i.test(sql) ? '1' : 'rowid';
    const h = crypto.createHash('sha256');
    let n = 0;
    for (const text of db.prepare(`SELECT ${cols.join(" || ',' || ")} FROM ${ident(name)} ORDER BY ${order}`).pluck().iterate() as IterableIterator<string>) {
      n++;
      h.update(text).update('\n');
    }
    out[name] = `${n} rows, ${h.digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** The tables whose fingerprints differ, for the report. */
export function differingTables(a: Fingerprint, b: Fingerprint): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => a[t] !== b[t]).sort();
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return differingTables(a, b).length === 0;
}
