import { create } from 'zustand';
import type { AuditVerification } from '../../../shared/contract/audit';
import { call } from '../api/client';

export type ChainCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; result: AuditVerification; checkedAt: string }
  | { state: 'failed'; error: unknown };

interface ChainCheckState {
  check: ChainCheck;
  /** The workspace the last check was for: a switch (to the demo) checks again. */
  workspacePath: string | null;
  /** Checks the whole chain; a check already running is joined rather than started twice. */
  run(): Promise<void>;
  /** The start-up check: once per workspace opened. */
  runOnceFor(workspacePath: string): void;
}

let running: Promise<void> | null = null;

/**
 * The hash-chain check of the audit log, shared by the start-up check, the warning banner, the
 * status bar and the Audit page's Verify button, so all of them show the latest answer.
 */
export const useChainCheck = create<ChainCheckState>((set, get) => ({
  check: { state: 'idle' },
  workspacePath: null,

  run() {
    running ??= (async () => {
      set({ check: { state: 'checking' } });
      try {
        const result = await call('audit.verify', {});
        set({ check: { state: 'done', result, checkedAt: new Date().toISOString() } });
      } catch (error) {
        set({ check: { state: 'failed', error } });
      } finally {
        running = null;
      }
    })();
    return running;
  },

  runOnceFor(workspacePath) {
    if (get().workspacePath === workspacePath) return;
    set({ workspacePath });
    // A check still running is of the workspace before: let it end, then check this one.
    void (running ?? Promise.resolve()).then(() => get().run());
  },
}));
