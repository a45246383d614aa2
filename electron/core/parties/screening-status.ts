import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { PartyScreeningStatus, ScreeningState } from '../../../shared/parties/types';

/**
 * A party's screening status, as the parties table, the detail pane and the applications see it.
 * It is kept on the party row (screening_state, screened_at, open_hits) by refreshPartyScreeningState,
 * which every party screening and every decision on a party's hit calls in its own transaction.
 */
export function partyScreeningStatus(db: Database, partyId: number): PartyScreeningStatus {
  return partyScreeningStatuses(db, [partyId]).get(partyId) ?? { state: 'not-screened', lastScreenedAt: null, openHits: 0, confirmedMatch: false };
}

/** Parties are screened when written, so one not screened while no list is current says that is why. */
export const NO_LIST_REASON = 'No screening list is imported yet: import one (Screening ▸ Lists) and screen the party.';

export function hasCurrentScreeningList(db: Database): boolean {
  return db.prepare('SELECT 1 FROM screening_lists WHERE current_snapshot_id IS NOT NULL LIMIT 1').get() !== undefined;
}

/** The statuses of one page of parties. */
export function partyScreeningStatuses(db: Database, partyIds: readonly number[]): Map<number, PartyScreeningStatus> {
  const out = new Map<number, PartyScreeningStatus>();
  if (!partyIds.length) return out;
  const rows = db
    .prepare(`SELECT id, screening_state, screened_at, open_hits FROM parties WHERE id IN (${partyIds.map(() => '?').join(',')})`)
    .all(...partyIds) as { id: number; screening_state: ScreeningState; screened_at: string | null; open_hits: number }[];
  const noList = rows.some((r) => r.screening_state === 'not-screened') && !hasCurrentScreeningList(db);
  for (const r of rows) {
    const status: PartyScreeningStatus = { state: r.screening_state, lastScreenedAt: r.screened_at, openHits: r.open_hits, confirmedMatch: r.screening_state === 'confirmed-match' };
    if (noList && r.screening_state === 'not-screened') status.notScreenedReason = NO_LIST_REASON;
    out.set(r.id, status);
  }
  return out;
}

/** The list filter "screening status" as a condition on the parties table aliased `p`. */
export function screeningStateCondition(state: ScreeningState): { sql: string; params: unknown[] } {
  return { sql: 'p.screening_state = ?', params: [state] };
}

/**
 * Recomputes a party's state from its latest screening: a confirmed hit blocks it; open or
 * needs-review hits are waiting; otherwise it is clear. Older screenings no longer count.
 */
export function refreshPartyScreeningState(db: Database, partyId: number): void {
  const latest = db.prepare('SELECT id, at FROM screenings WHERE party_id = ? ORDER BY id DESC LIMIT 1').get(partyId) as { id: number; at: string } | undefined;
  if (!latest) return;
  const counts = db
    .prepare(
      `SELECT sum(status = 'confirmed') AS confirmed, sum(status IN ('open', 'review')) AS waiting FROM screening_hits WHERE screening_id = ?`,
    )
    .get(latest.id) as { confirmed: number | null; waiting: number | null };
  const state: ScreeningState = counts.confirmed ? 'confirmed-match' : counts.waiting ? 'open-hits' : 'clear';
  db.prepare('UPDATE parties SET screening_state = ?, screened_at = ?, open_hits = ? WHERE id = ?').run(state, latest.at, counts.waiting ?? 0, partyId);
}

/**
 * Refuses a party with a confirmed match on a restricted-party list: it must not appear on an
 * application or a shipment (e.g. General Prohibition 4, § 736.2(b)(4), for a Denied Person).
 */
export function assertPartyUsable(db: Database, partyId: number): void {
  const status = partyScreeningStatus(db, partyId);
  if (status.confirmedMatch) {
    throw new AppError(
      'CONFLICT',
      `Party #${partyId} is a confirmed match on a restricted-party list and cannot be used. Review the screening record before going further.`,
      { field: 'partyId' },
    );
  }
}
