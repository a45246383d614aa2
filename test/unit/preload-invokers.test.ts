/**
 * The preload's method table (electron/preload/invokers.ts): one function per contract method,
 * each passing its own name on, and typed so that a list missing a method or naming one the
 * contract lacks does not compile. The @ts-expect-error lines are checked by `npm run typecheck`:
 * if the typing ever lets those through again, the unused directive fails the type check.
 */
import { describe, expect, it } from 'vitest';
import type { ExportDeskApi } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { invokers } from '../../electron/preload/invokers';

describe('preload invokers', () => {
  it('builds one function per contract method that passes its name and input to invoke', async () => {
    const calls: [string, unknown][] = [];
    const table = invokers(METHOD_NAMES, async (m, input) => {
      calls.push([m, input]);
      return { ok: true, value: m };
    });
    expect(Object.keys(table).sort()).toEqual([...METHOD_NAMES].sort());
    await expect(table['audit.list']({ limit: 3 } as never)).resolves.toEqual({ ok: true, value: 'audit.list' });
    await table['workspace.info'](undefined);
    expect(calls).toEqual([
      ['audit.list', { limit: 3 }],
      ['workspace.info', undefined],
    ]);
  });

  it('a table that is missing a method, names one the contract lacks, or adds a generic call does not compile', () => {
    const invoke = async () => ({ ok: true });
    const onProgress = () => () => {};
    const full: ExportDeskApi = { ...invokers(METHOD_NAMES, invoke), onProgress };
    // @ts-expect-error a method is missing
    const missing: ExportDeskApi = { ...invokers(['workspace.info'] as const, invoke), onProgress };
    // @ts-expect-error 'nope.method' is no contract method
    invokers([...METHOD_NAMES, 'nope.method'] as const, invoke);
    // @ts-expect-error the preload exposes no generic invoke(channel)
    const extra: ExportDeskApi = { ...invokers(METHOD_NAMES, invoke), onProgress, invoke: (channel: string) => channel };
    expect([full, missing, extra].every((t) => typeof t.onProgress === 'function')).toBe(true);
  });
});
