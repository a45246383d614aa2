import { useEffect, useRef, useState, type ReactNode } from 'react';

const TYPING_PAUSE_MS = 200;

export interface SearchFiltersBarProps {
  search: string;
  /** Called once typing pauses, not on every key. */
  onSearch(value: string): void;
  placeholder: string;
  searchLabel: string;
  searchTestId: string;
  /** The row of selects and checkboxes under the search box. */
  children: ReactNode;
}

/** A search box over a row of filters, at the top of a paged table. */
export function SearchFiltersBar({ search: committed, onSearch, placeholder, searchLabel, searchTestId, children }: SearchFiltersBarProps) {
  const [search, setSearch] = useState(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onType(value: string) {
    setSearch(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(value), TYPING_PAUSE_MS);
  }

  return (
    <div className="filters-bar" role="search">
      <input type="search" className="search-input" placeholder={placeholder} value={search} aria-label={searchLabel} data-testid={searchTestId} onChange={(e) => onType(e.target.value)} />
      <div className="filters-row">{children}</div>
    </div>
  );
}
