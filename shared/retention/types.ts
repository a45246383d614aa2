/**
 * Record retention under 15 CFR 762.6: records are kept five years from the latest of the export,
 * any known reexport, or any other termination of the transaction. Plain data shared by the core,
 * the CLI and the UI; the rule itself is in rule.ts.
 */

export const RETENTION_CITATION = '15 CFR 762.6';
export const RETENTION_YEARS = 5;

/** The kinds of record that have a retention end date. */
export const RETENTION_KINDS = ['application', 'license', 'shipment', 'party', 'item', 'screening'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RETENTION_KIND_LABELS: Record<RetentionKind, string> = {
  application: 'Application',
  license: 'License',
  shipment: 'Shipment',
  party: 'Party',
  item: 'Item',
  screening: 'Screening record',
};

/** Something that happened to a record or its transaction and may start the five years: a decision, an expiry, a shipment. */
export interface RetentionEvent {
  /** YYYY-MM-DD. */
  on: string;
  /** In words, naming the record: "license D123456 expires", "decision on application EXP-1 (approved)". */
  what: string;
}

/**
 * A record's retention: not started while its transaction is open (nothing has ended yet), else the
 * day the five years end and the event they run from (the latest one).
 */
export type RecordRetention =
  | { status: 'not-started'; reason: string }
  | { status: 'set'; endsOn: string; basis: RetentionEvent };

/** One record in the list of records and their retention. */
export interface RetentionRow {
  kind: RetentionKind;
  id: number;
  /** How the record is named on its page: the reference, license number, legal name, item name. */
  label: string;
  retention: RecordRetention;
  /** The five years have ended on the day asked about: the record may be reviewed for disposal. */
  past: boolean;
  /** The page that shows the record (a shipment is shown on its license). */
  opens: { kind: Exclude<RetentionKind, 'shipment'>; id: number };
}

export interface RetentionCounts {
  past: number;
  running: number;
  notStarted: number;
}

export interface RetentionList {
  asOf: string;
  /** Rows matching the filter, before the limit. */
  total: number;
  counts: Record<RetentionKind, RetentionCounts>;
  /** Past or ending soonest first; records whose retention has not started last. */
  rows: RetentionRow[];
}
