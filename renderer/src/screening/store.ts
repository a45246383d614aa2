import { create } from 'zustand';
import type { Progress } from '../../../shared/contract';
import type { ScreeningSnapshot } from '../../../shared/screening/list-types';
import type { QueueItem, RescreenSummary } from '../../../shared/screening/record-types';
import { call, onProgress } from '../api/client';
import { newJobId } from '../components/format';

export type ScreeningTab = 'lists' | 'screen' | 'queue';
export type QueueFilter = 'undecided' | 'open' | 'review';

export const QUEUE_PAGE = 20;

/** A long core call with its progress, kept in the store so it survives switching tabs or areas. */
export type JobState<T> =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; value: T }
  | { kind: 'failed'; error: unknown };

/** Why a re-screening ran: shown above its result. */
export interface RescreenRun {
  reason: string;
  state: JobState<RescreenSummary>;
}

interface ScreeningState {
  tab: ScreeningTab;
  /** A screening record opened from anywhere in the area, shown in place of the tab. */
  openScreeningId: number | null;

  snapshots: ScreeningSnapshot[];
  snapshotsLoaded: boolean;
  snapshotsError: unknown;

  rescreen: RescreenRun | null;

  queueFilter: QueueFilter;
  queueOffset: number;
  queue: { total: number; items: QueueItem[] } | null;
  queueLoading: boolean;
  queueError: unknown;

  setTab(tab: ScreeningTab): void;
  openScreening(id: number | null): void;
  loadSnapshots(): Promise<void>;
  /** Re-screens every party against the current lists, with progress. */
  rescreenAll(reason: string): Promise<void>;
  dismissRescreen(): void;
  setQueueFilter(filter: QueueFilter): void;
  setQueueOffset(offset: number): void;
  loadQueue(): Promise<void>;
}

/**
 * Runs a core call that reports progress under a fresh job id, passing each report to `report`.
 * The listener is attached before the call, so the first reports are not missed.
 */
export async function withProgress<T>(prefix: string, report: (p: Progress) => void, run: (jobId: string) => Promise<T>): Promise<T> {
  const jobId = newJobId(prefix);
  let stop: (() => void) | undefined;
  try {
    stop = onProgress((p) => p.jobId === jobId && report(p));
  } catch {
    // No progress channel: the bar stays indeterminate.
  }
  try {
    return await run(jobId);
  } finally {
    stop?.();
  }
}

// Answers to superseded queue requests are dropped, so a slow reply never overwrites a newer one.
let queueSeq = 0;

export const useScreening = create<ScreeningState>((set, get) => ({
  tab: 'lists',
  openScreeningId: null,
  snapshots: [],
  snapshotsLoaded: false,
  snapshotsError: null,
  rescreen: null,
  queueFilter: 'undecided',
  queueOffset: 0,
  queue: null,
  queueLoading: false,
  queueError: null,

  setTab: (tab) => set({ tab, openScreeningId: null }),
  openScreening: (openScreeningId) => set({ openScreeningId }),

  async loadSnapshots() {
    try {
      set({ snapshots: await call('lists.snapshots', {}), snapshotsLoaded: true, snapshotsError: null });
    } catch (e) {
      set({ snapshotsError: e, snapshotsLoaded: true });
    }
  },

  async rescreenAll(reason) {
    if (get().rescreen?.state.kind === 'running') return;
    set({ rescreen: { reason, state: { kind: 'running', progress: null } } });
    const update = (state: JobState<RescreenSummary>) => set((s) => ({ rescreen: s.rescreen ? { ...s.rescreen, state } : null }));
    try {
      const value = await withProgress(
        'rescreen',
        (p) => {
          if (get().rescreen?.state.kind === 'running') update({ kind: 'running', progress: p });
        },
        (jobId) => call('screening.rescreenAll', { jobId }),
      );
      update({ kind: 'done', value });
    } catch (error) {
      update({ kind: 'failed', error });
    }
    // New hits land in the queue.
    if (get().queue) void get().loadQueue();
  },

  dismissRescreen: () => set({ rescreen: null }),

  setQueueFilter(queueFilter) {
    set({ queueFilter, queueOffset: 0 });
    void get().loadQueue();
  },
  setQueueOffset(queueOffset) {
    set({ queueOffset: Math.max(0, queueOffset) });
    void get().loadQueue();
  },

  async loadQueue() {
    const seq = ++queueSeq;
    const { queueFilter, queueOffset } = get();
    set({ queueLoading: true });
    try {
      const queue = await call('screening.queue', { status: queueFilter, limit: QUEUE_PAGE, offset: queueOffset });
      if (seq !== queueSeq) return;
      // Deciding the last item of the last page leaves it empty: step back a page.
      if (queue.items.length === 0 && queueOffset > 0 && queue.total > 0) {
        set({ queueOffset: Math.max(0, Math.floor((queue.total - 1) / QUEUE_PAGE) * QUEUE_PAGE) });
        return get().loadQueue();
      }
      set({ queue, queueLoading: false, queueError: null });
    } catch (e) {
      if (seq === queueSeq) set({ queueLoading: false, queueError: e });
    }
  },
}));
