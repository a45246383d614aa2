import type { Database } from 'better-sqlite3';
import type { PartyType } from '../../../shared/screening/types';
import { AppError } from '../../../shared/errors';
import type { SubjectQuery } from './match';

/** A party as the matcher screens it: its legal name and every other name, its country and whether it is a person. */
export function partySubject(db: Database, partyId: number): SubjectQuery & { legalName: string } {
  const p = db.prepare('SELECT id, legal_name, kind, country FROM parties WHERE id = ?').get(partyId) as
    | { id: number; legal_name: string; kind: string; country: string | null }
    | undefined;
  if (!p) throw new AppError('NOT_FOUND', `There is no party #${partyId}`, { field: 'partyId' });
  const others = (db.prepare('SELECT name FROM party_names WHERE party_id = ? ORDER BY id').all(partyId) as { name: string }[]).map((r) => r.name);
  const type: PartyType = p.kind === 'individual' ? 'individual' : 'entity';
  return { legalName: p.legal_name, names: [p.legal_name, ...others.filter((n) => n !== p.legal_name)], country: p.country, type };
}

/** Active parties; archived ones are kept as records but no longer screened. */
export function allPartyIds(db: Database): { id: number; legal_name: string }[] {
  return db.prepare('SELECT id, legal_name FROM parties WHERE archived = 0 ORDER BY id').all() as { id: number; legal_name: string }[];
}
