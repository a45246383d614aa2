import type { Database } from 'better-sqlite3';
import { countryName } from '../../../shared/countries';
import { formatMoney, formatQuantity, sumMinor } from '../../../shared/applications/money';
import { EDITABLE_STATUSES } from '../../../shared/applications/status';
import type {
  Application,
  ApplicationDocument,
  ApplicationLine,
  ApplicationParty,
  ApplicationStatus,
  ApplicationSummary,
  ApplicationType,
  ExportType,
  InformationRequest,
  StatusChange,
  StoredDetermination,
} from '../../../shared/applications/types';
import type { PartyRole } from '../../../shared/parties/types';
import { AppError } from '../../../shared/errors';
import { endUserStatementDocuments } from './statements';
import { recordRetention } from '../retention/list';

export interface ApplicationRow {
  id: number;
  version: number;
  previous_version_id: number | null;
  superseded_by_id: number | null;
  copied_from_id: number | null;
  type: ApplicationType;
  export_type: ExportType;
  return_date: string | null;
  applicant: string | null;
  reference: string;
  destination: string | null;
  end_use: string | null;
  additional_info: string | null;
  ship_direct: number;
  currency: string;
  status: ApplicationStatus;
  external_number: string | null;
  submitted_on: string | null;
  decided_on: string | null;
  conditions: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** The blocks a user edits; what the audit log records before and after a change. */
export interface ApplicationFields {
  type: ApplicationType;
  exportType: ExportType;
  returnDate: string | null;
  applicant: string | null;
  reference: string;
  destination: string | null;
  endUse: string | null;
  additionalInfo: string | null;
  shipDirect: boolean;
  currency: string;
}

export interface LineRow {
  id: number;
  application_id: number;
  line_no: number;
  item_id: number;
  classification_id: number | null;
  quantity_milli: number;
  unit: string;
  unit_price_minor: number;
  total_minor: number;
  currency: string;
}

export interface PartyEntryRow {
  id: number;
  application_id: number;
  party_id: number;
  role: PartyRole;
  statement_reason: string | null;
}

export function getApplicationRow(db: Database, id: number): ApplicationRow {
  const row = db.prepare('SELECT * FROM applications WHERE id = ?').get(id) as ApplicationRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no application #${id} in this workspace`, { field: 'id' });
  return row;
}

export function fieldsOf(r: ApplicationRow): ApplicationFields {
  return {
    type: r.type,
    exportType: r.export_type,
    returnDate: r.return_date,
    applicant: r.applicant,
    reference: r.reference,
    destination: r.destination,
    endUse: r.end_use,
    additionalInfo: r.additional_info,
    shipDirect: r.ship_direct === 1,
    currency: r.currency,
  };
}

/** Refuses a reference already used by another live application (amended versions share theirs). */
export function refuseDuplicateReference(db: Database, reference: string, exceptId?: number): void {
  const other = db
    .prepare('SELECT id, status FROM applications WHERE reference = ? AND superseded_by_id IS NULL AND id IS NOT ?')
    .get(reference, exceptId ?? null) as { id: number; status: string } | undefined;
  if (other) {
    throw new AppError('DUPLICATE', `The reference ${reference} is already used by application #${other.id}; choose another reference.`, { field: 'reference' });
  }
}

/** The application's own columns, in the order both statements below name them (type … currency). */
function fieldColumns(f: ApplicationFields) {
  return [
    f.type,
    f.exportType,
    f.exportType === 'temporary' ? f.returnDate : null,
    f.applicant,
    f.reference,
    f.destination,
    f.endUse,
    f.additionalInfo,
    f.shipDirect ? 1 : 0,
    f.currency,
  ];
}

export function insertApplication(
  db: Database,
  f: ApplicationFields,
  links: { version?: number; previousVersionId?: number | null; copiedFromId?: number | null; id?: number },
  at: string,
  actor: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO applications (id, version, previous_version_id, copied_from_id, type, export_type, return_date, applicant, reference,
         destination, end_use, additional_info, ship_direct, currency, status, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
    )
    .run(
      links.id ?? null,
      links.version ?? 1,
      links.previousVersionId ?? null,
      links.copiedFromId ?? null,
      ...fieldColumns(f),
      at,
      actor,
      at,
      actor,
    );
  return Number(r.lastInsertRowid);
}

export function updateApplicationFields(db: Database, id: number, f: ApplicationFields, at: string, actor: string): void {
  db.prepare(
    `UPDATE applications SET type = ?, export_type = ?, return_date = ?, applicant = ?, reference = ?, destination = ?, end_use = ?,
       additional_info = ?, ship_direct = ?, currency = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(...fieldColumns(f), at, actor, id);
}

export function touch(db: Database, id: number, at: string, actor: string): void {
  db.prepare('UPDATE applications SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, actor, id);
}

export function lineRows(db: Database, applicationId: number): LineRow[] {
  return db.prepare('SELECT * FROM application_items WHERE application_id = ? ORDER BY line_no').all(applicationId) as LineRow[];
}

export function getLineRow(db: Database, applicationId: number, lineId: number): LineRow {
  const row = db.prepare('SELECT * FROM application_items WHERE id = ? AND application_id = ?').get(lineId, applicationId) as LineRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Application #${applicationId} has no item line #${lineId}`, { field: 'lineId' });
  return row;
}

export function partyEntryRows(db: Database, applicationId: number): PartyEntryRow[] {
  return db.prepare('SELECT * FROM application_parties WHERE application_id = ? ORDER BY id').all(applicationId) as PartyEntryRow[];
}

export function getPartyEntry(db: Database, applicationId: number, entryId: number): PartyEntryRow {
  const row = db.prepare('SELECT * FROM application_parties WHERE id = ? AND application_id = ?').get(entryId, applicationId) as PartyEntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Application #${applicationId} has no party entry #${entryId}`, { field: 'entryId' });
  return row;
}

function partiesOf(db: Database, applicationId: number): ApplicationParty[] {
  const rows = db
    .prepare(
      `SELECT ap.*, p.legal_name, p.country, p.screening_state, p.screened_at FROM application_parties ap JOIN parties p ON p.id = ap.party_id
       WHERE ap.application_id = ? ORDER BY ap.id`,
    )
    .all(applicationId) as (PartyEntryRow & { legal_name: string; country: string; screening_state: string; screened_at: string | null })[];
  const statements = endUserStatementDocuments(db, applicationId);
  return rows.map((r) => ({
    id: r.id,
    partyId: r.party_id,
    role: r.role,
    legalName: r.legal_name,
    country: r.country,
    statementReason: r.statement_reason,
    statementDocumentId: r.role === 'end-user' ? (statements.get(r.party_id) ?? null) : null,
    screeningState: r.screening_state,
    screenedAt: r.screened_at,
  }));
}

function linesOf(db: Database, applicationId: number): ApplicationLine[] {
  const rows = db
    .prepare(
      `SELECT ai.*, i.name AS item_name, i.model_number, c.kind, c.entry_code, c.paragraph_code FROM application_items ai
       JOIN items i ON i.id = ai.item_id LEFT JOIN classifications c ON c.id = ai.classification_id
       WHERE ai.application_id = ? ORDER BY ai.line_no`,
    )
    .all(applicationId) as (LineRow & { item_name: string; model_number: string | null; kind: string | null; entry_code: string | null; paragraph_code: string | null })[];
  return rows.map((r) => ({
    id: r.id,
    lineNo: r.line_no,
    itemId: r.item_id,
    itemName: r.item_name,
    modelNumber: r.model_number,
    classificationId: r.classification_id,
    classificationLabel: r.kind === null ? null : r.kind === 'ear99' ? 'EAR99' : (r.paragraph_code ?? r.entry_code),
    quantityMilli: r.quantity_milli,
    quantity: formatQuantity(r.quantity_milli),
    unit: r.unit,
    currency: r.currency,
    unitPriceMinor: r.unit_price_minor,
    unitPrice: formatMoney(r.unit_price_minor, r.currency),
    totalMinor: r.total_minor,
    total: formatMoney(r.total_minor, r.currency),
  }));
}

function documentsOf(db: Database, applicationId: number): ApplicationDocument[] {
  return db
    .prepare(
      `SELECT d.id AS documentId, d.owner_type AS ownerType, d.owner_id AS ownerId, d.doc_type AS docType, d.original_name AS originalName,
         d.sha256, ad.party_id AS partyId, ad.added_at AS addedAt, ad.added_by AS addedBy
       FROM application_documents ad JOIN documents d ON d.id = ad.document_id WHERE ad.application_id = ? ORDER BY d.id`,
    )
    .all(applicationId) as ApplicationDocument[];
}

export function determinationsOf(db: Database, applicationId: number): StoredDetermination[] {
  return db
    .prepare(
      `SELECT line_id AS lineId, eccn, destination, outcome, summary, error, control_snapshot_id AS controlSnapshotId,
         chart_snapshot_id AS chartSnapshotId, groups_snapshot_id AS groupsSnapshotId, computed_at AS computedAt
       FROM application_determinations WHERE application_id = ? ORDER BY line_id`,
    )
    .all(applicationId) as StoredDetermination[];
}

function historyOf(db: Database, applicationId: number): StatusChange[] {
  return db
    .prepare(
      `SELECT id, from_status AS fromStatus, to_status AS toStatus, at, by, external_number AS externalNumber, on_date AS onDate, conditions, note
       FROM application_status_history WHERE application_id = ? ORDER BY id`,
    )
    .all(applicationId) as StatusChange[];
}

export function requestsOf(db: Database, applicationId: number, today: string): InformationRequest[] {
  const rows = db
    .prepare('SELECT id, received_on, due_on, text, answered_on, answer FROM information_requests WHERE application_id = ? ORDER BY id')
    .all(applicationId) as { id: number; received_on: string; due_on: string; text: string; answered_on: string | null; answer: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    text: r.text,
    answeredOn: r.answered_on,
    answer: r.answer,
    overdue: r.answered_on === null && r.due_on < today,
  }));
}

