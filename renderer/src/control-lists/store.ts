import { create } from 'zustand';
import type { ControlEntry, ListSnapshot, SearchHit } from '../../../shared/control-lists/types';
import { ApiError, call } from '../api/client';

export type ControlListsTab = 'snapshots' | 'destinations' | 'search' | 'browse' | 'diff';

/** An entry (or one of its paragraphs, e.g. 5A002.a.1) in one snapshot. */
export interface EntryRef {
  code: string;
  snapshotId: number;
}

/** Search scope: every current snapshot, or one chosen snapshot. */
export type SearchScope = 'current' | number;

interface ControlListsState {
  tab: ControlListsTab;
  snapshots: ListSnapshot[];
  snapshotsLoaded: boolean;
  snapshotsError: unknown;

  query: string;
  scope: SearchScope;
  hits: SearchHit[] | null;
  searching: boolean;
  searchError: unknown;

  browseSnapshotId: number | null;

  entryRef: EntryRef | null;
  entry: ControlEntry | null;
  entryLoading: boolean;
  entryError: unknown;
  /** Entries left by following a code link, for the Back button. */
  history: EntryRef[];

  setTab(tab: ControlListsTab): void;
  loadSnapshots(): Promise<void>;
  setQuery(query: string): void;
  setScope(scope: SearchScope): void;
  search(): Promise<void>;
  setBrowseSnapshot(id: number | null): void;
  /**
   * Opens an entry. Following a code link pushes the entry being read onto the Back history;
   * opening from a list starts a fresh history.
   */
  openEntry(ref: EntryRef, opts?: { history?: 'push' | 'keep' | 'reset' }): Promise<void>;
  back(): void;
  closeEntry(): void;
}

// Answers to superseded requests are dropped, so a slow reply never overwrites a newer one.
let searchSeq = 0;
let entrySeq = 0;

export const useControlLists = create<ControlListsState>((set, get) => ({
  tab: 'snapshots',
  snapshots: [],
  snapshotsLoaded: false,
  snapshotsError: null,
  query: '',
  scope: 'current',
  hits: null,
  searching: false,
  searchError: null,
  browseSnapshotId: null,
  entryRef: null,
  entry: null,
  entryLoading: false,
  entryError: null,
  history: [],

  setTab: (tab) => set({ tab }),

  async loadSnapshots() {
    try {
      const snapshots = await call('controls.snapshots', {});
      const { scope, browseSnapshotId } = get();
      const exists = (id: number | null) => id !== null && snapshots.some((s) => s.id === id);
      set({
        snapshots,
        snapshotsLoaded: true,
        snapshotsError: null,
        scope: typeof scope === 'number' && !exists(scope) ? 'current' : scope,
        browseSnapshotId: exists(browseSnapshotId) ? browseSnapshotId : (snapshots.find((s) => s.isCurrent)?.id ?? null),
      });
    } catch (e) {
      set({ snapshotsError: e, snapshotsLoaded: true });
    }
  },

  setQuery: (query) => set({ query }),
  setScope: (scope) => set({ scope }),

  async search() {
    const { query, scope } = get();
    const seq = ++searchSeq;
    if (!query.trim()) {
      set({ hits: null, searching: false, searchError: null });
      return;
    }
    set({ searching: true });
    try {
      const hits = await call('controls.search', {
        query,
        limit: 100,
        ...(scope === 'current' ? {} : { snapshotId: scope }),
      });
      if (seq === searchSeq) set({ hits, searching: false, searchError: null });
    } catch (e) {
      if (seq === searchSeq) set({ hits: null, searching: false, searchError: e });
    }
  },

  setBrowseSnapshot: (browseSnapshotId) => set({ browseSnapshotId }),

  async openEntry(ref, opts = {}) {
    const seq = ++entrySeq;
    const { entryRef, history } = get();
    const mode = opts.history ?? 'reset';
    set({
      entryRef: ref,
      entryLoading: true,
      entryError: null,
      history: mode === 'reset' ? [] : mode === 'push' && entryRef ? [...history, entryRef] : history,
    });
    try {
      const entry = await call('controls.show', ref).catch((e: unknown) => {
        // A code followed from one list may live only in another (an own list citing an ECCN):
        // then the current version of whichever list has it.
        if (mode === 'push' && e instanceof ApiError && e.info.code === 'NOT_FOUND') return call('controls.show', { code: ref.code });
        throw e;
      });
      if (seq === entrySeq) set({ entry, entryRef: { code: ref.code, snapshotId: entry.snapshotId }, entryLoading: false });
    } catch (e) {
      if (seq === entrySeq) set({ entry: null, entryLoading: false, entryError: e });
    }
  },

  back() {
    const { history } = get();
    const prev = history[history.length - 1];
    if (!prev) return;
    set({ history: history.slice(0, -1) });
    void get().openEntry(prev, { history: 'keep' });
  },

  closeEntry: () => set({ entryRef: null, entry: null, entryError: null, history: [] }),
}));

/** "US Commerce Control List · eCFR 2026-07-23" */
export function snapshotName(s: ListSnapshot): string {
  return `${s.listName} · ${s.versionLabel}`;
}
