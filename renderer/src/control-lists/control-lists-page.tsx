import { useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { TabBar } from '../components/tab-bar';
import { BrowseView } from './browse-view';
import { DestinationSnapshotsTable } from './destination-snapshots-table';
import { DiffView } from './diff-view';
import { ImportPanel } from './import-panel';
import { SearchView } from './search-view';
import { SnapshotsTable } from './snapshots-table';
import { useControlLists, type ControlListsTab } from './store';

const TABS: { id: ControlListsTab; label: string }[] = [
  { id: 'snapshots', label: 'Versions' },
  { id: 'destinations', label: 'Country Chart & Groups' },
  { id: 'search', label: 'Search' },
  { id: 'browse', label: 'Browse' },
  { id: 'diff', label: 'Compare versions' },
];

export function ControlListsPage() {
  const { tab, setTab, loadSnapshots, snapshots } = useControlLists();

  useEffect(() => {
    void loadSnapshots();
  }, [loadSnapshots]);

  return (
    <div className="page" data-testid="control-lists-page">
      <header className="page-header">
        <h1>Control lists</h1>
        <TabBar
          tabs={TABS}
          active={tab}
          onSelect={setTab}
          label="Control lists"
          testIdPrefix="tab-"
          badge={(id) => id === 'snapshots' && snapshots.length > 0 && <span className="tab-count">{snapshots.length}</span>}
        />
      </header>
      <ErrorBoundary resetKey={tab}>
        {tab === 'snapshots' && (
          <div className="page-body">
            <ImportPanel />
            <SnapshotsTable />
          </div>
        )}
        {tab === 'destinations' && (
          <div className="page-body">
            <DestinationSnapshotsTable />
          </div>
        )}
        {tab === 'search' && <SearchView />}
        {tab === 'browse' && <BrowseView />}
        {tab === 'diff' && <DiffView />}
      </ErrorBoundary>
    </div>
  );
}
