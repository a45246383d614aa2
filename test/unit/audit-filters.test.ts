import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { auditScenario, OS_USER } from './audit-helpers';
import { cleanupTemp, failed, ok, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

type Filters = NonNullable<Input<'audit.count'>>;

/** Each filter alone and in combination, with the rows of the scenario (see audit-helpers.ts) it must select. */
const CASES: { what: string; f: Filters; ids: number[] }[] = [
  { what: 'no filter', f: {}, ids: [7, 6, 5, 4, 3, 2, 1] },
  { what: 'kind of record', f: { recordType: 'party' }, ids: [7, 5, 3, 2] },
  { what: 'one record', f: { recordType: 'party', recordId: '1' }, ids: [7, 3, 2] },
  { what: 'a record with no history', f: { recordType: 'party', recordId: '99' }, ids: [] },
  { what: 'user', f: { actor: 'Grace' }, ids: [7, 6, 5] },
  { what: 'user who changed the name', f: { actor: OS_USER }, ids: [1] },
  { what: 'one action', f: { action: 'parties.update' }, ids: [7, 3] },
  { what: 'action prefix', f: { actionPrefix: 'parties.' }, ids: [7, 5, 3, 2] },
  { what: 'another action prefix', f: { actionPrefix: 'settings.' }, ids: [4, 1] },
  { what: 'an action prefix matching nothing', f: { actionPrefix: 'licenses.' }, ids: [] },
  { what: 'an action prefix is not a pattern', f: { actionPrefix: 'parties%' }, ids: [] },
  { what: 'from a date: the whole day from its first millisecond', f: { from: '2026-03-02' }, ids: [7, 6, 5, 4, 3] },
  { what: 'to a date: the whole day to its last millisecond', f: { to: '2026-03-01' }, ids: [2, 1] },
  { what: 'one day', f: { from: '2026-03-02', to: '2026-03-02' }, ids: [4, 3] },
  { what: 'instants, both bounds inclusive', f: { from: '2026-03-01T23:59:59.999Z', to: '2026-03-02T00:00:00.000Z' }, ids: [3, 2] },
  { what: 'an instant with a time-zone offset', f: { to: '2026-03-02T01:00:00+01:00' }, ids: [3, 2, 1] },
  { what: 'dates with no rows', f: { from: '2027-01-01' }, ids: [] },
  { what: 'user and action prefix', f: { actor: 'Grace', actionPrefix: 'parties.' }, ids: [7, 5] },
  { what: 'record and user', f: { recordType: 'party', recordId: '1', actor: 'Ada' }, ids: [3, 2] },
  { what: 'user and dates', f: { actor: 'Ada', from: '2026-03-02', to: '2026-03-03' }, ids: [4, 3] },
  { what: 'kind of record, action and dates', f: { recordType: 'party', action: 'parties.create', from: '2026-03-02' }, ids: [5] },
  { what: 'every filter at once', f: { recordType: 'party', recordId: '1', actor: 'Grace', action: 'parties.update', from: '2026-03-04', to: '2026-03-04' }, ids: [7] },
  { what: 'filters that exclude each other', f: { actor: 'Ada', action: 'items.create' }, ids: [] },
];

describe('audit.list and audit.count: filters', () => {
  it.each(CASES)('$what', async ({ f, ids }) => {
    const ws = await auditScenario();
    expect(ok(await ws.core.call('audit.list', f)).map((r) => r.id)).toEqual(ids);
    expect(ok(await ws.core.call('audit.count', f))).toEqual({ total: ids.length });
  });

  it('returns whole rows with before and after', async () => {
    const ws = await auditScenario();
    const [row] = ok(await ws.core.call('audit.list', { action: 'parties.update', to: '2026-03-02' }));
    expect(row).toEqual({
      id: 3,
      at: '2026-03-02T00:00:00.000Z',
      actor: 'Ada',
      action: 'parties.update',
      recordType: 'party',
      recordId: '1',
      before: { notes: null },
      after: { notes: 'End use confirmed by phone' },
    });
  });

  it('finds a row by its date even when it was written while the clock was set back', async () => {
    const ws = await auditScenario();
    ws.setClock('2026-03-01T12:00:00.000Z');
    ok(await ws.core.call('settings.update', { userName: 'Back in time' }));
    expect(ok(await ws.core.call('audit.list', { from: '2026-03-01', to: '2026-03-01' })).map((r) => r.id)).toEqual([8, 2, 1]);
    expect(ok(await ws.core.call('audit.count', { from: '2026-03-01', to: '2026-03-01' }))).toEqual({ total: 3 });
    expect(ok(await ws.core.call('audit.list', { from: '2026-03-04' })).map((r) => r.id)).toEqual([7]);
    expect(ok(await ws.core.call('audit.count', { from: '2026-03-04', actor: 'Grace' }))).toEqual({ total: 1 });
  });
});

describe('audit.list: paging', () => {
  it('pages newest first by offset and limit, and the pages add up to the count', async () => {
    const ws = await auditScenario();
    const page = async (offset: number, limit: number, f: Filters = {}) => ok(await ws.core.call('audit.list', { ...f, offset, limit })).map((r) => r.id);
    expect(await page(0, 3)).toEqual([7, 6, 5]);
    expect(await page(3, 3)).toEqual([4, 3, 2]);
    expect(await page(6, 3)).toEqual([1]);
    expect(await page(7, 3)).toEqual([]);
    const f = { actionPrefix: 'parties.' };
    expect([...(await page(0, 2, f)), ...(await page(2, 2, f))]).toEqual([7, 5, 3, 2]);
    expect(await page(1, 2, { ...f, from: '2026-03-02' })).toEqual([5, 3]);
  });

  it('returns 200 rows unless told otherwise, and refuses more than 1000', async () => {
    const ws = await auditScenario();
    for (let i = 0; i < 200; i++) ok(await ws.core.call('settings.update', { userName: `User ${i}` }));
    expect(ok(await ws.core.call('audit.list', {}))).toHaveLength(200);
    expect(ok(await ws.core.call('audit.list', { limit: 1000 }))).toHaveLength(207);
    expect(failed(await ws.core.call('audit.list', { limit: 1001 }))).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
  });
});

describe('audit.facets', () => {
  it('lists the users, actions and kinds of record in the log, sorted', async () => {
    const ws = await auditScenario();
    expect(ok(await ws.core.call('audit.facets', {}))).toEqual({
      actors: ['Ada', 'Grace', OS_USER].sort((a, b) => a.localeCompare(b)),
      actions: ['items.create', 'parties.create', 'parties.update', 'settings.update'],
      recordTypes: ['item', 'party', 'settings'],
    });
  });

  it('is empty on a new workspace', async () => {
    const ws = openTempWorkspace();
    expect(ok(await ws.core.call('audit.facets', {}))).toEqual({ actors: [], actions: [], recordTypes: [] });
  });
});

describe('audit filters: input errors name the field', () => {
  const refusals: { f: Record<string, unknown>; field: string; message: RegExp }[] = [
    { f: { recordId: '1' }, field: 'recordId', message: /a record id needs its record type/ },
    { f: { action: 'parties.update', actionPrefix: 'parties.' }, field: 'actionPrefix', message: /either one action or an action prefix/ },
    { f: { from: '2026-03-04', to: '2026-03-01' }, field: 'to', message: /the end date is before the start date/ },
    { f: { from: '2026-02-30' }, field: 'from', message: /the start date must be a date YYYY-MM-DD/ },
    { f: { to: 'last week' }, field: 'to', message: /the end date must be a date YYYY-MM-DD/ },
    { f: { actor: '  ' }, field: 'actor', message: /the user name cannot be empty/ },
  ];
  it.each(refusals)('refuses $field: $message', async ({ f, field, message }) => {
    const ws = await auditScenario();
    for (const method of ['audit.list', 'audit.count', 'audit.exportCsv'] as const) {
      const e = failed(await ws.core.call(method, f as Filters));
      expect(e).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(e.message).toMatch(message);
    }
  });
});

describe('exportdesk audit list', () => {
  async function cli(args: string[]) {
    const ws = await auditScenario();
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--workspace', ws.dir, '--json', 'audit', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err };
  }

  it('takes the same filters, a trailing dot or * meaning every action of an area', async () => {
    const ids = async (args: string[]) => (JSON.parse((await cli(['list', ...args])).out) as { id: number }[]).map((r) => r.id);
    expect(await ids(['--user', 'Grace', '--action', 'parties.'])).toEqual([7, 5]);
    expect(await ids(['--action', 'parties*'])).toEqual([7, 5, 3, 2]);
    expect(await ids(['--action', 'parties.update', '--from', '2026-03-02', '--to', '2026-03-02'])).toEqual([3]);
    expect(await ids(['--record-type', 'party', '--record-id', '1', '--limit', '2', '--offset', '1'])).toEqual([3, 2]);
  });

  it('fails with the field at fault', async () => {
    const r = await cli(['list', '--record-id', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['exportdesk: error: a record id needs its record type (party, item, application, ...)']);
  });
});
