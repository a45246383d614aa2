import { z } from 'zod';
import { method } from './define';
import type { CsvExportResult } from './record-lists';
import { JobId, reqText, text } from './text-fields';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** What the log holds, for the filter menus of the Audit page. */
export interface AuditFacets {
  actors: string[];
  actions: string[];
  recordTypes: string[];
}

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  /** The first row whose hash or link does not hold, and why. */
  firstBroken: { id: number; reason: string } | null;
  /** When checked against a package or backup made earlier: what it recorded, and whether the log still holds that row. */
  against?: AuditAnchor & { holds: boolean };
}

/** The audit log's newest row as a package PDF or a backup recorded it when it was made. */
export interface AuditAnchor {
  file: string;
  kind: 'package' | 'backup';
  /** When the file was made (ISO), as it records. */
  madeAt: string;
  /** Null (or row 0): the log was empty then. */
  head: { id: number; hash: string } | null;
}

const isDate = (v: string) => z.iso.date().safeParse(v).success;
const isInstant = (v: string) => z.iso.datetime({ offset: true }).safeParse(v).success;

/**
 * A bound of the "when" filter: a date (the whole day, UTC, as the CLI takes it) or an exact
 * instant (the UI sends the start and end of the day in the user's own time zone). Both become
 * the ISO instants the log stores, so the comparison is plain text order.
 */
const bound = (what: string, dayEdge: 'T00:00:00.000Z' | 'T23:59:59.999Z') =>
  text(what)
    .trim()
    .refine((v) => isDate(v) || isInstant(v), `${what} must be a date YYYY-MM-DD or a date and time such as 2026-03-01T09:00:00Z`)
    .transform((v) => (isDate(v) ? `${v}${dayEdge}` : new Date(v).toISOString()));

const filterFields = {
  recordType: reqText(100, 'the kind of record').optional(),
  recordId: reqText(200, 'the record id').optional(),
  actor: reqText(100, 'the user name').optional(),
  /** One action exactly, such as parties.update. */
  action: reqText(100, 'the action').optional(),
  /** Every action starting with this, such as "parties." for every change to parties. */
  actionPrefix: reqText(100, 'the action prefix').optional(),
  /** Inclusive. */
  from: bound('the start date', 'T00:00:00.000Z').optional(),
  /** Inclusive: a date includes the whole day. */
  to: bound('the end date', 'T23:59:59.999Z').optional(),
};

/** The filters, checked together: what one filter means can depend on another. */
function checkFilters(f: z.output<z.ZodObject<typeof filterFields>>, ctx: z.RefinementCtx): void {
  // Record ids repeat across kinds of record (party 3, item 3), so an id alone names nothing.
  if (f.recordId && !f.recordType) ctx.addIssue({ code: 'custom', path: ['recordId'], message: 'a record id needs its record type (party, item, application, ...)' });
  if (f.action && f.actionPrefix) ctx.addIssue({ code: 'custom', path: ['actionPrefix'], message: 'give either one action or an action prefix, not both' });
  if (f.from && f.to && f.from > f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the end date is before the start date' });
}

export const AuditFiltersInput = z.object(filterFields).superRefine(checkFilters);

export type AuditFilters = z.output<typeof AuditFiltersInput>;

export const auditContract = {
  'audit.list': method<AuditRow[]>()(
    'read',
    z
      .object({ ...filterFields, offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(1000).optional() })
      .superRefine(checkFilters)
      .optional(),
    'Audit rows matching the filters, newest first, a page at a time (200 unless a limit is given).',
  ),
  'audit.count': method<{ total: number }>()('read', AuditFiltersInput.optional(), 'How many audit rows match the filters.'),
  'audit.facets': method<AuditFacets>()('read', z.object({}).optional(), 'The users, actions and kinds of record the audit log holds, for its filters.'),
  'audit.exportCsv': method<CsvExportResult>()(
    'write',
    z.object({ ...filterFields, jobId: JobId.optional() }).superRefine(checkFilters).optional(),
    'Audit rows matching the filters as CSV, oldest first, with their hashes, so the chain can be checked outside ExportDesk.',
  ),
  'audit.verify': method<AuditVerification>()(
    'read',
    z.object({ against: reqText(4096, 'the package or backup file to check against').optional() }).optional(),
    'Check the hash chain of the whole audit log and name the first broken row; given a package PDF or a backup made earlier, also check the log still holds the row it recorded.',
  ),
};
