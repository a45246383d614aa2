import { controlHandlers } from './handlers/controls';
import { screeningListHandlers } from './handlers/screening-lists';
import { screeningHandlers } from './handlers/screening';
import { partyHandlers } from './handlers/parties';
import { documentHandlers } from './handlers/documents';
import { itemHandlers } from './handlers/items';
import { classificationHandlers } from './handlers/classifications';
import { determinationHandlers } from './handlers/determination';
import { workspaceHandlers } from './handlers/workspace';
import { auditHandlers } from './handlers/audit';
import { applicationHandlers } from './handlers/applications';
import { licenseHandlers } from './handlers/licenses';
import { dashboardHandlers } from './handlers/dashboard';
import { hostHandlers } from './handlers/host';
import { packageHandlers } from './handlers/packages';
import { backupHandlers } from './handlers/backup';
import { retentionHandlers } from './handlers/retention';
import { importHandlers } from './handlers/imports';
import { removeOrphanFiles } from './orphan-files';
import { anchorEmptyAuditLog } from './audit-head';
import { combineHandlers, createCore, type Core, type CoreOptions } from './registry';
import { openWorkspace, type OpenOptions } from './workspace';

/** Every handler of the contract, joined once. */
export const handlers = combineHandlers(workspaceHandlers, auditHandlers, controlHandlers, screeningListHandlers, screeningHandlers, partyHandlers, documentHandlers, itemHandlers, classificationHandlers, determinationHandlers, applicationHandlers, licenseHandlers, dashboardHandlers, hostHandlers, packageHandlers, backupHandlers, retentionHandlers, importHandlers);

/** Opens a workspace folder and serves the contract over it; the entry point of CLI, bridge and app. */
export function openCore(dir: string, opts: OpenOptions & CoreOptions = {}): Core {
  const ws = openWorkspace(dir, opts);
  // Files a crash left between writing them and committing their record.
  removeOrphanFiles(ws);
  // A new workspace's empty log gets its head now, so a head file missing later is a finding.
  anchorEmptyAuditLog(ws.dir, ws.db);
  return createCore(ws, handlers, opts);
}

export type { Core };
