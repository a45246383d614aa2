import type { Database } from 'better-sqlite3';
import {
  classificationLabel,
  type Authorization,
  type Classification,
  type ClassificationKind,
  type ClassificationReview,
  type ClassificationStatus,
  type DecisionPath,
  type Jurisdiction,
  type Quote,
  type SupportingQuote,
} from '../../../shared/classification/types';
import type { WordPart } from '../../../shared/control-lists/types';

interface ClassificationRow {
  id: number;
  item_id: number;
  jurisdiction: Jurisdiction;
  kind: ClassificationKind;
  list_id: string | null;
  snapshot_id: number | null;
  entry_code: string | null;
  paragraph_code: string | null;
  quoted_text: string | null;
  quote_json: string | null;
  supporting_json: string;
  rationale: string;
  decision_path_json: string | null;
  authorization: Authorization | null;
  report_item_type: string | null;
  status: ClassificationStatus;
  created_at: string;
  created_by: string;
  supersedes_id: number | null;
  superseded_at: string | null;
  superseded_by_id: number | null;
  version_label: string | null;
  list_name: string | null;
  effective_date: string | null;
}

interface ReviewRow {
  id: number;
  classification_id: number;
  item_id: number;
  snapshot_id: number;
  version_label: string;
  reason: 'changed' | 'removed';
  before_text: string;
  after_text: string | null;
  diff_json: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_by_classification_id: number | null;
}

const SELECT = `SELECT c.*, s.version_label, s.effective_date, l.name AS list_name FROM classifications c
  LEFT JOIN list_snapshots s ON s.id = c.snapshot_id LEFT JOIN control_lists l ON l.id = c.list_id`;

const REVIEW_SELECT = `SELECT r.*, s.version_label FROM classification_reviews r JOIN list_snapshots s ON s.id = r.snapshot_id`;

export function toReview(r: ReviewRow): ClassificationReview {
  return {
    id: r.id,
    classificationId: r.classification_id,
    itemId: r.item_id,
    snapshotId: r.snapshot_id,
    snapshotLabel: r.version_label,
    reason: r.reason,
    beforeText: r.before_text,
    afterText: r.after_text,
    words: JSON.parse(r.diff_json) as WordPart[],
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolvedByClassificationId: r.resolved_by_classification_id,
  };
}

function toClassification(r: ClassificationRow, reviews: ClassificationReview[]): Classification {
  return {
    id: r.id,
    itemId: r.item_id,
    jurisdiction: r.jurisdiction,
    kind: r.kind,
    listId: r.list_id,
    snapshot: r.snapshot_id !== null ? { id: r.snapshot_id, versionLabel: r.version_label ?? '', listName: r.list_name ?? '', effectiveDate: r.effective_date } : null,
    entryCode: r.entry_code,
    paragraphCode: r.paragraph_code,
    label: classificationLabel(r.kind, r.entry_code, r.paragraph_code),
    quotedText: r.quoted_text,
    quote: r.quote_json ? (JSON.parse(r.quote_json) as Quote) : null,
    supporting: JSON.parse(r.supporting_json) as SupportingQuote[],
    rationale: r.rationale,
    decisionPath: r.decision_path_json ? (JSON.parse(r.decision_path_json) as DecisionPath) : null,
    authorization: r.authorization,
    reportItemType: r.report_item_type,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    supersedesId: r.supersedes_id,
    supersededAt: r.superseded_at,
    supersededById: r.superseded_by_id,
    reviews,
  };
}

function withReviews(db: Database, rows: ClassificationRow[]): Classification[] {
  if (rows.length === 0) return [];
  const reviews = db
    .prepare(`${REVIEW_SELECT} WHERE r.classification_id IN (${rows.map(() => '?').join(',')}) ORDER BY r.id`)
    .all(...rows.map((r) => r.id)) as ReviewRow[];
  return rows.map((r) => toClassification(r, reviews.filter((x) => x.classification_id === r.id).map(toReview)));
}

export function getClassification(db: Database, id: number): Classification {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ClassificationRow | undefined;
  if (!row) throw new Error(`classification #${id} not found`);
  return withReviews(db, [row])[0]!;
}

/** An item's classifications, newest first, optionally for one jurisdiction. */
export function classificationHistory(db: Database, itemId: number, jurisdiction?: Jurisdiction): Classification[] {
  const rows = (
    jurisdiction
      ? db.prepare(`${SELECT} WHERE c.item_id = ? AND c.jurisdiction = ? ORDER BY c.id DESC`).all(itemId, jurisdiction)
      : db.prepare(`${SELECT} WHERE c.item_id = ? ORDER BY c.id DESC`).all(itemId)
  ) as ClassificationRow[];
  return withReviews(db, rows);
}

