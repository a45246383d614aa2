import { z } from 'zod';
import { method } from './define';
import { optLines, optText, reqText } from './text-fields';
import type { ListSnapshot } from '../control-lists/types';

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  userName: string;
  isDemo: boolean;
  currentSnapshots: ListSnapshot[];
}

export interface Settings {
  userName: string;
}

/**
 * Who sends the encryption self-classification report: the SUBMITTER NAME, TELEPHONE NUMBER,
 * E-MAIL ADDRESS and MAILING ADDRESS columns of Supplement No. 8 to Part 742. Null until set.
 */
export interface SubmitterSettings {
  name: string | null;
  telephone: string | null;
  email: string | null;
  mailingAddress: string | null;
}

// The audit calls live in ./audit; the row type stays importable from here for the records' history calls.
export type { AuditRow } from './audit';

/** A Ctrl+K hit and what it opens: a control-list entry in a snapshot, a screening record, or the record of its area. */
export type QuickSearchHit =
  | { area: 'control-lists'; title: string; subtitle: string; target: { code: string; snapshotId: number } }
  | { area: 'parties' | 'items' | 'applications' | 'licenses' | 'packages'; title: string; subtitle: string; target: { id: number } }
  | { area: 'screening'; title: string; subtitle: string; target: { screeningId: number } };

export const workspaceContract = {
  'workspace.info': method<WorkspaceInfo>()('read', z.object({}).optional(), 'The open workspace and its current snapshots.'),
  'settings.get': method<Settings>()('read', z.object({}).optional(), 'Workspace settings.'),
  'settings.update': method<Settings>()(
    'write',
    z.object({ userName: reqText(100, 'the user name') }),
    'Change settings such as the user name recorded in the audit log.',
  ),
  'settings.submitter': method<SubmitterSettings>()('read', z.object({}).optional(), 'Who submits the encryption self-classification report.'),
  'settings.updateSubmitter': method<SubmitterSettings>()(
    'write',
    z
      .object({
        name: optText(200, 'the submitter name'),
        telephone: optText(50, 'the telephone number').refine((v) => !v || /^[+()0-9 ./-]+(\s*(x|ext\.?)\s*[0-9]+)?$/i.test(v), 'the telephone number may hold only digits, spaces and + ( ) . / -'),
        email: optText(254, 'the e-mail address').refine((v) => !v || /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/.test(v), 'the e-mail address must look like name@example.com'),
        mailingAddress: optLines(500, 'the mailing address'),
      })
      .refine((v) => Object.values(v).some((x) => x !== undefined), 'name at least one submitter detail to change'),
    'Change who submits the encryption self-classification report (name, telephone, e-mail, mailing address); a field left out stays as it is, an empty one is cleared.',
  ),
  'search.quick': method<QuickSearchHit[]>()(
    'read',
    z.object({ query: reqText(200, 'the search words') }),
    'The Ctrl+K search across every area: parties, items, applications (reference or number), licenses, packages, screening records and list entries, grouped by kind.',
  ),
};
