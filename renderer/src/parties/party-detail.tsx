import { useState } from 'react';
import { PARTY_KIND_LABELS } from '../../../shared/parties/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { TabBar } from '../components/tab-bar';
import { formatDateTime } from '../components/format';
import { DocumentsPanel } from './documents-panel';
import { HistoryPanel } from './history-panel';
import { KycChecklist } from './kyc-checklist';
import { KycBadge, ScreeningBadge } from './markers';
import { PartyFieldsView } from './party-fields-view';
import { useParties, type PartyTab } from './store';
import { PartyScreeningPanel } from '../screening/party-screening-panel';
import { RetentionLine } from '../retention/retention-line';

const TABS: { id: PartyTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'kyc', label: 'Due diligence' },
  { id: 'screening', label: 'Screening' },
  { id: 'documents', label: 'Documents' },
  { id: 'history', label: 'History' },
];

export function PartyDetail() {
  const { party, partyError, selectedId, tab, setTab, setPane, refresh } = useParties();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (selectedId === null) {
    return (
      <div className="entry-placeholder party-placeholder" data-testid="party-placeholder">
        <p>Choose a party to see its details, due-diligence checklist, documents and history.</p>
        <p className="muted">
          Parties are the purchasers, consignees, end users and other parties of your transactions. Each carries the "Know Your Customer" red-flag checklist of
          Supp. No. 3 to 15 CFR Part 732.
        </p>
      </div>
    );
  }
  if (!party) return <div className="party-detail">{partyError ? <ErrorBox error={partyError} title="The party could not be loaded." /> : <p className="muted">Loading…</p>}</div>;

  async function toggleArchived() {
    if (!party) return;
    setBusy(true);
    setError(null);
    try {
      await call('parties.update', { id: party.id, archived: !party.archived });
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="party-detail" data-testid="party-detail" data-party-id={party.id}>
      <header className="party-detail-head">
        <div className="party-title">
          <h2 data-testid="party-title">{party.legalName}</h2>
          <div className="party-meta">
            <span>
              {party.countryName} ({party.country})
            </span>
            <span>{PARTY_KIND_LABELS[party.kind]}</span>
            <span className="muted">#{party.id}</span>
            {party.archived && <span className="badge">Archived</span>}
          </div>
          <div className="party-badges">
            <KycBadge kyc={party.kyc} />
            <ScreeningBadge status={party.screening} />
          </div>
          {party.screening.notScreenedReason && (
            <p className="muted" data-testid="party-not-screened-reason">
              {party.screening.notScreenedReason}
            </p>
          )}
          <RetentionLine retention={party.retention} />
        </div>
        <div className="party-actions">
          <button type="button" className="button small" onClick={() => setPane('edit')} data-testid="edit-party">
            Edit
          </button>
          <button type="button" className="button small" disabled={busy} onClick={() => void toggleArchived()} data-testid="archive-party">
            {party.archived ? 'Restore' : 'Archive'}
          </button>
        </div>
      </header>
      {party.screening.confirmedMatch && (
        <div className="error-box" role="alert">
          <div className="error-box-title">Confirmed match on a restricted-party list</div>
          <div className="error-box-message">This party cannot be used on an application or shipment. See its screening record.</div>
        </div>
      )}
      <ErrorBox error={error} onDismiss={() => setError(null)} />
      <TabBar
        tabs={TABS}
        active={tab}
        onSelect={setTab}
        label="Party"
        className="party-tabs"
        testIdPrefix="party-tab-"
        badge={(id) =>
          id === 'kyc' && party.kyc.openRedFlags > 0 ? (
            <span className="tab-count red">{party.kyc.openRedFlags}</span>
          ) : id === 'documents' && party.documentCount > 0 ? (
            <span className="tab-count">{party.documentCount}</span>
          ) : null
        }
      />
      <div className="party-tab-body">
        {tab === 'details' && <PartyFieldsView party={party} />}
        {tab === 'kyc' && <KycChecklist party={party} />}
        {tab === 'screening' && <PartyScreeningPanel partyId={party.id} notScreenedReason={party.screening.notScreenedReason} onChange={() => void refresh()} />}
        {tab === 'documents' && <DocumentsPanel party={party} />}
        {tab === 'history' && <HistoryPanel party={party} />}
      </div>
      <p className="party-footnote muted">
        Created {formatDateTime(party.createdAt)} by {party.createdBy} · last changed {formatDateTime(party.updatedAt)}
      </p>
    </div>
  );
}
