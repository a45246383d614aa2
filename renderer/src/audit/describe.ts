import type { AuditRow } from '../../../shared/contract/audit';

/** Every action the core records, in the words of the screens. test/unit/audit-describe.test.ts keeps this complete. */
export const ACTIONS: Record<string, string> = {
  'workspace.demo': 'Created the demo workspace',
  'settings.update': 'Changed settings',
  'settings.updateSubmitter': 'Changed the submitter of the encryption report',
  'controls.import': 'Imported a list version',
  'controls.setCurrent': 'Changed the current list version',
  'controls.export': 'Exported a list version',
  'destinations.import': 'Imported a Country Chart or Country Groups version',
  'destinations.setCurrent': 'Changed the current Country Chart or Country Groups version',
  'lists.import': 'Imported a screening list version',
  'lists.setCurrent': 'Changed the current screening list version',
  'screening.name': 'Screened a name',
  'screening.party': 'Screened a party',
  'screening.batch': 'Screened a spreadsheet of names',
  'screening.rescreenAll': 'Re-screened every party',
  'screening.decide': 'Decided on a possible match',
  'parties.create': 'Created a party',
  'parties.update': 'Changed a party',
  'parties.answerKyc': 'Answered red-flag questions',
  'parties.attachDocument': 'Attached a document',
  'parties.import': 'Imported parties',
  'parties.export': 'Exported parties',
  'items.create': 'Created an item',
  'items.update': 'Changed an item',
  'items.attachDocument': 'Attached a document',
  'items.import': 'Imported items',
  'items.export': 'Exported items',
  'classifications.save': 'Classified an item',
  'classifications.reReview': 'Flagged a classification for review: its list changed',
  'reports.encryption': 'Built the encryption self-classification report',
  'applications.create': 'Started a license application',
  'applications.update': 'Changed a license application',
  'applications.copy': 'Copied a license application',
  'applications.amend': 'Amended a license application',
  'applications.setStatus': 'Changed the status of an application',
  'applications.addRequest': 'Recorded a request for information',
  'applications.answerRequest': 'Answered a request for information',
  'applications.addParty': 'Added a party to an application',
  'applications.updateParty': 'Changed a party on an application',
  'applications.removeParty': 'Removed a party from an application',
  'applications.addItem': 'Added an item line to an application',
  'applications.updateItem': 'Changed an item line of an application',
  'applications.removeItem': 'Removed an item line from an application',
  'applications.redetermine': 'Made the license determination of an application again (a list it reads changed)',
  'applications.attachDocument': 'Attached a supporting document',
  'licenses.issue': 'Recorded an issued license',
  'shipments.add': 'Recorded a shipment against a license',
  'packages.generate': 'Built a filing package',
  'packages.regenerate': 'Rebuilt a filing package',
  'backup.create': 'Made a backup',
  'backup.check': 'Checked a backup',
  'backup.updateSettings': 'Changed the backup settings',
  'audit.exportCsv': 'Exported the audit log',
};

/** The area an action belongs to (the part before the dot), for the "every change to ..." filters. */
export const ACTION_AREAS: Record<string, string> = {
  workspace: 'the workspace',
  settings: 'settings',
  controls: 'control lists',
  destinations: 'the Country Chart',
  lists: 'screening lists',
  screening: 'screening',
  parties: 'parties',
  items: 'items',
  classifications: 'classifications',
  reports: 'reports',
  applications: 'applications',
  licenses: 'licenses',
  shipments: 'shipments',
  packages: 'filing packages',
  backup: 'backups',
  audit: 'the audit log',
};

/** Every kind of record the core writes audit rows against, as the filter menu names them. */
export const RECORD_TYPES: Record<string, string> = {
  settings: 'Settings',
  control_list: 'Control lists',
  list_snapshot: 'Control list versions',
  destination_list: 'Country Chart and Groups',
  destination_snapshot: 'Country Chart and Groups versions',
  screening_list: 'Screening lists',
  screening_snapshot: 'Screening list versions',
  screening: 'Screenings',
  screening_hit: 'Possible matches',
  screening_batch: 'Batch screenings',
  party: 'Parties',
  party_import: 'Party imports',
  party_export: 'Party exports',
  item: 'Items',
  item_import: 'Item imports',
  item_export: 'Item exports',
  encryption_report: 'Encryption reports',
  application: 'Applications',
  license: 'Licenses',
  package: 'Filing packages',
  backup: 'Backups',
  audit_export: 'Audit log exports',
};

