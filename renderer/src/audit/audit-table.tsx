import { countOf, formatDateTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { describeAction, describeChange, describeRecord } from './describe';
import { useAudit } from './store';

/** The audit log, newest first, fetched a page at a time as it scrolls. */
export function AuditTable() {
  const audit = useAudit();
  const find = (id: number) => Object.values(audit.pages).flat().find((r) => r.id === id) ?? null;
  return (
    <PagedTable
      list={audit}
      area="audit"
      label="Audit log"
      testId="audit-table"
      count={(n) => countOf(n, 'change', 'changes')}
      headers={['#', 'When', 'Who', 'What', 'Record', 'Change']}
      errorTitle="The audit log could not be loaded."
      empty="No change matches. Clear the filters to see the whole log."
      selectedId={audit.selected?.id ?? null}
      onSelect={(id) => audit.select(find(id))}
      flagged={() => false}
      rowData={(row) => ({ action: row.action })}
      cells={(row) => {
        const change = describeChange(row);
        return (
          <>
            <span role="cell" className="num muted">
              {row.id}
            </span>
            <span role="cell" title={row.at}>
              {formatDateTime(row.at)}
            </span>
            <span role="cell" title={row.actor}>
              {row.actor}
            </span>
            <span role="cell" title={row.action}>
              {describeAction(row.action)}
            </span>
            <span role="cell">{describeRecord(row)}</span>
            <span role="cell" className="audit-change" title={change.full}>
              {change.short}
            </span>
          </>
        );
      }}
    />
  );
}
