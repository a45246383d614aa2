import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { Item, ItemSummary, ItemType } from '../../../shared/items/types';
import { call } from '../api/client';
import { pagedList, type PagedList } from '../components/paged-list';

export { PAGE_SIZE } from '../components/paged-list';

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

interface ItemsState extends PagedList<ItemSummary, ItemFilterState> {
  /** Open reviews in the workspace, for the banner. */
  openReviews: number;

  selectedId: number | null;
  item: Item | null;
  itemError: unknown;
  pane: ItemPane;
  tab: ItemTab;
  importOpen: boolean;
  reportOpen: boolean;

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
  ...pagedList<ItemSummary, ItemFilterState>(set, get, {
    empty: EMPTY_FILTERS,
    fetch: (filters, offset, limit, withTotal) => call('items.list', { ...filterInput(filters), offset, limit, withTotal }),
  }),
  openReviews: 0,
  selectedId: null,
  item: null,
  itemError: null,
  pane: 'view',
  tab: 'details',
  importOpen: false,
  reportOpen: false,

  async refresh() {
    const reviews = call('classifications.reReviewQueue', { limit: 1 })
      .then((q) => set({ openReviews: q.total }))
      .catch(() => undefined);
    await Promise.all([get().reloadPages(), get().reloadItem(), reviews]);
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
