/**
 * License drawdown: each authorized item line has a quantity and a value; shipments use them up.
 * The balance is always computed from the shipments (append-only), never kept as a mutable number,
 * and a shipment that would overdraw a line or falls outside the validity dates is refused.
 */
import { formatMoney, formatQuantity } from './money';
import type { LicenseStatus } from './types';

export interface AuthorizedLine {
  licenseItemId: number;
  lineNo: number;
  itemName: string;
  quantityMilli: number;
  valueMinor: number;
}

export interface DrawnLine {
  licenseItemId: number;
  quantityMilli: number;
  valueMinor: number;
}

export interface Balance {
  licenseItemId: number;
  shippedQuantityMilli: number;
  shippedValueMinor: number;
  remainingQuantityMilli: number;
  remainingValueMinor: number;
  /** Nothing more can be shipped on this line: its quantity or its value is used up. */
  exhausted: boolean;
}

export function balances(authorized: readonly AuthorizedLine[], shipped: readonly DrawnLine[]): Balance[] {
  return authorized.map((a) => {
    const mine = shipped.filter((s) => s.licenseItemId === a.licenseItemId);
    const q = mine.reduce((n, s) => n + s.quantityMilli, 0);
    const v = mine.reduce((n, s) => n + s.valueMinor, 0);
    const rq = a.quantityMilli - q;
    const rv = a.valueMinor - v;
    return { licenseItemId: a.licenseItemId, shippedQuantityMilli: q, shippedValueMinor: v, remainingQuantityMilli: rq, remainingValueMinor: rv, exhausted: rq <= 0 || rv <= 0 };
  });
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Exhausted once every line is used up; expired after the last valid day; issued otherwise. */
export function licenseStatus(validTo: string, bal: readonly Balance[], today: string): LicenseStatus {
  if (bal.length > 0 && bal.every((b) => b.exhausted)) return 'exhausted';
  if (today > validTo) return 'expired';
  return 'issued';
}

/** The reminder window a license falls in: within 7, 30 or 60 days of its last valid day. */
export function expiryWindow(validTo: string, today: string): 7 | 30 | 60 | null {
  const d = daysBetween(today, validTo);
  if (d < 0) return null;
  return d <= 7 ? 7 : d <= 30 ? 30 : d <= 60 ? 60 : null;
}

export interface ShipmentRequest {
  shippedOn: string;
  lines: DrawnLine[];
}

export interface LicenseForShipment {
  number: string;
  validFrom: string;
  validTo: string;
  currency: string;
  authorized: readonly AuthorizedLine[];
  shipped: readonly DrawnLine[];
}

/**
 * Why a shipment cannot be recorded against the license, each reason a sentence; empty when it can.
 * Lines naming the same authorized item are added together before the balance is checked.
 */
export function shipmentRefusals(license: LicenseForShipment, req: ShipmentRequest, today: string): string[] {
  const reasons: string[] = [];
  const bal = balances(license.authorized, license.shipped);
  if (req.shippedOn > today) reasons.push(`The shipment date ${req.shippedOn} is in the future: record a shipment once it has been made.`);
  if (req.shippedOn < license.validFrom) reasons.push(`License ${license.number} is not valid before ${license.validFrom}; the shipment is dated ${req.shippedOn}.`);
  if (req.shippedOn > license.validTo) reasons.push(`License ${license.number} expired on ${license.validTo}; the shipment is dated ${req.shippedOn}.`);
  if (bal.length && bal.every((b) => b.exhausted)) reasons.push(`License ${license.number} is exhausted: every authorized quantity or value has been shipped.`);
  const totals = new Map<number, DrawnLine>();
  for (const l of req.lines) {
    const t = totals.get(l.licenseItemId) ?? { licenseItemId: l.licenseItemId, quantityMilli: 0, valueMinor: 0 };
    t.quantityMilli += l.quantityMilli;
    t.valueMinor += l.valueMinor;
    totals.set(l.licenseItemId, t);
  }
  for (const t of totals.values()) {
    const a = license.authorized.find((x) => x.licenseItemId === t.licenseItemId);
    const b = bal.find((x) => x.licenseItemId === t.licenseItemId);
    if (!a || !b) {
      reasons.push(`License ${license.number} authorizes no item #${t.licenseItemId}.`);
      continue;
    }
    if (t.quantityMilli > b.remainingQuantityMilli) {
      reasons.push(
        `Line ${a.lineNo} (${a.itemName}): ${formatQuantity(t.quantityMilli)} is more than the ${formatQuantity(Math.max(0, b.remainingQuantityMilli))} left of the ${formatQuantity(a.quantityMilli)} authorized.`,
      );
    }
    if (t.valueMinor > b.remainingValueMinor) {
      const c = license.currency;
      reasons.push(
        `Line ${a.lineNo} (${a.itemName}): ${c} ${formatMoney(t.valueMinor, c)} is more than the ${c} ${formatMoney(Math.max(0, b.remainingValueMinor), c)} left of the ${c} ${formatMoney(a.valueMinor, c)} authorized.`,
      );
    }
  }
  return reasons;
}
