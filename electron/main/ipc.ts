import { ipcMain } from 'electron';
import { METHODS } from '../../shared/contract';
import type { Core } from '../core';
import { isTrustedAppUrl } from './trusted-url';

export const CHANNEL_PREFIX = 'exportdesk:';
export const PROGRESS_CHANNEL = 'exportdesk-progress';

/**
 * One IPC channel per contract method, each answering only the app's own frame. `core` is asked
 * for on every call because the app can switch to the demo workspace while it runs.
 */
export function registerIpc(core: () => Core): void {
  for (const method of METHODS) {
    ipcMain.handle(`${CHANNEL_PREFIX}${method}`, async (event, input: unknown) => {
      if (!event.senderFrame || !isTrustedAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Call refused: it did not come from the ExportDesk window' } };
      }
      return core().call(method, input, {
        onProgress: (p) => {
          if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, p);
        },
      });
    });
  }
}
