import { countryName } from '../../../../shared/countries';
import type { PartyAddress } from '../../../../shared/parties/types';

/** The word a package prints for a fact the records do not hold (Supp. No. 3 to Part 748: "unknown"). */
export const UNKNOWN = 'unknown';

export const orUnknown = (v: string | null | undefined): string => (v && v.trim() ? v : UNKNOWN);
export const orDash = (v: string | null | undefined): string => (v && v.trim() ? v : '—');

/** "Germany (DE)", or the code alone when the name is not known. */
export function country(code: string | null | undefined): string {
  if (!code) return UNKNOWN;
  const name = countryName(code);
  return name ? `${name} (${code})` : code;
}

/** A stored timestamp as printed: "2026-03-10 09:00 UTC". Timestamps are stored in UTC. */
export function stamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function addressLine(a: PartyAddress): string {
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, country(a.country)].filter((x) => x && String(x).trim()).join(', ');
}

/** The business address if there is one, else the first recorded. */
export function mainAddress(addresses: readonly PartyAddress[]): string {
  const a = addresses.find((x) => x.type === 'business') ?? addresses[0];
  return a ? addressLine(a) : UNKNOWN;
}

/**
 * An audit row's before/after as "field: value" pairs, so the extract wraps at the pairs and reads
 * as text; long values are shortened, with the full length said.
 */
export function compactJson(json: string | null, max = 600): string {
  if (json === null) return '—';
  let text: string;
  try {
    const value = JSON.parse(json) as unknown;
    text =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
            .join('; ')
        : JSON.stringify(value);
  } catch {
    text = json;
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
