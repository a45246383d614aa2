import type { MatchExplanation, PartyType, ScoreAdjustments } from './types';

/** Screening records as the UI and CLI see them. */

export type HitStatus = 'open' | 'review' | 'cleared' | 'confirmed' | 'previously-cleared';
export type HitDecision = 'cleared' | 'confirmed' | 'review';

export interface ListVersionUsed {
  snapshotId: number;
  listId: string;
  listName: string;
  publishedAt: string | null;
  sha256: string;
  entryCount: number;
}

export interface DecisionRecord {
  id: number;
  decision: HitDecision;
  reason: string;
  at: string;
  by: string;
}

export interface ScreeningHitRecord {
  id: number;
  screeningId: number;
  listId: string;
  listName: string;
  /** The list's publication date: what "version" means to an officer. */
  listVersion: string | null;
  snapshotId: number;
  entryId: number;
  externalId: string;
  entryName: string;
  entryType: PartyType;
  entryCountries: string[];
  entryPrograms: string[];
  /** For merged lists (trade.gov CSL): the agency list the entry comes from. */
  entrySourceList: string | null;
  matchedName: string;
  /** 0 for the listed primary name, higher for an alias. */
  matchedIndex: number;
  /** Which of the subject's names produced the hit (a party is screened under each of its names). */
  queryName: string;
  score: number;
  nameScore: number;
  explanation: MatchExplanation;
  adjustments?: ScoreAdjustments;
  status: HitStatus;
  /** Why the status is what it is when no decision was made on this hit (e.g. cleared earlier). */
  statusReason: string | null;
  decisions: DecisionRecord[];
}

export interface ScreeningRecord {
  id: number;
  at: string;
  operator: string;
  subjectKind: 'party' | 'name' | 'batch-row';
  partyId: number | null;
  batchId: number | null;
  batchRow: number | null;
  batchRef: string | null;
  queryName: string;
  /** Every name screened: a party's legal name and its other names. */
  names: string[];
  queryCountry: string | null;
  queryType: PartyType | null;
  normalizedQuery: string;
  truncated: boolean;
  threshold: number;
  lists: ListVersionUsed[];
  hits: ScreeningHitRecord[];
}

/** A live (unrecorded) result for the ad-hoc screening box. */
export interface ScreeningPreview {
  normalizedQuery: string;
  truncated: boolean;
  weakOnly: boolean;
  threshold: number;
  lists: ListVersionUsed[];
  hits: Omit<ScreeningHitRecord, 'id' | 'screeningId' | 'status' | 'statusReason' | 'decisions'>[];
}

export interface RescreenPartyChange {
  partyId: number;
  partyName: string;
  screeningId: number;
  /** The party had never been screened: every hit is new. */
  firstScreening: boolean;
  newHits: { externalId: string; listId: string; entryName: string; score: number }[];
  delisted: { externalId: string; listId: string; entryName: string }[];
  changed: { externalId: string; listId: string; entryName: string }[];
}

export interface RescreenSummary {
  batchId: number;
  partiesScreened: number;
  partiesWithChanges: number;
  changes: RescreenPartyChange[];
}

export interface BatchRowResult {
  row: number;
  id: string | null;
  name: string;
  screeningId: number;
  hits: ScreeningHitRecord[];
}

export interface QueueItem {
  hit: ScreeningHitRecord;
  screening: Pick<ScreeningRecord, 'id' | 'at' | 'operator' | 'subjectKind' | 'partyId' | 'queryName' | 'queryCountry' | 'batchId' | 'batchRow'>;
  partyName: string | null;
}
