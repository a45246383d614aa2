import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Core } from '../core';
import { autoBackup, suggestedBackupName } from '../core/backup/auto';
import { BACKUP_EXTENSION } from '../../shared/backup/types';

/**
 * File ▸ Back up workspace…: asks where, then the core writes the backup (backup.create). The save
 * dialog has already asked about replacing an existing file, hence `force`.
 */
export async function backUpFromMenu(core: Core): Promise<void> {
  const win = BrowserWindow.getFocusedWindow() ?? undefined;
  const options = {
    title: 'Back up workspace',
    defaultPath: path.join(app.getPath('documents'), suggestedBackupName(new Date())),
    filters: [{ name: 'ExportDesk backup', extensions: [BACKUP_EXTENSION.slice(1)] }],
  };
  const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return;
  const out = picked.filePath.toLowerCase().endsWith(BACKUP_EXTENSION) ? picked.filePath : `${picked.filePath}${BACKUP_EXTENSION}`;
  const r = await core.call('backup.create', { out, force: true });
  if (!r.ok) return dialog.showErrorBox('The backup failed', r.error.message);
  const message = { type: 'info' as const, title: 'Backup written', message: `The workspace was backed up to ${r.value.file}.`, detail: [`SHA-256 ${r.value.sha256}`, ...r.value.warnings].join('\n') };
  if (win) await dialog.showMessageBox(win, message);
  else await dialog.showMessageBox(message);
}

/** The automatic backup when the app closes (keeping the last N, a setting); a failure is shown, never blocks quitting. */
export async function backUpOnQuit(core: Core): Promise<void> {
  try {
    await autoBackup(core);
  } catch (e) {
    dialog.showErrorBox('The automatic backup failed', `${(e as Error).message}\nThe workspace itself is unchanged.`);
  }
}