export function inForceId(db: Database, itemId: number, jurisdiction: Jurisdiction): number | null {
  const r = db.prepare('SELECT id FROM classifications WHERE item_id = ? AND jurisdiction = ? AND superseded_at IS NULL').get(itemId, jurisdiction) as { id: number } | undefined;
  return r?.id ?? null;
}

export interface NewClassification {
  itemId: number;
  jurisdiction: Jurisdiction;
  kind: ClassificationKind;
  listId: string | null;
  snapshotId: number | null;
  entryCode: string | null;
  paragraphCode: string | null;
  quote: Quote | null;
  supporting: SupportingQuote[];
  rationale: string;
  decisionPath: DecisionPath | null;
  authorization: Authorization | null;
  reportItemType: string | null;
  status: ClassificationStatus;
}

/**
 * Adds a classification and marks the one in force (if any) as superseded by it: the earlier row
 * stays as it was, with its cited text. Reviews open on the superseded row are resolved by the new
 * one. Runs inside the caller's transaction.
 */
export function insertClassification(db: Database, c: NewClassification, at: string, actor: string): { id: number; supersededId: number | null } {
  const previous = inForceId(db, c.itemId, c.jurisdiction);
  // The id is taken before the insert so the classification in force can be marked superseded by it
  // first: the unique index allows one in force per item and jurisdiction, and a classification is
  // updated once only (the trigger of migration 7). Safe inside the write transaction.
  const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM classifications').get() as { id: number }).id;
  if (previous !== null) db.prepare('UPDATE classifications SET superseded_at = ?, superseded_by_id = ? WHERE id = ?').run(at, id, previous);
  db.prepare(
    `INSERT INTO classifications (id, item_id, jurisdiction, kind, list_id, snapshot_id, entry_code, paragraph_code, quoted_text, quote_json,
       supporting_json, rationale, decision_path_json, authorization, report_item_type, status, created_at, created_by, supersedes_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    c.itemId,
    c.jurisdiction,
    c.kind,
    c.listId,
    c.snapshotId,
    c.entryCode,
    c.paragraphCode,
    c.quote?.text ?? null,
    c.quote ? JSON.stringify(c.quote) : null,
    JSON.stringify(c.supporting),
    c.rationale,
    c.decisionPath ? JSON.stringify(c.decisionPath) : null,
    c.authorization,
    c.reportItemType,
    c.status,
    at,
    actor,
    previous,
  );
  if (previous !== null) {
    db.prepare('UPDATE classification_reviews SET resolved_at = ?, resolved_by = ?, resolved_by_classification_id = ? WHERE classification_id = ? AND resolved_at IS NULL').run(
      at,
      actor,
      id,
      previous,
    );
  }
  refreshItemState(db, c.itemId);
  return { id, supersededId: previous };
}

/** The stored value of a classification for the table's filter: the entry code, EAR99 or NOT-LISTED. */
function classValue(kind: ClassificationKind, entryCode: string | null): string {
  return kind === 'ear99' ? 'EAR99' : kind === 'not-listed' ? 'NOT-LISTED' : (entryCode ?? '');
}

/**
 * Copies the classifications in force and the open reviews onto the item row, where the table's
 * filters read them through an index. Called by every writer of classifications and reviews.
 */
export function refreshItemState(db: Database, itemId: number): void {
  const inForce = db
    .prepare('SELECT jurisdiction, kind, entry_code, paragraph_code, status FROM classifications WHERE item_id = ? AND superseded_at IS NULL')
    .all(itemId) as { jurisdiction: Jurisdiction; kind: ClassificationKind; entry_code: string | null; paragraph_code: string | null; status: ClassificationStatus }[];
  const of = (j: Jurisdiction) => inForce.find((c) => c.jurisdiction === j);
  const us = of('us-ear');
  const eu = of('eu');
  const open = db.prepare('SELECT 1 FROM classification_reviews WHERE item_id = ? AND resolved_at IS NULL LIMIT 1').get(itemId);
  db.prepare(
    `UPDATE items SET us_class = ?, us_label = ?, us_status = ?, eu_class = ?, eu_label = ?, eu_status = ?, needs_review = ? WHERE id = ?`,
  ).run(
    us ? classValue(us.kind, us.entry_code) : '',
    us ? classificationLabel(us.kind, us.entry_code, us.paragraph_code) : null,
    us?.status ?? null,
    eu ? classValue(eu.kind, eu.entry_code) : '',
    eu ? classificationLabel(eu.kind, eu.entry_code, eu.paragraph_code) : null,
    eu?.status ?? null,
    open ? 1 : 0,
    itemId,
  );
}
