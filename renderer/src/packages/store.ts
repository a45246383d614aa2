import { create } from 'zustand';
import type { PackageKind, PackageRecord, PackageSummary } from '../../../shared/packages/types';
import type { Input } from '../../../shared/contract';
import { call } from '../api/client';

export type PackagePane = 'view' | 'new' | 'verify';

interface PackagesState {
  rows: PackageSummary[];
  listError: unknown;
  kindFilter: PackageKind | '';
  selectedId: number | null;
  record: PackageRecord | null;
  recordError: unknown;
  pane: PackagePane;
  /** What the new-package form starts with when another area asked for a package. */
  draft: Input<'packages.generate'> | null;
  busy: boolean;
  actionError: unknown;

  loadList(): Promise<void>;
  setKindFilter(kind: PackageKind | ''): void;
  select(id: number | null): Promise<void>;
  setPane(pane: PackagePane): void;
  /** Opens the new-package form with this request filled in (from an application or an item). */
  startNew(draft: Input<'packages.generate'> | null): void;
  generate(input: Input<'packages.generate'>): Promise<PackageRecord | null>;
  regenerate(id: number): Promise<PackageRecord | null>;
}

let seq = 0;

type SetState = (partial: Partial<PackagesState>) => void;

/** Generating and regenerating end the same way: the list reloads and the new package opens. */
async function produce(set: SetState, get: () => PackagesState, run: () => Promise<{ package: PackageRecord }>): Promise<PackageRecord | null> {
  set({ busy: true, actionError: null });
  try {
    const { package: rec } = await run();
    await get().loadList();
    await get().select(rec.id);
    return rec;
  } catch (e) {
    set({ actionError: e });
    return null;
  } finally {
    set({ busy: false });
  }
}

export const usePackages = create<PackagesState>((set, get) => ({
  rows: [],
  listError: null,
  kindFilter: '',
  selectedId: null,
  record: null,
  recordError: null,
  pane: 'view',
  draft: null,
  busy: false,
  actionError: null,

  async loadList() {
    const kind = get().kindFilter;
    try {
      const rows = await call('packages.list', kind ? { kind } : {});
      set({ rows, listError: null });
    } catch (e) {
      set({ listError: e });
    }
  },
  setKindFilter(kindFilter) {
    set({ kindFilter });
    void get().loadList();
  },
  async select(id) {
    const mine = ++seq;
    set({ selectedId: id, pane: 'view', record: null, recordError: null, actionError: null });
    if (id === null) return;
    try {
      const record = await call('packages.get', { id });
      // A slower answer for an earlier click must not replace the record now selected.
      if (mine === seq) set({ record });
    } catch (e) {
      if (mine === seq) set({ recordError: e });
    }
  },
  setPane: (pane) => set({ pane, actionError: null }),
  startNew: (draft) => set({ pane: 'new', draft, actionError: null }),
  generate: (input) => produce(set, get, () => call('packages.generate', input)),
  regenerate: (id) => produce(set, get, () => call('packages.regenerate', { id })),
}));
