import type { AuditRow } from '../../../shared/contract/workspace';

const ACTIONS: Record<string, string> = {
  'controls.import': 'Imported a list version',
  'controls.setCurrent': 'Changed the current list version',
  'controls.export': 'Exported a list version',
  'settings.update': 'Changed settings',
};

const FIELDS: Record<string, string> = {
  currentSnapshotId: 'current version',
  userName: 'user name',
  fileName: 'file',
  sha256: 'SHA-256',
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
