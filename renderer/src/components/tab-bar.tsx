import type { ReactNode } from 'react';

export interface TabBarProps<T extends string> {
  tabs: readonly { id: T; label: string }[];
  active: T;
  onSelect(tab: T): void;
  /** The tab list's accessible name. */
  label: string;
  /** Extra class beside "tabs". */
  className?: string;
  /** Each tab's data-testid is this prefix and its id. */
  testIdPrefix: string;
  /** A count or marker after a tab's label, when it has one. */
  badge?(tab: T): ReactNode;
}

/** A row of tabs over one body (role="tablist"). */
export function TabBar<T extends string>({ tabs, active, onSelect, label, className, testIdPrefix, badge }: TabBarProps<T>) {
  return (
    <nav className={className ? `tabs ${className}` : 'tabs'} role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={active === t.id}
          className={`tab${active === t.id ? ' active' : ''}`}
          data-testid={`${testIdPrefix}${t.id}`}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {badge?.(t.id)}
        </button>
      ))}
    </nav>
  );
}
