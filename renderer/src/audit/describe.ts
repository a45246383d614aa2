import type { AuditRow } from '../../../shared/contract/audit';
import { overallLabel } from '../../../shared/determination/labels';
import { TECHNICAL_FIELDS, describeField, formatFull, formatValue } from './audit-fields';

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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Fields = Record<string, unknown>;

const q = (v: unknown) => `“${String(v)}”`;
/** A stored line determination's outcome in the checklist's words; 'error' is a line no determination could be made for. */
const outcomeWords = (o: unknown) => (o === 'error' ? 'no determination' : overallLabel(String(o)).toLowerCase());
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "legal name from “A” to “B”; notes from none to “x”": the fields an update changed, labelled. */
function changes(before: Fields, after: Fields): string {
  return changedKeys(before, after)
    .filter((k) => !TECHNICAL_FIELDS.has(k))
    .map((k) => `${describeField(k)} from ${quoted(k, before[k])} to ${quoted(k, after[k])}`)
    .join('; ');
}

/** Codes read as words ("permanent", "Germany (DE)"); only what someone typed is put in quotes. */
const CODE_FIELDS = new Set(['status', 'role', 'kind', 'itemType', 'type', 'exportType', 'jurisdiction', 'docType', 'country', 'destination', 'originCountry', 'currency', 'unit', 'subject']);

function quoted(k: string, v: unknown): string {
  const f = formatValue(k, v);
  return typeof v === 'string' && f !== 'none' && !CODE_FIELDS.has(k) ? q(f) : f;
}

