import type { ListSnapshot } from '../../../shared/control-lists/types';

/** Options for a snapshot picker: "US Commerce Control List · eCFR 2026-07-23 (current)". */
export function SnapshotOptions({ snapshots }: { snapshots: ListSnapshot[] }) {
  return (
    <>
      {snapshots.map((s) => (
        <option key={s.id} value={s.id}>
          {s.listName} · {s.versionLabel}
          {s.isCurrent ? ' (current)' : ''}
        </option>
      ))}
    </>
  );
}
