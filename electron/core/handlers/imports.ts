import type { HandlerMap } from '../registry';
import { commitAnyImport, detectSource, prepareAnyImport, type PreparedAnyImport } from '../imports/route';

type ImportMethods = 'imports.detect' | 'imports.run';

export const importHandlers: HandlerMap<ImportMethods> = {
  'imports.detect': { run: (_ctx, input) => detectSource(input.source) },
  'imports.run': {
    prepare: (ctx, input) => prepareAnyImport(ctx, input),
    commit(tx, _input, prepared: PreparedAnyImport) {
      return commitAnyImport(tx, prepared);
    },
  },
};