/** "legal name “A”, kind commercial, …": what a new record holds, labelled, ids and hashes left for the detail. */
function fields(o: Fields, skip: string[] = []): string {
  return Object.entries(o)
    .filter(([k, v]) => !TECHNICAL_FIELDS.has(k) && !skip.includes(k) && v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${describeField(k)} ${quoted(k, v)}`)
    .join(', ');
}

function money(currency: unknown, amount: unknown): string {
  return [str(currency), str(amount)].filter(Boolean).join(' ');
}

function lineWords(a: Fields): string {
  const parts = [str(a.itemName) ?? (a.itemId !== undefined ? `item #${String(a.itemId)}` : null)];
  if (a.quantity !== undefined) parts.push(`${String(a.quantity)} ${str(a.unit) ?? ''}`.trim());
  if (a.unitPrice !== undefined) parts.push(`at ${money(a.currency, a.unitPrice)}`);
  if (a.total !== undefined) parts.push(`total ${money(a.currency, a.total)}`);
  return parts.filter(Boolean).join(', ');
}

function documentWords(a: Fields): string {
  const kind = str(a.docType) ? formatValue('docType', a.docType) : 'document';
  const file = str(a.originalName) ?? str(a.fileName);
  return `${kind}${file ? ` ${q(file)}` : ''}${typeof a.size === 'number' ? ` (${formatValue('size', a.size)})` : ''}`;
}

function hitStatus(v: unknown): string {
  return v === 'cleared' ? 'cleared as a false positive' : v === 'confirmed' ? 'confirmed as a match' : v === 'review' ? 'marked for review' : v === 'open' ? 'open' : String(v);
}

/** One sentence per action, in the words a compliance officer uses; null when the row is not of the expected shape. */
function sentence(r: AuditRow): string | null {
  const a = isRecord(r.after) ? r.after : null;
  const b = isRecord(r.before) ? r.before : null;
  switch (r.action) {
    case 'workspace.demo':
      return 'Created the demo workspace: fictional company, illustrative lists.';
    case 'settings.update':
    case 'settings.updateSubmitter':
    case 'backup.updateSettings':
    case 'parties.update':
    case 'items.update':
    case 'applications.update':
      return a && b ? `Changed ${changes(b, a) || 'nothing visible'}.` : null;
    case 'controls.import':
    case 'lists.import':
    case 'destinations.import': {
      if (!a) return null;
      const name = str(a.listName) ?? (a.kind === 'country-chart' ? 'Commerce Country Chart' : a.kind === 'country-groups' ? 'Country Groups' : 'List');
      const version = str(a.versionLabel) ?? (str(a.publishedAt) ? `published ${String(a.publishedAt)}` : null);
      const entries = typeof a.entryCount === 'number' ? `, ${count(a.entryCount, 'entry', 'entries')}` : '';
      const file = str(a.sourceFileName) ? ` from ${q(a.sourceFileName)}` : '';
      return `Imported ${name}${version ? ` · ${version}` : ''}${entries}${file}.`;
    }
    case 'controls.setCurrent':
    case 'lists.setCurrent':
    case 'destinations.setCurrent':
      return a ? `Made version ${formatValue('currentSnapshotId', a.currentSnapshotId)} current (before: ${b ? formatValue('currentSnapshotId', b.currentSnapshotId) : 'none'}).` : null;
    case 'controls.export':
      return a ? `Exported the list version to ${q(a.fileName)}.` : null;
    case 'screening.name':
    case 'screening.party': {
      if (!a) return null;
      const names = Array.isArray(a.names) ? a.names.map(String).join(', ') : '';
      const lists = Array.isArray(a.lists) ? a.lists.map((l) => String(l).split('@')[0]).join(', ') : '';
      const hits = Array.isArray(a.hits) ? a.hits.length : 0;
      return `Screened ${names ? q(names) : 'a name'}${a.partyId ? ` (party #${String(a.partyId)})` : ''} against ${lists || 'no list'}: ${hits ? count(hits, 'possible match', 'possible matches') : 'no possible match'}.`;
    }
    case 'screening.batch':
      return a ? `Screened the spreadsheet ${q(a.file)}: ${count(Number(a.rows ?? 0), 'row', 'rows')}, ${Number(a.rowsWithHits ?? 0)} with possible matches.` : null;
    case 'screening.rescreenAll': {
      if (!a) return null;
      const changed = Array.isArray(a.changes) ? a.changes.length : 0;
      return `Re-screened ${count(Number(a.partiesScreened ?? 0), 'party', 'parties')}: ${changed ? `${count(changed, 'party', 'parties')} with new, changed or delisted matches` : 'no change'}.`;
    }
    case 'screening.decide':
      return a ? `Possible match ${str(a.entry) ?? ''} on ${str(a.list) ?? 'a list'}${a.partyId ? ` for party #${String(a.partyId)}` : ''} ${hitStatus(a.status)}${str(a.reason) ? `: ${q(a.reason)}` : ''}.` : null;
    case 'parties.create':
      return a ? `Created the party ${q(a.legalName)}: ${fields(a, ['legalName'])}.` : null;
    case 'items.create':
      return a ? `Created the item ${q(a.name)}: ${fields(a, ['name'])}.` : null;
    case 'parties.answerKyc': {
      if (!a) return null;
      const answered = Object.entries(a).filter(([k, v]) => isRecord(v) && JSON.stringify(v) !== JSON.stringify(b?.[k]));
      const by = new Map<string, number>();
      for (const [, v] of answered) {
        const ans = String((v as Fields).answer);
        by.set(ans, (by.get(ans) ?? 0) + 1);
      }
      const tally = [...by].map(([ans, n]) => `${n} “${ans}”`).join(', ');
      return `Answered ${count(answered.length, 'red-flag question', 'red-flag questions')}${tally ? `: ${tally}` : ''}.`;
    }
    case 'parties.attachDocument':
    case 'items.attachDocument':
    case 'applications.attachDocument':
      return a ? `Attached the ${documentWords(a)}${a.partyId ? ` about party #${String(a.partyId)}` : ''}.` : null;
    case 'parties.import':
    case 'items.import':
    case 'parties.export':
    case 'items.export':
      return a ? `${r.action.endsWith('import') ? 'Imported' : 'Exported'} ${fields(a)}.` : null;
    case 'classifications.save':
      return a
        ? `Classified the item as ${str(a.label) ?? '?'} (${formatValue('jurisdiction', a.jurisdiction)}, ${str(a.status) ?? 'draft'})${str(a.versionLabel) ? ` against ${String(a.versionLabel)}` : ''}${str(a.rationale) ? `: ${q(a.rationale)}` : ''}.`
        : null;
    case 'classifications.reReview':
      return a ? `Flagged the classification for review: the list changed (now ${str(a.versionLabel) ?? 'a new version'})${str(a.reason) ? `: ${String(a.reason)}` : ''}.` : null;
    case 'reports.encryption':
      return a ? `Built the encryption report ${q(a.fileName)} for ${String(a.from)} to ${String(a.to)}: ${count(Number(a.rowCount ?? 0), 'item', 'items')} listed, ${Number(a.excludedCount ?? 0)} left out.` : null;
    case 'applications.create':
      return a ? `Started the application ${q(a.reference)}: ${fields(a, ['reference'])}.` : null;
    case 'applications.copy':
      return a ? `Copied from application #${String(a.copiedFrom)} as ${q(a.reference)}${Array.isArray(a.parties) ? `, with ${count(a.parties.length, 'party', 'parties')}` : ''}${Array.isArray(a.lines) ? ` and ${count(a.lines.length, 'item line', 'item lines')}` : ''}.` : null;
    case 'applications.amend':
      return a ? `Version ${String(a.version)} of ${q(a.reference)} amends application #${String(a.amends)}${str(a.note) ? `: ${q(a.note)}` : ''}.` : null;
    case 'applications.setStatus': {
      if (!a) return null;
      const from = b ? formatValue('status', b.status) : 'none';
      const extra = [str(a.number) ? `number ${String(a.number)}` : null, str(a.date) ? `on ${String(a.date)}` : null, str(a.conditions) ? `conditions ${q(a.conditions)}` : null, str(a.note) ? `note ${q(a.note)}` : null].filter(Boolean);
      return `Status changed from ${from} to ${formatValue('status', a.status)}${extra.length ? `, ${extra.join(', ')}` : ''}.`;
    }
    case 'applications.addRequest':
      return a ? `Request for information received ${String(a.receivedOn)}, due ${String(a.dueOn)}: ${q(a.text)}.` : null;
    case 'applications.answerRequest':
      return a ? `Answered the request for information on ${String(a.answeredOn)}: ${q(a.answer)}.` : null;
    case 'applications.addParty':
      return a ? `Added ${str(a.legalName) ? q(a.legalName) : `party #${String(a.partyId)}`} as ${formatValue('role', a.role)}.` : null;
    case 'applications.updateParty':
      return a ? `Changed the reason given in the party's statement to ${quoted('statementReason', a.statementReason)}.` : null;
    case 'applications.removeParty':
      return b ? `Removed party #${String(b.partyId)} as ${formatValue('role', b.role)}.` : null;
    case 'applications.addItem':
      return a ? `Added line ${String(a.lineNo ?? '')}: ${lineWords(a)}.` : null;
    case 'applications.redetermine': {
      if (!a || !Array.isArray(a.determinations)) return null;
      const was = new Map((b && Array.isArray(b.determinations) ? b.determinations : []).filter(isRecord).map((d) => [String(d.line), d.outcome]));
      const lines = a.determinations.filter(isRecord).map((d) => {
        const before = was.get(String(d.line));
        const now = outcomeWords(d.outcome);
        return `line ${String(d.line)} (${String(d.eccn)}) ${now}${before !== undefined && before !== d.outcome ? ` (was ${outcomeWords(before)})` : ''}`;
      });
      return `Made the license determination again${str(a.because) ? ` because the ${String(a.because)}` : ''}: ${lines.join('; ') || 'no line'}.`;
    }
    case 'applications.updateItem':
      return a && b ? `Changed an item line: ${changes(b, a) || 'its classification taken again'}.` : null;
    case 'applications.removeItem':
      return b ? `Removed line ${String(b.lineNo ?? '')}: ${lineWords(b)}.` : null;
    case 'licenses.issue': {
      if (!a) return null;
      const lines = Array.isArray(a.items) ? a.items.filter(isRecord).map((l) => `line ${String(l.line)}: ${String(l.quantity)}, ${money(a.currency, l.value)}`) : [];
      return `License ${q(a.number)} issued on application #${String(a.applicationId)}, valid ${String(a.validFrom)} to ${String(a.validTo)}${lines.length ? `; ${lines.join('; ')}` : ''}${str(a.conditions) ? `; conditions ${q(a.conditions)}` : ''}.`;
    }
    case 'shipments.add': {
      if (!a) return null;
      const lines = Array.isArray(a.lines) ? a.lines.filter(isRecord).map((l) => `line ${String(l.line)}: ${String(l.quantity)}, value ${String(l.value)}`) : [];
      return `Shipment${str(a.reference) ? ` ${q(a.reference)}` : ''} on ${String(a.shippedOn)}${a.consigneePartyId ? ` to party #${String(a.consigneePartyId)}` : ''}${lines.length ? `: ${lines.join('; ')}` : ''}.`;
    }
    case 'packages.generate':
    case 'packages.regenerate':
      return a ? `${r.action === 'packages.generate' ? 'Built' : 'Rebuilt'} the filing package ${q(a.title ?? a.reference)}${typeof a.pages === 'number' ? `, ${count(a.pages, 'page', 'pages')}` : ''}${str(a.sha256) ? `, SHA-256 ${String(a.sha256).slice(0, 12)}…` : ''}.` : null;
    case 'backup.create':
      return a ? `Made ${a.automatic ? 'an automatic' : 'a'} backup ${q(String(a.file).split(/[\\/]/).pop())}${typeof a.size === 'number' ? `, ${formatValue('size', a.size)}` : ''}.` : null;
    case 'backup.check':
      return a ? `Checked the backup ${q(String(a.file ?? r.recordId).split(/[\\/]/).pop())}${a.ok === true ? ': every check passed' : a.ok === false ? `: it failed${str(a.reason) ? ` (${String(a.reason)})` : ''}` : ''}.` : null;
    case 'audit.exportCsv':
      return a ? `Exported ${count(Number(a.rowCount ?? 0), 'audit row', 'audit rows')} (up to row ${String(a.throughRow)}) to ${q(a.fileName)}.` : null;
    default:
      return null;
  }
}

/** Any other row: what it recorded, changed or removed, labelled. */
function generic(r: AuditRow): string {
  const a = isRecord(r.after) ? r.after : null;
  const b = isRecord(r.before) ? r.before : null;
  if (a && b) return `Changed ${changes(b, a) || 'nothing visible'}.`;
  if (a) return `Recorded ${fields(a) || 'no details'}.`;
  if (b) return `Removed ${fields(b) || 'a record'}.`;
  if (r.before === null && r.after === null) return 'No details recorded.';
  return `Recorded ${formatValue('value', r.after ?? r.before, 160)}.`;
}

/**
 * What a row changed as a sentence for the table ("Status changed from draft to ready to file."),
 * and every field as recorded, labelled, one per line, for the tooltip and the detail pane.
 */
export function describeChange(r: AuditRow): { short: string; full: string } {
  let short: string | null = null;
  try {
    short = sentence(r);
  } catch {
    short = null;
  }
  return { short: short ?? generic(r), full: fullText(r) };
}

function fullText(r: AuditRow): string {
  const side = (label: string, v: unknown) => {
    if (v === null || v === undefined) return [];
    if (!isRecord(v)) return [`${label}: ${formatFull('value', v)}`];
    return [`${label}:`, ...Object.entries(v).map(([k, x]) => `  ${describeField(k)}: ${formatFull(k, x)}`)];
  };
  return [...side('Before', r.before), ...side('After', r.after)].join('\n');
}

/** The fields a change touched, in the order they first appear. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
}

export { describeField, formatFull, formatValue };
