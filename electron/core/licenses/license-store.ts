import type { Database } from 'better-sqlite3';
import { balances, daysBetween, expiryWindow, licenseStatus, type AuthorizedLine, type DrawnLine } from '../../../shared/applications/drawdown';
import { formatMoney, formatQuantity, sumMinor } from '../../../shared/applications/money';
import type { License, LicenseItem, LicenseStatus, LicenseSummary, Shipment } from '../../../shared/applications/types';
import { AppError } from '../../../shared/errors';
import { recordRetention } from '../retention/list';

export interface LicenseRow {
  id: number;
  number: string;
  application_id: number;
  valid_from: string;
  valid_to: string;
  conditions: string | null;
  currency: string;
  issued_at: string;
  issued_by: string;
  reference: string;
  destination: string | null;
}

const LICENSE_SELECT = `SELECT l.*, a.reference, a.destination FROM licenses l JOIN applications a ON a.id = l.application_id`;

export function getLicenseRow(db: Database, id: number): LicenseRow {
  const row = db.prepare(`${LICENSE_SELECT} WHERE l.id = ?`).get(id) as LicenseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no license #${id} in this workspace`, { field: 'licenseId' });
  return row;
}

export function findLicenseByNumber(db: Database, number: string): LicenseRow {
  const row = db.prepare(`${LICENSE_SELECT} WHERE l.number = ?`).get(number) as LicenseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no license numbered ${number} in this workspace`, { field: 'licenseNumber' });
  return row;
}

interface ItemRow {
  id: number;
  line_id: number;
  line_no: number;
  item_id: number;
  item_name: string;
  unit: string;
  quantity_milli: number;
  value_minor: number;
  kind: string | null;
  entry_code: string | null;
  paragraph_code: string | null;
}

function itemRows(db: Database, licenseId: number): ItemRow[] {
  return db
    .prepare(
      `SELECT li.id, li.line_id, ai.line_no, ai.item_id, i.name AS item_name, ai.unit, li.quantity_milli, li.value_minor, c.kind, c.entry_code, c.paragraph_code
       FROM license_items li JOIN application_items ai ON ai.id = li.line_id JOIN items i ON i.id = ai.item_id
       LEFT JOIN classifications c ON c.id = ai.classification_id WHERE li.license_id = ? ORDER BY ai.line_no`,
    )
    .all(licenseId) as ItemRow[];
}

/** The authorized lines of a license, as the drawdown rules read them. */
export function authorizedLines(db: Database, licenseId: number): AuthorizedLine[] {
  return itemRows(db, licenseId).map((r) => ({ licenseItemId: r.id, lineNo: r.line_no, itemName: r.item_name, quantityMilli: r.quantity_milli, valueMinor: r.value_minor }));
}

/** Every shipment line drawn against a license so far. */
export function drawnLines(db: Database, licenseId: number): DrawnLine[] {
  return db
    .prepare(
      `SELECT sl.license_item_id AS licenseItemId, sl.quantity_milli AS quantityMilli, sl.value_minor AS valueMinor
       FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id WHERE s.license_id = ?`,
    )
    .all(licenseId) as DrawnLine[];
}

export function getLicense(db: Database, id: number, today: string): License {
  const row = getLicenseRow(db, id);
  const items = itemRows(db, id);
  const bal = balances(authorizedLines(db, id), drawnLines(db, id));
  const c = row.currency;
  const licenseItems: LicenseItem[] = items.map((r) => {
    const b = bal.find((x) => x.licenseItemId === r.id)!;
    return {
      id: r.id,
      lineId: r.line_id,
      lineNo: r.line_no,
      itemId: r.item_id,
      itemName: r.item_name,
      classificationLabel: r.kind === null ? null : r.kind === 'ear99' ? 'EAR99' : (r.paragraph_code ?? r.entry_code),
      unit: r.unit,
      authorizedQuantityMilli: r.quantity_milli,
      authorizedQuantity: formatQuantity(r.quantity_milli),
      authorizedValueMinor: r.value_minor,
      authorizedValue: formatMoney(r.value_minor, c),
      shippedQuantity: formatQuantity(b.shippedQuantityMilli),
      shippedValue: formatMoney(b.shippedValueMinor, c),
      remainingQuantityMilli: b.remainingQuantityMilli,
      remainingQuantity: formatQuantity(b.remainingQuantityMilli),
      remainingValueMinor: b.remainingValueMinor,
      remainingValue: formatMoney(b.remainingValueMinor, c),
      exhausted: b.exhausted,
    };
  });
  return {
    id: row.id,
    number: row.number,
    applicationId: row.application_id,
    applicationReference: row.reference,
    destination: row.destination,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    conditions: row.conditions,
    currency: c,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    status: licenseStatus(row.valid_to, bal, today),
    daysLeft: daysBetween(today, row.valid_to),
    items: licenseItems,
    retention: recordRetention(db, 'license', id),
  };
}

function summaryOf(db: Database, row: LicenseRow, today: string): LicenseSummary {
  const bal = balances(authorizedLines(db, row.id), drawnLines(db, row.id));
  const status = licenseStatus(row.valid_to, bal, today);
  return {
    id: row.id,
    number: row.number,
    applicationId: row.application_id,
    applicationReference: row.reference,
    destination: row.destination,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status,
    daysLeft: daysBetween(today, row.valid_to),
    expiresWithin: status === 'issued' ? expiryWindow(row.valid_to, today) : null,
    remainingValue: formatMoney(sumMinor(bal.map((b) => Math.max(0, b.remainingValueMinor))), row.currency),
    currency: row.currency,
  };
}

/** Every license, soonest to expire first, with its status computed for `today`. */
export function listLicenses(db: Database, today: string, status?: LicenseStatus): LicenseSummary[] {
  const rows = db.prepare(`${LICENSE_SELECT} ORDER BY l.valid_to, l.id`).all() as LicenseRow[];
  const all = rows.map((r) => summaryOf(db, r, today));
  return status ? all.filter((l) => l.status === status) : all;
}

/** Issued (not exhausted) licenses whose last valid day is today or within the next `withinDays` days. */
export function expiringLicenses(db: Database, today: string, withinDays: number): LicenseSummary[] {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000).toISOString().slice(0, 10);
  const rows = db.prepare(`${LICENSE_SELECT} WHERE l.valid_to >= ? AND l.valid_to <= ? ORDER BY l.valid_to, l.id`).all(today, until) as LicenseRow[];
  return rows.map((r) => summaryOf(db, r, today)).filter((l) => l.status === 'issued');
}

export function shipmentsOf(db: Database, licenseId: number, shipmentId?: number): Shipment[] {
  const lic = getLicenseRow(db, licenseId);
  const rows = db
    .prepare(
      `SELECT s.*, p.legal_name AS consignee_name FROM shipments s LEFT JOIN parties p ON p.id = s.consignee_party_id
       WHERE s.license_id = ? ${shipmentId ? 'AND s.id = ?' : ''} ORDER BY s.shipped_on, s.id`,
    )
    .all(...(shipmentId ? [licenseId, shipmentId] : [licenseId])) as {
    id: number;
    shipped_on: string;
    consignee_party_id: number | null;
    consignee_name: string | null;
    reference: string | null;
    recorded_at: string;
    recorded_by: string;
  }[];
  const lines = db.prepare(
    `SELECT sl.id, sl.license_item_id, ai.line_no, i.name AS item_name, sl.quantity_milli, sl.value_minor FROM shipment_lines sl
     JOIN license_items li ON li.id = sl.license_item_id JOIN application_items ai ON ai.id = li.line_id JOIN items i ON i.id = ai.item_id
     WHERE sl.shipment_id = ? ORDER BY sl.id`,
  );
  return rows.map((s) => ({
    id: s.id,
    licenseId,
    licenseNumber: lic.number,
    shippedOn: s.shipped_on,
    consigneePartyId: s.consignee_party_id,
    consigneeName: s.consignee_name,
    reference: s.reference,
    currency: lic.currency,
    recordedAt: s.recorded_at,
    recordedBy: s.recorded_by,
    lines: (lines.all(s.id) as { id: number; license_item_id: number; line_no: number; item_name: string; quantity_milli: number; value_minor: number }[]).map((l) => ({
      id: l.id,
      licenseItemId: l.license_item_id,
      lineNo: l.line_no,
      itemName: l.item_name,
      quantity: formatQuantity(l.quantity_milli),
      quantityMilli: l.quantity_milli,
      value: formatMoney(l.value_minor, lic.currency),
      valueMinor: l.value_minor,
    })),
  }));
}
