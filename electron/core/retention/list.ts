import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { isPastRetention } from '../../../shared/retention/rule';
import { RETENTION_KINDS, type RecordRetention, type RetentionKind, type RetentionList, type RetentionRow } from '../../../shared/retention/types';
import {
  allApplicationIds,
  applicationRetentions,
  itemRetentions,
  licenseRetentions,
  partyRetentions,
  screeningRetentions,
  shipmentRetentions,
  type ApplicationRetention,
  type RecordFacts,
} from './facts';

function factsOf(db: Database, kind: RetentionKind, apps: (id: number) => ApplicationRetention, id?: number): RecordFacts[] {
  switch (kind) {
    case 'application':
      return (id === undefined ? allApplicationIds(db) : [id]).map((appId) => {
        const a = apps(appId);
        return { id: a.id, label: `${a.reference}${a.version > 1 ? ` version ${a.version}` : ''}${a.superseded ? ' (amended)' : ''}`, retention: a.retention };
      });
    case 'license':
      return licenseRetentions(db, apps, id);
    case 'shipment':
      return shipmentRetentions(db, apps, id);
    case 'party':
      return partyRetentions(db, apps, id);
    case 'item':
      return itemRetentions(db, apps, id);
    case 'screening':
      return screeningRetentions(db, apps, id);
  }
}

/** One record's retention under 15 CFR 762.6, for its page. */
export function recordRetention(db: Database, kind: RetentionKind, id: number): RecordRetention {
  const found = factsOf(db, kind, applicationRetentions(db), id)[0];
  if (!found) throw new AppError('NOT_FOUND', `There is no ${kind} #${id} in this workspace`, { field: 'id' });
  return found.retention;
}

export interface RetentionListOptions {
  asOf: string;
  pastOnly?: boolean;
  kinds?: readonly RetentionKind[];
  limit?: number;
}

const order = (r: RetentionRow) => (r.retention.status === 'set' ? r.retention.endsOn : '9999-99-99');

/**
 * Every record with its retention end, for review: past ones first. Nothing is deleted here or
 * anywhere else; the list only says which records the five years of § 762.6 no longer cover.
 */
export function listRetention(db: Database, opts: RetentionListOptions): RetentionList {
  const apps = applicationRetentions(db);
  const kinds = opts.kinds?.length ? opts.kinds : RETENTION_KINDS;
  const counts = Object.fromEntries(RETENTION_KINDS.map((k) => [k, { past: 0, running: 0, notStarted: 0 }])) as RetentionList['counts'];
  const rows: RetentionRow[] = [];
  for (const kind of kinds) {
    for (const f of factsOf(db, kind, apps)) {
      const past = isPastRetention(f.retention, opts.asOf);
      const c = counts[kind];
      if (f.retention.status === 'not-started') c.notStarted++;
      else if (past) c.past++;
      else c.running++;
      if (opts.pastOnly && !past) continue;
      rows.push({ kind, id: f.id, label: f.label, retention: f.retention, past, opens: kind === 'shipment' ? { kind: 'license', id: f.licenseId! } : { kind, id: f.id } });
    }
  }
  rows.sort((a, b) => order(a).localeCompare(order(b)) || RETENTION_KINDS.indexOf(a.kind) - RETENTION_KINDS.indexOf(b.kind) || a.id - b.id);
  const limit = opts.limit ?? 1000;
  return { asOf: opts.asOf, total: rows.length, counts, rows: rows.slice(0, limit) };
}
