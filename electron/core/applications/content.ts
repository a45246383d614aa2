import type { Database } from 'better-sqlite3';
import { isReady, readiness } from '../../../shared/applications/readiness';
import type { ApplicationStatus } from '../../../shared/applications/types';
import { AppError } from '../../../shared/errors';
import { assertEditable } from '../../../shared/applications/status';
import { getApplicationRow, lineRows, partyEntryRows, type ApplicationRow } from './application-store';
import { readinessFacts, usClassificationInForce } from './readiness-facts';

/** The application, refused unless it is a draft that no amendment has replaced. */
export function editableApplication(db: Database, id: number): ApplicationRow {
  const row = getApplicationRow(db, id);
  assertEditable(row.status, row.reference, row.superseded_by_id !== null);
  return row;
}

/** Refuses a move to ready or submitted while any readiness rule fails, naming each failure. */
export function assertReady(db: Database, id: number, today: string, to: ApplicationStatus): void {
  const checks = readiness(readinessFacts(db, id, today));
  if (isReady(checks)) return;
  const failing = checks.filter((c) => !c.ok);
  const verb = to === 'ready' ? 'marked ready' : 'submitted';
  throw new AppError(
    'CONFLICT',
    `The application cannot be ${verb}: ${failing.length} check${failing.length === 1 ? '' : 's'} fail${failing.length === 1 ? 's' : ''}. ${failing.map((c) => c.message).join(' ')}`,
    { field: 'status' },
  );
}

/**
 * Copies the parties, item lines (and for an amendment its supporting documents) of one
 * application into another, new draft. A copy takes each item's classification in force now; an
 * amendment keeps the classification filed, so the checklist shows what changed since.
 */
export function copyContent(db: Database, fromId: number, toId: number, opts: { documents: boolean; repin: boolean }, at: string, actor: string): void {
  const insParty = db.prepare('INSERT INTO application_parties (application_id, party_id, role, statement_reason, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)');
  for (const p of partyEntryRows(db, fromId)) insParty.run(toId, p.party_id, p.role, p.statement_reason, at, actor);
  const insLine = db.prepare(
    `INSERT INTO application_items (application_id, line_no, item_id, classification_id, quantity_milli, unit, unit_price_minor, total_minor, currency)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const l of lineRows(db, fromId)) {
    const classificationId = opts.repin ? (usClassificationInForce(db, l.item_id)?.id ?? null) : l.classification_id;
    insLine.run(toId, l.line_no, l.item_id, classificationId, l.quantity_milli, l.unit, l.unit_price_minor, l.total_minor, l.currency);
  }
  if (opts.documents) {
    db.prepare(
      `INSERT INTO application_documents (application_id, document_id, party_id, added_at, added_by)
       SELECT ?, document_id, party_id, ?, ? FROM application_documents WHERE application_id = ?`,
    ).run(toId, at, actor, fromId);
  }
}

/** What an audit row records of an application's content, so a copy or an amendment shows what it took. */
export function contentSummary(db: Database, id: number) {
  return {
    parties: partyEntryRows(db, id).map((p) => ({ partyId: p.party_id, role: p.role })),
    lines: lineRows(db, id).map((l) => ({ lineNo: l.line_no, itemId: l.item_id, classificationId: l.classification_id, quantityMilli: l.quantity_milli, totalMinor: l.total_minor })),
  };
}
