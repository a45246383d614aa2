import { useCallback, useEffect, useState } from 'react';
import { JURISDICTION_LABELS, JURISDICTIONS, type Classification, type ClassificationReview } from '../../../shared/classification/types';
import type { Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { WordDiff } from '../control-lists/word-diff';
import { ManualClassification } from './manual-classification';
import { QuoteView, SupportingQuotes } from './quote-view';
import { useItems } from './store';

/**
 * Confirming a classification after its list changed: a new classification citing the same entry
 * in the new version, with the reason the change does not alter it. The old one stays, superseded.
 */
function ReviewBox({ c, review, latest, onDone }: { c: Classification; review: ClassificationReview; latest: boolean; onDone(): Promise<void> }) {
  const setPane = useItems((s) => s.setPane);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await call('classifications.save', {
        itemId: c.itemId,
        jurisdiction: c.jurisdiction,
        kind: 'entry',
        entryCode: c.entryCode!,
        ...(c.paragraphCode ? { paragraphCode: c.paragraphCode } : {}),
        snapshotId: review.snapshotId,
        rationale: `Confirmed against ${review.snapshotLabel} after review: ${reason.trim()}\n\nEarlier rationale: ${c.rationale}`,
        authorization: c.authorization,
        reportItemType: c.reportItemType as never,
        status: 'final',
        expectedCurrentId: c.id,
        // The button names what it replaces: confirming after a review supersedes this very classification.
        replaceCurrent: true,
      });
      await onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="review-box" role="alert" data-testid="review-box" data-reason={review.reason}>
      <div className="review-title">
        <strong>Needs re-review:</strong> {review.reason === 'removed' ? `${c.label} is no longer in ${review.snapshotLabel}.` : `the text of ${c.label} changed in ${review.snapshotLabel}.`}
        <span className="muted"> Flagged {formatDateTime(review.createdAt)}.</span>
      </div>
      <p className="review-diff" data-testid="review-diff">
        <WordDiff parts={review.words} />
      </p>
      {/* Confirming cites the newest version: an older review is settled by the same new classification. */}
      {review.reason === 'changed' && latest && (
        <div className="review-confirm">
          <label className="field">
            <span className="field-label">Why the change does not alter the classification</span>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="review-reason" />
          </label>
          <button type="button" className="button small" disabled={busy || !reason.trim()} onClick={() => void confirm()} data-testid="review-confirm">
            Confirm against {review.snapshotLabel}
          </button>
        </div>
      )}
      {latest && (
        <button type="button" className="button small primary" onClick={() => setPane('classify')} data-testid="review-reclassify">
          Classify again
        </button>
      )}
      <ErrorBox error={error} title="The classification was not confirmed." onDismiss={() => setError(null)} />
    </div>
  );
}

function ClassificationCard({ c, inForce, onDone }: { c: Classification; inForce: boolean; onDone(): Promise<void> }) {
  const open = c.reviews.filter((r) => !r.resolvedAt);
  return (
    <article className={`classification${inForce ? ' in-force' : ' superseded'}`} data-testid={inForce ? 'classification-in-force' : 'classification-history-row'} data-jurisdiction={c.jurisdiction} data-label={c.label}>
      <header className="classification-head">
        <span className="class-chip large">
          <span className="class-chip-jur">{c.jurisdiction === 'us-ear' ? 'US' : 'EU'}</span> {c.label}
        </span>
        <span className={`badge status-${c.status}`}>{c.status === 'final' ? 'Final' : 'Draft'}</span>
        {c.authorization && <span className="badge">{c.authorization}</span>}
        {!inForce && <span className="badge">Superseded {formatDateTime(c.supersededAt)}</span>}
        <span className="muted push-right">
          {formatDateTime(c.createdAt)} · {c.createdBy}
        </span>
      </header>
      {inForce && open.map((r) => <ReviewBox key={r.id} c={c} review={r} latest={r === open[open.length - 1]} onDone={onDone} />)}
      <p className="pre classification-rationale">{c.rationale}</p>
      {c.quote ? <QuoteView quote={c.quote} /> : <p className="muted">{c.kind === 'ear99' ? 'EAR99: subject to the EAR and on no ECCN (15 CFR 734.3(c)).' : 'Not listed in Annex I to Regulation (EU) 2021/821.'}</p>}
      <SupportingQuotes quotes={c.supporting} />
      {c.reportItemType && <p className="muted">Self-classification report item type: {c.reportItemType}</p>}
      {c.decisionPath && (
        <details className="decision-path">
          <summary>Decision path: {c.decisionPath.questionnaireTitle}</summary>
          <ol>
            {c.decisionPath.answers.map((a) => (
              <li key={a.questionId}>
                {a.question} <strong>{a.answerLabel}</strong> <span className="muted">({a.citation})</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {!inForce && c.reviews.length > 0 && (
        <p className="muted">{c.reviews.map((r) => `Review after ${r.snapshotLabel}: ${r.resolvedAt ? `resolved ${formatDateTime(r.resolvedAt)} by ${r.resolvedBy}` : 'open'}`).join('; ')}</p>
      )}
    </article>
  );
}

/** The classifications in force for each jurisdiction, their reviews, and every earlier one. */
export function ClassificationPanel({ item }: { item: Item }) {
  const { refresh, setPane } = useItems();
  const [history, setHistory] = useState<Classification[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [manual, setManual] = useState(false);

  const load = useCallback(async () => {
    try {
      setHistory(await call('classifications.history', { itemId: item.id }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [item.id]);

  useEffect(() => {
    void load();
  }, [load, item.us?.classificationId, item.eu?.classificationId, item.openReviews]);

  const done = async () => {
    setManual(false);
    await Promise.all([load(), refresh()]);
  };
  const inForce = (history ?? []).filter((c) => c.supersededAt === null);
  const earlier = (history ?? []).filter((c) => c.supersededAt !== null);

  return (
    <section className="classification-panel" data-testid="classification-panel">
      <div className="toolbar">
        <button type="button" className="button primary small" onClick={() => setPane('classify')} data-testid="start-questionnaire">
          Classify with a questionnaire
        </button>
        <button type="button" className="button small" onClick={() => setManual((m) => !m)} data-testid="start-manual">
          Record a classification by hand
        </button>
      </div>
      {manual && <ManualClassification item={item} onDone={done} onCancel={() => setManual(false)} />}
      <ErrorBox error={error} title="The classifications could not be loaded." />
      {history && (
        <>
          {JURISDICTIONS.map((j) => {
            const c = inForce.find((x) => x.jurisdiction === j);
            return c ? (
              <ClassificationCard key={c.id} c={c} inForce onDone={done} />
            ) : (
              <p key={j} className="empty" data-testid="classification-missing" data-jurisdiction={j}>
                No {JURISDICTION_LABELS[j]} classification yet.
              </p>
            );
          })}
          {earlier.length > 0 && (
            <>
              <h3>Earlier classifications (kept, superseded)</h3>
              {earlier.map((c) => (
                <ClassificationCard key={c.id} c={c} inForce={false} onDone={done} />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
