import path from 'node:path';
import fs from 'node:fs';
import type { Method } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { restoreBackup } from '../backup/restore';
import { absolutePath, workspaceFolderToOpen } from '../host/workspace-folder';
import type { HandlerContext, HandlerMap, HostServices } from '../registry';
import { getSetting } from '../settings-store';

/** Every host.* method of the contract: a new one there needs its handler here. */
type HostMethods = Extract<Method, `host.${string}`>;

/** Switching workspaces needs a host that serves one: the CLI opens a workspace per command. */
function switcher(ctx: HandlerContext): Required<Pick<HostServices, 'switchWorkspace'>> & HostServices {
  const host = ctx.host;
  if (!host?.switchWorkspace) {
    throw new AppError('INVALID_INPUT', 'Opening another workspace is done by the desktop app; from the command line give the folder with --workspace DIR.');
  }
  return host as Required<Pick<HostServices, 'switchWorkspace'>> & HostServices;
}

export const hostHandlers: HandlerMap<HostMethods> = {
  'host.capabilities': {
    run: (ctx) => ({
      host: ctx.host?.kind ?? 'cli',
      canOpenDemo: Boolean(ctx.host?.openDemo),
      canShowInFolder: Boolean(ctx.host?.showInFolder),
      canSwitchWorkspace: Boolean(ctx.host?.switchWorkspace),
      canChoosePaths: Boolean(ctx.host?.choosePath),
      previousWorkspace: ctx.host?.previousWorkspace?.() ?? null,
    }),
  },
  'host.openDemo': {
    async run(ctx) {
      if (!ctx.host?.openDemo) {
        throw new AppError('INVALID_INPUT', 'Opening the demo workspace is done by the desktop app; from the command line run: exportdesk demo --workspace DIR');
      }
      return ctx.host.openDemo();
    },
  },
  'host.showInFolder': {
    run(ctx, input) {
      if (!ctx.host?.showInFolder) throw new AppError('INVALID_INPUT', 'Showing a file in its folder is done by the desktop app');
      // Only files of this workspace: the page must not be able to point the file manager anywhere else.
      const abs = path.resolve(ctx.ws.dir, input.relativePath);
      const rel = path.relative(ctx.ws.dir, abs);
      if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new AppError('INVALID_INPUT', `${input.relativePath} is outside the workspace folder`, { field: 'relativePath' });
      }
      if (!fs.existsSync(abs)) throw new AppError('NOT_FOUND', `${input.relativePath} is not in the workspace folder (was it moved or deleted?)`, { field: 'relativePath' });
      ctx.host.showInFolder(abs);
      return { path: abs };
    },
  },
  'host.choosePath': {
    async run(ctx, input) {
      if (!ctx.host?.choosePath) throw new AppError('INVALID_INPUT', 'There is no file dialog here: type the full path instead.');
      return { path: await ctx.host.choosePath(input.purpose, input.defaultPath) };
    },
  },
  'host.openWorkspace': {
    run: (ctx, input) => switcher(ctx).switchWorkspace(workspaceFolderToOpen(input.path)),
  },
  'host.restoreBackup': {
    async run(ctx, input) {
      const host = switcher(ctx);
      const file = absolutePath(input.path, 'path', 'the backup file');
      const into = absolutePath(input.into, 'into', 'the new folder to restore into');
      // Every check runs before anything is opened: a refused backup leaves this workspace open and nothing written.
      const restore = await restoreBackup(file, into, (done, total) => ctx.progress('Checking and restoring the backup', done, total));
      const opened = await host.switchWorkspace(restore.workspace);
      return { path: opened.path, restore };
    },
  },
  'host.leaveDemo': {
    run(ctx) {
      const host = switcher(ctx);
      if (getSetting(ctx.db, 'isDemo') !== 'true') throw new AppError('INVALID_INPUT', 'This workspace is not the demo workspace: there is no demo to leave.');
      const previous = host.previousWorkspace?.() ?? null;
      if (!previous) {
        throw new AppError(
          'NOT_FOUND',
          'ExportDesk was started on the demo workspace, so there is no earlier workspace to go back to. Open your workspace folder from the Backups page (Open a workspace), or start ExportDesk with --workspace=DIR.',
        );
      }
      return host.switchWorkspace(previous);
    },
  },
};
