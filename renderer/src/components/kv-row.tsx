import type { ReactNode } from 'react';

/** One label and value of a record's details, inside a <dl className="kv">. */
export function KvRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kv-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
