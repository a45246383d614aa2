import { z } from 'zod';
import { method } from './define';
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

// The audit calls live in ./audit; the row type stays importable from here for the records' history calls.
export type { AuditRow } from './audit';

/** A Ctrl+K hit and what it opens: a control-list entry in a snapshot, or a party or item record. */
export type QuickSearchHit =
  | { area: 'control-lists'; title: string; subtitle: string; target: { code: string; snapshotId: number } }
  | { area: 'parties'; title: string; subtitle: string; target: { id: number } }
  | { area: 'items'; title: string; subtitle: string; target: { id: number } };

export const workspaceContract = {
  'workspace.info': method<WorkspaceInfo>()('read', z.object({}).optional(), 'The open workspace and its current snapshots.'),
  'settings.get': method<Settings>()('read', z.object({}).optional(), 'Workspace settings.'),
  'settings.update': method<Settings>()(
    'write',
    z.object({ userName: z.string().trim().min(1, 'the user name cannot be empty').max(100) }),
    'Change settings such as the user name recorded in the audit log.',
  ),
  'search.quick': method<QuickSearchHit[]>()(
    'read',
    z.object({ query: z.string().trim().min(1).max(200) }),
    'The Ctrl+K search across every area.',
  ),
};
