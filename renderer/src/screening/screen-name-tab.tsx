import { useEffect, useMemo, useRef, useState } from 'react';
import { allCountries } from '../../../shared/countries';
import type { ScreeningPreview, ScreeningRecord } from '../../../shared/screening/record-types';
import type { PartyType } from '../../../shared/screening/types';
import { call } from '../api/client';
import { ErrorBox, errorMessage } from '../components/error-box';
import { countOf, formatDateTime } from '../components/format';
import { BatchPanel } from './batch-panel';
import { EvidenceNote } from './evidence-note';
import { TRUNCATED_NOTE, WEAK_ONLY_NOTE } from './explain';
import { HitCard, KindLegend } from './hit-card';
import { TYPE_LABEL, listVersion, listsUsedText } from './labels';
import { useScreening } from './store';

const TYPING_PAUSE_MS = 200;
const TYPES: PartyType[] = ['individual', 'entity', 'vessel', 'aircraft'];

export function ScreenNameTab() {
  return (
    <div className="page-body">
      <ScreenBox />
      <BatchPanel />
    </div>
  );
}

function ScreenBox() {
  const { snapshots, snapshotsLoaded, setTab, openScreening, loadQueue } = useScreening();
  const countries = useMemo(() => allCountries(), []);
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [type, setType] = useState<PartyType | ''>('');
  const [preview, setPreview] = useState<{ for: string; value: ScreeningPreview } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [recorded, setRecorded] = useState<ScreeningRecord | null>(null);
  const [recordError, setRecordError] = useState<unknown>(null);
  const [recording, setRecording] = useState(false);
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const current = snapshots.filter((s) => s.isCurrent);
  const query = name.trim();

  useEffect(() => {
    input.current?.focus();
  }, []);

  // Live results while typing, after a short pause; answers to superseded requests are dropped.
  useEffect(() => {
    const mine = ++seq.current;
    if (!query) {
      setPreview(null);
      setPreviewError(null);
      setPending(false);
      return;
    }
    setPending(true);
    const t = setTimeout(() => {
      call('screening.preview', { name: query, ...(country ? { country } : {}), ...(type ? { type } : {}) })
        .then((value) => {
          if (mine !== seq.current) return;
          setPreview({ for: query, value });
          setPreviewError(null);
          setPending(false);
        })
        .catch((e: unknown) => {
          if (mine !== seq.current) return;
          setPreview(null);
          setPreviewError(errorMessage(e));
          setPending(false);
        });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(t);
  }, [query, country, type]);

  async function record() {
    if (!query || recording) return;
    setRecording(true);
    setRecordError(null);
    try {
      setRecorded(await call('screening.name', { name: query, ...(country ? { country } : {}), ...(type ? { type } : {}) }));
      void loadQueue();
    } catch (e) {
      setRecordError(e);
    } finally {
      setRecording(false);
    }
  }

  const p = preview?.value;
  return (
    <section className="panel screen-box" aria-labelledby="screen-title">
      <h2 id="screen-title" className="panel-title">
        Screen a name
      </h2>
      {snapshotsLoaded && current.length === 0 && (
        <div className="notice warning" data-testid="screen-no-lists">
          No restricted-party list is imported yet, so nothing can match.{' '}
          <button type="button" className="link-button" onClick={() => setTab('lists')}>
            Import a list
          </button>{' '}
          first.
        </div>
      )}
      <form
        className="screen-form"
        onSubmit={(e) => {
          e.preventDefault();
          void record();
        }}
      >
        <label className="field screen-name-field">
          <span className="field-label">Name</span>
          <input
            ref={input}
            type="search"
            value={name}
            placeholder="A person, company, vessel or aircraft, in any script: Ivan Petrov, Владимир Путин, Mahan Air"
            maxLength={20_000}
            onChange={(e) => setName(e.target.value)}
            data-testid="screen-name"
            aria-describedby="screen-status"
          />
        </label>
        <label className="field">
          <span className="field-label">Country (optional)</span>
          <select value={country} onChange={(e) => setCountry(e.target.value)} data-testid="screen-country">
            <option value="">Any</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Type (optional)</span>
          <select value={type} onChange={(e) => setType(e.target.value as PartyType | '')} data-testid="screen-type">
            <option value="">Any</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={!query || recording} data-testid="screen-record" title="Keep this screening as evidence: the name, the list versions, the time, who ran it and every hit">
          {recording ? 'Recording…' : 'Record this screening'}
        </button>
      </form>
      <ErrorBox error={recordError} title="The screening was not recorded." testId="screen-record-error" />
      {recorded && (
        <div className="notice success" role="status" data-testid="screen-recorded" data-screening-id={recorded.id}>
          Recorded “{recorded.queryName}” as screening #{recorded.id} on {formatDateTime(recorded.at)} by {recorded.operator}:{' '}
          {recorded.hits.length === 0 ? 'no hits' : `${countOf(recorded.hits.length, 'hit', 'hits')}, now in the review queue`}.{' '}
          <button type="button" className="link-button" onClick={() => openScreening(recorded.id)} data-testid="screen-open-recorded">
            Open the record
          </button>
        </div>
      )}
      <div id="screen-status" className="screen-status" role="status" data-testid="screen-status" data-state={pending ? 'pending' : p ? 'done' : 'idle'}>
        {!query && <span className="muted">Type a name: possible matches appear as you type. Nothing is recorded until you press Record this screening.</span>}
        {query && previewError && <span className="error-text">{previewError}</span>}
        {query && !previewError && p && (
          <span>
            <strong data-testid="screen-hit-count">{p.hits.length === 0 ? 'No possible match' : countOf(p.hits.length, 'possible match', 'possible matches')}</strong> for “{preview!.for}”{' '}
            <span className="muted">
              (read as <span className="mono">{p.normalizedQuery || '—'}</span>; threshold {Math.round(p.threshold * 100)}%; against {p.lists.length ? listsUsedText(p.lists) : 'no list'})
            </span>
            {pending && <span className="muted"> · updating…</span>}
          </span>
        )}
        {query && !previewError && !p && pending && <span className="muted">Screening…</span>}
      </div>
      {p?.truncated && (
        <div className="notice warning" data-testid="screen-truncated">
          {TRUNCATED_NOTE}
        </div>
      )}
      {p?.weakOnly && (
        <div className="notice warning" data-testid="screen-weak-only">
          {WEAK_ONLY_NOTE}
        </div>
      )}
      {p && p.hits.length > 0 && (
        <>
          <KindLegend threshold={p.threshold} />
          <div className="hits" data-testid="screen-hits">
            {p.hits.map((h) => (
              <HitCard key={`${h.listId}:${h.externalId}`} hit={h} />
            ))}
          </div>
        </>
      )}
      {p && p.hits.length === 0 && p.lists.length > 0 && (
        <p className="empty" data-testid="screen-no-hits">
          No listed name scores {Math.round(p.threshold * 100)}% or more against “{preview!.for}” on {p.lists.map((l) => `${l.listName} of ${listVersion(l)}`).join(', ')}.
        </p>
      )}
      <EvidenceNote />
    </section>
  );
}
