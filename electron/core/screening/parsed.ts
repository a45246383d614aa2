/** The one shape every screening-list importer produces; the snapshot writer validates and stores it. */

export type PartyType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

export interface ParsedAlias {
  name: string;
  /** As the publisher qualifies it: "a.k.a.", "f.k.a.", "Good", "Low" ... */
  quality: string | null;
}

export interface ParsedListEntry {
  /** The publisher's own identifier (OFAC ent_num, UN reference number, CSL _id). */
  externalId: string;
  name: string;
  aliases: ParsedAlias[];
  type: PartyType;
  /** ISO 3166-1 alpha-2 codes found in nationality, citizenship, address or flag fields. */
  countries: string[];
  programs: string[];
  addresses: string[];
  remarks: string | null;
  /** For merged lists (trade.gov CSL): the underlying list this row comes from. */
  sourceList: string | null;
  line: number;
}

export interface ParsedScreeningList {
  list: { id: string; name: string };
  publishedAt: string | null;
  source: string | null;
  entries: ParsedListEntry[];
  /** What the import had to say about the file, e.g. an incomplete last row left out. */
  notes: string | null;
}

export interface ScreeningImportOptions {
  fileName: string;
  publishedAt?: string;
  listId?: string;
  listName?: string;
  acceptTruncated?: boolean;
}

/** Names longer than this are refused at import: no real listed name comes near it. */
export const MAX_LISTED_NAME = 1000;

/** A date in the file name ("ofac-sdn-2024-05-03.csv") as a fallback publication date. */
export function dateFromFileName(name: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})/.exec(name) ?? /(\d{4}-\d{2})(?!\d)/.exec(name);
  return m ? m[1]! : null;
}

export function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function truncationNote(line: number | undefined): string | null {
  return line ? `The file's last row (line ${line}) was incomplete and was left out on import.` : null;
}