export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

export function describeActionArea(area: string): string {
  return ACTION_AREAS[area] ?? area;
}

export function describeRecordType(type: string): string {
  return RECORD_TYPES[type] ?? type;
}

/** The record in the words of the screens, not of the database tables. */
export function describeRecord(r: Pick<AuditRow, 'recordType' | 'recordId'>): string {
  switch (r.recordType) {
    case 'list_snapshot':
      return `List version #${r.recordId}`;
    case 'control_list':
      return `List ${r.recordId}`;
    case 'destination_snapshot':
      return `Country Chart or Groups version #${r.recordId}`;
    case 'destination_list':
      return r.recordId === 'country-chart' ? 'Country Chart' : r.recordId === 'country-groups' ? 'Country Groups' : r.recordId;
    case 'screening_snapshot':
      return `Screening list version #${r.recordId}`;
    case 'screening_list':
      return `Screening list ${r.recordId}`;
    case 'screening':
      return `Screening #${r.recordId}`;
    case 'screening_hit':
      return `Possible match #${r.recordId}`;
    case 'screening_batch':
      return `Batch screening ${r.recordId}`;
    case 'settings':
      return 'Settings';
    case 'party':
      return `Party #${r.recordId}`;
    case 'party_import':
      return 'Party import';
    case 'party_export':
      return 'Party export';
    case 'item':
      return `Item #${r.recordId}`;
    case 'item_import':
      return 'Item import';
    case 'item_export':
      return 'Item export';
    case 'encryption_report':
      return 'Encryption report';
    case 'application':
      return `Application #${r.recordId}`;
    case 'license':
      return `License #${r.recordId}`;
    case 'package':
      return `Filing package #${r.recordId}`;
    case 'backup':
      return `Backup ${r.recordId}`;
    case 'audit_export':
      return `Audit log export ${r.recordId}`;
    default:
      return `${r.recordType} ${r.recordId}`;
  }
}

const FIELDS: Record<string, string> = {
  currentSnapshotId: 'current version',
  userName: 'user name',
  fileName: 'file',
  sha256: 'SHA-256',
  legalName: 'legal name',
  otherNames: 'other names',
  postalCode: 'postal code',
  originalName: 'file',
  docType: 'document type',
  rowCount: 'rows',
  throughRow: 'up to row',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A one-line summary of a change for the table, with the full before/after for the tooltip. */
export function describeChange(r: AuditRow): { short: string; full: string } {
  const full = JSON.stringify({ before: r.before, after: r.after }, null, 1);
  const a = r.after;
  const b = r.before;
  if (isRecord(a) && typeof a.listName === 'string' && typeof a.versionLabel === 'string') {
    return { short: `${a.listName} · ${a.versionLabel} (${String(a.entryCount ?? '?')} entries, file ${String(a.sourceFileName ?? '')})`, full };
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = changedKeys(b, a);
    if (keys.length) return { short: keys.map((k) => `${describeField(k)}: ${formatValue(k, b[k])} → ${formatValue(k, a[k])}`).join('; '), full };
  }
  if (isRecord(a)) return { short: Object.entries(a).map(([k, v]) => `${describeField(k)}: ${formatValue(k, v)}`).join('; '), full };
  if (isRecord(b)) return { short: `removed: ${Object.entries(b).map(([k, v]) => `${describeField(k)}: ${formatValue(k, v)}`).join('; ')}`, full };
  return { short: full.length > 160 ? `${full.slice(0, 160)}…` : full, full };
}

/** The fields a change touched, in the order they first appear. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
}

export function describeField(key: string): string {
  return FIELDS[key] ?? key;
}

export function formatValue(key: string, v: unknown, max = 80): string {
  if (v === null || v === undefined) return 'none';
  if (key === 'currentSnapshotId') return `#${String(v)}`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
