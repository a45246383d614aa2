import { useEffect, useRef, useState } from 'react';
import { describeAction, describeActionArea, describeRecordType } from './describe';
import { EMPTY_AUDIT_FILTERS, useAudit } from './store';

const TYPING_PAUSE_MS = 300;

/** The actions in the log grouped by area, each area offering "every change to ..." first. */
function actionGroups(actions: string[]): { area: string; actions: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const a of actions) {
    const area = a.split('.')[0]!;
    groups.set(area, [...(groups.get(area) ?? []), a]);
  }
  return [...groups].map(([area, list]) => ({ area, actions: list }));
}

/** A record id box that filters once typing pauses, not on every key. */
function RecordIdInput({ value, disabled, onChange }: { value: string; disabled: boolean; onChange(v: string): void }) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <input
      type="text"
      className="audit-record-id"
      placeholder="Record number"
      title={disabled ? 'Pick a kind of record first' : 'The number of one record of that kind'}
      value={text}
      disabled={disabled}
      aria-label="Record number"
      data-testid="audit-filter-record-id"
      onChange={(e) => {
        const v = e.target.value;
        setText(v);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onChange(v), TYPING_PAUSE_MS);
      }}
    />
  );
}

export function AuditFilters() {
  const { filters, setFilters, facets } = useAudit();
  const active = JSON.stringify(filters) !== JSON.stringify(EMPTY_AUDIT_FILTERS);
  return (
    <div className="filters-bar audit-filters" role="search" aria-label="Filter the audit log">
      <div className="filters-row">
        <select value={filters.recordType} aria-label="Kind of record" data-testid="audit-filter-record-type" onChange={(e) => setFilters({ recordType: e.target.value, recordId: '' })}>
          <option value="">Every kind of record</option>
          {facets?.recordTypes.map((t) => (
            <option key={t} value={t}>
              {describeRecordType(t)}
            </option>
          ))}
        </select>
        <RecordIdInput value={filters.recordId} disabled={!filters.recordType} onChange={(recordId) => setFilters({ recordId })} />
        <select value={filters.actor} aria-label="User" data-testid="audit-filter-actor" onChange={(e) => setFilters({ actor: e.target.value })}>
          <option value="">Every user</option>
          {facets?.actors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <select value={filters.action} aria-label="Action" data-testid="audit-filter-action" onChange={(e) => setFilters({ action: e.target.value })}>
          <option value="">Every action</option>
          {actionGroups(facets?.actions ?? []).map((g) => (
            <optgroup key={g.area} label={describeActionArea(g.area)}>
              <option value={`${g.area}.`}>Every change to {describeActionArea(g.area)}</option>
              {g.actions.map((a) => (
                <option key={a} value={a}>
                  {describeAction(a)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="filters-row">
        <label className="audit-date">
          From
          <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => setFilters({ from: e.target.value })} data-testid="audit-filter-from" />
        </label>
        <label className="audit-date">
          To
          <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => setFilters({ to: e.target.value })} data-testid="audit-filter-to" />
        </label>
        {active && (
          <button type="button" className="link-button" onClick={() => setFilters(EMPTY_AUDIT_FILTERS)} data-testid="audit-filters-clear">
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
