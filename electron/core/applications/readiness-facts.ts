import type { Database } from 'better-sqlite3';
import type { LineFacts, PartyFacts, ReadinessFacts } from '../../../shared/applications/readiness';
import type { OverallOutcome } from '../../../shared/determination/types';
import { isAppError } from '../../../shared/errors';
import { currentSnapshotFor } from '../classification/evaluate';
import { runDetermination } from '../determination/run';
import { currentScreeningSnapshots } from '../screening/queries';
import { fieldsOf, getApplicationRow, lineRows, partyEntryRows, type LineRow } from './application-store';
import { endUserStatementDocuments } from './statements';

interface ClassRow {
  id: number;
  kind: 'entry' | 'ear99' | 'not-listed';
  entry_code: string | null;
  paragraph_code: string | null;
  status: 'draft' | 'final';
  snapshot_id: number | null;
}

function classRow(db: Database, id: number): ClassRow | undefined {
  return db.prepare('SELECT id, kind, entry_code, paragraph_code, status, snapshot_id FROM classifications WHERE id = ?').get(id) as ClassRow | undefined;
}

const labelOf = (c: ClassRow) => (c.kind === 'ear99' ? 'EAR99' : c.kind === 'not-listed' ? 'Not listed' : (c.paragraph_code ?? c.entry_code ?? ''));

/** The US classification in force for an item, if any. */
export function usClassificationInForce(db: Database, itemId: number): ClassRow | undefined {
  return db
    .prepare(`SELECT id, kind, entry_code, paragraph_code, status, snapshot_id FROM classifications WHERE item_id = ? AND jurisdiction = 'us-ear' AND superseded_at IS NULL`)
    .get(itemId) as ClassRow | undefined;
}

/** What the determination engine reads for a line: its ECCN and paragraph, or EAR99. */
export function lineEccn(db: Database, classificationId: number | null): string | null {
  if (classificationId === null) return null;
  const c = classRow(db, classificationId);
  if (!c || c.kind === 'not-listed') return null;
  return c.kind === 'ear99' ? 'EAR99' : (c.paragraph_code ?? c.entry_code);
}

export interface LineDetermination {
  eccn: string;
  outcome: OverallOutcome | 'error';
  summary: string;
  resultJson: string | null;
  error: string | null;
  controlSnapshotId: number | null;
  chartSnapshotId: number | null;
  groupsSnapshotId: number | null;
}

/** § 738.4 for one line and the destination, against the current CCL, Country Chart and Country Groups. */
export function determineLine(db: Database, line: Pick<LineRow, 'classification_id'>, destination: string): LineDetermination | null {
  const eccn = lineEccn(db, line.classification_id);
  if (!eccn) return null;
  try {
    const run = runDetermination(db, { eccn, destination });
    return {
      eccn,
      outcome: run.outcome,
      summary: run.summary,
      resultJson: JSON.stringify(run),
      error: null,
      controlSnapshotId: run.sources.controlList?.snapshotId ?? null,
      chartSnapshotId: run.sources.chart.snapshotId,
      groupsSnapshotId: run.sources.groups.snapshotId,
    };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { eccn, outcome: 'error', summary: e.message, resultJson: null, error: e.message, controlSnapshotId: null, chartSnapshotId: null, groupsSnapshotId: null };
  }
}

/**
 * Stores the determination of every line of an application with the snapshot versions it read,
 * replacing the previous ones. Runs inside the caller's write transaction.
 */
export function storeDeterminations(db: Database, applicationId: number, at: string): void {
  const app = getApplicationRow(db, applicationId);
  db.prepare('DELETE FROM application_determinations WHERE application_id = ?').run(applicationId);
  if (!app.destination) return;
  const ins = db.prepare(
    `INSERT INTO application_determinations (application_id, line_id, eccn, destination, outcome, summary, result_json, error,
       control_snapshot_id, chart_snapshot_id, groups_snapshot_id, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const line of lineRows(db, applicationId)) {
    const d = determineLine(db, line, app.destination);
    if (!d) continue;
    ins.run(applicationId, line.id, d.eccn, app.destination, d.outcome, d.summary, d.resultJson, d.error, d.controlSnapshotId, d.chartSnapshotId, d.groupsSnapshotId, at);
  }
}

function partyFacts(db: Database, applicationId: number): PartyFacts[] {
  const statements = endUserStatementDocuments(db, applicationId);
  const latest = db.prepare('SELECT at, lists_json FROM screenings WHERE party_id = ? ORDER BY id DESC LIMIT 1');
  const party = db.prepare('SELECT legal_name, screening_state, open_hits FROM parties WHERE id = ?');
  return partyEntryRows(db, applicationId).map((e) => {
    const p = party.get(e.party_id) as { legal_name: string; screening_state: string; open_hits: number };
    const s = latest.get(e.party_id) as { at: string; lists_json: string } | undefined;
    return {
      id: e.id,
      partyId: e.party_id,
      name: p.legal_name,
      role: e.role,
      screening: s
        ? {
            at: s.at,
            snapshotIds: (JSON.parse(s.lists_json) as { snapshotId: number }[]).map((l) => l.snapshotId),
            openHits: p.open_hits,
            confirmedMatch: p.screening_state === 'confirmed-match',
          }
        : null,
      statementDocumentId: e.role === 'end-user' ? (statements.get(e.party_id) ?? null) : null,
      statementReason: e.statement_reason,
    };
  });
}

/** Everything the readiness rules read, gathered from the workspace as it is now. */
export function readinessFacts(db: Database, applicationId: number, today: string): ReadinessFacts {
  const row = getApplicationRow(db, applicationId);
  const f = fieldsOf(row);
  const ccl = currentSnapshotFor(db, 'us-ear');
  const item = db.prepare('SELECT name FROM items WHERE id = ?');
  const reviews = db.prepare('SELECT count(*) AS n FROM classification_reviews WHERE classification_id = ? AND resolved_at IS NULL');
  const lines: LineFacts[] = lineRows(db, applicationId).map((l) => {
    const c = usClassificationInForce(db, l.item_id);
    const d = f.destination ? determineLine(db, l, f.destination) : null;
    return {
      id: l.id,
      lineNo: l.line_no,
      itemId: l.item_id,
      itemName: (item.get(l.item_id) as { name: string }).name,
      quantityMilli: l.quantity_milli,
      unitPriceMinor: l.unit_price_minor,
      totalMinor: l.total_minor,
      currency: l.currency,
      pinnedClassificationId: l.classification_id,
      inForce: c ? { id: c.id, kind: c.kind, label: labelOf(c), status: c.status, snapshotId: c.snapshot_id } : null,
      openReviews: c ? (reviews.get(c.id) as { n: number }).n : 0,
      determination: !d ? null : d.error !== null ? { error: d.error } : { outcome: d.outcome as OverallOutcome, summary: d.summary },
    };
  });
  return {
    today,
    application: { id: row.id, ...f },
    parties: partyFacts(db, applicationId),
    lines,
    currentScreeningSnapshots: currentScreeningSnapshots(db).map((s) => ({ id: s.id, listName: s.listName })),
    currentCcl: ccl ? { id: ccl.id, label: `${ccl.listName} ${ccl.versionLabel}` } : null,
  };
}
