import { allCountries } from '../../../shared/countries';

const COUNTRIES = allCountries();

/** A country picker that can only produce ISO 3166 codes; `emptyLabel` names the no-choice option. */
export function CountrySelect({
  value,
  onChange,
  emptyLabel,
  testId,
  id,
  required,
  label,
}: {
  value: string;
  onChange(code: string): void;
  emptyLabel: string;
  testId?: string;
  id?: string;
  required?: boolean;
  label?: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} required={required} aria-label={label}>
      <option value="">{emptyLabel}</option>
      {COUNTRIES.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </select>
  );
}
