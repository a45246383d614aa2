import { z } from 'zod';
import { method } from './define';
import { text } from './text-fields';

/** What the program hosting the core can do beyond the workspace: the desktop app can more than the CLI. */
export interface HostCapabilities {
  /** 'desktop' (Electron), 'bridge' (browser testing) or 'cli'. */
  host: 'desktop' | 'bridge' | 'cli';
  canOpenDemo: boolean;
  canShowInFolder: boolean;
}

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
};
