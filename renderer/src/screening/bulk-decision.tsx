import { useCallback, useState, type FormEvent } from 'react';
import type { HitDecision, ScreeningHitRecord } from '../../../shared/screening/record-types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { DecisionControls } from './decision-controls';
import { HitCard } from './hit-card';
import './bulk-decision.css';

const MIN_REASON = 3;

/** Hits waiting for a decision: the ones "Select the undecided" picks. */
export const isUndecided = (h: ScreeningHitRecord) => h.status === 'open' || h.status === 'review';

/** A set of selected hit ids, kept by the list that shows the hits. */
export function useHitSelection() {
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  // Stable, so a list can clear its selection from an effect.
  const clear = useCallback(() => setIds(new Set()), []);
  return {
    ids: [...ids],
    has: (id: number) => ids.has(id),
    set(id: number, on: boolean) {
      setIds((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      });
    },
    setMany(list: readonly number[], on: boolean) {
      setIds((s) => {
        const next = new Set(s);
        for (const id of list) (on ? next.add(id) : next.delete(id));
        return next;
      });
    },
    clear,
  };
}

export type HitSelection = ReturnType<typeof useHitSelection>;

const SUBMIT: Record<HitDecision, (n: number) => string> = {
  cleared: (n) => `Clear ${countOf(n, 'hit', 'hits')} as false positives`,
  confirmed: (n) => `Confirm ${countOf(n, 'hit', 'hits')} as matches`,
  review: (n) => `Mark ${countOf(n, 'hit', 'hits')} as needs review`,
};

/**
 * One decision and one reason for every selected hit (21 hits on "Ali Hassan" that are all someone
 * else). The core still records each hit's decision on its own, with its own audit row, all or none.
 */
export function BulkDecisionBar({
  selection,
  subject,
  onDecided,
}: {
  selection: HitSelection;
  /** Party screenings carry decisions over and can block the party; "mixed" is the review queue. */
  subject: 'party' | 'name' | 'mixed';
  onDecided: (hits: ScreeningHitRecord[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<HitDecision>('cleared');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const n = selection.ids.length;
  if (n === 0) return null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    if (decision === 'cleared' && reason.trim().length < MIN_REASON) {
      setInvalid('Give the reason these are not the listed party (for example a different date of birth, country or line of business). Hits cleared without a reason are no evidence.');
      return;
    }
    setSaving(true);
    setInvalid(null);
    setError(null);
    try {
      const decided = await call('screening.decideMany', { hitIds: selection.ids, decision, reason: reason.trim() });
      setOpen(false);
      setReason('');
      selection.clear();
      onDecided(decided);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="bulk-decision" data-testid="bulk-decision" data-count={n}>
      <div className="bulk-decision-head">
        <strong data-testid="bulk-selected-count">{countOf(n, 'hit selected', 'hits selected')}</strong>
        {!open && (
          <button type="button" className="button small primary" onClick={() => setOpen(true)} data-testid="bulk-decide">
            Decide {n} selected…
          </button>
        )}
        <button type="button" className="link-button" onClick={() => selection.clear()} disabled={saving} data-testid="bulk-clear-selection">
          Clear the selection
        </button>
      </div>
      {open && (
        <form className={`decision-form ${decision}`} onSubmit={submit} data-testid="bulk-decision-form" data-decision={decision}>
          <div className="decision-buttons" role="radiogroup" aria-label="Decision on the selected hits">
            {(['cleared', 'confirmed', 'review'] as const).map((d) => (
              <button
                key={d}
                type="button"
                role="radio"
                aria-checked={decision === d}
                className={`button small${d === 'confirmed' ? ' danger' : ''}${decision === d ? ' chosen' : ''}`}
                onClick={() => (setDecision(d), setInvalid(null))}
                disabled={saving}
                data-testid={`bulk-choose-${d}`}
              >
                {d === 'cleared' ? 'Cleared as false positives' : d === 'confirmed' ? 'Confirmed matches' : 'Needs review'}
              </button>
            ))}
          </div>
          {decision === 'confirmed' && (
            <div className="notice warning" role="note" data-testid="bulk-confirm-warning">
              <strong>{subject === 'name' ? 'This records the name as the listed party for every selected hit.' : 'Every party with a selected hit will be blocked.'}</strong>{' '}
              A confirmed match cannot be used in license applications, and later screenings keep it confirmed.
            </div>
          )}
          <label className="field">
            <span className="field-label">{decision === 'cleared' ? 'One reason for all of them (required)' : 'One reason for all of them (optional)'}</span>
            <textarea
              value={reason}
              rows={2}
              maxLength={4000}
              autoFocus
              placeholder="Why, for every selected hit: different date of birth, nationality, address, line of business…"
              onChange={(e) => {
                setReason(e.target.value);
                if (invalid) setInvalid(null);
              }}
              aria-invalid={invalid ? true : undefined}
              data-testid="bulk-decision-reason"
            />
            <span className="field-help">Each hit gets its own decision with this reason in its record and in the audit log.</span>
          </label>
          {invalid && (
            <div className="error-text" role="alert" data-testid="bulk-decision-invalid">
              {invalid}
            </div>
          )}
          <ErrorBox error={error} title="No decision was recorded." testId="bulk-decision-error" />
          <div className="decision-actions">
            <button type="submit" className={`button small ${decision === 'confirmed' ? 'danger-solid' : 'primary'}`} disabled={saving} data-testid="bulk-decision-submit">
              {saving ? 'Recording…' : SUBMIT[decision](n)}
            </button>
            <button type="button" className="button small" onClick={() => setOpen(false)} disabled={saving} data-testid="bulk-decision-cancel">
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/**
 * The hits of one screening, each with its own decision controls and a checkbox, and the bar that
 * decides the selected ones together. Without `decidable` (a screening a later one replaced) the
 * hits are shown as recorded.
 */
export function DecidableHits({
  hits,
  subjectNames,
  subject,
  decidable = true,
  onDecided,
}: {
  hits: ScreeningHitRecord[];
  subjectNames?: string[];
  subject: 'party' | 'name';
  decidable?: boolean;
  onDecided: (hits: ScreeningHitRecord[]) => void;
}) {
  const selection = useHitSelection();
  const undecided = hits.filter(isUndecided).map((h) => h.id);
  return (
    <>
      {decidable && hits.length > 1 && (
        <div className="hits-toolbar">
          <button type="button" className="link-button" disabled={undecided.length === 0} onClick={() => selection.setMany(undecided, true)} data-testid="hits-select-undecided">
            Select the {countOf(undecided.length, 'undecided hit', 'undecided hits')}
          </button>
        </div>
      )}
      {decidable && <BulkDecisionBar selection={selection} subject={subject} onDecided={onDecided} />}
      <div className="hits">
        {hits.map((h) => (
          <HitCard key={h.id} hit={h} subjectNames={subjectNames} select={decidable ? { checked: selection.has(h.id), onChange: (on) => selection.set(h.id, on) } : undefined}>
            {decidable && <DecisionControls hit={h} subject={subject} onDecided={(d) => onDecided([d])} />}
          </HitCard>
        ))}
      </div>
    </>
  );
}
