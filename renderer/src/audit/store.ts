import { create } from 'zustand';
import type { Input } from '../../../shared/contract';
import type { AuditFacets, AuditRow } from '../../../shared/contract/audit';
import { call } from '../api/client';
import { pagedList, type PagedList } from '../components/paged-list';

export interface AuditFilterState {
  recordType: string;
  recordId: string;
  actor: string;
  /** One action ("parties.update"), or every action of an area as its prefix ("parties."). */
  action: string;
  /** Days in the user's own time zone, YYYY-MM-DD, as a date input gives them. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterState = { recordType: '', recordId: '', actor: '', action: '', from: '', to: '' };

/** Midnight at the start of a local day, or the last millisecond of it, as the instant the log compares. */
function localDayEdge(day: string, edge: 'start' | 'end'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d);
  return edge === 'start' ? start.toISOString() : new Date(new Date(y, m - 1, d + 1).getTime() - 1).toISOString();
}

export function auditFilterInput(f: AuditFilterState): NonNullable<Input<'audit.count'>> {
  const action = f.action.trim();
  return {
    ...(f.recordType ? { recordType: f.recordType } : {}),
    ...(f.recordType && f.recordId.trim() ? { recordId: f.recordId.trim() } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(action.endsWith('.') ? { actionPrefix: action } : action ? { action } : {}),
    ...(f.from ? { from: localDayEdge(f.from, 'start') } : {}),
    ...(f.to ? { to: localDayEdge(f.to, 'end') } : {}),
  };
}

interface AuditState extends PagedList<AuditRow, AuditFilterState> {
  facets: AuditFacets | null;
  selected: AuditRow | null;
  loadFacets(): Promise<void>;
  select(row: AuditRow | null): void;
  /** Back to the page after a while away: new rows may have been written meanwhile. */
  refresh(): Promise<void>;
}

export const useAudit = create<AuditState>((set, get) => ({
  ...pagedList<AuditRow, AuditFilterState>(set, get, {
    empty: EMPTY_AUDIT_FILTERS,
    async fetch(filters, offset, limit, withTotal) {
      const input = auditFilterInput(filters);
      const [rows, count] = await Promise.all([call('audit.list', { ...input, offset, limit }), withTotal ? call('audit.count', input) : null]);
      return { rows, total: count?.total ?? null };
    },
  }),
  facets: null,
  selected: null,

  async loadFacets() {
    try {
      set({ facets: await call('audit.facets', {}) });
    } catch (e) {
      set({ listError: e });
    }
  },

  select: (selected) => set({ selected }),

  async refresh() {
    await Promise.all([get().reloadPages(), get().loadFacets()]);
  },
}));
