import { useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { ListDiffPanel } from './list-diff-panel';
import { ListImportPanel } from './list-import-panel';
import { ListSnapshotsTable } from './list-snapshots-table';
import { RescreenResult } from './rescreen-result';
import { ReviewQueue } from './review-queue';
import { ScreenNameTab } from './screen-name-tab';
import { ScreeningRecordView } from './screening-record-view';
import { useScreening, type ScreeningTab } from './store';
import './screening.css';

const TABS: { id: ScreeningTab; label: string }[] = [
  { id: 'lists', label: 'Lists' },
  { id: 'screen', label: 'Screen a name' },
  { id: 'queue', label: 'Review queue' },
];

export function ScreeningPage() {
  const { tab, setTab, loadSnapshots, loadQueue, snapshots, queue, openScreeningId, openScreening } = useScreening();

  useEffect(() => {
    void loadSnapshots();
    void loadQueue();
  }, [loadSnapshots, loadQueue]);

  return (
    <div className="page" data-testid="screening-page">
      <header className="page-header">
        <h1>Screening</h1>
        <nav className="tabs" role="tablist" aria-label="Screening">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={tab === t.id && openScreeningId === null}
              className={`tab${tab === t.id && openScreeningId === null ? ' active' : ''}`}
              data-testid={`screening-tab-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'lists' && snapshots.length > 0 && <span className="tab-count">{snapshots.filter((s) => s.isCurrent).length}</span>}
              {t.id === 'queue' && queue && queue.total > 0 && (
                <span className="tab-count attention" data-testid="queue-count">
                  {queue.total}
                </span>
              )}
            </button>
          ))}
        </nav>
      </header>
      <ErrorBoundary resetKey={`${tab}:${openScreeningId ?? ''}`}>
        {openScreeningId !== null ? (
          <div className="page-body">
            <div className="record-head">
              <button type="button" className="link-button" onClick={() => openScreening(null)} data-testid="screening-record-back">
                ← Back to {TABS.find((t) => t.id === tab)?.label.toLowerCase()}
              </button>
              <h2>Screening #{openScreeningId}</h2>
            </div>
            <ScreeningRecordView screeningId={openScreeningId} onChanged={() => void loadQueue()} onOpenScreening={openScreening} />
          </div>
        ) : (
          <>
            {tab === 'lists' && (
              <div className="page-body">
                <ListImportPanel />
                <RescreenResult />
                <ListSnapshotsTable />
                <ListDiffPanel />
              </div>
            )}
            {tab === 'screen' && <ScreenNameTab />}
            {tab === 'queue' && <ReviewQueue />}
          </>
        )}
      </ErrorBoundary>
    </div>
  );
}
