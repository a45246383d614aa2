/**
 * License applications (form BIS-748P, Supp. No. 1 to Part 748), the licenses issued on them and the
 * shipments that draw them down. Plain data, shared by the core, the CLI and the UI.
 */
import type { DocumentType } from '../documents/types';
import type { OverallOutcome } from '../determination/types';
import type { PartyRole } from '../parties/types';
import type { RecordRetention } from '../retention/types';

/** Block 5 of the BIS-748P: what is asked for. */
export const APPLICATION_TYPES = ['license', 'classification-request', 'reexport'] as const;
export type ApplicationType = (typeof APPLICATION_TYPES)[number];
export const APPLICATION_TYPE_LABELS: Record<ApplicationType, string> = {
  license: 'Export license',
  'classification-request': 'Classification request (CCATS)',
  reexport: 'Reexport license',
};

export const EXPORT_TYPES = ['permanent', 'temporary'] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

/**
 * Where a case stands, after LITE's case statuses: only a draft is writable; "ready" is a draft
 * whose checklist passed, held unchanged until it is filed or set back to draft.
 */
export const APPLICATION_STATUSES = [
  'draft',
  'ready',
  'submitted',
  'returned-without-action',
  'approved',
  'approved-with-conditions',
  'denied',
  'appealed',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  ready: 'Ready to file',
  submitted: 'Submitted',
  'returned-without-action': 'Returned without action',
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  denied: 'Denied',
  appealed: 'Under appeal',
  withdrawn: 'Withdrawn',
};

/** The roles a party holds on an application (Blocks 14–18 of the BIS-748P). */
export type ApplicationPartyRole = PartyRole;

export interface ApplicationParty {
  /** The application's own row for this party in this role. */
  id: number;
  partyId: number;
  role: ApplicationPartyRole;
  legalName: string;
  country: string;
  /** Why there is no end-user statement (Supp. No. 3 to Part 748), when the user stated it. */
  statementReason: string | null;
  /** The end-user statement found for this end user: its document id, if any. */
  statementDocumentId: number | null;
  screeningState: string;
  screenedAt: string | null;
}

export interface ApplicationLine {
  id: number;
  lineNo: number;
  itemId: number;
  itemName: string;
  modelNumber: string | null;
  /** The US classification in force when the line was added (or last refreshed). */
  classificationId: number | null;
  classificationLabel: string | null;
  /** In thousandths of the unit, so quantities add up exactly. */
  quantityMilli: number;
  quantity: string;
  unit: string;
  currency: string;
  unitPriceMinor: number;
  unitPrice: string;
  totalMinor: number;
  total: string;
}

export interface ApplicationDocument {
  documentId: number;
  ownerType: 'party' | 'item' | 'application';
  ownerId: number;
  docType: DocumentType;
  originalName: string;
  sha256: string;
  /** The party the document concerns on this application (an end-user statement), if any. */
  partyId: number | null;
  addedAt: string;
  addedBy: string;
}

export interface StoredDetermination {
  lineId: number;
  eccn: string;
  destination: string;
  outcome: OverallOutcome | 'error';
  summary: string;
  /** Why no determination could be made (no Country Chart loaded, unknown ECCN ...). */
  error: string | null;
  controlSnapshotId: number | null;
  chartSnapshotId: number | null;
  groupsSnapshotId: number | null;
  computedAt: string;
}

export interface StatusChange {
  id: number;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  at: string;
  by: string;
  externalNumber: string | null;
  onDate: string | null;
  conditions: string | null;
  note: string | null;
}

export interface InformationRequest {
  id: number;
  receivedOn: string;
  dueOn: string;
  text: string;
  answeredOn: string | null;
  answer: string | null;
  overdue: boolean;
}

