import { useEffect } from 'react';
import { call } from '../api/client';
import { useCsvExport } from '../components/csv-export';
import { ErrorBox } from '../components/error-box';
import { AuditFilters } from './audit-filters';
import { AuditRowDetail } from './audit-row-detail';
import { AuditTable } from './audit-table';
import { useChainCheck } from './chain-check';
import { auditFilterInput, useAudit } from './store';
import { VerifyResult } from './verify-result';
import './audit.css';

export function AuditPage() {
  const { filters, selected, refresh } = useAudit();
  const { run: verify, check } = useChainCheck();
  const { exportCsv, error, clearError } = useCsvExport(() => call('audit.exportCsv', auditFilterInput(filters)));

  // The store outlives the page: coming back, show what was written meanwhile.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="page" data-testid="audit-page">
      <header className="page-header records-header">
        <div className="toolbar">
          <h1>Audit</h1>
          <div className="push-right header-actions">
            <button type="button" className="button" onClick={() => void verify()} disabled={check.state === 'checking'} data-testid="audit-verify" title="Check every row against the hash of the row before it">
              Verify chain
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void exportCsv().then(() => refresh())}
              data-testid="audit-export"
              title="The rows the filters select, as CSV with their hashes"
            >
              Export CSV
            </button>
          </div>
        </div>
        <p className="page-lede">Every change made in this workspace: who made it, when, and what it changed. Each row carries the hash of the row before it, so no row can be edited or removed unnoticed.</p>
        <VerifyResult />
        <ErrorBox error={error} onDismiss={clearError} title="The audit log could not be exported." />
      </header>
      <div className="split audit-split">
        <div className="split-list audit-list">
          <AuditFilters />
          <AuditTable />
        </div>
        <div className="split-detail">
          <AuditRowDetail row={selected} />
        </div>
      </div>
    </div>
  );
}
