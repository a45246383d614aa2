import { verifyAuditChain } from '../audit-verify';
import { LATEST_VERSION } from '../store/migrate';
import type { HandlerMap } from '../registry';
import { currentSnapshots, getSnapshot } from '../control-lists/queries';
import { searchControls } from '../control-lists/search';
import { getSetting, getUserName, setSetting } from '../settings-store';

type WorkspaceMethods = 'workspace.info' | 'settings.get' | 'settings.update' | 'audit.list' | 'audit.verify' | 'search.quick';

interface AuditDbRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  before_json: string | null;
  after_json: string | null;
}

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
  'audit.list': {
    run(ctx, input) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (input?.recordType) (where.push('record_type = ?'), args.push(input.recordType));
      if (input?.recordId) (where.push('record_id = ?'), args.push(input.recordId));
      const rows = ctx.db
        .prepare(
          `SELECT id, at, actor, action, record_type AS recordType, record_id AS recordId, before_json, after_json
           FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
        )
        .all(...args, input?.limit ?? 200) as AuditDbRow[];
      return rows.map(({ before_json, after_json, ...r }) => ({
        ...r,
        before: before_json === null ? null : JSON.parse(before_json),
        after: after_json === null ? null : JSON.parse(after_json),
      }));
    },
  },
  'audit.verify': { run: (ctx) => verifyAuditChain(ctx.db) },
  'search.quick': {
    run(ctx, input) {
      return searchControls(ctx.db, input.query, { limit: 12 }).map((h) => {
        const s = getSnapshot(ctx.db, h.snapshotId);
        return {
          area: 'control-lists' as const,
          title: `${h.code} ${h.heading}`.slice(0, 160),
          subtitle: `${s.listName} · ${s.versionLabel}`,
          target: { code: h.code, snapshotId: h.snapshotId },
        };
      });
    },
  },
};
