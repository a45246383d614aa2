import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { countryName } from '../../../shared/countries';
import {
  ADDRESS_TYPE_LABELS,
  ADDRESS_TYPES,
  IDENTIFIER_TYPE_LABELS,
  IDENTIFIER_TYPES,
  NAME_TYPE_LABELS,
  NAME_TYPES,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  type Party,
  type PartyAddress,
  type PartyContact,
  type PartyFields,
  type PartyIdentifier,
  type PartyName,
  type SimilarParty,
} from '../../../shared/parties/types';
import { ApiError, call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { CountrySelect } from './country-select';
import { useParties } from './store';

type Draft = Omit<PartyFields, 'website' | 'notes'> & { website: string; notes: string };

const EMPTY: Draft = { legalName: '', kind: 'commercial', country: '', website: '', notes: '', roles: [], otherNames: [], addresses: [], contacts: [], identifiers: [] };

function draftOf(p: Party): Draft {
  return {
    legalName: p.legalName,
    kind: p.kind,
    country: p.country,
    website: p.website ?? '',
    notes: p.notes ?? '',
    roles: p.roles,
    otherNames: p.otherNames,
    addresses: p.addresses,
    contacts: p.contacts,
    identifiers: p.identifiers,
  };
}

const SIMILAR_PAUSE_MS = 350;

/** Create or edit a party. While typing, parties with a closely matching name in the same country are offered. */
export function PartyForm({ party }: { party: Party | null }) {
  const { select, refresh, setPane } = useParties();
  const [draft, setDraft] = useState<Draft>(party ? draftOf(party) : EMPTY);
  const [similar, setSimilar] = useState<SimilarParty[]>([]);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  useEffect(() => {
    const name = draft.legalName.trim();
    if (!name || !draft.country) {
      setSimilar([]);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      call('parties.findSimilar', {
        legalName: name,
        country: draft.country,
        otherNames: draft.otherNames.map((n) => n.name.trim()).filter(Boolean),
        ...(party ? { excludeId: party.id } : {}),
      })
        .then((s) => live && setSimilar(s))
        .catch(() => live && setSimilar([]));
    }, SIMILAR_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [draft.legalName, draft.country, draft.otherNames, party]);

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    const fields = { ...draft, website: draft.website.trim() || null, notes: draft.notes.trim() || null, confirmDuplicate };
    try {
      if (party) {
        if (JSON.stringify(draftOf(party)) === JSON.stringify(draft)) {
          setPane('view');
          return;
        }
        await call('parties.update', { id: party.id, ...fields });
        setPane('view');
        await refresh();
      } else {
        const r = await call('parties.create', fields);
        await select(r.party.id, 'details');
        await refresh();
      }
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.info.code === 'DUPLICATE') setConfirmDuplicate(false);
    } finally {
      setSaving(false);
    }
  }

  const needsConfirmation = similar.length > 0 && !confirmDuplicate;
  return (
    <form className="party-form" onSubmit={save} data-testid="party-form" noValidate>
      <h2>{party ? `Edit ${party.legalName}` : 'New party'}</h2>
      <div className="form-grid">
        <label className="field span-2">
          <span className="field-label">Legal name</span>
          <input type="text" value={draft.legalName} maxLength={300} required onChange={(e) => set({ legalName: e.target.value })} data-testid="party-legal-name" />
        </label>
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })} data-testid="party-kind">
            {PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {PARTY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Country</span>
          <CountrySelect value={draft.country} onChange={(country) => set({ country })} emptyLabel="Choose a country…" testId="party-country" required />
        </label>
      </div>

      {similar.length > 0 && (
        <div className="notice warning" role="alert" data-testid="duplicate-warning">
          <div className="strong">
            {similar.length === 1 ? 'A party' : `${similar.length} parties`} with a closely matching name already exist{similar.length === 1 ? 's' : ''} in{' '}
            {countryName(draft.country) ?? draft.country}:
          </div>
          <ul className="plain-list">
            {similar.map((s) => (
              <li key={s.id} data-testid="duplicate-candidate">
                <span className="strong">{s.legalName}</span>
                {s.matchedName !== s.legalName && <span className="sub"> (as “{s.matchedName}”)</span>} <span className="sub">#{s.id}</span>{' '}
                <button type="button" className="link-button" onClick={() => void select(s.id, 'details')} data-testid="open-existing">
                  Open this party
                </button>
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={confirmDuplicate} onChange={(e) => setConfirmDuplicate(e.target.checked)} data-testid="confirm-duplicate" />
            This is a different party: {party ? 'save' : 'create'} it anyway
          </label>
        </div>
      )}

      <fieldset className="field roles">
        <legend className="field-label">Roles it takes on applications (form BIS-748P)</legend>
        {PARTY_ROLES.map((r) => (
          <label key={r} className="checkbox">
            <input
              type="checkbox"
              checked={draft.roles.includes(r)}
              onChange={(e) => set({ roles: e.target.checked ? [...draft.roles, r] : draft.roles.filter((x) => x !== r) })}
            />
            {PARTY_ROLE_LABELS[r]}
          </label>
        ))}
      </fieldset>

      <ListEditor
        title="Other names"
        addLabel="Add a name"
        items={draft.otherNames}
        onChange={(otherNames) => set({ otherNames })}
        blank={{ type: 'other', name: '' } satisfies PartyName}
        render={(n, change) => (
          <>
            <select value={n.type} onChange={(e) => change({ type: e.target.value as (typeof NAME_TYPES)[number] })} aria-label="Kind of name">
              {NAME_TYPES.map((t) => (
                <option key={t} value={t}>
                  {NAME_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <input type="text" value={n.name} maxLength={300} placeholder="Name" aria-label="Other name" onChange={(e) => change({ name: e.target.value })} />
          </>
        )}
      />

      <ListEditor
        title="Addresses"
        addLabel="Add an address"
        items={draft.addresses}
        onChange={(addresses) => set({ addresses })}
        blank={{ type: 'business', street: '', city: '', region: '', postalCode: '', country: draft.country } satisfies PartyAddress}
        render={(a, change) => (
          <div className="address-editor">
            <select value={a.type} onChange={(e) => change({ type: e.target.value as (typeof ADDRESS_TYPES)[number] })} aria-label="Kind of address">
              {ADDRESS_TYPES.map((t) => (
                <option key={t} value={t}>
                  {ADDRESS_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <textarea rows={2} value={a.street ?? ''} placeholder="Street and number" aria-label="Street" onChange={(e) => change({ street: e.target.value })} />
            <input type="text" value={a.postalCode ?? ''} placeholder="Postal code" aria-label="Postal code" onChange={(e) => change({ postalCode: e.target.value })} />
            <input type="text" value={a.city ?? ''} placeholder="City" aria-label="City" onChange={(e) => change({ city: e.target.value })} />
            <input type="text" value={a.region ?? ''} placeholder="Region or state" aria-label="Region" onChange={(e) => change({ region: e.target.value })} />
            <CountrySelect value={a.country} onChange={(country) => change({ country })} emptyLabel="Country…" label="Address country" />
          </div>
        )}
      />

      <ListEditor
        title="Contacts"
        addLabel="Add a contact"
        items={draft.contacts}
        onChange={(contacts) => set({ contacts })}
        blank={{ name: '', title: '', email: '', phone: '' } satisfies PartyContact}
        render={(c, change) => (
          <>
            <input type="text" value={c.name} placeholder="Name" aria-label="Contact name" onChange={(e) => change({ name: e.target.value })} />
            <input type="text" value={c.title ?? ''} placeholder="Position" aria-label="Position" onChange={(e) => change({ title: e.target.value })} />
            <input type="text" value={c.email ?? ''} placeholder="E-mail" aria-label="E-mail" onChange={(e) => change({ email: e.target.value })} />
            <input type="text" value={c.phone ?? ''} placeholder="Phone" aria-label="Phone" onChange={(e) => change({ phone: e.target.value })} />
          </>
        )}
      />

      <ListEditor
        title="Registration and tax numbers"
        addLabel="Add a number"
        items={draft.identifiers}
        onChange={(identifiers) => set({ identifiers })}
        blank={{ type: 'registration', value: '', label: '' } satisfies PartyIdentifier}
        render={(x, change) => (
          <>
            <select value={x.type} onChange={(e) => change({ type: e.target.value as (typeof IDENTIFIER_TYPES)[number] })} aria-label="Kind of number">
              {IDENTIFIER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {IDENTIFIER_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <input type="text" value={x.value} placeholder="Number" aria-label="Number" onChange={(e) => change({ value: e.target.value })} />
            <input type="text" value={x.label ?? ''} placeholder="Issued by (optional)" aria-label="Issued by" onChange={(e) => change({ label: e.target.value })} />
          </>
        )}
      />

      <div className="form-grid">
        <label className="field span-2">
          <span className="field-label">Website</span>
          <input type="text" value={draft.website} maxLength={500} placeholder="https://…" onChange={(e) => set({ website: e.target.value })} data-testid="party-website" />
        </label>
        <label className="field span-4">
          <span className="field-label">Notes</span>
          <textarea rows={3} value={draft.notes} maxLength={10_000} onChange={(e) => set({ notes: e.target.value })} data-testid="party-notes" />
        </label>
      </div>

      <ErrorBox error={error} title={party ? 'The changes were not saved.' : 'The party was not created.'} testId="party-form-error" />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setPane('view')}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving || needsConfirmation} data-testid="party-save">
          {saving ? 'Saving…' : party ? 'Save changes' : 'Create party'}
        </button>
      </div>
    </form>
  );
}

function ListEditor<T extends object>({
  title,
  addLabel,
  items,
  onChange,
  blank,
  render,
}: {
  title: string;
  addLabel: string;
  items: T[];
  onChange(items: T[]): void;
  blank: T;
  render(item: T, change: (c: Partial<T>) => void): ReactNode;
}) {
  return (
    <fieldset className="field list-editor">
      <legend className="field-label">{title}</legend>
      {items.map((item, i) => (
        <div key={i} className="list-editor-row">
          {render(item, (c) => onChange(items.map((x, j) => (j === i ? { ...x, ...c } : x))))}
          <button type="button" className="link-button" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove from ${title}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="link-button add-link" onClick={() => onChange([...items, { ...blank }])}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
