import { APPLICATION_STATUS_LABELS, APPLICATION_TYPE_LABELS } from '../../../shared/applications/types';
import { countryName } from '../../../shared/countries';
import { ITEM_TYPE_LABELS } from '../../../shared/items/types';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '../../../shared/parties/types';

/**
 * The fields audit rows carry, in the words of the screens. Keys not listed fall back to their
 * camelCase split into words ("statementReason" → "statement reason"), never the raw key.
 */
const FIELDS: Record<string, string> = {
  currentSnapshotId: 'current version',
  userName: 'user name',
  fileName: 'file',
  file: 'file',
  sha256: 'SHA-256',
  quotedTextSha256: 'SHA-256 of the quoted text',
  legalName: 'legal name',
  otherNames: 'other names',
  postalCode: 'postal code',
  originalName: 'file',
  docType: 'document type',
  mime: 'file type',
  size: 'size',
  rowCount: 'rows',
  throughRow: 'up to row',
  excludedCount: 'left out',
  lineId: 'line record',
  lineNo: 'line',
  itemId: 'item',
  partyId: 'party',
  consigneePartyId: 'consignee',
  classificationId: 'classification',
  entryId: 'party entry',
  requestId: 'request',
  documentId: 'document',
  applicationId: 'application',
  snapshotId: 'list version',
  listId: 'list',
  itemName: 'item',
  modelNumber: 'model or part number',
  itemType: 'item type',
  originCountry: 'country of origin',
  ccatsNumber: 'CCATS number',
  encryptionComponent: 'mass-market kind still reported',
  nonUsComponents: 'non-U.S. components',
  nonUsManufacturing: 'non-U.S. manufacturing locations',
  unitPrice: 'unit price',
  exportType: 'export',
  returnDate: 'return date',
  endUse: 'end use (Block 21)',
  additionalInfo: 'additional information (Block 24)',
  shipDirect: 'shipped directly to the end user',
  statementReason: 'reason given in the statement',
  receivedOn: 'received',
  dueOn: 'due',
  answeredOn: 'answered',
  shippedOn: 'shipped',
  validFrom: 'valid from',
  validTo: 'valid to',
  externalNumber: 'application number (BIS)',
  submittedOn: 'submitted',
  decidedOn: 'decided',
  versionLabel: 'version',
  effectiveDate: 'effective',
  publishedAt: 'published',
  issueDate: 'issued',
  entryCount: 'entries',
  sourceFileName: 'file',
  sourceUrl: 'source',
  importedAt: 'imported',
  importedBy: 'imported by',
  retrievedAt: 'retrieved',
  listName: 'list',
  listKind: 'kind of list',
  reportItemType: 'item type in the report',
  authorization: 'authorization',
  jurisdiction: 'jurisdiction',
  autoBackupKeep: 'automatic backups kept',
  schemaVersion: 'database version',
  isDemo: 'demo workspace',
  copiedFrom: 'copied from application',
  amends: 'amends application',
  generatedAt: 'generated',
  mailingAddress: 'mailing address',
  rowsWithHits: 'rows with possible matches',
  partiesScreened: 'parties screened',
  threshold: 'match threshold',
};

export function describeField(key: string): string {
  return FIELDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Fields that identify the row to the database rather than say anything a reader needs in a summary. */
export const TECHNICAL_FIELDS = new Set(['lineId', 'entryId', 'classificationId', 'documentId', 'requestId', 'id', 'quotedTextSha256', 'mime', 'importedAt', 'importedBy', 'retrievedAt', 'quantityMilli', 'totalMinor']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ID_FIELDS: Record<string, string> = {
  partyId: 'party',
  itemId: 'item',
  consigneePartyId: 'party',
  applicationId: 'application',
  classificationId: 'classification',
  snapshotId: 'list version',
  copiedFrom: 'application',
  amends: 'application',
};

/** One value as a reader wants it: codes as their labels, ids as "#3", nothing as "none". */
export function formatValue(key: string, v: unknown, max = 80): string {
  const s = formatFull(key, v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The same without shortening: for the detail pane and the tooltip. */
export function formatFull(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (key === 'currentSnapshotId' || key in ID_FIELDS) return `#${String(v)}`;
  if (typeof v === 'string') {
    if (key === 'status' && v in APPLICATION_STATUS_LABELS) return APPLICATION_STATUS_LABELS[v as keyof typeof APPLICATION_STATUS_LABELS].toLowerCase();
    if (key === 'role' && v in PARTY_ROLE_LABELS) return PARTY_ROLE_LABELS[v as keyof typeof PARTY_ROLE_LABELS].toLowerCase();
    if (key === 'kind' && v in PARTY_KIND_LABELS) return PARTY_KIND_LABELS[v as keyof typeof PARTY_KIND_LABELS].toLowerCase();
    if (key === 'itemType' && v in ITEM_TYPE_LABELS) return ITEM_TYPE_LABELS[v as keyof typeof ITEM_TYPE_LABELS].toLowerCase();
    if (key === 'type' && v in APPLICATION_TYPE_LABELS) return APPLICATION_TYPE_LABELS[v as keyof typeof APPLICATION_TYPE_LABELS].toLowerCase();
    if (key === 'jurisdiction') return v === 'us-ear' ? 'US (EAR)' : v === 'eu' ? 'EU' : v;
    if ((key === 'country' || key === 'destination' || key === 'originCountry') && /^[A-Z]{2}(-\d+)?$/.test(v)) return `${countryName(v) ?? v} (${v})`;
    if (key === 'docType') return v.replace(/-/g, ' ');
    return v;
  }
  if (typeof v === 'number') return key === 'size' ? `${v.toLocaleString('en-US')} bytes` : String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    if (key === 'roles') return v.map((r) => formatFull('role', r)).join(', ');
    return v.map((x) => (isRecord(x) ? formatRecord(x) : formatFull(key, x))).join('; ');
  }
  if (isRecord(v)) return formatRecord(v);
  return String(v);
}

/** A nested object (an address, a license line) as "city: Felixstowe, country: United Kingdom (GB)". */
function formatRecord(o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([k, x]) => x !== null && x !== undefined && x !== '' && !TECHNICAL_FIELDS.has(k))
    .map(([k, x]) => `${describeField(k)} ${formatFull(k, x)}`)
    .join(', ');
}
