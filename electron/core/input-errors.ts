import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * Turns a refused input into one sentence a compliance officer reads: the field by the name the
 * forms use ("the legal name cannot be empty", "the city of address 2 must be text"), never the
 * call, the schema path or zod's own words. The schemas' messages are written in that same lower-case
 * form (the CLI prints them after "error:", forms beside the field), so they are kept as written.
 * The path still travels as `field`, so a form can put the message beside its input.
 */

/** Where the field's key alone does not say what the form calls it. */
const LABELS: Record<string, string> = {
  id: 'the record',
  partyId: 'the party',
  itemId: 'the item',
  applicationId: 'the application',
  licenseId: 'the license',
  consigneePartyId: 'the consignee',
  snapshotId: 'the list version',
  fromSnapshotId: 'the older list version',
  toSnapshotId: 'the newer list version',
  controlSnapshotId: 'the control list version',
  chartSnapshotId: 'the Country Chart version',
  groupsSnapshotId: 'the Country Groups version',
  screeningId: 'the screening',
  hitId: 'the hit',
  lineId: 'the item line',
  entryId: 'the party entry',
  requestId: 'the request for information',
  documentId: 'the document',
  expectedCurrentId: 'the classification in force',
  eccn: 'the ECCN',
  jobId: 'the job id',
  base64: "the file's contents",
  source: 'the file',
  path: 'the file',
  out: 'the file to write',
  sourceUrl: 'the source address',
  externalId: 'the listed entry id',
  expectedSha256: 'the SHA-256 the preview showed',
  docType: 'the document type',
  otherNames: 'the other names',
  withinDays: 'the number of days',
  autoBackupKeep: 'the number of automatic backups',
  confirmDuplicate: 'the duplicate confirmation',
  usClass: 'the US classification filter',
  euClass: 'the EU classification filter',
};

const PLURALS: Record<string, string> = { addresses: 'address', entries: 'entry', otherNames: 'other name' };

function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function keyLabel(key: string): string {
  return LABELS[key] ?? `the ${words(key)}`;
}

function singular(key: string): string {
  return PLURALS[key] ?? words(key).replace(/s$/, '');
}

/** "the city of address 2", "the name of other name 1", "the legal name". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  if (!keys.length) return 'the request';
  const last = path[path.length - 1];
  const lastKey = keys[keys.length - 1]!;
  if (typeof last === 'number') return `the ${singular(lastKey)} ${last + 1}`;
  const i = path.lastIndexOf(lastKey);
  const index = path[i - 1];
  const parent = path[i - 2];
  if (typeof index === 'number' && typeof parent === 'string') return `${keyLabel(lastKey)} of ${singular(parent)} ${index + 1}`;
  return keyLabel(lastKey);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** Stands for the field's label in the messages below; filled in once the whole path is known. */
const LABEL = '\u0000label\u0000';

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

const listOf = (values: readonly unknown[]) => {
  const v = values.map((x) => String(x));
  return v.length <= 1 ? v.join('') : `${v.slice(0, -1).join(', ')} or ${v[v.length - 1]}`;
};

/**
 * zod's error map for every issue whose schema gave no message of its own: plain words around
 * the field's label. Passed to each parse by the registry.
 */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string {
  const i = issue as z.core.$ZodRawIssue & Record<string, unknown>;
  const key = issue.path?.[issue.path.length - 1];
  // A record is picked from a list, so its number is never something the user typed wrong by hand.
  const recordNumber = typeof key === 'string' && /(^id|Id)$/.test(key) && i.input !== undefined;
  if (recordNumber && ['invalid_type', 'too_small', 'too_big', 'invalid_format'].includes(issue.code)) return `${LABEL} is not a valid record number`;
  switch (issue.code) {
    case 'invalid_type':
      return i.input === undefined ? `${LABEL} is missing` : `${LABEL} must be ${typeWords[String(i.expected)] ?? String(i.expected)}`;
    case 'too_small':
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? `${LABEL} cannot be empty` : `${LABEL} must be at least ${String(i.minimum)} characters`;
      if (i.origin === 'array' || i.origin === 'set') return `${LABEL} must hold at least ${String(i.minimum)}`;
      return `${LABEL} must be ${i.inclusive === false ? 'more than' : 'at least'} ${String(i.minimum)}`;
    case 'too_big':
      if (i.origin === 'string') return `${LABEL} is longer than ${String(i.maximum)} characters`;
      if (i.origin === 'array' || i.origin === 'set') return `${LABEL} must hold at most ${String(i.maximum)}`;
      return `${LABEL} must be ${i.inclusive === false ? 'less than' : 'at most'} ${String(i.maximum)}`;
    case 'invalid_value':
      return `${LABEL} must be ${listOf((i.values as unknown[] | undefined) ?? [])}`;
    case 'invalid_format':
      return i.format === 'date' ? `${LABEL} must be a date YYYY-MM-DD` : `${LABEL} is not in the expected form`;
    case 'not_multiple_of':
      return `${LABEL} must be a multiple of ${String(i.divisor)}`;
    case 'unrecognized_keys':
      return `${LABEL} holds fields ExportDesk does not know: ${((i.keys as string[] | undefined) ?? []).join(', ')}`;
    case 'invalid_union':
      return `${LABEL} is not in a form ExportDesk accepts`;
    default:
      return `${LABEL} is not valid`;
  }
}

// Messages that start like this already say what to do about which field.
const IMPERATIVE = /^(give|choose|say|type|name|authorize|remove|keep|set|pick|add|enter|use)\b/i;

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  errors?: Issue[][];
}

/** A union's own message when it has one, else the issue of the branch that came closest. */
function firstIssue(issues: readonly Issue[], prefix: PropertyKey[] = []): { issue: Issue; path: PropertyKey[] } {
  const issue = issues[0]!;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors?.length && issue.message.includes(LABEL)) {
    const closest = [...issue.errors].filter((b) => b.length).sort((a, b) => a.length - b.length)[0];
    if (closest) return firstIssue(closest, path);
  }
  return { issue, path };
}

export function inputError(err: z.ZodError): AppError {
  const { issue, path } = firstIssue(err.issues as unknown as Issue[]);
  const field = fieldPath(path);
  const label = fieldLabel(path);
  let message: string;
  if (issue.message.includes(LABEL)) message = issue.message.replace(LABEL, label);
  else {
    // A schema's own message: keep its words (written to stand alone, in the forms' vocabulary), and
    // name the field when they do not.
    const lastKey = [...path].reverse().find((p): p is string => typeof p === 'string');
    const keyWords = (lastKey ? keyLabel(lastKey) : '').toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 3);
    const text = issue.message.toLowerCase();
    const named = !lastKey || /^(the|a|an)\s/.test(text) || IMPERATIVE.test(issue.message) || keyWords.some((w) => text.includes(w));
    message = named ? issue.message : `${label}: ${issue.message}`;
  }
  return new AppError('INVALID_INPUT', message, field ? { field } : {});
}
