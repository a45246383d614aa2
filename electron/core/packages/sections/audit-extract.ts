import type { AuditExtractRow } from '../audit-extract-rows';
import { COLORS, type Composer } from '../composer';
import { compactJson, stamp } from './format';

export const AUDIT_TITLE = 'Audit extract';

/**
 * The record's rows of the hash-chained audit log: when, who, what, the values before and after,
 * and each row's hash, so the extract can be checked against the workspace's log.
 */
export function renderAuditExtract(c: Composer, rows: readonly AuditExtractRow[], what: string): void {
  c.section(AUDIT_TITLE);
  c.text(`Every audit-log row of ${what}, oldest first. Each row's hash chains it to the row before it in the workspace log (exportdesk audit list).`, {
    size: 8.5,
    color: COLORS.muted,
    after: 6,
  });
  if (rows.length === 0) {
    c.text('No audit rows.', { color: COLORS.muted });
    return;
  }
  c.table(
    [
      { header: 'Row', width: 0.05 },
      { header: 'When, who', width: 0.14 },
      { header: 'Action', width: 0.23 },
      { header: 'Before', width: 0.16 },
      { header: 'After', width: 0.26 },
      { header: 'Row hash', width: 0.16 },
    ],
    rows.map((r) => [String(r.id), `${stamp(r.at)}\n${r.actor}`, r.action, compactJson(r.before, 300), compactJson(r.after), r.hash]),
    { size: 7 },
  );
}
