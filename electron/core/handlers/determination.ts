import type { HandlerMap } from '../registry';
import { redetermineForDestinationSnapshot } from '../applications/redetermine';
import { prepareDestinationsImport, type PreparedDestinations } from '../determination/import';
import { getDestinationSnapshot, listDestinationSnapshots } from '../determination/queries';
import { runDetermination } from '../determination/run';
import { writeDestinationSnapshot } from '../determination/snapshot-writer';

type DeterminationMethods = 'destinations.import' | 'destinations.snapshots' | 'determination.run';

export const determinationHandlers: HandlerMap<DeterminationMethods> = {
  'destinations.import': {
    prepare: (ctx, input) => prepareDestinationsImport(ctx, input.source),
    commit(tx, _input, prepared: PreparedDestinations) {
      const snapshot = getDestinationSnapshot(tx.db, writeDestinationSnapshot(tx, prepared));
      // The line determinations shown on open applications must match the checklist computed from the new chart.
      redetermineForDestinationSnapshot(tx, snapshot);
      return { snapshot };
    },
  },
  'destinations.snapshots': { run: (ctx, input) => listDestinationSnapshots(ctx.db, input?.kind) },
  'determination.run': { run: (ctx, input) => runDetermination(ctx.db, input) },
};