export function getApplication(db: Database, id: number, today: string): Application {
  const r = getApplicationRow(db, id);
  const lines = linesOf(db, id);
  const totalMinor = sumMinor(lines.map((l) => l.totalMinor));
  const license = db.prepare('SELECT id FROM licenses WHERE application_id = ?').get(id) as { id: number } | undefined;
  return {
    id: r.id,
    version: r.version,
    previousVersionId: r.previous_version_id,
    supersededById: r.superseded_by_id,
    copiedFromId: r.copied_from_id,
    type: r.type,
    exportType: r.export_type,
    returnDate: r.return_date,
    applicant: r.applicant,
    reference: r.reference,
    destination: r.destination,
    destinationName: r.destination ? (countryName(r.destination) ?? null) : null,
    endUse: r.end_use,
    additionalInfo: r.additional_info,
    shipDirect: r.ship_direct === 1,
    currency: r.currency,
    status: r.status,
    externalNumber: r.external_number,
    submittedOn: r.submitted_on,
    decidedOn: r.decided_on,
    conditions: r.conditions,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    editable: EDITABLE_STATUSES.includes(r.status) && r.superseded_by_id === null,
    parties: partiesOf(db, id),
    lines,
    totalMinor,
    total: formatMoney(totalMinor, r.currency),
    documents: documentsOf(db, id),
    determinations: determinationsOf(db, id),
    history: historyOf(db, id),
    requests: requestsOf(db, id, today),
    licenseId: license?.id ?? null,
    retention: recordRetention(db, 'application', id),
  };
}

