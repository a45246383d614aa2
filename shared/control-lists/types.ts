/** The control-list model shared by the core and the UI. */

export type ListKind = 'us-ccl' | 'eu-annex-i' | 'custom';
export type ControlListFormat = 'ccl-json' | 'eu-annex-json' | 'exchange-json' | 'csv';
export type ParagraphKind = 'item' | 'note' | 'text';

export interface ControlList {
  id: string;
  name: string;
  kind: ListKind;
  currentSnapshotId: number | null;
}

export interface ListSnapshot {
  id: number;
  listId: string;
  listName: string;
  listKind: ListKind;
  versionLabel: string;
  effectiveDate: string | null;
  sourceUrl: string | null;
  sourceFileName: string;
  format: ControlListFormat;
  retrievedAt: string | null;
  importedAt: string;
  importedBy: string;
  /** Identity of the published list: SHA-256 of the file as the publisher issued it. */
  sha256: string;
  /** SHA-256 of the file actually imported (differs from sha256 for an exchange-format copy). */
  fileSha256: string;
  attribution: string | null;
  citation: string | null;
  entryCount: number;
  paragraphCount: number;
  isCurrent: boolean;
}

export interface ChartRow {
  /** "NS applies to entire entry", "RS applies to 5A002.z.1.a ..." */
  control: string;
  /** "NS Column 1.", "Refer to § 742.15 of the EAR." */
  countryChart: string;
}

export interface LicenseExceptionFlag {
  symbol: string;
  text: string;
}

export interface ControlParagraph {
  ordinal: number;
  /** Full dotted code for item paragraphs (5A002.a.1); null for notes and running text. */
  code: string | null;
  /** The paragraph's own label as printed ("a.1", "Note 1"), if any. */
  label: string | null;
  kind: ParagraphKind;
  depth: number;
  text: string;
  parentOrdinal: number | null;
}

export interface ControlEntrySummary {
  code: string;
  heading: string;
  category: string;
  productGroup: string;
}

export interface ControlEntry extends ControlEntrySummary {
  snapshotId: number;
  reasonsForControl: string[];
  reasonsText: string | null;
  chartRows: ChartRow[];
  licenseExceptions: LicenseExceptionFlag[];
  relatedControls: string | null;
  paragraphs: ControlParagraph[];
  /** Other codes this entry's text mentions, for cross-links. */
  mentions: string[];
  /** Shown wherever the text is shown (EU text must carry its attribution). */
  attribution: string | null;
  snapshotLabel: string;
  listName: string;
}

export interface SearchHit {
  snapshotId: number;
  code: string;
  heading: string;
  /** The paragraph the text match hit, when it was not the heading. */
  paragraphCode: string | null;
  paragraphLabel: string | null;
  /** Snippet with matches wrapped in \u0001 ... \u0002 (rendered as highlights, never as HTML). */
  snippet: string;
  matchedOn: 'code' | 'heading' | 'text';
  attribution: string | null;
}

export interface BrowseGroup {
  category: string;
  categoryName: string;
  productGroup: string;
  productGroupName: string;
  entries: ControlEntrySummary[];
}

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ParagraphChange {
  key: string;
  code: string | null;
  label: string | null;
  change: ChangeKind;
  before: string | null;
  after: string | null;
  words: WordPart[];
}

export interface EntryChange {
  code: string;
  change: ChangeKind;
  headingBefore: string | null;
  headingAfter: string | null;
  /** Which parts of the entry changed: heading, reasons, chart rows, license exceptions, paragraphs. */
  fields: string[];
  headingWords: WordPart[];
  paragraphs: ParagraphChange[];
}

export interface SnapshotDiff {
  from: ListSnapshot;
  to: ListSnapshot;
  added: number;
  removed: number;
  changed: number;
  entries: EntryChange[];
}
