import type { AuditRow } from '../../../shared/contract/audit';
import { formatDateTime } from '../components/format';
import { KvRow } from '../components/kv-row';
import { changedKeys, describeAction, describeChange, describeField, describeRecord, formatFull } from './describe';
import { recordLink } from './record-link';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'none';
  return typeof v === 'string' ? v : JSON.stringify(v, null, 1);
}

/** A field's value in words (labels for codes, "#3" for a record); the JSON below keeps it as stored. */
function showField(key: string, v: unknown): string {
  return v === undefined ? '' : formatFull(key, v);
}

/**
 * Before and after side by side, one line per field. Fields that did not change are listed too,
 * unmarked, so the whole record as written can be read; a creation has no "before" column and a
 * removal no "after".
 */
function ChangeTable({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const changed = new Set(before && after ? changedKeys(before, after) : []);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return (
    <table className="data-table audit-diff" data-testid="audit-diff">
      <thead>
        <tr>
          <th>Field</th>
          {before && <th>{after ? 'Before' : 'Removed'}</th>}
          {after && <th>{before ? 'After' : 'Recorded'}</th>}
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k} className={changed.has(k) ? 'changed' : undefined} data-field={k}>
            <th scope="row">{describeField(k)}</th>
            {before && <td className="audit-value">{k in before ? showField(k, before[k]) : ''}</td>}
            {after && <td className="audit-value">{k in after ? showField(k, after[k]) : ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One audit row in full: who, when, which record, and what it was before and after. */
export function AuditRowDetail({ row }: { row: AuditRow | null }) {
  if (!row) return <p className="empty audit-detail-empty">Pick a row to see the change in full: every field before and after.</p>;
  const link = recordLink(row);
  // Objects (nearly every row) read best as a table of fields; anything else is shown as recorded.
  const before = isRecord(row.before) ? row.before : null;
  const after = isRecord(row.after) ? row.after : null;
  const tabular = (before || after) && (before || row.before === null) && (after || row.after === null);
  return (
    <section className="audit-detail" data-testid="audit-detail" data-audit-id={row.id}>
      <h2>{describeAction(row.action)}</h2>
      <dl className="kv">
        <KvRow label="Row">#{row.id}</KvRow>
        <KvRow label="When">
          <span title={row.at}>{formatDateTime(row.at)}</span>
        </KvRow>
        <KvRow label="Who">{row.actor}</KvRow>
        <KvRow label="Action">
          <code>{row.action}</code>
        </KvRow>
        <KvRow label="Record">
          {describeRecord(row)}{' '}
          {link && (
            <button type="button" className="link-button" onClick={link.open} data-testid="audit-open-record">
              {link.label}
            </button>
          )}
        </KvRow>
      </dl>
      <p className="audit-sentence" data-testid="audit-sentence">
        {describeChange(row).short}
      </p>
      {tabular ? (
        <ChangeTable before={before} after={after} />
      ) : row.before === null && row.after === null ? (
        <p className="muted">No details recorded.</p>
      ) : (
        <div className="audit-raw">
          <h3>Before</h3>
          <pre>{show(row.before)}</pre>
          <h3>After</h3>
          <pre>{show(row.after)}</pre>
        </div>
      )}
      <details className="audit-json">
        <summary>As recorded (JSON)</summary>
        <pre data-testid="audit-json">{JSON.stringify({ before: row.before, after: row.after }, null, 2)}</pre>
      </details>
    </section>
  );
}
