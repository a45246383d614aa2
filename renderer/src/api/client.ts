import { contract, type ExportDeskApi, type Input, type Method, type Output, type Progress } from '../../../shared/contract';
import { METHOD_NAMES as METHODS } from '../../../shared/contract/methods';
import type { ErrorInfo, Result } from '../../../shared/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the UI runs against the localhost bridge. */
    exportdesk?: ExportDeskApi;
  }
}

/** A failed call, carrying the core's error envelope (code, message, field, file, line). */
export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

const TOKEN_HEADER = 'x-exportdesk-token';

/** The same one-function-per-method shape as the preload, over the localhost bridge's HTTP API. */
function bridgeApi(token: string): ExportDeskApi {
  const listeners = new Set<(p: Progress) => void>();
  let events: EventSource | undefined;
  const api: Record<string, unknown> = {
    onProgress(listener: (p: Progress) => void) {
      listeners.add(listener);
      if (!events) {
        events = new EventSource(`./api/events?token=${encodeURIComponent(token)}`);
        events.onmessage = (e) => {
          const p = JSON.parse(e.data as string) as Progress;
          for (const l of listeners) l(p);
        };
      }
      return () => listeners.delete(listener);
    },
  };
  for (const m of METHODS) {
    api[m] = async (input: unknown): Promise<Result<unknown>> => {
      try {
        const res = await fetch(`./api/${encodeURIComponent(m)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch (e) {
        return { ok: false, error: { code: 'INTERNAL', message: `The ExportDesk core is not reachable: ${(e as Error).message}` } };
      }
    };
  }
  return api as ExportDeskApi;
}

let cached: ExportDeskApi | undefined;

export function api(): ExportDeskApi {
  if (cached) return cached;
  if (window.exportdesk) return (cached = window.exportdesk);
  const token = document.querySelector<HTMLMetaElement>('meta[name="exportdesk-bridge-token"]')?.content;
  if (!token) throw new Error('ExportDesk is not connected: no preload and no bridge token');
  return (cached = bridgeApi(token));
}

const writtenListeners = new Set<(method: Method) => void>();

/**
 * Called after every write the core accepted (the contract marks which calls write), so what shows
 * a count or a summary of the records (the status bar's audit line) can refresh without each page
 * remembering to tell it.
 */
export function onWritten(listener: (method: Method) => void): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

/** Calls the core and returns the value, or throws an ApiError with the core's message. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const fn = api()[method] as (i: Input<M>) => Promise<Result<Output<M>>>;
  const r = await fn(input);
  if (!r.ok) throw new ApiError(r.error);
  if (contract[method].kind === 'write') for (const l of writtenListeners) l(method);
  return r.value;
}

export function onProgress(listener: (p: Progress) => void): () => void {
  return api().onProgress(listener);
}

/** Reads a picked file as base64 for `{ name, base64 }` file sources. */
export async function fileToSource(file: File): Promise<{ name: string; base64: string }> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(bin) };
}
