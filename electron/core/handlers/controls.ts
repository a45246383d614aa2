import type { HandlerMap } from '../registry';
import { redetermineForControlSnapshot } from '../applications/redetermine';
import { diffSnapshots } from '../control-lists/diff';
import { exportSnapshot } from '../control-lists/export';
import { prepareControlImport, type PreparedImport } from '../control-lists/import';
import {
  browseSnapshot,
  getEntry,
  getSnapshot,
  listControlLists,
  listSnapshots,
} from '../control-lists/queries';
import { searchControls } from '../control-lists/search';
import { setCurrentSnapshot, writeSnapshot } from '../control-lists/snapshot-writer';
import { sha256Hex } from '../store/hash';

type ControlMethods =
  | 'controls.import'
  | 'controls.lists'
  | 'controls.snapshots'
  | 'controls.setCurrent'
  | 'controls.search'
  | 'controls.show'
  | 'controls.browse'
  | 'controls.diff'
  | 'controls.export';

export const controlHandlers: HandlerMap<ControlMethods> = {
  'controls.import': {
    prepare: (ctx, input) => prepareControlImport(ctx, input),
    commit(tx, _input, prepared: PreparedImport) {
      const snapshot = getSnapshot(tx.db, writeSnapshot(tx, prepared));
      // A new current CCL changes the determination of every open application line.
      redetermineForControlSnapshot(tx, snapshot);
      return { snapshot };
    },
  },
  'controls.lists': { run: (ctx) => listControlLists(ctx.db) },
  'controls.snapshots': { run: (ctx, input) => listSnapshots(ctx.db, input?.listId) },
  'controls.setCurrent': {
    commit(tx, input) {
      const s = getSnapshot(tx.db, input.snapshotId);
      const list = tx.db.prepare('SELECT current_snapshot_id AS c FROM control_lists WHERE id = ?').get(s.listId) as { c: number | null };
      setCurrentSnapshot(tx, s.listId, s.id, list.c);
      const snapshot = getSnapshot(tx.db, s.id);
      redetermineForControlSnapshot(tx, snapshot);
      return { snapshot };
    },
  },
  'controls.search': { run: (ctx, input) => searchControls(ctx.db, input.query, input) },
  'controls.show': { run: (ctx, input) => getEntry(ctx.db, input.code, input.snapshotId) },
  'controls.browse': { run: (ctx, input) => browseSnapshot(ctx.db, input.snapshotId) },
  'controls.diff': { run: (ctx, input) => diffSnapshots(ctx.db, input.fromSnapshotId, input.toSnapshotId) },
  'controls.export': {
    commit(tx, input) {
      const out = exportSnapshot(tx.db, input.snapshotId);
      const sha256 = sha256Hex(out.content);
      tx.audit({ action: 'controls.export', recordType: 'list_snapshot', recordId: input.snapshotId, after: { fileName: out.fileName, sha256 } });
      return { ...out, sha256 };
    },
  },
};
