import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { KycState, Party, PartyKind, PartySummary, ScreeningState } from '../../../shared/parties/types';
import { call } from '../api/client';

export const PAGE_SIZE = 100;

export interface PartyFilterState {
  search: string;
  country: string;
  kind: PartyKind | '';
  kyc: KycState | '';
  screening: ScreeningState | '';
  archived: boolean;
}

/** What the right-hand pane shows. */
export type PartyPane = 'view' | 'create' | 'edit';
export type PartyTab = 'details' | 'kyc' | 'screening' | 'documents' | 'history';

interface PartiesState {
  filters: PartyFilterState;
  /** Bumped whenever the rows may have changed; pages of an older generation are dropped. */
  generation: number;
  total: number | null;
  pages: Record<number, PartySummary[]>;
  loadingPages: Record<number, boolean>;
  listError: unknown;

  selectedId: number | null;
  party: Party | null;
  partyError: unknown;
  pane: PartyPane;
  tab: PartyTab;
  importOpen: boolean;

  setFilters(change: Partial<PartyFilterState>): void;
  /** Fetches one page of the table unless it is loaded or on its way. */
  loadPage(index: number): Promise<void>;
  /** After a change: reload the table and the open party. */
  refresh(): Promise<void>;
  select(id: number | null, tab?: PartyTab): Promise<void>;
  reloadParty(): Promise<void>;
  setPane(pane: PartyPane): void;
  setTab(tab: PartyTab): void;
  setImportOpen(open: boolean): void;
}

export function filterInput(f: PartyFilterState): NonNullable<Input<'parties.list'>> {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.kyc ? { kyc: f.kyc } : {}),
    ...(f.screening ? { screening: f.screening } : {}),
    ...(f.archived ? { archived: true } : {}),
  };
}

const EMPTY_FILTERS: PartyFilterState = { search: '', country: '', kind: '', kyc: '', screening: '', archived: false };
let partySeq = 0;

export const useParties = create<PartiesState>((set, get) => ({
  filters: EMPTY_FILTERS,
  generation: 0,
  total: null,
  pages: {},
  loadingPages: {},
  listError: null,
  selectedId: null,
  party: null,
  partyError: null,
  pane: 'view',
  tab: 'details',
  importOpen: false,

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
      const page = await call('parties.list', { ...filterInput(filters), offset: index * PAGE_SIZE, limit: PAGE_SIZE, withTotal: index === 0 });
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
    await Promise.all([get().loadPage(0), get().reloadParty()]);
  },

  async select(id, tab) {
    const keep = id !== null && get().party?.id === id;
    set({ selectedId: id, pane: 'view', partyError: null, ...(tab ? { tab } : {}), ...(keep ? {} : { party: null }) });
    await get().reloadParty();
  },

  async reloadParty() {
    const id = get().selectedId;
    const seq = ++partySeq;
    if (id === null) return;
    try {
      const party = await call('parties.get', { id });
      if (seq === partySeq) set({ party, partyError: null });
    } catch (e) {
      if (seq === partySeq) set({ party: null, partyError: e });
    }
  },

  setPane: (pane) => set({ pane }),
  setTab: (tab) => set({ tab }),
  setImportOpen: (importOpen) => set({ importOpen }),
}));
