import { ITEM_TYPE_LABELS, ITEM_TYPES, type ItemType } from '../../../shared/items/types';
import { SearchFiltersBar } from '../components/filters-bar';
import { useItems } from './store';

/** The classifications users of cyber and encryption items meet most, per list. */
const US_CODES = ['5A002', '5D002', '5A992', '5D992', '5A004', '4A005', '4D004', '4E001', '5A001', '5D001'];
const EU_CODES = ['5A002', '5D002', '5A004', '4A005', '4D004', '4E001', '5A001', '5D001'];

export function FiltersBar() {
  const { filters, setFilters, openReviews } = useItems();
  return (
    <SearchFiltersBar
      search={filters.search}
      onSearch={(search) => setFilters({ search })}
      placeholder="Name, model or part number, manufacturer"
      searchLabel="Search items"
      searchTestId="item-search"
    >
      <select value={filters.itemType} aria-label="Item type" data-testid="filter-item-type" onChange={(e) => setFilters({ itemType: e.target.value as ItemType | '' })}>
        <option value="">All item types</option>
        {ITEM_TYPES.map((t) => (
          <option key={t} value={t}>
            {ITEM_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <select value={filters.classification} aria-label="Classification" data-testid="filter-classification" onChange={(e) => setFilters({ classification: e.target.value })}>
        <option value="">Any classification</option>
        <optgroup label="US (EAR)">
          <option value="us:unclassified">Not classified (US)</option>
          <option value="us:EAR99">EAR99</option>
          {US_CODES.map((c) => (
            <option key={c} value={`us:${c}`}>
              {c} (US)
            </option>
          ))}
        </optgroup>
        <optgroup label="EU (Annex I)">
          <option value="eu:unclassified">Not classified (EU)</option>
          <option value="eu:NOT-LISTED">Not listed (EU)</option>
          {EU_CODES.map((c) => (
            <option key={c} value={`eu:${c}`}>
              {c} (EU)
            </option>
          ))}
        </optgroup>
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={filters.needsReview} onChange={(e) => setFilters({ needsReview: e.target.checked })} data-testid="filter-needs-review" />
        Needs re-review{openReviews > 0 ? ` (${openReviews})` : ''}
      </label>
    </SearchFiltersBar>
  );
}
