import { KYC_STATES, PARTY_KIND_LABELS, PARTY_KINDS, SCREENING_STATE_LABELS, SCREENING_STATES, type KycState, type PartyKind, type ScreeningState } from '../../../shared/parties/types';
import { SearchFiltersBar } from '../components/filters-bar';
import { CountrySelect } from './country-select';
import { useParties } from './store';

const KYC_LABELS: Record<KycState, string> = {
  open: 'Open red flags',
  incomplete: 'Checklist incomplete',
  clear: 'Checklist clear',
};

export function FiltersBar() {
  const { filters, setFilters } = useParties();
  return (
    <SearchFiltersBar
      search={filters.search}
      onSearch={(search) => setFilters({ search })}
      placeholder="Name, other name or registration number"
      searchLabel="Search parties"
      searchTestId="party-search"
    >
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
    </SearchFiltersBar>
  );
}
