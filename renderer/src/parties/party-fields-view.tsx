import { countryName } from '../../../shared/countries';
import {
  ADDRESS_TYPE_LABELS,
  IDENTIFIER_TYPE_LABELS,
  NAME_TYPE_LABELS,
  PARTY_ROLE_LABELS,
  type Party,
} from '../../../shared/parties/types';
import { KvRow } from '../components/kv-row';

const none = <span className="muted">None recorded</span>;

/** The party's record as read-only text; the website is shown, never opened (ExportDesk stays offline). */
export function PartyFieldsView({ party }: { party: Party }) {
  return (
    <dl className="kv" data-testid="party-fields">
      <KvRow label="Roles">{party.roles.length ? party.roles.map((r) => PARTY_ROLE_LABELS[r]).join(', ') : none}</KvRow>
      <KvRow label="Other names">
        {party.otherNames.length ? (
          <ul className="plain-list">
            {party.otherNames.map((n, i) => (
              <li key={i}>
                {n.name} <span className="sub">{NAME_TYPE_LABELS[n.type]}</span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </KvRow>
      <KvRow label="Addresses">
        {party.addresses.length ? (
          <ul className="plain-list">
            {party.addresses.map((a, i) => (
              <li key={i} className="address">
                <span className="sub">{ADDRESS_TYPE_LABELS[a.type]}</span>
                {a.street && <span className="pre">{a.street}</span>}
                <span>{[a.postalCode, a.city, a.region].filter(Boolean).join(' ')}</span>
                <span>{countryName(a.country) ?? a.country}</span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </KvRow>
      <KvRow label="Website">{party.website ?? none}</KvRow>
      <KvRow label="Contacts">
        {party.contacts.length ? (
          <ul className="plain-list">
            {party.contacts.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.title && <span className="sub"> · {c.title}</span>}
                {(c.email || c.phone) && <span className="sub"> · {[c.email, c.phone].filter(Boolean).join(' · ')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </KvRow>
      <KvRow label="Identifiers">
        {party.identifiers.length ? (
          <ul className="plain-list">
            {party.identifiers.map((x, i) => (
              <li key={i}>
                <span className="mono">{x.value}</span> <span className="sub">{x.label ?? IDENTIFIER_TYPE_LABELS[x.type]}</span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </KvRow>
      <KvRow label="Notes">{party.notes ? <span className="pre">{party.notes}</span> : none}</KvRow>
    </dl>
  );
}
