import { useState, type ReactNode } from 'react';
import type { ListedEntry } from '../../../shared/screening/list-types';
import type { ScreeningHitRecord, ScreeningPreview } from '../../../shared/screening/record-types';
import type { MatchExplanation, ScoreAdjustments } from '../../../shared/screening/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { KIND_HELP, KIND_WORD, explanationLines, explanationSentence, pairText } from './explain';
import { DECISION_LABEL, STATUS_LABEL, TYPE_LABEL, countriesText, percent } from './labels';

/** A hit as the live preview gives it; a recorded hit has the same fields and more. */
export type HitView = ScreeningPreview['hits'][number];

function isRecorded(h: HitView): h is ScreeningHitRecord {
  return 'status' in h;
}

export function StatusBadge({ status }: { status: ScreeningHitRecord['status'] }) {
  return (
    <span className={`badge hit-status ${status}`} data-testid="hit-status" data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** One possible match: who is listed, on which list version, and why the matcher thinks so. */
export function HitCard({
  hit,
  subjectNames,
  select,
  children,
}: {
  hit: HitView;
  subjectNames?: string[];
  /** A checkbox to select the hit for a decision taken on several at once. */
  select?: { checked: boolean; onChange(checked: boolean): void };
  children?: ReactNode;
}) {
  const recorded = isRecorded(hit) ? hit : null;
  const severity = hit.score >= 0.95 ? 'high' : hit.score >= 0.85 ? 'medium' : 'low';
  return (
    <article
      className={`hit-card${recorded ? ` status-${recorded.status}` : ''}`}
      data-testid="hit"
      data-entry-id={hit.externalId}
      data-list-id={hit.listId}
      data-hit-id={recorded?.id}
      data-status={recorded?.status}
    >
      <div className="hit-head">
        {select && (
          <label className="hit-select">
            <input type="checkbox" checked={select.checked} onChange={(e) => select.onChange(e.target.checked)} aria-label={`Select ${hit.entryName}`} data-testid="hit-select" />
          </label>
        )}
        <span className={`hit-score ${severity}`} data-testid="hit-score" title={`Score ${hit.score.toFixed(3)} (name score ${hit.nameScore.toFixed(3)})`}>
          {percent(hit.score)}
        </span>
        <div className="hit-title">
          <div className="hit-name" data-testid="hit-entry-name">
            {hit.entryName}
          </div>
          <div className="hit-meta">
            <span className="list-chip hit-list" data-testid="hit-list">
              {hit.listName} · {hit.listVersion ?? 'undated'}
            </span>
            <span>entry {hit.externalId}</span>
            <span>{TYPE_LABEL[hit.entryType]}</span>
            {hit.entryCountries.length > 0 && <span title={countriesText(hit.entryCountries)}>{hit.entryCountries.join(', ')}</span>}
            {hit.entryPrograms.length > 0 && <span className="mono">{hit.entryPrograms.join(', ')}</span>}
          </div>
        </div>
        {recorded && <StatusBadge status={recorded.status} />}
      </div>
      {(hit.matchedIndex > 0 || (subjectNames && subjectNames.length > 1)) && (
        <div className="hit-matched" data-testid="hit-matched">
          {hit.matchedIndex > 0 ? (
            <>
              Matched the alias <strong>“{hit.matchedName}”</strong>
            </>
          ) : (
            <>Matched the listed name</>
          )}
          {subjectNames && subjectNames.length > 1 && (
            <>
              {' '}
              under the party’s name <strong>“{hit.queryName}”</strong>
            </>
          )}
          .
        </div>
      )}
      <Explanation explanation={hit.explanation} adjustments={hit.adjustments} score={hit.score} nameScore={hit.nameScore} />
      {recorded?.statusReason && (
        <p className="hit-status-reason" data-testid="hit-status-reason">
          {recorded.statusReason}
        </p>
      )}
      {recorded && recorded.decisions.length > 0 && <DecisionHistory hit={recorded} />}
      <EntryDetails snapshotId={hit.snapshotId} externalId={hit.externalId} />
      {children}
    </article>
  );
}

export function Explanation({ explanation: e, adjustments, score, nameScore }: { explanation: MatchExplanation; adjustments?: ScoreAdjustments; score: number; nameScore: number }) {
  const adjusted = Math.abs(score - nameScore) > 0.0005;
  return (
    <div className="explanation" data-testid="hit-explanation" aria-label={`Why: ${explanationSentence(e)}`}>
      <div className="explanation-pairs">
        <span className="explanation-label">Why:</span>
        {e.pairs.length === 0 && <span className="muted">no name parts agree</span>}
        {e.pairs.map((p, i) => (
          <span key={i} className={`pair ${p.kind}`} data-testid="hit-pair" data-kind={p.kind} title={KIND_HELP[p.kind]}>
            {pairText(p)}
          </span>
        ))}
      </div>
      <ul className="explanation-lines">
        {explanationLines(e, adjustments).map((l) => (
          <li key={l.key} data-testid={`explain-${l.key}`}>
            {l.text}
          </li>
        ))}
        {adjusted && (
          <li data-testid="explain-score">
            Name score {percent(nameScore)}, adjusted to {percent(score)}.
          </li>
        )}
      </ul>
    </div>
  );
}

/** Legend for the kinds of agreement, shown once above a list of hits. */
export function KindLegend({ threshold }: { threshold?: number }) {
  return (
    <details className="kind-legend">
      <summary>How to read a match</summary>
      <dl>
        {(Object.keys(KIND_WORD) as (keyof typeof KIND_WORD)[]).map((k) => (
          <div key={k}>
            <dt>
              <span className={`pair ${k}`}>{KIND_WORD[k]}</span>
            </dt>
            <dd>{KIND_HELP[k]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        The score is mostly how much of the name screened is found in the listed name, with a quarter for the reverse. Country and type only nudge it
        by a few points.{' '}
        {threshold !== undefined && <>Hits scoring {percent(threshold)} or more are reported.</>}
      </p>
    </details>
  );
}

function DecisionHistory({ hit }: { hit: ScreeningHitRecord }) {
  return (
    <ol className="decision-history" data-testid="decision-history">
      {hit.decisions.map((d) => (
        <li key={d.id} data-testid="decision-row" data-decision={d.decision}>
          <span className={`badge hit-status ${d.decision}`}>{DECISION_LABEL[d.decision]}</span> {formatDateTime(d.at)} by {d.by}
          {d.reason && <span className="decision-reason">: {d.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The listed entry in full (aliases, addresses, remarks), loaded when asked for. */
function EntryDetails({ snapshotId, externalId }: { snapshotId: number; externalId: string }) {
  const [entry, setEntry] = useState<ListedEntry | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);

  async function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !entry) {
      try {
        setEntry(await call('lists.entry', { snapshotId, externalId }));
        setError(null);
      } catch (e) {
        setError(e);
      }
    }
  }

  return (
    <div className="entry-details">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => void toggle()} data-testid="hit-entry-toggle">
        {open ? 'Hide the listed entry' : 'Show the listed entry'}
      </button>
      {open && <ErrorBox error={error} title="The listed entry could not be loaded." />}
      {open && entry && (
        <dl className="entry-fields" data-testid="hit-entry">
          {entry.sourceList && (
            <>
              <dt>Source list</dt>
              <dd>{entry.sourceList}</dd>
            </>
          )}
          <dt>Aliases</dt>
          <dd>{entry.aliases.length ? entry.aliases.map((a) => `${a.name}${a.quality ? ` (${a.quality})` : ''}`).join('; ') : 'none'}</dd>
          {entry.countries.length > 0 && (
            <>
              <dt>Countries</dt>
              <dd>{countriesText(entry.countries)}</dd>
            </>
          )}
          {entry.addresses.length > 0 && (
            <>
              <dt>Addresses</dt>
              <dd>{entry.addresses.join('; ')}</dd>
            </>
          )}
          {entry.remarks && (
            <>
              <dt>Remarks</dt>
              <dd className="entry-remarks">{entry.remarks}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
