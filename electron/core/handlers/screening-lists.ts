import type { HandlerMap } from '../registry';
import { diffScreeningSnapshots } from '../screening/diff';
import { prepareListImport, type PreparedListImport } from '../screening/import';
import { getListedEntry, getScreeningSnapshot, listScreeningSnapshots } from '../screening/queries';
import { setCurrentScreeningSnapshot, writeScreeningSnapshot } from '../screening/snapshot-writer';

type Methods = 'lists.import' | 'lists.snapshots' | 'lists.setCurrent' | 'lists.diff' | 'lists.entry';

export const screeningListHandlers: HandlerMap<Methods> = {
  'lists.import': {
    prepare: (ctx, input) => prepareListImport(ctx, input),
    commit(tx, _input, prepared: PreparedListImport) {
      const id = writeScreeningSnapshot(tx, prepared);
      return { snapshot: getScreeningSnapshot(tx.db, id) };
    },
  },
  'lists.snapshots': { run: (ctx, input) => listScreeningSnapshots(ctx.db, input?.listId) },
  'lists.setCurrent': {
    commit(tx, input) {
      const s = getScreeningSnapshot(tx.db, input.snapshotId);
      const list = tx.db.prepare('SELECT current_snapshot_id AS c FROM screening_lists WHERE id = ?').get(s.listId) as { c: number | null };
      setCurrentScreeningSnapshot(tx, s.listId, s.id, list.c);
      return { snapshot: getScreeningSnapshot(tx.db, s.id) };
    },
  },
  'lists.diff': { run: (ctx, input) => diffScreeningSnapshots(ctx.db, input.fromSnapshotId, input.toSnapshotId) },
  'lists.entry': { run: (ctx, input) => getListedEntry(ctx.db, input.snapshotId, input.externalId) },
};
