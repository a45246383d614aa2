export interface VersionPairFieldsProps<V extends { id: number }> {
  versions: readonly V[];
  label(version: V): string;
  fromId: number | null;
  toId: number | null;
  onFrom(id: number): void;
  onTo(id: number): void;
  loading: boolean;
  /** "diff", "list-diff": the prefix of the selects' and the button's data-testids. */
  testIdPrefix: string;
}

/** The From and To versions of a comparison of two list versions, and its Compare button. */
export function VersionPairFields<V extends { id: number }>({ versions, label, fromId, toId, onFrom, onTo, loading, testIdPrefix }: VersionPairFieldsProps<V>) {
  const select = (caption: string, value: number | null, onChange: (id: number) => void, testId: string) => (
    <label className="field">
      <span className="field-label">{caption}</span>
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {versions.map((s) => (
          <option key={s.id} value={s.id}>
            {label(s)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {select('From (earlier)', fromId, onFrom, `${testIdPrefix}-from`)}
      {select('To (later)', toId, onTo, `${testIdPrefix}-to`)}
      <button type="submit" className="button primary" disabled={loading || fromId === null || toId === null || fromId === toId} data-testid={`${testIdPrefix}-compare`}>
        {loading ? 'Comparing…' : 'Compare'}
      </button>
      {fromId !== null && fromId === toId && <span className="muted">Choose two different versions.</span>}
    </>
  );
}