export function listApplications(db: Database, f: { status?: ApplicationStatus; includeSuperseded?: boolean }): ApplicationSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push('a.status = ?');
    params.push(f.status);
  }
  if (!f.includeSuperseded) where.push('a.superseded_by_id IS NULL');
  const rows = db
    .prepare(
      `SELECT a.id, a.version, a.reference, a.type, a.destination, a.status, a.external_number, a.currency, a.updated_at, a.superseded_by_id,
         (SELECT count(*) FROM application_items WHERE application_id = a.id) AS line_count,
         (SELECT count(*) FROM application_parties WHERE application_id = a.id) AS party_count,
         (SELECT coalesce(sum(total_minor), 0) FROM application_items WHERE application_id = a.id) AS total_minor,
         (SELECT count(*) FROM information_requests WHERE application_id = a.id AND answered_at IS NULL) AS open_requests
       FROM applications a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.updated_at DESC, a.id DESC`,
    )
    .all(...params) as {
    id: number;
    version: number;
    reference: string;
    type: ApplicationType;
    destination: string | null;
    status: ApplicationStatus;
    external_number: string | null;
    currency: string;
    updated_at: string;
    superseded_by_id: number | null;
    line_count: number;
    party_count: number;
    total_minor: number;
    open_requests: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reference: r.reference,
    type: r.type,
    destination: r.destination,
    status: r.status,
    externalNumber: r.external_number,
    lineCount: r.line_count,
    partyCount: r.party_count,
    total: formatMoney(r.total_minor, r.currency),
    currency: r.currency,
    updatedAt: r.updated_at,
    superseded: r.superseded_by_id !== null,
    openRequests: r.open_requests,
  }));
}

/** Renumbers the lines 1..n in their order, after one is removed. */
export function renumberLines(db: Database, applicationId: number): void {
  const ids = (db.prepare('SELECT id FROM application_items WHERE application_id = ? ORDER BY line_no').all(applicationId) as { id: number }[]).map((r) => r.id);
  // Two passes, so the unique (application_id, line_no) never sees two lines with the same number.
  const set = db.prepare('UPDATE application_items SET line_no = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(-(i + 1) + 1_000_000, id));
  ids.forEach((id, i) => set.run(i + 1, id));
}

export function nextLineNo(db: Database, applicationId: number): number {
  return (db.prepare('SELECT coalesce(max(line_no), 0) + 1 AS n FROM application_items WHERE application_id = ?').get(applicationId) as { n: number }).n;
}
