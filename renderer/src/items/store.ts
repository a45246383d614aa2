import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { Item, ItemSummary, ItemType } from '../../../shared/items/types';
import { call } from '../api/client';

export const PAGE_SIZE = 100;

export interface ItemFilterState {
  search: string;
  itemType: ItemType | '';
  /** "us:5A992", "eu:NOT-LISTED", "us:unclassified"; '' for any. */
  classification: string;
  needsReview: boolean;
}

/** What the right-hand pane shows. */
export type ItemPane = 'view' | 'create' | 'edit' | 'classify';
export type ItemTab = 'details' | 'classification' | 'documents' | 'history';

interface ItemsState {
  filters: ItemFilterState;
  /** Bumped whenever the rows may have changed; pages of an older generation are dropped. */
  generation: number;
  total: number | null;
  pages: Record<number, ItemSummary[]>;
  loadingPages: Record<number, boolean>;
  listError: unknown;
  /** Open reviews in the workspace, for the banner. */
  openReviews: number;

  selectedId: number | null;
  item: Item | null;
  itemError: unknown;
  pane: ItemPane;
  tab: ItemTab;
  importOpen: boolean;
  reportOpen: boolean;

  setFilters(change: Partial<ItemFilterState>): void;
  loadPage(index: number): Promise<void>;
  /** After a change: reload the table, the open item and the review count. */
  refresh(): Promise<void>;
  select(id: number | null, tab?: ItemTab): Promise<void>;
  reloadItem(): Promise<void>;
  setPane(pane: ItemPane): void;
  setTab(tab: ItemTab): void;
  setImportOpen(open: boolean): void;
  setReportOpen(open: boolean): void;
}

export function filterInput(f: ItemFilterState): NonNullable<Input<'items.list'>> {
  const [jurisdiction, value] = f.classification.split(':');
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.itemType ? { itemType: f.itemType } : {}),
    ...(jurisdiction === 'us' && value ? { usClass: value } : {}),
    ...(jurisdiction === 'eu' && value ? { euClass: value } : {}),
    ...(f.needsReview ? { needsReview: true } : {}),
  };
}

const EMPTY_FILTERS: ItemFilterState = { search: '', itemType: '', classification: '', needsReview: false };
let itemSeq = 0;

export const useItems = create<ItemsState>((set, get) => ({
  filters: EMPTY_FILTERS,
  generation: 0,
  total: null,
  pages: {},
  loadingPages: {},
  listError: null,
  openReviews: 0,
  selectedId: null,
  item: null,
  itemError: null,
  pane: 'view',
  tab: 'details',
  importOpen: false,
  reportOpen: false,

  setFilters(change) {
    set((s) => ({ filters: { ...s.filters, ...change }, generation: s.generation + 1, pages: {}, loadingPages: {}, total: null }));
    void get().loadPage(0);
  },

  async loadPage(index) {
    const { generation, pages, loadingPages, filters } = get();
    if (pages[index] || loadingPages[index]) return;
    set((s) => ({ loadingPages: { ...s.loadingPages, [index]: true } }));
    try {
      // Only the first page counts the matches; later pages reuse that total.
      const page = await call('items.list', { ...filterInput(filters), offset: index * PAGE_SIZE, limit: PAGE_SIZE, withTotal: index === 0 });
      if (get().generation !== generation) return;
      set((s) => ({
        pages: { ...s.pages, [index]: page.rows },
        loadingPages: { ...s.loadingPages, [index]: false },
        total: page.total ?? s.total,
        listError: null,
      }));
    } catch (e) {
      if (get().generation !== generation) return;
      set((s) => ({ listError: e, loadingPages: { ...s.loadingPages, [index]: false }, total: s.total ?? 0 }));
    }
  },

  async refresh() {
    set((s) => ({ generation: s.generation + 1, pages: {}, loadingPages: {} }));
    const reviews = call('classifications.reReviewQueue', { limit: 1 })
      .then((q) => set({ openReviews: q.total }))
      .catch(() => undefined);
    await Promise.all([get().loadPage(0), get().reloadItem(), reviews]);
  },

  async select(id, tab) {
    const keep = id !== null && get().item?.id === id;
    set({ selectedId: id, pane: 'view', itemError: null, ...(tab ? { tab } : {}), ...(keep ? {} : { item: null }) });
    await get().reloadItem();
  },

  async reloadItem() {
    const id = get().selectedId;
    const seq = ++itemSeq;
    if (id === null) return;
    try {
      const item = await call('items.get', { id });
      if (seq === itemSeq) set({ item, itemError: null });
    } catch (e) {
      if (seq === itemSeq) set({ item: null, itemError: e });
    }
  },

  setPane: (pane) => set({ pane }),
  setTab: (tab) => set({ tab }),
  setImportOpen: (importOpen) => set({ importOpen }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
}));
