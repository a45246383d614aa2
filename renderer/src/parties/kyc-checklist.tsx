import { useState } from 'react';
import { RED_FLAGS, RED_FLAGS_SOURCE, type RedFlag } from '../../../shared/parties/red-flags';
import type { KycAnswer, KycAnswerValue, Party } from '../../../shared/parties/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { useParties } from './store';

const ANSWERS: { value: KycAnswerValue; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

/**
 * The "Know Your Customer" checklist: each BIS red flag answered yes, no or unknown, with a note.
 * A yes is an open red flag: inquire and resolve it before going on (Supp. No. 3 to Part 732, (a)(3)).
 */
export function KycChecklist({ party }: { party: Party }) {
  const answers = new Map(party.kyc.answers.map((a) => [a.flagId, a]));
  return (
    <section className="kyc" data-testid="kyc-checklist" aria-labelledby="kyc-title">
      <h3 id="kyc-title">Red flags — {RED_FLAGS_SOURCE}</h3>
      <p className="field-help">
        Answer Yes while a red flag is present. After inquiry resolves it, record No with a note saying how; the history keeps every earlier answer. Unknown
        counts as not yet answered.
      </p>
      <ol className="kyc-list">
        {RED_FLAGS.map((flag) => (
          <KycRow key={flag.id} partyId={party.id} flag={flag} answer={answers.get(flag.id)} />
        ))}
      </ol>
    </section>
  );
}

function KycRow({ partyId, flag, answer }: { partyId: number; flag: RedFlag; answer: KycAnswer | undefined }) {
  const refresh = useParties((s) => s.refresh);
  const [note, setNote] = useState(answer?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const noteChanged = (answer?.note ?? '') !== note.trim();

  async function save(value: KycAnswerValue) {
    setBusy(true);
    setError(null);
    try {
      await call('parties.answerKyc', { partyId, answers: [{ flagId: flag.id, answer: value, note: note.trim() || null }] });
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`kyc-row${answer?.answer === 'yes' ? ' is-open' : ''}`} data-testid="kyc-row" data-flag-id={flag.id} data-answer={answer?.answer ?? ''}>
      <div className="kyc-question">
        <span>{flag.question}</span>
        <span className="sub">{flag.citation}</span>
      </div>
      <div className="kyc-answer" role="group" aria-label={`Answer: ${flag.label}`}>
        {ANSWERS.map((a) => (
          <button
            key={a.value}
            type="button"
            className={`button small answer-${a.value}${answer?.answer === a.value ? ' chosen' : ''}`}
            aria-pressed={answer?.answer === a.value}
            disabled={busy}
            data-testid={`kyc-${a.value}`}
            onClick={() => void save(a.value)}
          >
            {a.label}
          </button>
        ))}
      </div>
      <div className="kyc-note">
        <textarea
          rows={1}
          value={note}
          placeholder="Note: what you asked, what you were told, where it is documented"
          aria-label={`Note: ${flag.label}`}
          maxLength={2000}
          data-testid="kyc-note"
          onChange={(e) => setNote(e.target.value)}
        />
        {answer && noteChanged && (
          <button type="button" className="button small" disabled={busy} onClick={() => void save(answer.answer)} data-testid="kyc-save-note">
            Save note
          </button>
        )}
      </div>
      {answer && (
        <div className="sub kyc-by">
          Answered {formatDateTime(answer.answeredAt)} by {answer.answeredBy}
        </div>
      )}
      <ErrorBox error={error} onDismiss={() => setError(null)} />
    </li>
  );
}
