import type { Database } from 'better-sqlite3';
import { PARTY_CSV_COLUMNS, type PartyCsvColumn } from '../../../shared/parties/csv-columns';
import type { PartyRole } from '../../../shared/parties/types';
import { csvLine } from '../files/csv-cells';

const CHUNK = 500;

interface ExportRow {
  id: number;
  legal_name: string;
  kind: string;
  country: string;
  website: string | null;
  notes: string | null;
  roles_json: string;
}

function byParty<T extends { party_id: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.party_id) ?? [];
    list.push(r);
    m.set(r.party_id, list);
  }
  return m;
}

/**
 * Parties as a CSV in the import format, so a list can go to a spreadsheet and come back. Starts
 * with a byte-order mark so spreadsheet programs read it as UTF-8; lines end in CRLF (RFC 4180).
 */
export function partiesCsv(db: Database, ids: number[]): string {
  const lines = [PARTY_CSV_COLUMNS.join(',')];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const marks = chunk.map(() => '?').join(',');
    const all = <T>(sql: string) => db.prepare(sql.replace('$IDS', marks)).all(...chunk) as T[];
    const parties = new Map(
      all<ExportRow>('SELECT id, legal_name, kind, country, website, notes, roles_json FROM parties WHERE id IN ($IDS)').map((p) => [p.id, p]),
    );
    const names = byParty(all<{ party_id: number; type: string; name: string }>('SELECT party_id, type, name FROM party_names WHERE party_id IN ($IDS) ORDER BY id'));
    const addresses = byParty(
      all<{ party_id: number; street: string; city: string | null; postal_code: string | null; region: string | null }>(
        'SELECT party_id, street, city, postal_code, region FROM party_addresses WHERE party_id IN ($IDS) ORDER BY id',
      ),
    );
    const contacts = byParty(
      all<{ party_id: number; name: string; email: string | null; phone: string | null }>(
        'SELECT party_id, name, email, phone FROM party_contacts WHERE party_id IN ($IDS) ORDER BY id',
      ),
    );
    const identifiers = byParty(all<{ party_id: number; type: string; value: string }>('SELECT party_id, type, value FROM party_identifiers WHERE party_id IN ($IDS) ORDER BY id'));
    for (const id of chunk) {
      const p = parties.get(id);
      if (!p) continue;
      const n = names.get(id) ?? [];
      const a = addresses.get(id)?.[0];
      const c = contacts.get(id)?.[0];
      const ident = identifiers.get(id) ?? [];
      const cells: Record<PartyCsvColumn, string | null | undefined> = {
        legal_name: p.legal_name,
        kind: p.kind,
        country: p.country,
        // Former names travel as other names: the spreadsheet has no column for them.
        other_names: n.filter((x) => x.type !== 'trade').map((x) => x.name).join('; '),
        trade_names: n.filter((x) => x.type === 'trade').map((x) => x.name).join('; '),
        roles: (JSON.parse(p.roles_json) as PartyRole[]).join('; '),
        address: a?.street,
        city: a?.city,
        postal_code: a?.postal_code,
        region: a?.region,
        website: p.website,
        contact_name: c?.name,
        contact_email: c?.email,
        contact_phone: c?.phone,
        registration_id: ident.find((x) => x.type === 'registration')?.value,
        tax_id: ident.find((x) => x.type === 'tax')?.value,
        notes: p.notes,
      };
      lines.push(csvLine(PARTY_CSV_COLUMNS.map((col) => cells[col])));
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
