import { useEffect } from 'react';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { useCsvExport } from '../components/csv-export';
import { ClassifyFlow } from './classify-flow';
import { FiltersBar } from './filters-bar';
import { ItemImportDialog } from './import-dialog';
import { ItemDetail } from './item-detail';
import { ItemForm } from './item-form';
import { ItemsTable } from './items-table';
import { ReportDialog } from './report-dialog';
import { filterInput, useItems } from './store';
import './items.css';

export function ItemsPage() {
  const { pane, item, filters, importOpen, reportOpen, openReviews, setPane, setImportOpen, setReportOpen, setFilters, refresh } = useItems();
  const { exportCsv, error, clearError } = useCsvExport(() => call('items.export', filterInput(filters)));

  // The store outlives the page: coming back, re-read what an import of a list, the CLI or another window changed.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="page" data-testid="items-page">
      <header className="page-header records-header items-header">
        <div className="toolbar">
          <h1>Items</h1>
          <div className="push-right header-actions">
            <button type="button" className="button" onClick={() => setReportOpen(true)} data-testid="open-encryption-report" title="Annual self-classification report, Supp. No. 8 to Part 742">
              Encryption report
            </button>
            <button type="button" className="button" onClick={() => setImportOpen(true)} data-testid="open-item-import">
              Import CSV
            </button>
            <button type="button" className="button" onClick={() => void exportCsv()} data-testid="export-items" title="The items the filters select, as CSV in the import format">
              Export CSV
            </button>
            <button type="button" className="button primary" onClick={() => setPane('create')} data-testid="new-item">
              New item
            </button>
          </div>
        </div>
        {openReviews > 0 && !filters.needsReview && (
          <div className="notice warning review-banner" role="status" data-testid="review-banner">
            <span>
              {openReviews === 1 ? 'One classification cites' : `${openReviews} classifications cite`} text that changed in a newer list version and {openReviews === 1 ? 'needs' : 'need'}{' '}
              review.
            </span>
            <button type="button" className="link-button" onClick={() => setFilters({ needsReview: true })} data-testid="show-needs-review">
              Show them
            </button>
          </div>
        )}
        <ErrorBox error={error} onDismiss={clearError} />
      </header>
      <div className="split items-split">
        <div className="split-list items-list">
          <FiltersBar />
          <ItemsTable />
        </div>
        <div className="split-detail">
          {pane === 'create' ? (
            <ItemForm key="new" item={null} />
          ) : pane === 'edit' && item ? (
            <ItemForm key={`edit-${item.id}`} item={item} />
          ) : pane === 'classify' && item ? (
            <ClassifyFlow key={`classify-${item.id}`} item={item} />
          ) : (
            <ItemDetail />
          )}
        </div>
      </div>
      {importOpen && <ItemImportDialog />}
      {reportOpen && <ReportDialog />}
    </div>
  );
}
