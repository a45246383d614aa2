import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { KycState, Party, PartyKind, PartySummary, ScreeningState } from '../../../shared/parties/types';
import { call } from '../api/client';
import { pagedList, type PagedList } from '../components/paged-list';

export { PAGE_SIZE } from '../components/paged-list';

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

interface PartiesState extends PagedList<PartySummary, PartyFilterState> {

  selectedId: number | null;
  party: Party | null;
  partyError: unknown;
  pane: PartyPane;
  tab: PartyTab;
  importOpen: boolean;

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
  ...pagedList<PartySummary, PartyFilterState>(set, get, {
    empty: EMPTY_FILTERS,
    fetch: (filters, offset, limit, withTotal) => call('parties.list', { ...filterInput(filters), offset, limit, withTotal }),
  }),
  selectedId: null,
  party: null,
  partyError: null,
  pane: 'view',
  tab: 'details',
  importOpen: false,

  async refresh() {
    await Promise.all([get().reloadPages(), get().reloadParty()]);
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
