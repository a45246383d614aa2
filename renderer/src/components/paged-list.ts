/**
 * The state behind a long table fetched a page at a time (parties, items): pages are kept by
 * index, and a change of filters starts a new generation so pages still on their way are dropped.
 */

export const PAGE_SIZE = 100;

export interface PagedList<Row, Filters> {
  filters: Filters;
  /** Bumped whenever the rows may have changed; pages of an older generation are dropped. */
  generation: number;
  total: number | null;
  pages: Record<number, Row[]>;
  loadingPages: Record<number, boolean>;
  listError: unknown;
  setFilters(change: Partial<Filters>): void;
  /** Fetches one page of the table unless it is loaded or on its way. */
  loadPage(index: number): Promise<void>;
  /** Drops every loaded page and fetches the first again. */
  reloadPages(): Promise<void>;
}

type ListState<Row, Filters> = PagedList<Row, Filters>;
type SetList<Row, Filters> = (change: Partial<ListState<Row, Filters>> | ((s: ListState<Row, Filters>) => Partial<ListState<Row, Filters>>)) => void;

export interface PageQuery<Filters, Row> {
  empty: Filters;
  fetch(filters: Filters, offset: number, limit: number, withTotal: boolean): Promise<{ rows: Row[]; total: number | null }>;
}

/** The paged-list part of a zustand store: spread it into the store's initial state. */
export function pagedList<Row, Filters>(set: SetList<Row, Filters>, get: () => ListState<Row, Filters>, query: PageQuery<Filters, Row>): PagedList<Row, Filters> {
  return {
    filters: query.empty,
    generation: 0,
    total: null,
    pages: {},
    loadingPages: {},
    listError: null,

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
        const page = await query.fetch(filters, index * PAGE_SIZE, PAGE_SIZE, index === 0);
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

    async reloadPages() {
      set((s) => ({ generation: s.generation + 1, pages: {}, loadingPages: {} }));
      await get().loadPage(0);
    },
  };
}
