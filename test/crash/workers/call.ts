/**
 * Crash worker: opens the core on a workspace and makes one contract call, printing markers.
 * Usage: node WORKER WORKSPACE SPEC_JSON, SPEC_JSON being { method, input, clock, exitWhenDone? }.
 */
import { handlers } from '../../../electron/core';
import { createCore, type HandlerMap, type WriteHandler } from '../../../electron/core/registry';
import { openWorkspace } from '../../../electron/core/workspace';
import type { Method } from '../../../shared/contract';
import { idleUntilKilled, mark, MARK } from './markers';

interface CallSpec {
  method: Method;
  input: unknown;
  /** A fixed clock: every run then writes the same bytes, so "all" can be compared exactly. */
  clock: string;
  exitWhenDone?: boolean;
}

/** The same handlers, with markers around the commit of the method under test; behaviour unchanged. */
function withCommitMarkers(all: HandlerMap, method: Method): HandlerMap {
  // A method not (yet) in the contract has no handler: the call itself then says so.
  const h = all[method] as unknown as Partial<WriteHandler<Method, unknown>> | undefined;
  if (typeof h?.commit !== 'function') return all;
  const commit = h.commit.bind(h);
  const wrapped: WriteHandler<Method, unknown> = {
    ...(h as WriteHandler<Method, unknown>),
    commit(tx, input, prepared) {
      mark(MARK.commit);
      const out = commit(tx, input, prepared);
      mark(MARK.committed);
      return out;
    },
  };
  return { ...all, [method]: wrapped } as HandlerMap;
}

async function main(): Promise<void> {
  const [dir, specJson] = process.argv.slice(2);
  if (!dir || !specJson) throw new Error('usage: call WORKSPACE SPEC_JSON');
  const spec = JSON.parse(specJson) as CallSpec;
  const ws = openWorkspace(dir);
  const core = createCore(ws, withCommitMarkers(handlers, spec.method), { clock: () => new Date(spec.clock) });
  mark(MARK.opened);
  mark(MARK.started);
  const r = await core.call(spec.method, spec.input);
  mark(MARK.done, r.ok ? { ok: true } : { ok: false, code: r.error.code, message: r.error.message });
  if (spec.exitWhenDone) {
    ws.close();
    process.exit(r.ok ? 0 : 1);
  }
  idleUntilKilled();
}

// No top-level await: the worker is also bundled as CommonJS, the way the desktop app ships the core.
void main();
