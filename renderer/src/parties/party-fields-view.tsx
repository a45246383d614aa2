import type { ReactNode } from 'react';
import { countryName } from '../../../shared/countries';
import {
  ADDRESS_TYPE_LABELS,
  IDENTIFIER_TYPE_LABELS,
  NAME_TYPE_LABELS,
  PARTY_ROLE_LABELS,
  type Party,
} from '../../../shared/parties/types';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kv-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const none = <span className="muted">None recorded</span>;

/** The party's record as read-only text; the website is shown, never opened (ExportDesk stays offline). */
export function PartyFieldsView({ party }: { party: Party }) {
  return (
    <dl className="kv" data-testid="party-fields">
      <Row label="Roles">{party.roles.length ? party.roles.map((r) => PARTY_ROLE_LABELS[r]).join(', ') : none}</Row>
      <Row label="Other names">
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
      </Row>
      <Row label="Addresses">
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
      </Row>
      <Row label="Website">{party.website ?? none}</Row>
      <Row label="Contacts">
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
      </Row>
      <Row label="Identifiers">
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
      </Row>
      <Row label="Notes">{party.notes ? <span className="pre">{party.notes}</span> : none}</Row>
    </dl>
  );
}
