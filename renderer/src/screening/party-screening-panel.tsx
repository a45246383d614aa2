import { useCallback, useEffect, useState } from 'react';
import { SCREENING_STATE_LABELS, type ScreeningState } from '../../../shared/parties/types';
import type { ScreeningHitRecord, ScreeningRecord } from '../../../shared/screening/record-types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf, formatDateTime } from '../components/format';
import { DecidableHits } from './bulk-decision';
import { EvidenceNote } from './evidence-note';
import { TRUNCATED_NOTE } from './explain';
import { listsUsedText, percent } from './labels';
import { ScreeningRecordView } from './screening-record-view';
import './screening.css';

const HISTORY_LIMIT = 50;

/** Where the party stands, read from its latest screening (the same rule as the party's own status). */
export function screeningState(latest: ScreeningRecord | undefined): ScreeningState {
  if (!latest) return 'not-screened';
  if (latest.hits.some((h) => h.status === 'confirmed')) return 'confirmed-match';
  if (latest.hits.some((h) => h.status === 'open' || h.status === 'review')) return 'open-hits';
  return 'clear';
}

function hitSummary(r: ScreeningRecord): string {
  if (r.hits.length === 0) return 'no hits';
  const by = (s: ScreeningHitRecord['status']) => r.hits.filter((h) => h.status === s).length;
  const parts = [
    by('confirmed') && `${by('confirmed')} confirmed`,
    by('open') && `${by('open')} open`,
    by('review') && `${by('review')} needs review`,
    by('cleared') + by('previously-cleared') && `${by('cleared') + by('previously-cleared')} cleared`,
  ].filter(Boolean);
  return `${countOf(r.hits.length, 'hit', 'hits')}: ${parts.join(', ')}`;
}

/**
 * A party's restricted-party screening: where it stands, a Screen now button, the hits of its
 * latest screening with their decisions, and every earlier screening as it was recorded.
 * `onChange` is called after a screening or a decision, so the host can reload the party.
 */
export function PartyScreeningPanel({ partyId, notScreenedReason, onChange }: { partyId: number; notScreenedReason?: string; onChange?: () => void }) {
  const [history, setHistory] = useState<ScreeningRecord[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [screenError, setScreenError] = useState<unknown>(null);
  const [screening, setScreening] = useState(false);
  const [expanded, setExpanded] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setHistory(await call('screening.history', { partyId, limit: HISTORY_LIMIT }));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [partyId]);

  useEffect(() => {
    setHistory(null);
    setExpanded(null);
    setScreenError(null);
    void load();
  }, [load]);

  async function screenNow() {
    setScreening(true);
    setScreenError(null);
    try {
      await call('screening.party', { partyId });
      await load();
      onChange?.();
    } catch (e) {
      setScreenError(e);
    } finally {
      setScreening(false);
    }
  }

  function decided(hits: ScreeningHitRecord[]) {
    const byId = new Map(hits.map((h) => [h.id, h]));
    setHistory((h) => h && h.map((r) => ({ ...r, hits: r.hits.map((x) => byId.get(x.id) ?? x) })));
    onChange?.();
  }

  const latest = history?.[0];
  const earlier = history?.slice(1) ?? [];
  const state = screeningState(latest);

  return (
    <section className="party-screening" data-testid="party-screening" data-party-id={partyId} data-state={history ? state : 'loading'}>
      <div className="party-screening-head">
        <h3>Restricted-party screening</h3>
        {history && (
          <span className={`badge screening-state ${state}`} data-testid="party-screening-status" data-state={state}>
            {SCREENING_STATE_LABELS[state]}
          </span>
        )}
        {latest && <span className="muted">last screened {formatDateTime(latest.at)} by {latest.operator}</span>}
        <button type="button" className="button small primary push-right" onClick={() => void screenNow()} disabled={screening} data-testid="party-screen-now">
          {screening ? 'Screening…' : 'Screen now'}
        </button>
      </div>
      {state === 'confirmed-match' && (
        <div className="notice danger" role="alert" data-testid="party-blocked">
          A hit is confirmed as a match: this party is a listed party and is blocked from use in license applications.
        </div>
      )}
      <ErrorBox error={screenError} title="The party was not screened." testId="party-screen-error" />
      <ErrorBox error={loadError} title="The screening history could not be loaded." testId="party-screening-error" />
      {history && !latest && (
        <p className="empty" data-testid="party-screening-none">
          {notScreenedReason ??
            'This party has not been screened yet. Screen now checks its legal name and every other name against the current version of each imported list, and records the result.'}{' '}
          Parties are screened by themselves when created, when a name, the country or the kind changes, and when imported.
        </p>
      )}
      {latest && (
        <div className="party-screening-latest" data-testid="party-screening-latest" data-screening-id={latest.id}>
          <p className="muted">
            Screening #{latest.id} of {latest.names.map((n) => `“${n}”`).join(', ')} at threshold {percent(latest.threshold)} against{' '}
            {latest.lists.length ? listsUsedText(latest.lists) : 'no list (none was imported)'}: {hitSummary(latest)}.
          </p>
          {latest.truncated && <div className="notice warning">{TRUNCATED_NOTE}</div>}
          <DecidableHits key={latest.id} hits={latest.hits} subjectNames={latest.names} subject="party" onDecided={decided} />
        </div>
      )}
      {earlier.length > 0 && (
        <details className="party-screening-history">
          <summary>Earlier screenings ({earlier.length})</summary>
          <div className="table-wrap">
            <table className="data-table compact">
              <thead>
                <tr>
                  <th>Screening</th>
                  <th>When · by</th>
                  <th>Lists</th>
                  <th>Result</th>
                  <th className="actions-col" />
                </tr>
              </thead>
              <tbody>
                {earlier.map((r) => (
                  <tr key={r.id} data-testid="party-screening-history-row" data-screening-id={r.id}>
                    <td>#{r.id}</td>
                    <td>
                      {formatDateTime(r.at)} <span className="sub">by {r.operator}</span>
                    </td>
                    <td className="wrap">{listsUsedText(r.lists) || '—'}</td>
                    <td>{hitSummary(r)}</td>
                    <td className="actions-col">
                      <button type="button" className="link-button" onClick={() => setExpanded(expanded === r.id ? null : r.id)}>
                        {expanded === r.id ? 'Hide' : 'Show'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {expanded !== null && <ScreeningRecordView key={expanded} screeningId={expanded} />}
        </details>
      )}
      <EvidenceNote />
    </section>
  );
}
