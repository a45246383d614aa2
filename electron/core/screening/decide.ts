import type { HitDecision, ScreeningHitRecord } from '../../../shared/screening/record-types';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../registry';
import { getHit } from './record-queries';
import { refreshPartyScreeningState } from '../parties/screening-status';

/**
 * Records a decision on a hit. For a party, cleared and confirmed decisions are remembered against
 * the listed entry (and its content hash), so the next screening of that party starts from them;
 * "needs review" forgets any earlier decision so nothing is carried over unseen.
 */
export function decideHit(tx: Tx, hitId: number, decision: HitDecision, reason: string): ScreeningHitRecord {
  const { db } = tx;
  const before = getHit(db, hitId);
  const screening = db.prepare('SELECT party_id, id FROM screenings WHERE id = ?').get(before.screeningId) as { party_id: number | null; id: number };
  if (screening.party_id !== null) {
    const latest = db.prepare('SELECT max(id) AS id FROM screenings WHERE party_id = ?').get(screening.party_id) as { id: number };
    if (latest.id !== screening.id) {
      throw new AppError('CONFLICT', `Hit #${hitId} belongs to screening #${screening.id}, which a later screening (#${latest.id}) of this party has replaced; decide the hit there`);
    }
  }
  const decisionId = Number(
    db.prepare('INSERT INTO hit_decisions (hit_id, decision, reason, at, by) VALUES (?, ?, ?, ?, ?)').run(hitId, decision, reason, tx.at, tx.actor).lastInsertRowid,
  );
  db.prepare('UPDATE screening_hits SET status = ?, status_reason = NULL WHERE id = ?').run(decision, hitId);
  if (screening.party_id !== null) {
    const content = db.prepare('SELECT content_hash FROM screening_hits WHERE id = ?').get(hitId) as { content_hash: string };
    if (decision === 'review') {
      db.prepare('DELETE FROM party_hit_memory WHERE party_id = ? AND list_id = ? AND external_id = ?').run(screening.party_id, before.listId, before.externalId);
    } else {
      db.prepare(
        `INSERT INTO party_hit_memory (party_id, list_id, external_id, decision, content_hash, decision_id) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (party_id, list_id, external_id) DO UPDATE SET decision = excluded.decision, content_hash = excluded.content_hash, decision_id = excluded.decision_id`,
      ).run(screening.party_id, before.listId, before.externalId, decision, content.content_hash, decisionId);
    }
  }
  if (screening.party_id !== null) refreshPartyScreeningState(db, screening.party_id);
  tx.audit({
    action: 'screening.decide',
    recordType: 'screening_hit',
    recordId: hitId,
    before: { status: before.status },
    after: { status: decision, reason, list: before.listId, entry: before.externalId, partyId: screening.party_id },
  });
  return getHit(db, hitId);
}

/**
 * One reason for several hits (21 hits on "Ali Hassan" that are all someone else): each hit still
 * gets its own decision row, party memory and audit row, in the caller's one transaction, so a hit
 * that cannot be decided leaves none of them decided.
 */
export function decideHits(tx: Tx, hitIds: readonly number[], decision: HitDecision, reason: string): ScreeningHitRecord[] {
  return hitIds.map((id) => decideHit(tx, id, decision, reason));
}
