import { useEffect, useRef, useState } from 'react';
import { KYC_STATES, PARTY_KIND_LABELS, PARTY_KINDS, SCREENING_STATE_LABELS, SCREENING_STATES, type KycState, type PartyKind, type ScreeningState } from '../../../shared/parties/types';
import { CountrySelect } from './country-select';
import { useParties } from './store';

const TYPING_PAUSE_MS = 200;

const KYC_LABELS: Record<KycState, string> = {
  open: 'Open red flags',
  incomplete: 'Checklist incomplete',
  clear: 'Checklist clear',
};

export function FiltersBar() {
  const { filters, setFilters } = useParties();
  const [search, setSearch] = useState(filters.search);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onType(value: string) {
    setSearch(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFilters({ search: value }), TYPING_PAUSE_MS);
  }

  return (
    <div className="party-filters" role="search">
      <input
        type="search"
        className="search-input"
        placeholder="Name, other name or registration number"
        value={search}
        aria-label="Search parties"
        data-testid="party-search"
        onChange={(e) => onType(e.target.value)}
      />
      <div className="party-filter-row">
        <CountrySelect value={filters.country} onChange={(country) => setFilters({ country })} emptyLabel="All countries" label="Country" testId="filter-country" />
        <select value={filters.kind} aria-label="Kind of party" data-testid="filter-kind" onChange={(e) => setFilters({ kind: e.target.value as PartyKind | '' })}>
          <option value="">All kinds</option>
          {PARTY_KINDS.map((k) => (
            <option key={k} value={k}>
              {PARTY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select value={filters.kyc} aria-label="Red flags" data-testid="filter-kyc" onChange={(e) => setFilters({ kyc: e.target.value as KycState | '' })}>
          <option value="">Any due diligence</option>
          {KYC_STATES.map((k) => (
            <option key={k} value={k}>
              {KYC_LABELS[k]}
            </option>
          ))}
        </select>
        <select
          value={filters.screening}
          aria-label="Screening status"
          data-testid="filter-screening"
          onChange={(e) => setFilters({ screening: e.target.value as ScreeningState | '' })}
        >
          <option value="">Any screening status</option>
          {SCREENING_STATES.map((s) => (
            <option key={s} value={s}>
              {SCREENING_STATE_LABELS[s]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={filters.archived} onChange={(e) => setFilters({ archived: e.target.checked })} data-testid="filter-archived" />
          Archived
        </label>
      </div>
    </div>
  );
}
