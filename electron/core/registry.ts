import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { contract, type Contract, type Method, type Output, type ParsedInput, type Progress } from '../../shared/contract';
import type { PathPurpose } from '../../shared/contract/host';
import { AppError, toErrorInfo, type Result } from '../../shared/errors';
import { appendAudit, type AuditEntry } from './audit';
import { recordAuditHead } from './audit-head';
import type { Workspace } from './workspace';
import { getUserName } from './settings-store';
import { inputError, plainIssueMessage } from './input-errors';

export interface HandlerContext {
  ws: Workspace;
  db: Database;
  actor(): string;
  now(): string;
  /** Reports progress of a long call; awaiting it lets the transport deliver the event. */
  progress(phase: string, done: number, total: number): Promise<void>;
  /** The program serving the core (desktop app, bridge), when it offers more than the CLI. */
  host?: HostServices;
}

/**
 * What a host can do outside the workspace. The core validates the request and decides what is
 * allowed (only files inside the workspace folder are shown); the host only carries it out.
 */
export interface HostServices {
  kind: 'desktop' | 'bridge';
  /** Switches the host to the demo workspace and answers with its folder. */
  openDemo?(): Promise<{ path: string }>;
  showInFolder?(absolutePath: string): void;
  /** Closes the workspace served now and serves the one in `dir` (checked by the core first). */
  switchWorkspace?(dir: string): Promise<{ path: string }>;
  /** The workspace served before the demo was opened, or null. */
  previousWorkspace?(): string | null;
  /** A native file or folder dialog; null when the user cancels. */
  choosePath?(purpose: PathPurpose, defaultPath?: string): Promise<string | null>;
}

/** What a write handler gets inside its transaction. */
export interface Tx {
  db: Database;
  at: string;
  actor: string;
  ctx: HandlerContext;
  audit(entry: AuditEntry): void;
  /**
   * Undoes a change outside the database (a file written to the attachments folder) when the
   * transaction rolls back, so nothing is left half-written.
   */
  onRollback(undo: () => void): void;
}

export interface ReadHandler<M extends Method> {
  run(ctx: HandlerContext, input: ParsedInput<M>): Output<M> | Promise<Output<M>>;
}

/**
 * A write runs in two phases: `prepare` may be slow and async (read and parse a file, report
 * progress) but must not write; `commit` runs synchronously inside one transaction with its audit rows.
 */
export interface WriteHandler<M extends Method, P = void> {
  prepare?(ctx: HandlerContext, input: ParsedInput<M>): P | Promise<P>;
  commit(tx: Tx, input: ParsedInput<M>, prepared: P): Output<M>;
  /**
   * Follow-up work after the commit (screening the parties an import wrote), in as many further
   * transactions as it likes, each with its own audit rows: a failure there keeps what `commit` wrote.
   * Its result replaces the commit's.
   */
  afterCommit?(ctx: HandlerContext, input: ParsedInput<M>, committed: Output<M>, transact: Transact): Promise<Output<M>>;
}

/** Runs one more audited transaction, as the registry runs `commit`. */
export type Transact = <T>(action: string, write: (tx: Tx) => T) => T;

export type HandlerFor<M extends Method> = Contract[M]['kind'] extends 'write'
  ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
    WriteHandler<M, any>
  : ReadHandler<M>;

export type HandlerMap<Ms extends Method = Method> = { [M in Ms]: HandlerFor<M> };

export interface CallOptions {
  onProgress?: (p: Progress) => void;
}

export interface Core {
  ws: Workspace;
  call<M extends Method>(method: M, input: unknown, opts?: CallOptions): Promise<Result<Output<M>>>;
}

export interface CoreOptions {
  clock?: () => Date;
  host?: HostServices;
}

/** Joins per-domain handler maps, refusing a name twice and any contract method left without one. */
export function combineHandlers(...maps: Partial<HandlerMap>[]): HandlerMap {
  const all: Partial<Record<Method, unknown>> = {};
  for (const map of maps) {
    for (const name of Object.keys(map) as Method[]) {
      if (name in all) throw new Error(`Handler ${name} is registered twice`);
      if (!(name in contract)) throw new Error(`Handler ${name} is not in the contract`);
      all[name] = map[name];
    }
  }
  const missing = (Object.keys(contract) as Method[]).filter((m) => !(m in all));
  if (missing.length) throw new Error(`Contract methods without a handler: ${missing.join(', ')}`);
  return all as HandlerMap;
}

