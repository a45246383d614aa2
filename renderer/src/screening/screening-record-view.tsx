import { useCallback, useEffect, useState } from 'react';
import type { ScreeningHitRecord, ScreeningRecord } from '../../../shared/screening/record-types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { countOf, formatCount, formatDateTime } from '../components/format';
import { DecidableHits } from './bulk-decision';
import { TRUNCATED_NOTE } from './explain';
import { TYPE_LABEL, countriesText, listVersion, percent } from './labels';

const SUBJECT_LABEL: Record<ScreeningRecord['subjectKind'], string> = {
  party: 'Party',
  name: 'Name screened',
  'batch-row': 'Row of a file of names',
};

/**
 * One screening as evidence: what was screened, against which list versions, when, by whom, at
 * which threshold, and each hit with its explanation and every decision taken on it.
 */
export function ScreeningRecordView({ screeningId, onChanged, onOpenScreening }: { screeningId: number; onChanged?: () => void; onOpenScreening?: (id: number) => void }) {
  const [record, setRecord] = useState<ScreeningRecord | null>(null);
  const [latestId, setLatestId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const r = await call('screening.get', { screeningId });
      // Only a party's latest screening can be decided: a later one replaced the others.
      const latest = r.partyId !== null ? ((await call('screening.history', { partyId: r.partyId, limit: 1 }))[0]?.id ?? r.id) : r.id;
      setRecord(r);
      setLatestId(latest);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [screeningId]);

  useEffect(() => {
    setRecord(null);
    void load();
  }, [load]);

  function decided(hits: ScreeningHitRecord[]) {
    const byId = new Map(hits.map((h) => [h.id, h]));
    setRecord((r) => (r ? { ...r, hits: r.hits.map((h) => byId.get(h.id) ?? h) } : r));
    onChanged?.();
  }

  if (error) return <ErrorBox error={error} title={`Screening #${screeningId} could not be loaded.`} testId="screening-record-error" />;
  if (!record) return <p className="muted">Loading screening #{screeningId}…</p>;

  const replaced = latestId !== null && latestId !== record.id;
  return (
    <div className="screening-record" data-testid="screening-record" data-screening-id={record.id}>
      <dl className="record-facts">
        <div>
          <dt>{SUBJECT_LABEL[record.subjectKind]}</dt>
          <dd className="strong" data-testid="screening-record-subject">
            {record.queryName}
            {record.batchRef && <span className="muted"> (id {record.batchRef})</span>}
          </dd>
        </div>
        {record.names.length > 1 && (
          <div>
            <dt>Names screened</dt>
            <dd>{record.names.join('; ')}</dd>
          </div>
        )}
        <div>
          <dt>When</dt>
          <dd>{formatDateTime(record.at)}</dd>
        </div>
        <div>
          <dt>By</dt>
          <dd data-testid="screening-record-operator">{record.operator}</dd>
        </div>
        <div>
          <dt>Threshold</dt>
          <dd data-testid="screening-record-threshold">{percent(record.threshold)}</dd>
        </div>
        {(record.queryCountry || record.queryType) && (
          <div>
            <dt>Country · type</dt>
            <dd>
              {record.queryCountry ? countriesText([record.queryCountry]) : 'any'} · {record.queryType ? TYPE_LABEL[record.queryType] : 'any'}
            </dd>
          </div>
        )}
        <div>
          <dt>Read as</dt>
          <dd className="mono">{record.normalizedQuery || '—'}</dd>
        </div>
      </dl>
      {record.truncated && <div className="notice warning">{TRUNCATED_NOTE}</div>}
      <h3>Lists and versions used</h3>
      {record.lists.length === 0 ? (
        <p className="empty">No list was current when this screening ran, so nothing could match.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compact" data-testid="screening-record-lists">
            <thead>
              <tr>
                <th>List</th>
                <th>Version (published)</th>
                <th className="num">Entries</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {record.lists.map((l) => (
                <tr key={l.snapshotId} data-testid="screening-record-list">
                  <td>{l.listName}</td>
                  <td className="strong">{listVersion(l)}</td>
                  <td className="num">{formatCount(l.entryCount)}</td>
                  <td className="mono sub" title={`SHA-256 ${l.sha256}`}>
                    {l.sha256.slice(0, 16)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{record.hits.length === 0 ? 'Hits' : countOf(record.hits.length, 'hit', 'hits')}</h3>
      {replaced && (
        <div className="notice" data-testid="screening-record-replaced">
          A later screening of this party{' '}
          {onOpenScreening ? (
            <button type="button" className="link-button" onClick={() => onOpenScreening(latestId!)}>
              (#{latestId})
            </button>
          ) : (
            `(#${latestId})`
          )}{' '}
          replaced this one; decisions are taken there. This record stays as it was.
        </div>
      )}
      {record.hits.length === 0 ? (
        <p className="empty" data-testid="screening-record-no-hits">
          No listed name scored {percent(record.threshold)} or more.
        </p>
      ) : (
        <DecidableHits hits={record.hits} subjectNames={record.names} subject={record.subjectKind === 'party' ? 'party' : 'name'} decidable={!replaced} onDecided={decided} />
      )}
    </div>
  );
}
