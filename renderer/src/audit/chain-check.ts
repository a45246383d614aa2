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
  /** Checks the whole chain; a check already running is joined rather than started twice. Quiet keeps the last answer shown until the new one. */
  run(quiet?: boolean): Promise<void>;
  /** The start-up check: once per workspace opened. */
  runOnceFor(workspacePath: string): void;
  /**
   * Checks again after a write, keeping the last answer on screen meanwhile (no "Checking…" flicker
   * on every save); writes in quick succession are checked once, after the last.
   */
  recheckSoon(): void;
}

let running: Promise<void> | null = null;
let recheckTimer: ReturnType<typeof setTimeout> | null = null;
const RECHECK_PAUSE_MS = 300;

/**
 * The hash-chain check of the audit log, shared by the start-up check, the warning banner, the
 * status bar and the Audit page's Verify button, so all of them show the latest answer.
 */
export const useChainCheck = create<ChainCheckState>((set, get) => ({
  check: { state: 'idle' },
  workspacePath: null,

  run(quiet = false) {
    running ??= (async () => {
      if (!quiet || get().check.state !== 'done') set({ check: { state: 'checking' } });
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

  recheckSoon() {
    if (get().workspacePath === null) return;
    if (recheckTimer) clearTimeout(recheckTimer);
    recheckTimer = setTimeout(() => {
      recheckTimer = null;
      // A check already running may have read the log before this write: check once more after it.
      void (running ?? Promise.resolve()).then(() => get().run(true));
    }, RECHECK_PAUSE_MS);
  },
}));
