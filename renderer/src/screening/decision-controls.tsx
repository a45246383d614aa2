import { useState, type FormEvent } from 'react';
import type { HitDecision, ScreeningHitRecord } from '../../../shared/screening/record-types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';

const MIN_REASON = 3;

const SUBMIT_LABEL: Record<HitDecision, string> = {
  cleared: 'Clear as false positive',
  confirmed: 'Confirm match',
  review: 'Mark as needs review',
};

/**
 * The three decisions on a hit. Clearing asks for the reason (the record is evidence only with it);
 * confirming warns first, since a confirmed match blocks the party from use in applications.
 */
export function DecisionControls({
  hit,
  subject,
  onDecided,
}: {
  hit: ScreeningHitRecord;
  /** Whether the screening was of a party record (decisions carry over and can block it) or of a name typed in. */
  subject: 'party' | 'name';
  onDecided: (hit: ScreeningHitRecord) => void;
}) {
  const [chosen, setChosen] = useState<HitDecision | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  function choose(d: HitDecision | null) {
    setChosen(d);
    setInvalid(null);
    setError(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen || saving) return;
    if (chosen === 'cleared' && reason.trim().length < MIN_REASON) {
      setInvalid('Give the reason this is not the listed party (for example a different date of birth, country or line of business). A hit cleared without a reason is no evidence.');
      return;
    }
    setSaving(true);
    setInvalid(null);
    setError(null);
    try {
      const decided = await call('screening.decide', { hitId: hit.id, decision: chosen, reason: reason.trim() });
      setChosen(null);
      setReason('');
      onDecided(decided);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="decision" data-testid="decision">
      <div className="decision-buttons" role="group" aria-label="Decision on this hit">
        <button type="button" className={`button small${chosen === 'cleared' ? ' chosen' : ''}`} onClick={() => choose('cleared')} disabled={saving} data-testid="decide-clear">
          Cleared as false positive…
        </button>
        <button type="button" className={`button small danger${chosen === 'confirmed' ? ' chosen' : ''}`} onClick={() => choose('confirmed')} disabled={saving} data-testid="decide-confirm">
          Confirmed match…
        </button>
        {hit.status !== 'review' && (
          <button type="button" className={`button small${chosen === 'review' ? ' chosen' : ''}`} onClick={() => choose('review')} disabled={saving} data-testid="decide-review">
            Needs review…
          </button>
        )}
      </div>
      {chosen && (
        <form className={`decision-form ${chosen}`} onSubmit={submit} data-testid="decision-form" data-decision={chosen}>
          {chosen === 'confirmed' && (
            <div className="notice warning" role="note" data-testid="confirm-warning">
              {subject === 'party' ? (
                <>
                  <strong>The party will be blocked.</strong> A confirmed match means this party is the listed one: it cannot be used in license applications,
                  and later screenings keep the hit confirmed.
                </>
              ) : (
                <>
                  <strong>This records the name as the listed party.</strong> Do not deal with it; if it belongs to a party record, screen that party so the party is
                  blocked from use in applications.
                </>
              )}
            </div>
          )}
          <label className="field">
            <span className="field-label">{chosen === 'cleared' ? 'Reason (required)' : 'Reason (optional)'}</span>
            <textarea
              value={reason}
              rows={2}
              maxLength={4000}
              autoFocus
              placeholder={
                chosen === 'cleared'
                  ? 'Why this is not the listed party: different date of birth, nationality, address, line of business…'
                  : chosen === 'confirmed'
                    ? 'What confirms it: same date of birth, passport number, address…'
                    : 'What needs checking, and who was asked'
              }
              onChange={(e) => {
                setReason(e.target.value);
                if (invalid) setInvalid(null);
              }}
              aria-invalid={invalid ? true : undefined}
              data-testid="decision-reason"
            />
            {chosen === 'cleared' && subject === 'party' && (
              <span className="field-help">The clearance is remembered for this party and listed entry, and the hit does not alert again unless the entry changes.</span>
            )}
          </label>
          {invalid && (
            <div className="error-text" role="alert" data-testid="decision-invalid">
              {invalid}
            </div>
          )}
          <ErrorBox error={error} title="The decision was not recorded." testId="decision-error" />
          <div className="decision-actions">
            <button type="submit" className={`button small ${chosen === 'confirmed' ? 'danger-solid' : 'primary'}`} disabled={saving} data-testid="decision-submit">
              {saving ? 'Recording…' : SUBMIT_LABEL[chosen]}
            </button>
            <button type="button" className="button small" onClick={() => choose(null)} disabled={saving} data-testid="decision-cancel">
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
