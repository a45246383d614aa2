/**
 * The determination shown on an application line is stored with the application; the readiness
 * checklist computes it live. Both read the current US CCL, Country Chart and Country Groups, so
 * when one of those changes, the stored determinations of the applications not yet filed are
 * computed again in the same transaction — otherwise a line would still say "No Commerce Country
 * Chart" while the checklist, computed from the new chart, already passes. Filed applications keep
 * the determination they were filed with.
 */
import type { StoredDetermination } from '../../../shared/applications/types';
import type { ListSnapshot } from '../../../shared/control-lists/types';
import type { DestinationSnapshot } from '../../../shared/determination/types';
import { KIND_NAMES } from '../determination/parsed';
import type { Tx } from '../registry';
import { determinationsOf, lineRows } from './application-store';
import { storeDeterminations } from './readiness-facts';

/** Not yet filed: a draft, or marked ready but not submitted. */
const OPEN_STATUSES = ['draft', 'ready'] as const;

const signature = (d: StoredDetermination) =>
  [d.lineId, d.eccn, d.destination, d.outcome, d.summary, d.error, d.controlSnapshotId, d.chartSnapshotId, d.groupsSnapshotId].join('\u0000');

function auditLines(tx: Tx, applicationId: number, ds: StoredDetermination[]) {
  const lineNo = new Map(lineRows(tx.db, applicationId).map((l) => [l.id, l.line_no]));
  return ds.map((d) => ({
    line: lineNo.get(d.lineId) ?? null,
    eccn: d.eccn,
    outcome: d.outcome,
    summary: d.summary,
    chartSnapshotId: d.chartSnapshotId,
    groupsSnapshotId: d.groupsSnapshotId,
    controlSnapshotId: d.controlSnapshotId,
  }));
}

/**
 * Re-determines every line of the open applications against the lists current now; an application
 * whose determinations changed gets an audit row saying why. Returns how many changed.
 */
export function redetermineOpenApplications(tx: Tx, because: string): number {
  // A workspace is migrated before any call; only the tests of older schemas import a list into a
  // database that has no applications yet.
  if (!tx.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applications'`).get()) return 0;
  const ids = tx.db
    .prepare(
      `SELECT DISTINCT a.id FROM applications a JOIN application_items i ON i.application_id = a.id
       WHERE a.status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) AND a.superseded_by_id IS NULL AND a.destination IS NOT NULL ORDER BY a.id`,
    )
    .all(...OPEN_STATUSES) as { id: number }[];
  let changed = 0;
  for (const { id } of ids) {
    const before = determinationsOf(tx.db, id);
    storeDeterminations(tx.db, id, tx.at);
    const after = determinationsOf(tx.db, id);
    if (before.map(signature).join('\n') === after.map(signature).join('\n')) {
      // Same answers from the same list versions: keep the time they were computed.
      restoreComputedAt(tx, id, before);
      continue;
    }
    changed++;
    tx.audit({
      action: 'applications.redetermine',
      recordType: 'application',
      recordId: id,
      before: { determinations: auditLines(tx, id, before) },
      after: { because, determinations: auditLines(tx, id, after) },
    });
  }
  return changed;
}

function restoreComputedAt(tx: Tx, applicationId: number, before: StoredDetermination[]): void {
  const upd = tx.db.prepare('UPDATE application_determinations SET computed_at = ? WHERE application_id = ? AND line_id = ?');
  for (const d of before) upd.run(d.computedAt, applicationId, d.lineId);
}

/** After a control-list snapshot was written or made current: only the US CCL feeds the determination. */
export function redetermineForControlSnapshot(tx: Tx, s: ListSnapshot): number {
  return s.isCurrent && s.listKind === 'us-ccl' ? redetermineOpenApplications(tx, `${s.listName} ${s.versionLabel} became the current version`) : 0;
}

/** After a Country Chart or Country Groups snapshot was imported (the newest issue becomes current). */
export function redetermineForDestinationSnapshot(tx: Tx, s: DestinationSnapshot): number {
  return s.isCurrent ? redetermineOpenApplications(tx, `${KIND_NAMES[s.kind]} ${s.versionLabel} became the current version`) : 0;
}
