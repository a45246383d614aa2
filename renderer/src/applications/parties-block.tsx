import { useEffect, useState } from 'react';
import type { Application, ApplicationParty } from '../../../shared/applications/types';
import { PARTY_ROLES, PARTY_ROLE_LABELS, type PartyRole } from '../../../shared/parties/types';
import type { PartySummary } from '../../../shared/parties/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { useParties } from '../parties/store';
import { useApplications } from './store';

/** The party blocks in the order of form BIS-748P (Blocks 15–18, then the other parties). */
const GROUPS: { title: string; roles: PartyRole[] }[] = [
  { title: 'Purchaser (Block 16)', roles: ['purchaser'] },
  { title: 'Intermediate consignees (Block 17)', roles: ['intermediate-consignee'] },
  { title: 'Ultimate consignee (Block 18)', roles: ['ultimate-consignee'] },
  { title: 'End users (Block 19)', roles: ['end-user', 'ultimate-end-user'] },
  { title: 'Other parties', roles: ['other-party'] },
];

export function PartiesBlock({ app }: { app: Application }) {
  const editable = app.editable && app.status === 'draft';
  return (
    <section className="panel" data-fix-field="parties" data-testid="app-parties">
      <h3 className="panel-title">Parties</h3>
      {GROUPS.map((g) => {
        const entries = app.parties.filter((p) => g.roles.includes(p.role));
        return (
          <div key={g.title} className="app-party-group" data-testid="app-party-group" data-roles={g.roles.join(' ')}>
            <h4>{g.title}</h4>
            {entries.length === 0 ? (
              <p className="muted small">None.</p>
            ) : (
              <ul className="app-entries">
                {entries.map((p) => (
                  <PartyEntry key={p.id} app={app} p={p} editable={editable} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {editable && <PartyPicker app={app} />}
    </section>
  );
}

function openParty(id: number) {
  useApp.getState().setArea('parties');
  void useParties.getState().select(id);
}

function PartyEntry({ app, p, editable }: { app: Application; p: ApplicationParty; editable: boolean }) {
  const { write, busy } = useApplications();
  const [reason, setReason] = useState(p.statementReason ?? '');
  useEffect(() => setReason(p.statementReason ?? ''), [p.statementReason]);
  const isEndUser = p.role === 'end-user' || p.role === 'ultimate-end-user';
  return (
    <li className="app-entry" data-fix-party={p.id} data-testid="app-party" data-party-id={p.partyId} data-role={p.role}>
      <div className="app-entry-head">
        <button type="button" className="link-button strong" onClick={() => openParty(p.partyId)} title="Open the party record">
          {p.legalName}
        </button>
        <span className="sub">
          {p.country} · {PARTY_ROLE_LABELS[p.role]} · screening: {p.screeningState}
          {p.screenedAt ? ` (${p.screenedAt.slice(0, 10)})` : ''}
        </span>
        {editable && (
          <button type="button" className="link-button push-right" disabled={busy} onClick={() => void write('applications.removeParty', { id: app.id, entryId: p.id })} data-testid="app-party-remove">
            Remove
          </button>
        )}
      </div>
      {isEndUser && (
        <div className="app-statement" data-testid="app-party-statement">
          {p.statementDocumentId ? (
            <span className="ok-text">End-user statement: document #{p.statementDocumentId}</span>
          ) : editable ? (
            <div className="inline-form">
              <input
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder="No end-user statement? Say why"
                aria-label="Reason there is no end-user statement"
                data-testid="app-statement-reason"
              />
              <button
                type="button"
                className="button"
                disabled={busy || reason === (p.statementReason ?? '')}
                onClick={() => void write('applications.updateParty', { id: app.id, entryId: p.id, statementReason: reason })}
                data-testid="app-statement-reason-save"
              >
                Save reason
              </button>
            </div>
          ) : (
            <span className="muted">{p.statementReason ? `No statement: ${p.statementReason}` : 'No end-user statement.'}</span>
          )}
        </div>
      )}
    </li>
  );
}

/** Adds a party record in a role: search the parties, pick one, pick the role. */
function PartyPicker({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<PartySummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [partyId, setPartyId] = useState('');
  const [role, setRole] = useState<PartyRole>('end-user');

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      call('parties.list', { ...(search.trim() ? { search: search.trim() } : {}), limit: 200 })
        .then((page) => {
          if (!live) return;
          setRows(page.rows);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e));
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [search, app.parties.length]);

  async function add() {
    if (!partyId) return;
    const ok = await write('applications.addParty', { id: app.id, partyId: Number(partyId), role });
    if (ok) setPartyId('');
  }

  return (
    <div className="picker" data-testid="app-party-picker">
      <h4>Add a party</h4>
      <ErrorBox error={error} title="The parties could not be loaded." />
      <div className="inline-form">
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search parties" aria-label="Search parties" data-testid="app-party-search" />
        <select value={partyId} onChange={(e) => setPartyId(e.target.value)} aria-label="Party" data-testid="app-party-select">
          <option value="">{rows.length ? 'Choose a party' : 'No party found'}</option>
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.legalName} ({r.country})
            </option>
          ))}
        </select>
        <select value={role} onChange={(e) => setRole(e.target.value as PartyRole)} aria-label="Role" data-testid="app-party-role">
          {PARTY_ROLES.map((r) => (
            <option key={r} value={r}>
              {PARTY_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!partyId || busy} onClick={() => void add()} data-testid="app-party-add">
          Add party
        </button>
      </div>
    </div>
  );
}
