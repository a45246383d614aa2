import type { ChartRow, LicenseExceptionFlag, ListKind, ParagraphKind } from '../../../shared/control-lists/types';

/** The one shape every control-list importer produces; the snapshot writer validates and stores it. */
export interface ParsedParagraph {
  code: string | null;
  label: string | null;
  kind: ParagraphKind;
  depth: number;
  text: string;
}

export interface ParsedEntry {
  code: string;
  category: string;
  productGroup: string;
  heading: string;
  reasonsText: string | null;
  reasons: string[];
  chartRows: ChartRow[];
  licenseExceptions: LicenseExceptionFlag[];
  relatedControls: string | null;
  paragraphs: ParsedParagraph[];
  /** Where the entry sits in the source file, for error messages: "line 40" or "entry 12". */
  location: string;
  line?: number;
}

/** List-level texts that are not entries: EU general notes, definitions, the Cryptography Note, GEAs. */
export interface ParsedDocument {
  kind: string;
  key: string;
  title: string;
  text: string;
}

export interface ParsedSnapshot {
  list: { id: string; name: string; kind: ListKind };
  versionLabel: string;
  effectiveDate: string | null;
  sourceUrl: string | null;
  retrievedAt: string | null;
  attribution: string | null;
  citation: string | null;
  /** For an exchange-format copy: the hash of the publisher's file the snapshot was made from. */
  sourceSha256?: string;
  /** For an exchange-format copy: the name of that publisher's file. */
  sourceFileName?: string;
  entries: ParsedEntry[];
  documents: ParsedDocument[];
}

export interface ImportOptions {
  fileName: string;
  versionLabel?: string;
  listId?: string;
  listName?: string;
  effectiveDate?: string;
  sourceUrl?: string;
}

export const US_CCL = { id: 'us-ccl', name: 'US Commerce Control List', kind: 'us-ccl' as const };
export const EU_ANNEX_I = { id: 'eu-annex-i', name: 'EU Dual-Use List (Annex I)', kind: 'eu-annex-i' as const };

/** "NS, RS, AT, EI" -> ["NS", "RS", "AT", "EI"]; tolerant of "and" and stray punctuation. */
export function splitReasons(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[,;]|\band\b/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => /^[A-Z]{2,3}$/.test(s));
}
