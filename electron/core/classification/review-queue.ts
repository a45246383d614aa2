import type { Database } from 'better-sqlite3';
import { classificationLabel, type ClassificationKind, type Jurisdiction, type ReReviewQueueRow } from '../../../shared/classification/types';
import { toReview } from './classification-store';

/** Open reviews, oldest first, with the item and the classification they concern. */
export function reReviewQueue(db: Database, offset = 0, limit = 100): { rows: ReReviewQueueRow[]; total: number } {
  const rows = db
    .prepare(
      `SELECT r.*, s.version_label, i.name AS item_name, i.model_number, c.jurisdiction, c.kind, c.entry_code, c.paragraph_code
       FROM classification_reviews r
       JOIN list_snapshots s ON s.id = r.snapshot_id
       JOIN items i ON i.id = r.item_id
       JOIN classifications c ON c.id = r.classification_id
       WHERE r.resolved_at IS NULL ORDER BY r.id LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as (Parameters<typeof toReview>[0] & {
    item_name: string;
    model_number: string | null;
    jurisdiction: Jurisdiction;
    kind: ClassificationKind;
    entry_code: string | null;
    paragraph_code: string | null;
  })[];
  const total = (db.prepare('SELECT count(*) AS n FROM classification_reviews WHERE resolved_at IS NULL').get() as { n: number }).n;
  return {
    total,
    rows: rows.map((r) => ({
      ...toReview(r),
      itemName: r.item_name,
      modelNumber: r.model_number,
      jurisdiction: r.jurisdiction,
      label: classificationLabel(r.kind, r.entry_code, r.paragraph_code),
    })),
  };
}
