import { useEffect, useState } from 'react';
import type { QueueItem, ScreeningHitRecord } from '../../../shared/screening/record-types';
import { ErrorBox } from '../components/error-box';
import { countOf, formatCount, formatDateTime } from '../components/format';
import { BulkDecisionBar, useHitSelection } from './bulk-decision';
import { DecisionControls } from './decision-controls';
import { HitCard, KindLegend } from './hit-card';
import { DECISION_LABEL } from './labels';
import { EvidenceNote } from './evidence-note';
import { QUEUE_PAGE, useScreening, type QueueFilter } from './store';

const FILTERS: { id: QueueFilter; label: string }[] = [
  { id: 'undecided', label: 'Open and needs review' },
  { id: 'open', label: 'Open' },
  { id: 'review', label: 'Needs review' },
];

/** What was screened, in the reviewer's terms. */
export function subjectOf(item: QueueItem): { label: string; kind: string } {
  const s = item.screening;
  if (s.subjectKind === 'party') return { label: item.partyName ?? s.queryName, kind: 'Party' };
  if (s.subjectKind === 'batch-row') return { label: s.queryName, kind: `File batch #${s.batchId ?? '?'}, row ${s.batchRow ?? '?'}` };
  return { label: s.queryName, kind: 'Name screened' };
}

export function ReviewQueue() {
  const { queue, queueError, queueLoading, queueFilter, queueOffset, setQueueFilter, setQueueOffset, loadQueue, openScreening } = useScreening();
  const [notice, setNotice] = useState<string | null>(null);
  const selection = useHitSelection();
  const clearSelection = selection.clear;

  useEffect(() => {
    void loadQueue();
  }, [loadQueue]);

  // A selection holds only hits on the page shown.
  useEffect(() => {
    clearSelection();
  }, [queueFilter, queueOffset, clearSelection]);

  function decidedMany(hits: ScreeningHitRecord[]) {
    const confirmed = hits.filter((h) => h.status === 'confirmed').length;
    setNotice(
      `${countOf(hits.length, 'hit', 'hits')} decided with one reason, each recorded on its own.${confirmed ? ' Parties with a confirmed match are now blocked from use in applications.' : ''}`,
    );
    void loadQueue();
  }

  // The same listed entry on several parties (or names) of this page can be selected in one go.
  const byEntry = new Map<string, number[]>();
  for (const item of queue?.items ?? []) {
    const k = `${item.hit.listId}\u0000${item.hit.externalId}`;
    byEntry.set(k, [...(byEntry.get(k) ?? []), item.hit.id]);
  }
  const allNames = (queue?.items ?? []).every((i) => i.screening.subjectKind !== 'party');

  function decided(item: QueueItem, hit: ScreeningHitRecord) {
    const leaves = hit.status === 'cleared' || hit.status === 'confirmed';
    setNotice(
      `${DECISION_LABEL[hit.status as keyof typeof DECISION_LABEL] ?? hit.status}: ${hit.entryName} for “${subjectOf(item).label}”.${
        hit.status === 'confirmed' && item.screening.subjectKind === 'party' ? ' The party is now blocked from use in applications.' : ''
      }${leaves ? ' It has left the queue.' : ''}`,
    );
    void loadQueue();
  }

  const total = queue?.total ?? 0;
  return (
    <div className="page-body review-queue">
      <div className="toolbar queue-toolbar">
        <div className="segmented" role="radiogroup" aria-label="Which hits">
          {FILTERS.map((f) => (
            <button
              key={f.id}
              type="button"
              role="radio"
              aria-checked={queueFilter === f.id}
              className={`segment${queueFilter === f.id ? ' active' : ''}`}
              onClick={() => setQueueFilter(f.id)}
              data-testid={`queue-filter-${f.id}`}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="queue-total" data-total={total}>
          {queue ? `${formatCount(total)} ${total === 1 ? 'hit waits' : 'hits wait'} for a decision, oldest first` : queueLoading ? 'Loading…' : ''}
        </span>
        <Pager total={total} offset={queueOffset} onOffset={setQueueOffset} />
      </div>
      {notice && (
        <div className="notice success" role="status" data-testid="queue-notice">
          {notice}
        </div>
      )}
      <ErrorBox error={queueError} title="The review queue could not be loaded." testId="queue-error" />
      {queue && queue.items.length === 0 && (
        <p className="empty" data-testid="queue-empty">
          {queueFilter === 'review' ? 'No hit is marked as needing review.' : 'No hit waits for a decision.'} Hits appear here when a screening finds a possible
          match, and leave once cleared or confirmed.
        </p>
      )}
      {queue && queue.items.length > 0 && <KindLegend />}
      <BulkDecisionBar selection={selection} subject={allNames ? 'name' : 'mixed'} onDecided={decidedMany} />
      <ol className="queue-items">
        {queue?.items.map((item) => {
          const subject = subjectOf(item);
          const sameEntry = byEntry.get(`${item.hit.listId}\u0000${item.hit.externalId}`) ?? [];
          return (
            <li key={item.hit.id} className="queue-item" data-testid="queue-item" data-hit-id={item.hit.id} data-status={item.hit.status}>
              <div className="queue-subject">
                <span className="queue-subject-kind">{subject.kind}</span>
                <strong className="queue-subject-name" data-testid="queue-subject">
                  {subject.label}
                </strong>
                {item.screening.queryCountry && <span className="muted">{item.screening.queryCountry}</span>}
                {sameEntry.length > 1 && (
                  <button type="button" className="link-button queue-entry-select" onClick={() => selection.setMany(sameEntry, true)} data-testid="queue-select-entry">
                    Select the {sameEntry.length} hits on entry {item.hit.externalId}
                  </button>
                )}
                <span className="muted push-right">
                  screened {formatDateTime(item.screening.at)} by {item.screening.operator} ·{' '}
                  <button type="button" className="link-button" onClick={() => openScreening(item.screening.id)} data-testid="queue-open-screening">
                    screening #{item.screening.id}
                  </button>
                </span>
              </div>
              <HitCard
                hit={item.hit}
                subjectNames={item.hit.queryName !== item.screening.queryName ? [item.screening.queryName, item.hit.queryName] : undefined}
                select={{ checked: selection.has(item.hit.id), onChange: (on) => selection.set(item.hit.id, on) }}
              >
                <DecisionControls hit={item.hit} subject={item.screening.subjectKind === 'party' ? 'party' : 'name'} onDecided={(h) => decided(item, h)} />
              </HitCard>
            </li>
          );
        })}
      </ol>
      {queue && total > QUEUE_PAGE && (
        <div className="toolbar">
          <Pager total={total} offset={queueOffset} onOffset={setQueueOffset} />
        </div>
      )}
      <EvidenceNote />
    </div>
  );
}

function Pager({ total, offset, onOffset }: { total: number; offset: number; onOffset: (o: number) => void }) {
  if (total <= QUEUE_PAGE) return null;
  const last = Math.min(offset + QUEUE_PAGE, total);
  return (
    <span className="pager push-right" data-testid="queue-pager">
      <span className="muted">
        {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}
      </span>
      <button type="button" className="button small" disabled={offset === 0} onClick={() => onOffset(offset - QUEUE_PAGE)} data-testid="queue-prev">
        Previous
      </button>
      <button type="button" className="button small" disabled={last >= total} onClick={() => onOffset(offset + QUEUE_PAGE)} data-testid="queue-next">
        Next
      </button>
    </span>
  );
}