export interface Application {
  id: number;
  version: number;
  previousVersionId: number | null;
  supersededById: number | null;
  copiedFromId: number | null;
  type: ApplicationType;
  exportType: ExportType;
  returnDate: string | null;
  applicant: string | null;
  reference: string;
  destination: string | null;
  destinationName: string | null;
  endUse: string | null;
  additionalInfo: string | null;
  shipDirect: boolean;
  currency: string;
  status: ApplicationStatus;
  externalNumber: string | null;
  submittedOn: string | null;
  decidedOn: string | null;
  conditions: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** False once filed: a submitted application is changed only by an amendment (a new version). */
  editable: boolean;
  parties: ApplicationParty[];
  lines: ApplicationLine[];
  totalMinor: number;
  total: string;
  documents: ApplicationDocument[];
  determinations: StoredDetermination[];
  history: StatusChange[];
  requests: InformationRequest[];
  licenseId: number | null;
  /** When its records may be reviewed for disposal: 15 CFR 762.6 (shared/retention/rule.ts). */
  retention: RecordRetention;
}

export interface ApplicationSummary {
  id: number;
  version: number;
  reference: string;
  type: ApplicationType;
  destination: string | null;
  status: ApplicationStatus;
  externalNumber: string | null;
  lineCount: number;
  partyCount: number;
  total: string;
  currency: string;
  updatedAt: string;
  /** A later version (an amendment) replaces this one. */
  superseded: boolean;
  openRequests: number;
}

/** The readiness rules, each with the regulation behind it (docs/applications.md). */
export const READINESS_RULES = [
  'required-blocks',
  'end-user',
  'ultimate-consignee',
  'screening',
  'classification',
  'end-user-statement',
  'totals',
  'determination',
] as const;
export type ReadinessRule = (typeof READINESS_RULES)[number];

/** Where a failing rule is fixed: the area of the app, the record and the field. */
export interface FixLocation {
  area: 'application' | 'application-party' | 'application-line' | 'party' | 'item' | 'screening-lists';
  id: number | null;
  field: string | null;
}

export interface ReadinessCheck {
  rule: ReadinessRule;
  ok: boolean;
  message: string;
  fixAt: FixLocation;
}

export interface Checklist {
  applicationId: number;
  status: ApplicationStatus;
  ready: boolean;
  checks: ReadinessCheck[];
}

// ---- Licenses and shipments ----

/** Computed from the dates and the balances, never stored: a license turns exhausted or expired by itself. */
export const LICENSE_STATUSES = ['issued', 'exhausted', 'expired'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

export interface LicenseItem {
  id: number;
  lineId: number;
  lineNo: number;
  itemId: number;
  itemName: string;
  classificationLabel: string | null;
  unit: string;
  authorizedQuantityMilli: number;
  authorizedQuantity: string;
  authorizedValueMinor: number;
  authorizedValue: string;
  shippedQuantity: string;
  shippedValue: string;
  remainingQuantityMilli: number;
  remainingQuantity: string;
  remainingValueMinor: number;
  remainingValue: string;
  exhausted: boolean;
}

export interface License {
  id: number;
  number: string;
  applicationId: number;
  applicationReference: string;
  destination: string | null;
  validFrom: string;
  validTo: string;
  conditions: string | null;
  currency: string;
  issuedAt: string;
  issuedBy: string;
  status: LicenseStatus;
  /** Days until valid_to (negative once expired). */
  daysLeft: number;
  items: LicenseItem[];
  /** Five years after the latest of expiry, last shipment and decision: 15 CFR 762.6. */
  retention: RecordRetention;
}

export interface LicenseSummary {
  id: number;
  number: string;
  applicationId: number;
  applicationReference: string;
  destination: string | null;
  validFrom: string;
  validTo: string;
  status: LicenseStatus;
  daysLeft: number;
  /** The nearest reminder window the expiry falls in (7, 30 or 60 days), if any. */
  expiresWithin: 7 | 30 | 60 | null;
  remainingValue: string;
  currency: string;
}

export interface ShipmentLine {
  id: number;
  licenseItemId: number;
  lineNo: number;
  itemName: string;
  quantity: string;
  quantityMilli: number;
  value: string;
  valueMinor: number;
}

export interface Shipment {
  id: number;
  licenseId: number;
  licenseNumber: string;
  shippedOn: string;
  consigneePartyId: number | null;
  consigneeName: string | null;
  reference: string | null;
  currency: string;
  recordedAt: string;
  recordedBy: string;
  lines: ShipmentLine[];
}
