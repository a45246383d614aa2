import { controlHandlers } from './handlers/controls';
import { screeningListHandlers } from './handlers/screening-lists';
import { workspaceHandlers } from './handlers/workspace';
import { combineHandlers, createCore, type Core, type CoreOptions } from './registry';
import { openWorkspace, type OpenOptions } from './workspace';

/** Every handler of the contract, joined once. */
export const handlers = combineHandlers(workspaceHandlers, controlHandlers, screeningListHandlers);

/** Opens a workspace folder and serves the contract over it; the entry point of CLI, bridge and app. */
export function openCore(dir: string, opts: OpenOptions & CoreOptions = {}): Core {
  const ws = openWorkspace(dir, opts);
  return createCore(ws, handlers, opts);
}

export type { Core };
