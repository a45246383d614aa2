import { useEffect } from 'react';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { useCsvExport } from '../components/csv-export';
import { FiltersBar } from './filters-bar';
import { ImportDialog } from './import-dialog';
import { PartiesTable } from './parties-table';
import { PartyDetail } from './party-detail';
import { PartyForm } from './party-form';
import { filterInput, useParties } from './store';
import './parties.css';

export function PartiesPage() {
  const { pane, party, filters, importOpen, setPane, setImportOpen, refresh } = useParties();
  const { exportCsv, error, clearError } = useCsvExport(() => call('parties.export', filterInput(filters)));

  // The store outlives the page: coming back, re-read what the CLI or another window may have changed.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="page" data-testid="parties-page">
      <header className="page-header records-header">
        <div className="toolbar">
          <h1>Parties</h1>
          <div className="push-right header-actions">
            <button type="button" className="button" onClick={() => setImportOpen(true)} data-testid="open-party-import">
              Import CSV
            </button>
            <button type="button" className="button" onClick={() => void exportCsv()} data-testid="export-parties" title="The parties the filters select, as CSV in the import format">
              Export CSV
            </button>
            <button type="button" className="button primary" onClick={() => setPane('create')} data-testid="new-party">
              New party
            </button>
          </div>
        </div>
        <ErrorBox error={error} onDismiss={clearError} />
      </header>
      <div className="split parties-split">
        <div className="split-list parties-list">
          <FiltersBar />
          <PartiesTable />
        </div>
        <div className="split-detail">
          {pane === 'create' ? <PartyForm key="new" party={null} /> : pane === 'edit' && party ? <PartyForm key={`edit-${party.id}`} party={party} /> : <PartyDetail />}
        </div>
      </div>
      {importOpen && <ImportDialog />}
    </div>
  );
}
