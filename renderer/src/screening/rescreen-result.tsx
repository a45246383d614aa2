import type { RescreenPartyChange } from '../../../shared/screening/record-types';
import { ErrorBox } from '../components/error-box';
import { countOf } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { percent } from './labels';
import { useScreening } from './store';

/** The background re-screening after a list update: its progress, then what changed for each party. */
export function RescreenResult() {
  const { rescreen, dismissRescreen, snapshots, openScreening } = useScreening();
  if (!rescreen) return null;
  const listName = (id: string) => snapshots.find((s) => s.listId === id)?.listName ?? id;
  const { state } = rescreen;

  return (
    <section className="panel rescreen" aria-labelledby="rescreen-title" data-testid="rescreen" data-state={state.kind}>
      <div className="panel-head">
        <h2 id="rescreen-title" className="panel-title">
          Re-screening of every party
        </h2>
        <span className="muted">{rescreen.reason}</span>
        {state.kind !== 'running' && (
          <button type="button" className="link-button push-right" onClick={dismissRescreen} data-testid="rescreen-dismiss">
            Dismiss
          </button>
        )}
      </div>
      {state.kind === 'running' && (
        <ProgressBar testId="rescreen-progress" phase={state.progress?.phase ?? 'Starting'} done={state.progress?.done ?? 0} total={state.progress?.total ?? 0} />
      )}
      {state.kind === 'failed' && <ErrorBox error={state.error} title="The parties were not re-screened." testId="rescreen-error" />}
      {state.kind === 'done' && (
        <>
          <p className="rescreen-summary" data-testid="rescreen-summary" data-screened={state.value.partiesScreened} data-changed={state.value.partiesWithChanges}>
            {state.value.partiesScreened === 0
              ? 'There are no parties to re-screen yet.'
              : `${countOf(state.value.partiesScreened, 'party', 'parties')} re-screened against the current lists; ${
                  state.value.partiesWithChanges === 0
                    ? 'no party has new, delisted or changed hits since its previous screening.'
                    : `${countOf(state.value.partiesWithChanges, 'party has', 'parties have')} new, delisted or changed hits since the previous screening.`
                }`}
          </p>
          {state.value.changes.length > 0 && (
            <ul className="rescreen-changes">
              {state.value.changes.map((c) => (
                <PartyChange key={c.partyId} change={c} listName={listName} onOpen={() => openScreening(c.screeningId)} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function PartyChange({ change: c, listName, onOpen }: { change: RescreenPartyChange; listName: (id: string) => string; onOpen: () => void }) {
  return (
    <li className="rescreen-party" data-testid="rescreen-party" data-party-id={c.partyId}>
      <div className="rescreen-party-head">
        <strong data-testid="rescreen-party-name">{c.partyName}</strong>
        <button type="button" className="link-button" onClick={onOpen} data-testid="rescreen-open">
          Open screening #{c.screeningId}
        </button>
      </div>
      <ul className="rescreen-items">
        {c.newHits.map((h) => (
          <li key={`n${h.listId}${h.externalId}`} data-testid="rescreen-new" data-entry-id={h.externalId}>
            <span className="badge change added">New hit</span> {h.entryName} <span className="muted">({listName(h.listId)}, entry {h.externalId})</span> {percent(h.score)}
          </li>
        ))}
        {c.changed.map((h) => (
          <li key={`c${h.listId}${h.externalId}`} data-testid="rescreen-changed" data-entry-id={h.externalId}>
            <span className="badge change changed">Entry changed</span> {h.entryName} <span className="muted">({listName(h.listId)}, entry {h.externalId})</span>
            <span className="muted"> — the listed entry was amended since the previous screening; an earlier clearance of it no longer holds</span>
          </li>
        ))}
        {c.delisted.map((h) => (
          <li key={`d${h.listId}${h.externalId}`} data-testid="rescreen-delisted" data-entry-id={h.externalId}>
            <span className="badge change removed">Delisted</span> {h.entryName} <span className="muted">({listName(h.listId)}, entry {h.externalId})</span>
            <span className="muted"> — no longer on the current list</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
