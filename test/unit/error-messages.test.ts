/**
 * Errors in plain words: every contract method, given bad input of several kinds, answers with a
 * message a compliance officer reads — never the call's name, "Invalid input", a stack line or
 * SQLite's own words. The message names the field by the label the forms use.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { contract, type Method } from '../../shared/contract';
import { BUSY_MESSAGE, toErrorInfo } from '../../shared/errors';
import { cleanupTemp, openTempWorkspace } from './helpers';

afterAll(cleanupTemp);

const methods = Object.keys(contract) as Method[];

/** What must never reach a user. */
function leaks(message: string): string[] {
  const found: string[] = [];
  for (const m of methods) if (message.includes(m)) found.push(`the call name ${m}`);
  if (/invalid input/i.test(message)) found.push('"Invalid input"');
  if (/\n\s*at |\bat .+\.[jt]s:\d+/.test(message)) found.push('a stack line');
  if (/SQLITE_|constraint failed|no such (table|column)|syntax error|database is locked|near ".*":/i.test(message)) found.push('SQL words');
  if (/expected (string|number|object|array|boolean), received/i.test(message)) found.push("zod's own words");
  return found;
}

/** The keys of an object schema, looking through optional and refinement wrappers. */
function keysOf(schema: z.ZodType): string[] {
  let def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  for (let i = 0; i < 5; i++) {
    if (def.type === 'object') return Object.keys(def.shape as object);
    const inner = (def.innerType ?? def.in) as { _zod: { def: Record<string, unknown> } } | undefined;
    if (!inner) return [];
    def = inner._zod.def;
  }
  return [];
}

function badInputs(schema: z.ZodType): unknown[] {
  const keys = keysOf(schema);
  return [
    42,
    'not an object',
    [],
    // Every field the wrong type: text where a number goes, a number where text goes.
    Object.fromEntries(keys.map((k) => [k, 'x'])),
    Object.fromEntries(keys.map((k) => [k, 12345])),
    Object.fromEntries(keys.map((k) => [k, 'Acme\u001b[2J\u202e'])),
  ];
}

describe('every contract method refuses bad input in plain words', () => {
  const { core } = openTempWorkspace();

  it.each(methods)('%s', async (method) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let refused = 0;
    for (const input of badInputs(contract[method].input as z.ZodType)) {
      const r = await core.call(method, input);
      if (r.ok) continue;
      refused++;
      expect(leaks(r.error.message), `${method}(${JSON.stringify(input)}) said: ${r.error.message}`).toEqual([]);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
    expect(refused).toBeGreaterThan(0);
  });
});

describe('messages name the field as the forms do', () => {
  it.each([
    { method: 'parties.create', input: { kind: 'commercial', country: 'DE' }, field: 'legalName', says: /^the legal name is missing$/ },
    { method: 'parties.create', input: { legalName: 'Acme', kind: 'commercial', country: 'DE', addresses: [{ city: 7, country: 'DE' }] }, field: 'addresses[0].city', says: /^the city of address 1 must be text$/ },
    { method: 'items.list', input: { usClass: 'five-a' }, field: 'usClass', says: /^the classification filter must be/ },
    { method: 'classifications.save', input: { itemId: 1, jurisdiction: 'us-ear', kind: 'entry', entryCode: 'x', rationale: 'r', status: 'final' }, field: 'entryCode', says: /^a code looks like 5A992/ },
    { method: 'screening.queue', input: { limit: 0 }, field: 'limit', says: /^the limit must be at least 1$/ },
    { method: 'applications.list', input: { status: 'sent' }, field: 'status', says: /^the status must be draft, / },
  ] as const)('$method: $field', async ({ method, input, field, says }) => {
    const { core } = openTempWorkspace();
    const r = await core.call(method, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.field).toBe(field);
    expect(r.error.message).toMatch(says);
  });
});

describe("SQLite's failures in words", () => {
  it('a busy database is BUSY with a message saying to try again', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(toErrorInfo(busy)).toEqual({ code: 'BUSY', message: BUSY_MESSAGE });
    expect(BUSY_MESSAGE).toMatch(/try again/);
  });

  it('any other unexpected error keeps its words out of the message', () => {
    const sql = Object.assign(new Error('UNIQUE constraint failed: parties.id'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    for (const e of [sql, new Error('no such table: partys'), new TypeError("Cannot read properties of undefined (reading 'id')")]) {
      const info = toErrorInfo(e);
      expect(info.code).toBe('INTERNAL');
      expect(leaks(info.message)).toEqual([]);
      expect(info.message).not.toContain(e.message);
    }
  });
});
