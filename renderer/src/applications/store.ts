import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { Application, ApplicationStatus, ApplicationSummary, Checklist, FixLocation } from '../../../shared/applications/types';
import { call } from '../api/client';

export type ApplicationPane = 'view' | 'create';

/** The write methods that answer with the changed application. */
export type AppWrite =
  | 'applications.create'
  | 'applications.update'
  | 'applications.copy'
  | 'applications.amend'
  | 'applications.setStatus'
  | 'applications.addRequest'
  | 'applications.answerRequest'
  | 'applications.addParty'
  | 'applications.updateParty'
  | 'applications.removeParty'
  | 'applications.addItem'
  | 'applications.updateItem'
  | 'applications.removeItem'
  | 'applications.attachDocument';

interface ApplicationsState {
  rows: ApplicationSummary[];
  listError: unknown;
  statusFilter: ApplicationStatus | '';
  includeSuperseded: boolean;
  selectedId: number | null;
  application: Application | null;
  appError: unknown;
  checklist: Checklist | null;
  checklistError: unknown;
  pane: ApplicationPane;
  /** The last failed action on the open application, shown above its blocks. */
  actionError: unknown;
  busy: boolean;
  /** A fix link followed inside the application: the block to scroll to. */
  focus: FixLocation | null;

  loadList(): Promise<void>;
  setStatusFilter(status: ApplicationStatus | ''): void;
  setIncludeSuperseded(v: boolean): void;
  select(id: number | null): Promise<void>;
  reload(): Promise<void>;
  setPane(pane: ApplicationPane): void;
  /** Runs a change on the open application; on success reloads it, its checklist and the list. */
  write<M extends AppWrite>(method: M, input: Input<M>): Promise<Application | null>;
  clearActionError(): void;
  setFocus(focus: FixLocation | null): void;
}

let seq = 0;

export const useApplications = create<ApplicationsState>((set, get) => ({
  rows: [],
  listError: null,
  statusFilter: '',
  includeSuperseded: false,
  selectedId: null,
  application: null,
  appError: null,
  checklist: null,
  checklistError: null,
  pane: 'view',
  actionError: null,
  busy: false,
  focus: null,

  async loadList() {
    const { statusFilter, includeSuperseded } = get();
    try {
      const rows = await call('applications.list', { ...(statusFilter ? { status: statusFilter } : {}), ...(includeSuperseded ? { includeSuperseded: true } : {}) });
      set({ rows, listError: null });
    } catch (e) {
      set({ listError: e });
    }
  },

  setStatusFilter(statusFilter) {
    set({ statusFilter });
    void get().loadList();
  },

  setIncludeSuperseded(includeSuperseded) {
    set({ includeSuperseded });
    void get().loadList();
  },

  async select(id) {
    const keep = id !== null && get().application?.id === id;
    set({ selectedId: id, pane: 'view', appError: null, actionError: null, focus: null, ...(keep ? {} : { application: null, checklist: null }) });
    await get().reload();
  },

  async reload() {
    const id = get().selectedId;
    const mine = ++seq;
    if (id === null) return;
    const [app, check] = await Promise.allSettled([call('applications.get', { id }), call('applications.checklist', { id })]);
    if (mine !== seq) return;
    set({
      application: app.status === 'fulfilled' ? app.value : null,
      appError: app.status === 'rejected' ? app.reason : null,
      checklist: check.status === 'fulfilled' ? check.value : null,
      checklistError: check.status === 'rejected' ? check.reason : null,
    });
  },

  setPane: (pane) => set({ pane, actionError: null }),

  async write(method, input) {
    set({ busy: true, actionError: null });
    try {
      const out = (await call(method, input)) as { application: Application };
      const app = out.application;
      // An amendment or a copy opens the new draft.
      set({ selectedId: app.id, application: app, pane: 'view' });
      await Promise.all([get().reload(), get().loadList()]);
      return app;
    } catch (e) {
      set({ actionError: e });
      return null;
    } finally {
      set({ busy: false });
    }
  },

  clearActionError: () => set({ actionError: null }),
  setFocus: (focus) => set({ focus }),
}));
