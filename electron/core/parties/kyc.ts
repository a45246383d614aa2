import type { Database } from 'better-sqlite3';
import { RED_FLAGS } from '../../../shared/parties/red-flags';
import type { KycAnswer, KycAnswerValue, KycSummary } from '../../../shared/parties/types';

const KNOWN = new Set(RED_FLAGS.map((f) => f.id));

/**
 * Where a checklist stands. A red flag answered yes stays open until the answer changes: BIS
 * expects the exporter to inquire and resolve it before going on (Supp. No. 3 to Part 732, (a)(2)-(3)).
 */
export function kycSummary(answers: readonly { flagId: string; answer: KycAnswerValue }[]): KycSummary {
  let openRedFlags = 0;
  let answered = 0;
  for (const a of answers) {
    if (!KNOWN.has(a.flagId)) continue;
    if (a.answer === 'yes') openRedFlags++;
    if (a.answer !== 'unknown') answered++;
  }
  const total = RED_FLAGS.length;
  return { state: openRedFlags > 0 ? 'open' : answered === total ? 'clear' : 'incomplete', openRedFlags, answered, total };
}

interface AnswerRow {
  flag_id: string;
  answer: KycAnswerValue;
  note: string | null;
  answered_at: string;
  answered_by: string;
}

export function kycAnswers(db: Database, partyId: number): KycAnswer[] {
  const rows = db
    .prepare('SELECT flag_id, answer, note, answered_at, answered_by FROM party_kyc_answers WHERE party_id = ?')
    .all(partyId) as AnswerRow[];
  const order = new Map(RED_FLAGS.map((f, i) => [f.id, i]));
  return rows
    .map((r) => ({ flagId: r.flag_id, answer: r.answer, note: r.note, answeredAt: r.answered_at, answeredBy: r.answered_by }))
    .sort((a, b) => (order.get(a.flagId) ?? 999) - (order.get(b.flagId) ?? 999));
}

export interface KycChange {
  before: Record<string, { answer: KycAnswerValue; note: string | null } | null>;
  after: Record<string, { answer: KycAnswerValue; note: string | null }>;
}

/**
 * Records answers (each with when and by whom) and keeps the party's checklist columns in step.
 * Returns every answered question's previous and new answer for the audit row: re-confirming an
 * answer is itself a due-diligence step worth its date.
 */
export function writeKycAnswers(
  db: Database,
  partyId: number,
  answers: readonly { flagId: string; answer: KycAnswerValue; note?: string | null }[],
  at: string,
  actor: string,
): KycChange {
  const current = new Map(kycAnswers(db, partyId).map((a) => [a.flagId, a]));
  const upsert = db.prepare(
    `INSERT INTO party_kyc_answers (party_id, flag_id, answer, note, answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(party_id, flag_id) DO UPDATE SET answer = excluded.answer, note = excluded.note,
       answered_at = excluded.answered_at, answered_by = excluded.answered_by`,
  );
  const change: KycChange = { before: {}, after: {} };
  for (const a of answers) {
    const old = current.get(a.flagId);
    const note = a.note ?? null;
    change.before[a.flagId] = old ? { answer: old.answer, note: old.note } : null;
    change.after[a.flagId] = { answer: a.answer, note };
    upsert.run(partyId, a.flagId, a.answer, note, at, actor);
    current.set(a.flagId, { flagId: a.flagId, answer: a.answer, note, answeredAt: at, answeredBy: actor });
  }
  const s = kycSummary([...current.values()]);
  db.prepare('UPDATE parties SET kyc_state = ?, open_red_flags = ?, kyc_answered = ?, updated_at = ? WHERE id = ?').run(
    s.state,
    s.openRedFlags,
    s.answered,
    at,
    partyId,
  );
  return change;
}
