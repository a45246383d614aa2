import type { AuditFilters } from '../../../shared/contract/audit';
import { auditCsv, type AuditCsv } from '../audit-csv';
import { auditFacets, auditRows, countAuditRows } from '../audit-rows';
import { checkAuditLog } from '../audit-log-check';
import type { HandlerMap } from '../registry';
import { sha256Hex } from '../store/hash';

type AuditMethods = 'audit.list' | 'audit.count' | 'audit.facets' | 'audit.exportCsv' | 'audit.verify';

export const auditHandlers: HandlerMap<AuditMethods> = {
  'audit.list': { run: (ctx, input) => auditRows(ctx.db, input ?? {}) },
  'audit.count': { run: (ctx, input) => ({ total: countAuditRows(ctx.db, input ?? {}) }) },
  'audit.facets': { run: (ctx) => auditFacets(ctx.db) },
  'audit.exportCsv': {
    // Read before the transaction, in steps: a long log must not hold the database while it is copied.
    async prepare(ctx, input): Promise<AuditCsv> {
      const { jobId: _job, ...filters } = input ?? {};
      const total = countAuditRows(ctx.db, filters);
      await ctx.progress('Writing audit rows', 0, total);
      return auditCsv(ctx.db, filters, (done) => ctx.progress('Writing audit rows', done, total));
    },
    commit(tx, input, csv: AuditCsv) {
      const { jobId: _job, ...filters } = input ?? {};
      const sha256 = sha256Hex(csv.content);
      const fileName = `audit-log-${tx.at.slice(0, 10)}.csv`;
      // Exporting the log is itself recorded, like any other export of records.
      tx.audit({
        action: 'audit.exportCsv',
        recordType: 'audit_export',
        recordId: fileName,
        after: { fileName, rowCount: csv.rowCount, throughRow: csv.throughRow, sha256, filters: filters satisfies AuditFilters },
      });
      return { fileName, content: csv.content, rowCount: csv.rowCount, sha256 };
    },
  },
  'audit.verify': { run: (ctx, input) => checkAuditLog(ctx.ws.dir, ctx.db, { against: input?.against }) },
};
