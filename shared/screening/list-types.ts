/** Restricted-party list snapshots as the UI and CLI see them. */

export type ScreeningListFormat = 'ofac-sdn-csv' | 'csl-csv' | 'un-xml' | 'bis-dpl-txt' | 'custom-csv';
export type ListedPartyType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

export interface ScreeningSnapshot {
  id: number;
  listId: string;
  listName: string;
  format: ScreeningListFormat;
  publishedAt: string | null;
  source: string | null;
  sourceFileName: string;
  sha256: string;
  importedAt: string;
  importedBy: string;
  entryCount: number;
  /** Names plus aliases: what the matcher compares against. */
  nameCount: number;
  notes: string | null;
  isCurrent: boolean;
}

export interface ListedAlias {
  name: string;
  quality: string | null;
}

export interface ListedEntry {
  id: number;
  snapshotId: number;
  externalId: string;
  name: string;
  aliases: ListedAlias[];
  type: ListedPartyType;
  countries: string[];
  programs: string[];
  addresses: string[];
  remarks: string | null;
  sourceList: string | null;
  contentHash: string;
}

export interface ListedEntryChange {
  externalId: string;
  before: ListedEntry;
  after: ListedEntry;
  /** Which fields differ: name, aliases, type, countries, programs, addresses, remarks, source list. */
  fields: string[];
}

export interface ScreeningListDiff {
  from: ScreeningSnapshot;
  to: ScreeningSnapshot;
  added: ListedEntry[];
  removed: ListedEntry[];
  changed: ListedEntryChange[];
}
