import { create } from 'zustand';
import type { License, LicenseStatus, LicenseSummary, Shipment } from '../../../shared/applications/types';
import { call } from '../api/client';

export type LicensePane = 'view' | 'issue';

interface LicensesState {
  rows: LicenseSummary[];
  listError: unknown;
  statusFilter: LicenseStatus | '';
  selectedId: number | null;
  license: License | null;
  shipments: Shipment[];
  licenseError: unknown;
  pane: LicensePane;
  /** The approved application the issue form is for. */
  issueFor: number | null;

  loadList(): Promise<void>;
  setStatusFilter(s: LicenseStatus | ''): void;
  select(id: number | null): Promise<void>;
  reload(): Promise<void>;
  startIssue(applicationId: number | null): void;
  setPane(pane: LicensePane): void;
}

let seq = 0;

export const useLicenses = create<LicensesState>((set, get) => ({
  rows: [],
  listError: null,
  statusFilter: '',
  selectedId: null,
  license: null,
  shipments: [],
  licenseError: null,
  pane: 'view',
  issueFor: null,

  async loadList() {
    const { statusFilter } = get();
    try {
      const rows = await call('licenses.list', statusFilter ? { status: statusFilter } : {});
      set({ rows, listError: null });
    } catch (e) {
      set({ listError: e });
    }
  },
  setStatusFilter(statusFilter) {
    set({ statusFilter });
    void get().loadList();
  },
  async select(id) {
    const keep = id !== null && get().license?.id === id;
    set({ selectedId: id, pane: 'view', licenseError: null, ...(keep ? {} : { license: null, shipments: [] }) });
    await get().reload();
  },
  async reload() {
    const id = get().selectedId;
    const mine = ++seq;
    if (id === null) return;
    try {
      const [license, shipments] = await Promise.all([call('licenses.get', { id }), call('shipments.list', { licenseId: id })]);
      if (mine === seq) set({ license, shipments, licenseError: null });
    } catch (e) {
      if (mine === seq) set({ license: null, licenseError: e });
    }
  },
  startIssue: (issueFor) => set({ issueFor, pane: 'issue' }),
  setPane: (pane) => set({ pane }),
}));
