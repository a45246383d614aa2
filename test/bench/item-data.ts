import type { Database } from 'better-sqlite3';
import { insertItem } from '../../electron/core/items/item-store';
import type { ItemFields, ItemType } from '../../shared/items/types';

/**
 * A generated catalogue for query-plan tests and the benchmark: plausible product names, a spread
 * of types and classifications in force (written straight onto the item row, as the classification
 * writer keeps it), and a few items waiting for review. Deterministic for a given seed.
 */
const WORDS = ['Secure', 'Link', 'Vault', 'Nordic', 'Atlas', 'Helix', 'Quantum', 'Vertex', 'Cipher', 'Sigma', 'Apex', 'Photon', 'Aurora', 'Falcon', 'Orbit', 'Nimbus', 'Titan', 'Echo'];
const KINDS = ['VPN Gateway', 'Router', 'Firewall', 'Switch', 'Telematics Unit', 'Storage Server', 'Messenger', 'Radio', 'Scanner', 'SDK', 'Forensic Kit', 'Course', 'Sensor', 'Camera'];
const MAKERS = ['Nordlicht Networks', 'Acme Systems', 'Helix Dynamics', 'Krypto AG', 'Orbit Labs', 'Photon Devices', 'Atlas Software'];
const TYPES: ItemType[] = ['commodity', 'commodity', 'software', 'software', 'technology'];
const US = [
  ['5A992', '5A992.c'],
  ['5D992', '5D992.c'],
  ['5A002', '5A002.a.1'],
  ['5D002', '5D002.c.1'],
  ['EAR99', 'EAR99'],
  ['4D004', '4D004'],
  ['', null],
  ['', null],
] as const;

export function generatedItem(i: number, next: () => number): ItemFields {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return {
    name: `${pick(WORDS)}${pick(WORDS).toLowerCase()} ${pick(KINDS)} ${i}`,
    modelNumber: `M-${i}`,
    manufacturer: pick(MAKERS),
    description: null,
    itemType: pick(TYPES),
    originCountry: pick(['DE', 'US', 'FR', 'GB', 'JP', null]),
    notes: null,
    parameters: [{ name: 'Key length', value: String(pick([128, 256])), unit: 'bit' }],
    ccatsNumber: null,
    encryptionComponent: null,
    nonUsComponents: null,
    nonUsManufacturingLocations: null,
  };
}

export function generateItems(db: Database, n: number, seed = 1): void {
  let rand = seed;
  const next = () => ((rand = (rand * 1103515245 + 12345) >>> 0), rand / 2 ** 32);
  const setClass = db.prepare(`UPDATE items SET us_class = ?, us_label = ?, us_status = ?, eu_class = ?, eu_label = ?, eu_status = ?, needs_review = ? WHERE id = ?`);
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const id = insertItem(db, generatedItem(i, next), '2026-01-01T00:00:00.000Z', 'bench');
      const [cls, label] = US[Math.floor(next() * US.length)]!;
      if (label) {
        const eu = cls === '5A992' || cls === '5D992' || cls === 'EAR99' ? ['NOT-LISTED', 'Not listed'] : [cls, label];
        setClass.run(cls, label, next() < 0.8 ? 'final' : 'draft', eu[0], eu[1], 'final', next() < 0.02 ? 1 : 0, id);
      }
    }
  })();
}