function runUndoingOnFailure<T>(undos: (() => void)[], run: () => T): T {
  try {
    return run();
  } catch (e) {
    for (const undo of undos.reverse()) {
      try {
        undo();
      } catch (u) {
        console.error('[exportdesk] undoing a rolled-back write failed:', u);
      }
    }
    throw e;
  }
}

export function createCore(ws: Workspace, handlers: HandlerMap, opts: CoreOptions = {}): Core {
  const clock = opts.clock ?? (() => new Date());

  async function call<M extends Method>(method: M, rawInput: unknown, callOpts: CallOptions = {}): Promise<Result<Output<M>>> {
    try {
      const spec = contract[method];
      if (!spec) throw new AppError('INVALID_INPUT', 'This version of ExportDesk does not know that request.');
      // Messages in the field's own words ("The legal name cannot be empty."), never the call's name.
      const parsed = spec.input.safeParse(rawInput, { error: plainIssueMessage });
      if (!parsed.success) throw inputError(parsed.error);
      const input = parsed.data as ParsedInput<M>;
      const jobId = (input as { jobId?: string } | undefined)?.jobId;
      let lastEmit = 0;
      const ctx: HandlerContext = {
        ws,
        db: ws.db,
        actor: () => getUserName(ws.db),
        now: () => clock().toISOString(),
        host: opts.host,
        async progress(phase, done, total) {
          if (!callOpts.onProgress || !jobId) return;
          const t = Date.now();
          if (done !== 0 && done !== total && t - lastEmit < 30) return;
          lastEmit = t;
          callOpts.onProgress({ jobId, phase, done, total });
          await new Promise((r) => setImmediate(r));
        },
      };
      const handler = handlers[method] as unknown;
      if (spec.kind === 'read') {
        const value = await (handler as ReadHandler<M>).run(ctx, input);
        return { ok: true, value };
      }
      const write = handler as WriteHandler<M, unknown>;
      const prepared = write.prepare ? await write.prepare(ctx, input) : undefined;
      const more: Transact = (action, commit) => transact(ctx, action, commit);
      const committed = more(method, (tx) => write.commit(tx, input, prepared));
      const value = write.afterCommit ? await write.afterCommit(ctx, input, committed, more) : committed;
      return { ok: true, value };
    } catch (e) {
      const info = toErrorInfo(e);
      if (info.code === 'INTERNAL') console.error(`[exportdesk] ${String(method)} failed:`, e);
      return { ok: false, error: info };
    }
  }

  function transact<T>(ctx: HandlerContext, action: string, commit: (tx: Tx) => T): T {
    const undos: (() => void)[] = [];
    // BEGIN IMMEDIATE: the write lock is held from the commit's first statement, so a file it places
    // in the workspace folder before its row (an attachment) is never taken for a crash's leftover
    // by another process opening the workspace (orphan-files.ts), and no commit acts on a snapshot
    // another process has changed since.
    const value = runUndoingOnFailure(undos, () => ws.db.transaction(() => {
      let audited = 0;
      const tx: Tx = {
        db: ws.db,
        at: ctx.now(),
        actor: ctx.actor(),
        ctx,
        audit(entry) {
          appendAudit(ws.db, tx.actor, tx.at, entry);
          audited++;
        },
        onRollback(undo) {
          undos.push(undo);
        },
      };
      const out = commit(tx);
      // A write that leaves no audit row would be an unexplained change to the records.
      if (audited === 0) throw new Error(`${action} wrote without an audit row`);
      return out;
    }).immediate());
    try {
      recordAuditHead(ws.dir, ws.db);
    } catch (e) {
      // The write itself is committed; a missed head only weakens the check for a cut log.
      console.error('[exportdesk] could not record the audit head:', e);
    }
    return value;
  }

  return { ws, call };
}
