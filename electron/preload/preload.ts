import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ExportDeskApi, Progress } from '../../shared/contract';
import { METHOD_NAMES as METHODS } from '../../shared/contract/methods';
import { invokers } from './invokers';

/**
 * Exposes one function per contract method, and a progress subscription; never a generic
 * invoke(channel), so the page can reach nothing the contract does not name.
 */
const CHANNEL_PREFIX = 'exportdesk:';
const PROGRESS_CHANNEL = 'exportdesk-progress';

const api: ExportDeskApi = {
  ...invokers(METHODS, (m, input) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${m}`, input)),
  onProgress(listener: (p: Progress) => void) {
    const handler = (_e: IpcRendererEvent, p: Progress) => listener(p);
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('exportdesk', api);
