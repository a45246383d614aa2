import type { Database } from 'better-sqlite3';
import type { PartyFields, PartyKind } from '../../shared/parties/types';
import { insertParty } from '../../electron/core/parties/party-store';

/**
 * Generated parties for benchmarks and query-plan tests: names like an exporter's customer list
 * (firms with legal forms, universities, ministries, people), countries weighted the way such a
 * list is, a few with open red flags and some archived. Deterministic for a given seed.
 */
const PREFIX = ['Nordic', 'Global', 'Acme', 'Orion', 'Atlas', 'Pacific', 'Alpine', 'Baltic', 'Delta', 'Sigma', 'Vertex', 'Nova', 'Helix', 'Zenith', 'Apex', 'Summit', 'Harbor', 'Cedar', 'Falcon', 'Quantum', 'Meridian', 'Aurora', 'Titan', 'Polar', 'Sahara', 'Lotus', 'Jade', 'Crimson', 'Silver', 'Eastern'];
const CORE = ['Trading', 'Systems', 'Electronics', 'Logistics', 'Networks', 'Security', 'Instruments', 'Software', 'Photonics', 'Semiconductors', 'Engineering', 'Research', 'Industries', 'Technologies', 'Devices', 'Components', 'Solutions', 'Labs', 'Dynamics', 'Robotics'];
const FORMS = ['GmbH', 'Ltd', 'LLC', 'Inc.', 'S.A.', 'B.V.', 'Co., Ltd.', 'AB', 'Oy', 'S.r.l.', 'AG', 'Pte Ltd', 'K.K.', 'SAS', 'Sp. z o.o.'];
const FIRST = ['Anna', 'Jonas', 'Maria', 'Wei', 'Olga', 'Ahmed', 'Yuki', 'Carlos', 'Fatima', 'Lars', 'Sofia', 'Ivan', 'Priya', 'Tomás', 'Elif'];
const LAST = ['Schmidt', 'Nakamura', 'García', 'Petrov', 'Chen', 'Haddad', 'Novak', 'Larsen', 'Rossi', 'Kowalski', 'Okafor', 'Silva', 'Müller', 'Dubois', 'Yilmaz'];
const COUNTRIES: [string, number][] = [['US', 20], ['DE', 10], ['CN', 8], ['GB', 7], ['FR', 6], ['JP', 6], ['IN', 5], ['KR', 4], ['NL', 4], ['SE', 3], ['CH', 3], ['SG', 3], ['AE', 3], ['TR', 3], ['BR', 3], ['CA', 3], ['IT', 3], ['PL', 2], ['FI', 1], ['RU', 1]];
const CITIES = ['Berlin', 'Austin', 'Shenzhen', 'Leeds', 'Lyon', 'Osaka', 'Pune', 'Busan', 'Delft', 'Malmö'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatedParty(i: number, rand: () => number): PartyFields & { kyc: 'open' | 'incomplete' | 'clear'; archived: boolean } {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  let total = 0;
  const weights = COUNTRIES.reduce((n, [, w]) => n + w, 0);
  const r = rand() * weights;
  let country = 'US';
  for (const [cc, w] of COUNTRIES) {
    total += w;
    if (r < total) {
      country = cc;
      break;
    }
  }
  const k = rand();
  const kind: PartyKind = k < 0.7 ? 'commercial' : k < 0.8 ? 'academic' : k < 0.88 ? 'government' : k < 0.97 ? 'individual' : 'other';
  const legalName =
    kind === 'individual'
      ? `${pick(FIRST)} ${pick(LAST)} ${i}`
      : kind === 'academic'
        ? `University of ${pick(PREFIX)} ${pick(CORE)} ${i}`
        : kind === 'government'
          ? `Ministry of ${pick(CORE)} ${pick(PREFIX)} ${i}`
          : `${pick(PREFIX)} ${pick(CORE)} ${i} ${pick(FORMS)}`;
  const q = rand();
  return {
    legalName,
    kind,
    country,
    website: kind === 'individual' ? null : `https://www.example-${i}.com`,
    notes: null,
    roles: rand() < 0.5 ? ['end-user'] : ['purchaser', 'ultimate-consignee'],
    otherNames: rand() < 0.3 ? [{ type: 'trade', name: `${pick(PREFIX)} ${pick(CORE)}` }] : [],
    addresses: [{ type: 'business', street: `${1 + (i % 300)} ${pick(PREFIX)} Street`, city: pick(CITIES), region: null, postalCode: String(10000 + (i % 89999)), country }],
    contacts: [],
    identifiers: rand() < 0.5 ? [{ type: 'registration', value: `REG-${country}-${100000 + i}`, label: null }] : [],
    kyc: q < 0.05 ? 'open' : q < 0.25 ? 'clear' : 'incomplete',
    archived: rand() < 0.02,
  };
}

/** Writes `count` generated parties straight through the party writer, in one transaction, with no audit rows. */
export function generateParties(db: Database, count: number, seed = 42): void {
  const rand = rng(seed);
  const at = '2026-01-01T00:00:00.000Z';
  const setState = db.prepare('UPDATE parties SET kyc_state = ?, open_red_flags = ?, kyc_answered = ?, archived = ? WHERE id = ?');
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const p = generatedParty(i, rand);
      const id = insertParty(db, p, at, 'generator');
      if (p.kyc !== 'incomplete' || p.archived) setState.run(p.kyc, p.kyc === 'open' ? 1 : 0, p.kyc === 'clear' ? 14 : p.kyc === 'open' ? 1 : 0, p.archived ? 1 : 0, id);
    }
  })();
}
