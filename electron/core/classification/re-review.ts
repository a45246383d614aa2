import type { Database } from 'better-sqlite3';
import type { Quote } from '../../../shared/classification/types';
import type { WordPart } from '../../../shared/control-lists/types';
import { wordDiff } from '../control-lists/diff';
import { getSnapshot } from '../control-lists/queries';
import type { Tx } from '../registry';
import { refreshItemState } from './classification-store';
import { quoteCitation } from './quote';

const hasTable = new WeakMap<Database, boolean>();

/** Classifications arrive with migration 7; a workspace held at an earlier version (tests of older schemas) has none to review. */
function classificationsExist(db: Database): boolean {
  let known = hasTable.get(db);
  if (!known) {
    known = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'classifications'`).get() !== undefined;
    hasTable.set(db, known);
  }
  return known;
}

interface CitingRow {
  id: number;
  item_id: number;
  entry_code: string;
  paragraph_code: string | null;
  quoted_text: string;
}

/**
 * Called when a version of a control list becomes its current one (an import or "make current"),
 * inside the same transaction: every classification in force that cites that list is compared with
 * the new version, and where the cited entry or paragraph changed or disappeared the item is marked
 * for review with the word-level difference. Returns how many reviews were raised.
 */
export function markClassificationsForReReview(tx: Tx, listId: string, newSnapshotId: number): number {
  const { db } = tx;
  if (!classificationsExist(db)) return 0;
  const citing = db
    .prepare('SELECT id, item_id, entry_code, paragraph_code, quoted_text FROM classifications WHERE list_id = ? AND superseded_at IS NULL AND snapshot_id <> ? ORDER BY id')
    .all(listId, newSnapshotId) as CitingRow[];
  if (citing.length === 0) return 0;
  const snapshot = getSnapshot(db, newSnapshotId);
  const quotes = new Map<string, Quote | null>();
  const already = db.prepare('SELECT 1 FROM classification_reviews WHERE classification_id = ? AND snapshot_id = ?');
  const insert = db.prepare(
    `INSERT INTO classification_reviews (classification_id, item_id, snapshot_id, reason, before_text, after_text, diff_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let raised = 0;
  for (const c of citing) {
    const key = `${c.entry_code}\u0000${c.paragraph_code ?? ''}`;
    if (!quotes.has(key)) quotes.set(key, quoteCitation(db, snapshot, c.entry_code, c.paragraph_code));
    const now = quotes.get(key)!;
    if (now && now.text === c.quoted_text) continue;
    if (already.get(c.id, newSnapshotId)) continue;
    const reason = now ? 'changed' : 'removed';
    const words: WordPart[] = now ? wordDiff(c.quoted_text, now.text) : [{ value: c.quoted_text, removed: true }];
    insert.run(c.id, c.item_id, newSnapshotId, reason, c.quoted_text, now?.text ?? null, JSON.stringify(words), tx.at);
    refreshItemState(db, c.item_id);
    const cited = c.paragraph_code ?? c.entry_code;
    tx.audit({
      action: 'classifications.reReview',
      recordType: 'item',
      recordId: c.item_id,
      after: { classificationId: c.id, cited, reason, snapshotId: newSnapshotId, versionLabel: snapshot.versionLabel, listId },
    });
    raised++;
  }
  return raised;
}
