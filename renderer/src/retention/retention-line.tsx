import type { RecordRetention } from '../../../shared/retention/types';
import './retention.css';

/** Today as the core counts it (UTC), so the page and the list agree on what is past. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Retain until 2031-03-05 (15 CFR 762.6)" on a record's page, with the event the five years run
 * from, or why they have not started. Past the end it says so; nothing is ever deleted.
 */
export function RetentionLine({ retention }: { retention: RecordRetention }) {
  if (retention.status === 'not-started') {
    return (
      <p className="retention-line" data-testid="retention-line" data-status="not-started">
        Retention not started (15 CFR 762.6) <span className="retention-basis">— {retention.reason}</span>
      </p>
    );
  }
  const past = retention.endsOn < todayUtc();
  return (
    <p className={`retention-line${past ? ' is-past' : ''}`} data-testid="retention-line" data-status={past ? 'past' : 'running'}>
      Retain until <strong data-testid="retention-ends-on">{retention.endsOn}</strong> (15 CFR 762.6){' '}
      <span className="retention-basis">
        — five years after {retention.basis.what} on {retention.basis.on}
        {past && '. Past retention: it may be reviewed; nothing is deleted automatically.'}
      </span>
    </p>
  );
}
