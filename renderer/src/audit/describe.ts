import type { AuditRow } from '../../../shared/contract/workspace';

const ACTIONS: Record<string, string> = {
  'controls.import': 'Imported a list version',
  'controls.setCurrent': 'Changed the current list version',
  'controls.export': 'Exported a list version',
  'settings.update': 'Changed settings',
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
};

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
  rowCount: 'parties',
};

export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The record in the words of the screens, not of the database tables. */
export function describeRecord(r: AuditRow): string {
  switch (r.recordType) {
    case 'list_snapshot':
      return `List version #${r.recordId}`;
    case 'control_list':
      return `List ${r.recordId}`;
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
    default:
      return `${r.recordType} ${r.recordId}`;
  }
}

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
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    if (keys.length) return { short: keys.map((k) => `${field(k)}: ${fmt(k, b[k])} → ${fmt(k, a[k])}`).join('; '), full };
  }
  if (isRecord(a)) return { short: Object.entries(a).map(([k, v]) => `${field(k)}: ${fmt(k, v)}`).join('; '), full };
  return { short: full.length > 160 ? `${full.slice(0, 160)}…` : full, full };
}

function field(key: string): string {
  return FIELDS[key] ?? key;
}

function fmt(key: string, v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (key === 'currentSnapshotId') return `#${String(v)}`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
