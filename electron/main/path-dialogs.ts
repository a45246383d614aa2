import path from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { BACKUP_EXTENSION } from '../../shared/backup/types';
import type { PathPurpose } from '../../shared/contract/host';
import { suggestedBackupName } from '../core/backup/auto';

const BACKUP_FILTER = [{ name: 'ExportDesk backup', extensions: [BACKUP_EXTENSION.slice(1)] }];

/**
 * The native dialogs behind host.choosePath, so the Backups page can offer Choose… buttons in the
 * desktop app; the core checks whatever path comes back, as it does a typed one.
 */
export async function choosePath(purpose: PathPurpose, defaultPath?: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? undefined;
  if (purpose === 'backup-save') {
    const options: SaveDialogOptions = {
      title: 'Back up workspace',
      defaultPath: defaultPath ?? path.join(app.getPath('documents'), suggestedBackupName(new Date())),
      filters: BACKUP_FILTER,
    };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return null;
    return r.filePath.toLowerCase().endsWith(BACKUP_EXTENSION) ? r.filePath : `${r.filePath}${BACKUP_EXTENSION}`;
  }
  const options: OpenDialogOptions =
    purpose === 'backup-file'
      ? { title: 'Choose a backup', defaultPath, filters: BACKUP_FILTER, properties: ['openFile'] }
      : purpose === 'restore-folder'
        ? { title: 'Choose a new or empty folder to restore into', defaultPath, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }
        : { title: 'Open a workspace folder', defaultPath, properties: ['openDirectory', 'createDirectory'] };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}
