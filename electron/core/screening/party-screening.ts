import type { Database } from 'better-sqlite3';
import { toErrorInfo } from '../../../shared/errors';
import type { PartiesScreened } from '../../../shared/parties/types';
import { hasCurrentScreeningList, NO_LIST_REASON } from '../parties/screening-status';
import type { HandlerContext, Transact, Tx } from '../registry';
import { effectiveThreshold, matchSubject } from './match';
import { partySubject } from './party-subject';
import { writeScreening } from './record-writer';

/** Parties written by one import are screened this many to a transaction, so no lock is held for minutes. */
export const IMPORT_SCREENING_CHUNK = 200;

/**
 * What the matcher reads of a party (its names, country and whether it is a person), as one
 * comparable value: an edit that changes it calls for a new screening, any other edit does not.
 */
export function screenedKey(db: Database, partyId: number): string {
  const s = partySubject(db, partyId);
  return JSON.stringify([s.names, s.country ?? null, s.type ?? null]);
}

function isArchived(db: Database, partyId: number): boolean {
  return (db.prepare('SELECT archived FROM parties WHERE id = ?').get(partyId) as { archived: number } | undefined)?.archived === 1;
}

/**
 * Screens a party against the current lists inside the caller's transaction (the one that created
 * or changed it), with its screening record and audit row. Returns the screening id, or null when no
 * list is current or the party is archived (archived parties are kept, not screened).
 */
export function screenPartyInTx(tx: Tx, partyId: number): number | null {
  if (!hasCurrentScreeningList(tx.db) || isArchived(tx.db, partyId)) return null;
  const subject = partySubject(tx.db, partyId);
  const match = matchSubject(tx.db, subject, effectiveThreshold(tx.db));
  return writeScreening(tx, { kind: 'party', partyId, country: subject.country, type: subject.type }, match);
}

/**
 * Screens parties already committed (those an import wrote), a chunk per transaction, each screening
 * with its own record and audit row, reporting progress between chunks. A chunk that fails leaves
 * the chunks before it recorded and says where it stopped.
 */
export async function screenCommittedParties(ctx: HandlerContext, partyIds: readonly number[], transact: Transact, chunk = IMPORT_SCREENING_CHUNK): Promise<PartiesScreened> {
  const out: PartiesScreened = { screened: 0, withHits: 0, notScreenedReason: null };
  if (partyIds.length === 0) return out;
  if (!hasCurrentScreeningList(ctx.db)) return { ...out, notScreenedReason: NO_LIST_REASON };
  const total = partyIds.length;
  const threshold = effectiveThreshold(ctx.db);
  await ctx.progress(`Screening the parties (0 of ${total})`, 0, total);
  try {
    for (let i = 0; i < total; i += chunk) {
      const ids = partyIds.slice(i, i + chunk).filter((id) => !isArchived(ctx.db, id));
      // Matching only reads, so it runs before the chunk's transaction takes the write lock.
      const matched = ids.map((id) => {
        const subject = partySubject(ctx.db, id);
        return { id, subject, match: matchSubject(ctx.db, subject, threshold) };
      });
      transact('screening.party', (tx) => {
        for (const m of matched) writeScreening(tx, { kind: 'party', partyId: m.id, country: m.subject.country, type: m.subject.type }, m.match);
      });
      out.screened += matched.length;
      out.withHits += matched.filter((m) => m.match.hits.length > 0).length;
      await ctx.progress(`Screening the parties (${Math.min(i + chunk, total)} of ${total})`, Math.min(i + chunk, total), total);
      // Lets other calls (the status bar, another page) in between chunks.
      await new Promise((r) => setImmediate(r));
    }
  } catch (e) {
    const why = toErrorInfo(e).message.replace(/\.$/, '');
    out.notScreenedReason = `Screening stopped after ${out.screened} of ${total} parties (${why}). Screen the others from their records, or re-screen every party from Screening ▸ Lists.`;
  }
  return out;
}
