import path from 'node:path';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../registry';

type HostMethods = 'host.capabilities' | 'host.openDemo' | 'host.showInFolder';

export const hostHandlers: HandlerMap<HostMethods> = {
  'host.capabilities': {
    run: (ctx) => ({
      host: ctx.host?.kind ?? 'cli',
      canOpenDemo: Boolean(ctx.host?.openDemo),
      canShowInFolder: Boolean(ctx.host?.showInFolder),
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
};
