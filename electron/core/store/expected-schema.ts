import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

/** One row of sqlite_schema: what SQLite runs when a database is opened and queried. */
export interface SchemaObject {
  type: string;
  name: string;
  table: string;
  /** The CREATE statement with its whitespace collapsed; null for SQLite's own automatic indexes. */
  sql: string | null;
}

/** A difference between a database's schema and the one its version has, in words. */
export type SchemaDifference = string;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where the quoted name or string literal starting at `i` ends (SQLite doubles a quote to escape it). */
function quotedEnd(sql: string, i: number): number {
  const close = sql[i] === '[' ? ']' : sql[i]!;
  let at = i + 1;
  for (;;) {
    const j = sql.indexOf(close, at);
    if (j < 0) return sql.length;
    if (close !== ']' && sql[j + 1] === close) {
      at = j + 2;
      continue;
    }
    return j + 1;
  }
}

/**
 * A CREATE statement with the whitespace between its tokens collapsed to one space, and inside
 * comments too, but string literals and quoted names kept exactly: the same migration checked out
 * with other line ends or indentation compares equal, while a changed literal (a CHECK's allowed
 * values, a RAISE message) does not.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  let space = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      space = true;
      i++;
      continue;
    }
    let end = i + 1;
    let token = c;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      end = quotedEnd(sql, i);
      token = sql.slice(i, end);
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      end = nl < 0 ? sql.length : nl;
      // The line end stays: it is what ends the comment.
      token = `-- ${collapse(sql.slice(i + 2, end))}\n`;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      end = close < 0 ? sql.length : close + 2;
      token = `/* ${collapse(sql.slice(i + 2, close < 0 ? sql.length : close))} */`;
    }
    if (space && out && !out.endsWith('\n')) out += ' ';
    space = false;
    out += token;
    i = end;
  }
  return out;
}

const normalise = (sql: string | null) => (sql === null ? null : normaliseSql(sql));

/**
 * The schema of a database as SQLite stores it. Reading sqlite_schema parses the CREATE
 * statements but runs none of them: no view is queried and no trigger fires.
 */
export function schemaOf(db: Database.Database): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];
  return rows.map((r) => ({ ...r, sql: normalise(r.sql) }));
}

const expected = new Map<number, SchemaObject[]>();

/**
 * The schema ExportDesk's own migrations give a database of `version`: built once per version on
 * an in-memory database by running the numbered migrations up to it, exactly as a workspace is built.
 */
export function expectedSchema(version: number): SchemaObject[] {
  const known = expected.get(version);
  if (known) return known;
  const db = new Database(':memory:');
  try {
    db.transaction(() => {
      for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
    })();
    const schema = schemaOf(db);
    expected.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const a = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** "x", "x and y", "x, y and z", at most `max` names then "and N more". */
function names(list: string[], max: number): string {
  const shown = list.slice(0, max);
  const more = list.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0]!;
}

/** The order a reader needs them in: what holds the records first, then what guards them. */
const KIND_ORDER = ['table', 'view', 'trigger', 'index'];
const byKind = (x: string, y: string) => (KIND_ORDER.indexOf(x) + 1 || 99) - (KIND_ORDER.indexOf(y) + 1 || 99);
const plural = (kind: string) => (kind === 'index' ? 'indexes' : `${kind}s`);

/** Names grouped by kind, in KIND_ORDER. */
function grouped(objects: SchemaObject[]): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const o of objects) out.set(o.type, [...(out.get(o.type) ?? []), o.name]);
  return [...out.entries()].sort(([x], [y]) => byKind(x, y));
}

/**
 * Every way `actual` differs from the schema its version should have, in words: an object of
 * another kind under a name ExportDesk uses (a view where it has a table), objects ExportDesk never
 * creates, objects whose definition (columns, constraints, trigger body, view query, indexed
 * columns) is not exactly ExportDesk's, and the objects missing, by kind. Empty when the schema is
 * exactly ExportDesk's.
 */
export function schemaDifferences(actual: SchemaObject[], version: number): SchemaDifference[] {
  const want = expectedSchema(version);
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;
  const wantByKey = new Map(want.map((o) => [key(o), o]));
  const gotKeys = new Set(actual.map(key));
  const wantTypeOf = new Map(want.map((o) => [o.name, o.type]));
  const otherKind: string[] = [];
  const extra: SchemaObject[] = [];
  const changed: SchemaObject[] = [];
  const replaced = new Set<string>();
  for (const o of actual) {
    const w = wantByKey.get(key(o));
    if (w) {
      if (w.sql !== o.sql || w.table !== o.table) changed.push(o);
      continue;
    }
    const other = wantTypeOf.get(o.name);
    if (other && !gotKeys.has(`${other}\u0000${o.name}`)) {
      otherKind.push(`it holds ${a(o.type)} ${o.name} where ExportDesk has ${a(other)}`);
      replaced.add(`${other}\u0000${o.name}`);
    } else extra.push(o);
  }
  const missing = want.filter((w) => !gotKeys.has(key(w)) && !replaced.has(key(w)));
  const out = [...otherKind];
  for (const [kind, list] of grouped(extra)) {
    out.push(list.length === 1 ? `it holds ${a(kind)} ${list[0]}, which ExportDesk never creates` : `it holds ${plural(kind)} ${names(list, 12)}, which ExportDesk never creates`);
  }
  for (const o of changed.sort((x, y) => byKind(x.type, y.type))) out.push(`its ${o.type} ${o.name} is not the one ExportDesk creates`);
  for (const [kind, list] of grouped(missing)) out.push(`it lacks the ${list.length > 1 ? plural(kind) : kind} ${names(list, 12)}`);
  return out;
}
