import { LATEST_VERSION } from '../store/migrate';
import type { HandlerMap } from '../registry';
import { currentSnapshots } from '../control-lists/queries';
import { quickSearch } from '../search/quick-search';
import { getSetting, getSubmitter, getUserName, setSetting, setSubmitter, type SubmitterField } from '../settings-store';

/** The audit rows of the submitter settings are filed under this record id. */
const SUBMITTER_RECORD_ID = 'submitter';

type WorkspaceMethods = 'workspace.info' | 'settings.get' | 'settings.update' | 'settings.submitter' | 'settings.updateSubmitter' | 'search.quick';

export const workspaceHandlers: HandlerMap<WorkspaceMethods> = {
  'workspace.info': {
    run: (ctx) => ({
      path: ctx.ws.dir,
      schemaVersion: LATEST_VERSION,
      userName: getUserName(ctx.db),
      isDemo: getSetting(ctx.db, 'isDemo') === 'true',
      currentSnapshots: currentSnapshots(ctx.db),
    }),
  },
  'settings.get': { run: (ctx) => ({ userName: getUserName(ctx.db) }) },
  'settings.update': {
    commit(tx, input) {
      const before = { userName: getUserName(tx.db) };
      setSetting(tx.db, 'userName', input.userName);
      // The change itself is recorded under the name it was made by.
      tx.audit({ action: 'settings.update', recordType: 'settings', recordId: 'userName', before, after: { userName: input.userName } });
      return { userName: input.userName };
    },
  },
  'settings.submitter': { run: (ctx) => getSubmitter(ctx.db) },
  'settings.updateSubmitter': {
    commit(tx, input) {
      const before = getSubmitter(tx.db);
      setSubmitter(tx.db, input);
      const after = getSubmitter(tx.db);
      // Only the fields that changed, as items.update records them; the row names the report they go in.
      const changed = (Object.keys(after) as SubmitterField[]).filter((f) => after[f] !== before[f]);
      const pick = (v: typeof after) => Object.fromEntries(changed.map((f) => [f, v[f]]));
      tx.audit({ action: 'settings.updateSubmitter', recordType: 'settings', recordId: SUBMITTER_RECORD_ID, before: pick(before), after: pick(after) });
      return after;
    },
  },
  'search.quick': { run: (ctx, input) => quickSearch(ctx.db, input.query) },
};
