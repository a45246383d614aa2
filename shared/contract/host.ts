import { z } from 'zod';
import type { RestoreResult } from '../backup/types';
import { method } from './define';
import { JobId, text } from './text-fields';

/** What the program hosting the core can do beyond the workspace: the desktop app can more than the CLI. */
export interface HostCapabilities {
  /** 'desktop' (Electron), 'bridge' (browser testing) or 'cli'. */
  host: 'desktop' | 'bridge' | 'cli';
  canOpenDemo: boolean;
  canShowInFolder: boolean;
  /** The host can close this workspace and open another (a restored backup, the one before the demo). */
  canSwitchWorkspace: boolean;
  /** The host has native file and folder dialogs (desktop); elsewhere paths are typed. */
  canChoosePaths: boolean;
  /** The workspace open before the demo, which "Leave the demo" returns to; null when there is none. */
  previousWorkspace: string | null;
}

/** What a file or folder dialog is asked for, so the host can title it and filter what it offers. */
export const PATH_PURPOSES = ['backup-save', 'backup-file', 'restore-folder', 'workspace-folder'] as const;
export type PathPurpose = (typeof PATH_PURPOSES)[number];

/**
 * Calls answered by the host rather than the workspace: switching to the demo workspace and
 * revealing a workspace file in the system's file manager. They change no record, so they are
 * reads; the core checks their input and hands them to the host it was given.
 */
export const hostContract = {
  'host.capabilities': method<HostCapabilities>()('read', z.object({}).optional(), 'What this host can do (open the demo, show a file in its folder).'),
  'host.openDemo': method<{ path: string }>()(
    'read',
    z.object({}).optional(),
    'Switch to the fictional demo workspace (its own folder, never the real one); the window reloads on it.',
  ),
  'host.showInFolder': method<{ path: string }>()(
    'read',
    z.object({ relativePath: text('the file').min(1).max(1000) }),
    'Reveal a file of the workspace folder (a package, a backup) in the system file manager.',
  ),
  'host.choosePath': method<{ path: string | null }>()(
    'read',
    z.object({ purpose: z.enum(PATH_PURPOSES), defaultPath: text('the suggested path').max(4096).optional() }),
    'Ask with a native dialog for a file or folder (where to save a backup, which backup to check, where to restore); null when cancelled.',
  ),
  'host.openWorkspace': method<{ path: string }>()(
    'read',
    z.object({ path: text('the workspace folder').min(1, 'give the workspace folder to open').max(4096) }),
    'Close this workspace and open another ExportDesk workspace folder; the window reloads on it.',
  ),
  'host.restoreBackup': method<{ path: string; restore: RestoreResult }>()(
    'read',
    z.object({
      path: text('the backup file').min(1, 'give the backup file to restore').max(4096),
      into: text('the new folder').min(1, 'give the new folder to restore into').max(4096),
      jobId: JobId.optional(),
    }),
    'Restore a backup into a new or empty folder after checking it (nothing is written over a workspace), then switch the app to the restored workspace.',
  ),
  'host.leaveDemo': method<{ path: string }>()(
    'read',
    z.object({}).optional(),
    'Leave the demo workspace for the workspace that was open before it; the window reloads on it.',
  ),
};
