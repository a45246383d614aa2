import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { DB_FILE } from '../workspace';

/** A path typed in the window must be whole: relative to what the host was started in means nothing to the user. */
export function absolutePath(p: string, field: string, what: string): string {
  const trimmed = p.trim();
  if (!path.isAbsolute(trimmed)) {
    throw new AppError('INVALID_INPUT', `Give the full path of ${what}, starting from the top of the disk (for example ${path.resolve('/', 'home', 'you', 'exportdesk-restored')}), not ${trimmed}.`, { field });
  }
  return path.resolve(trimmed);
}

/**
 * A folder the app may switch to: an ExportDesk workspace, or a new or empty folder (which becomes
 * a new workspace). A folder holding other things is refused, so the app never scatters a database
 * into someone's documents.
 */
export function workspaceFolderToOpen(p: string): string {
  const dir = absolutePath(p, 'path', 'the workspace folder');
  if (!fs.existsSync(dir)) return dir;
  if (!fs.statSync(dir).isDirectory()) throw new AppError('INVALID_INPUT', `${dir} is a file, not a workspace folder.`, { field: 'path' });
  if (fs.existsSync(path.join(dir, DB_FILE))) return dir;
  const inside = fs.readdirSync(dir);
  if (inside.length) {
    throw new AppError('INVALID_INPUT', `${dir} is not an ExportDesk workspace (it has no ${DB_FILE}) and is not empty: choose a workspace folder, or a new or empty folder for a new workspace.`, { field: 'path' });
  }
  return dir;
}
