/**
 * The retention rule of 15 CFR 762.6(a): records are kept five years from the latest of the export
 * (a shipment), any known reexport, or any other termination of the transaction (a decision, the
 * end of a license). Pure functions over plain facts; the core gathers the facts
 * (electron/core/retention/) and docs/backup.md explains each choice.
 *
 * Nothing here deletes anything: a record past its retention end is listed for review only.
 */
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../applications/types';
import { RETENTION_YEARS, type RecordRetention, type RetentionEvent } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The date part of a date or an ISO timestamp (audit times are UTC). */
export function dayOf(dateOrTime: string): string {
  const m = DAY.exec(dateOrTime);
  if (!m) throw new Error(`Not a date: ${dateOrTime.slice(0, 40)}`);
  return m[0];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The same day `years` later. 29 February becomes 1 March when the later year has no 29 February:
 * the later of the two candidate days, so a record is never released a day early.
 */
export function addYears(day: string, years: number): string {
  const [y, m, d] = dayOf(day).split('-').map(Number) as [number, number, number];
  const ty = y + years;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  if (m === 2 && d === 29 && !isLeap(ty)) return `${pad(ty, 4)}-03-01`;
  return `${pad(ty, 4)}-${pad(m)}-${pad(d)}`;
}

/** What is known about a record: the events that may start its five years, and what keeps its transaction open. */
export interface RetentionFacts {
  events: RetentionEvent[];
  /** Each reason the transaction has not ended; any one keeps the retention from starting. */
  open: string[];
  /** Said when there is neither an event nor an open transaction (a party never screened nor used). */
  nothingYet: string;
}

/** Five years after the latest event, unless something is still open. */
export function retentionFrom(facts: RetentionFacts): RecordRetention {
  if (facts.open.length) return { status: 'not-started', reason: facts.open[0]! };
  let latest: RetentionEvent | undefined;
  for (const e of facts.events) {
    const ev = { on: dayOf(e.on), what: e.what };
    if (!latest || ev.on > latest.on) latest = ev;
  }
  if (!latest) return { status: 'not-started', reason: facts.nothingYet };
  return { status: 'set', endsOn: addYears(latest.on, RETENTION_YEARS), basis: latest };
}

/** Past retention on `asOf` once the end day itself has gone by. */
export function isPastRetention(r: RecordRetention, asOf: string): boolean {
  return r.status === 'set' && r.endsOn < dayOf(asOf);
}

/**
 * A transaction's retention as facts of another record that took part in it (a party on an
 * application, an item on one of its lines): its end event, or the reason it is still open.
 */
export function transactionFacts(label: string, r: RecordRetention): Pick<RetentionFacts, 'events' | 'open'> {
  const named = (text: string) => (text.includes(label) ? text : `${label}: ${text}`);
  return r.status === 'set' ? { events: [{ on: r.basis.on, what: named(r.basis.what) }], open: [] } : { events: [], open: [named(r.reason)] };
}

function merge(parts: Pick<RetentionFacts, 'events' | 'open'>[]): Pick<RetentionFacts, 'events' | 'open'> {
  return { events: parts.flatMap((p) => p.events), open: parts.flatMap((p) => p.open) };
}

// ---- Applications, licenses and shipments: one transaction ----

/** While the agency holds the case, or it is not filed yet, nothing has ended. */
const OPEN_STATUSES: readonly ApplicationStatus[] = ['draft', 'ready', 'submitted', 'appealed'];

export interface ApplicationFacts {
  reference: string;
  status: ApplicationStatus;
  /** The decision date (approved, denied, returned without action). */
  decidedOn: string | null;
  /** The date of the latest status change (the withdrawal date of a withdrawn application). */
  lastStatusOn: string | null;
  license: { number: string; validTo: string; lastShippedOn: string | null } | null;
}

/**
 * An application, its license and the shipments under it are one transaction. It ends with the
 * decision, or for a license with its last valid day and its last shipment, whichever is later.
 * An exhausted license still counts from its expiry: § 762.6(a)(3) would allow the day it was used
 * up, but counting from the later day only keeps a record longer, never shorter.
 */
export function applicationRetention(a: ApplicationFacts): RecordRetention {
  const status = APPLICATION_STATUS_LABELS[a.status].toLowerCase();
  if (OPEN_STATUSES.includes(a.status)) {
    const hint = a.status === 'draft' || a.status === 'ready' ? ' (withdraw it if it will not be filed)' : '';
    return { status: 'not-started', reason: `application ${a.reference} is ${status}: the transaction is open${hint}` };
  }
  const events: RetentionEvent[] = [];
  if (a.decidedOn) events.push({ on: a.decidedOn, what: `decision on application ${a.reference} (${status})` });
  if (a.status === 'withdrawn' && a.lastStatusOn) events.push({ on: a.lastStatusOn, what: `application ${a.reference} withdrawn` });
  if (a.license) {
    events.push({ on: a.license.validTo, what: `license ${a.license.number} expires` });
    if (a.license.lastShippedOn) events.push({ on: a.license.lastShippedOn, what: `last shipment under license ${a.license.number}` });
  }
  return retentionFrom({ events, open: [], nothingYet: `application ${a.reference} is ${status} but no decision date is recorded` });
}

// ---- Parties, items and screening records: through the transactions they took part in ----

export interface TransactionRef {
  /** "application EXP-1". */
  label: string;
  retention: RecordRetention;
}

export interface PartyFacts {
  /** The latest screening of the party, if any. */
  lastScreenedAt: string | null;
  /** The latest decision on a hit of any of its screenings. */
  lastDecisionAt: string | null;
  /** Hits of its screenings still waiting for a decision. */
  openHits: boolean;
  transactions: TransactionRef[];
}

/** A party: its screenings and the transactions it took part in (on an application, as a consignee of a shipment). */
export function partyRetention(p: PartyFacts): RecordRetention {
  const own: Pick<RetentionFacts, 'events' | 'open'> = { events: [], open: [] };
  if (p.lastScreenedAt) own.events.push({ on: p.lastScreenedAt, what: 'latest screening of the party' });
  if (p.lastDecisionAt) own.events.push({ on: p.lastDecisionAt, what: 'latest screening decision on the party' });
  if (p.openHits) own.open.push('screening hits on the party wait for a decision');
  return retentionFrom({ ...merge([own, ...p.transactions.map((t) => transactionFacts(t.label, t.retention))]), nothingYet: 'the party has not been screened nor named on an application yet' });
}

export interface ItemFacts {
  /** The latest final classification: its date and label ("5A002.a", "EAR99"). */
  lastClassification: { on: string; label: string } | null;
  /** Jurisdictions whose classification in force is still a draft. */
  draftInForce: string[];
  transactions: TransactionRef[];
}

/** An item: its classification decisions and the transactions it was on. */
export function itemRetention(i: ItemFacts): RecordRetention {
  const own: Pick<RetentionFacts, 'events' | 'open'> = { events: [], open: [] };
  if (i.lastClassification) own.events.push({ on: i.lastClassification.on, what: `classification as ${i.lastClassification.label}` });
  for (const j of i.draftInForce) own.open.push(`the ${j} classification is still a draft`);
  return retentionFrom({ ...merge([own, ...i.transactions.map((t) => transactionFacts(t.label, t.retention))]), nothingYet: 'the item has not been classified nor put on an application yet' });
}

export interface ScreeningFacts {
  id: number;
  at: string;
  lastDecisionAt: string | null;
  openHits: number;
  /** For a screening of a party record: the transactions of that party, which the screening supports. */
  transactions: TransactionRef[];
}

/** A screening record: the screening, the decisions on its hits, and for a party the party's transactions. */
export function screeningRetention(s: ScreeningFacts): RecordRetention {
  const own: Pick<RetentionFacts, 'events' | 'open'> = { events: [{ on: s.at, what: `screening #${s.id}` }], open: [] };
  if (s.lastDecisionAt) own.events.push({ on: s.lastDecisionAt, what: `latest decision on screening #${s.id}` });
  if (s.openHits > 0) own.open.push(`${s.openHits} ${s.openHits === 1 ? 'hit waits' : 'hits wait'} for a decision on screening #${s.id}`);
  return retentionFrom({ ...merge([own, ...s.transactions.map((t) => transactionFacts(t.label, t.retention))]), nothingYet: '' });
}

/** "Retain until 2031-03-05 (15 CFR 762.6)" or why it has not started, for pages and the CLI. */
export function describeRetention(r: RecordRetention): string {
  return r.status === 'set'
    ? `Retain until ${r.endsOn} (15 CFR 762.6): five years after ${r.basis.what} on ${r.basis.on}`
    : `Retention not started (15 CFR 762.6): ${r.reason}`;
}
