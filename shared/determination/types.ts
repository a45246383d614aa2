/**
 * The US license determination model (15 CFR 738.4): the Commerce Country Chart and the Country
 * Groups as the engine reads them, and the answer it gives. Plain data, shared by core and UI.
 */
import type { ChartRow, LicenseExceptionFlag } from '../control-lists/types';

export type DestinationListKind = 'country-chart' | 'country-groups';

/** An imported Country Chart or Country Groups file: immutable, identified by its SHA-256. */
export interface DestinationSnapshot {
  id: number;
  kind: DestinationListKind;
  versionLabel: string;
  /** The eCFR issue the file was generated from. */
  issueDate: string | null;
  sourceUrl: string | null;
  sourceFileName: string;
  retrievedAt: string | null;
  citation: string | null;
  sha256: string;
  importedAt: string;
  importedBy: string;
  /** Chart: rows, embargoed rows and inherited territories; groups: destinations with a membership. */
  destinationCount: number;
  isCurrent: boolean;
}

/** One destination of the Commerce Country Chart, keyed by ISO 3166 alpha-2 code. */
export interface ChartDestination {
  code: string;
  /** As the chart prints it ("Korea, North"). */
  name: string;
  /** 'territory': no row of its own, only an inheritance (Hong Kong -> China). */
  kind: 'row' | 'embargoed' | 'territory';
  /** Columns with an X ("NS 1"); empty for embargoed rows and territories. */
  marks: string[];
  footnotes: number[];
  /** Embargoed rows: the chart's pointer to Part 746 instead of marks. */
  embargoPointer: string | null;
  /** The row whose license requirements apply instead (Hong Kong -> CN, Liechtenstein -> CH). */
  inheritsFrom: string | null;
  inheritanceBasis: string | null;
}

/** § 738.3(a)(1): entries that need a license to every destination; the chart does not apply. */
export interface AllDestinationsEntries {
  citation: string;
  note: string;
  entries: { text: string; govOnly: boolean }[];
  govOnlyCondition: string | null;
}

export interface CountryChart {
  label: string;
  issueDate: string | null;
  columns: string[];
  columnLabels: Record<string, string>;
  footnotes: Record<string, string>;
  destinations: Record<string, ChartDestination>;
  /**
   * Lower-case names and aliases as the file prints them -> ISO code, to read the destinations that
   * CCL texts name in words ("China, Russia, or Venezuela").
   */
  names: Record<string, string>;
  allDestinations: AllDestinationsEntries | null;
}

export interface GroupMember {
  code: string;
  name: string;
  /** "A:1", "B", "D:5", ... */
  groups: string[];
  /** The file's own aliases may put a destination under another's membership (Hong Kong -> China). */
  inheritsFrom: string | null;
  inheritanceBasis: string | null;
}

export interface CountryGroups {
  label: string;
  issueDate: string | null;
  groupNames: string[];
  labels: Record<string, string>;
  members: Record<string, GroupMember>;
  notes: Record<string, string>;
}

/** What the engine needs of a CCL entry (a ControlEntry satisfies it). */
export interface EntryForDetermination {
  code: string;
  heading: string;
  reasonsForControl: string[];
  chartRows: ChartRow[];
  licenseExceptions: LicenseExceptionFlag[];
  /** The entry's paragraphs as the snapshot holds them, to answer for an ECCN given without one. */
  paragraphs?: readonly { code: string | null }[];
}

/**
 * Per rule: a license is required (certainly, for the item as classified), not required by this rule,
 * the rule could not be settled from what is known ("cannot tell": read the cited text), or the
 * rule does not reach the item's paragraph.
 */
export type FindingOutcome = 'license-required' | 'not-required' | 'cannot-tell' | 'not-for-paragraph';

export type FindingKind =
  | 'control-row'
  | 'embargo'
  | 'russia-belarus'
  | 'chart-footnote'
  | 'all-destinations'
  | 'ear99'
  | 'destination'
  /** § 746.6: the Crimea, DNR and LNR regions of Ukraine. */
  | 'crimea-region'
  /** A reason for control the entry names without a Country Chart row for it. */
  | 'reason-without-row';

export interface Finding {
  kind: FindingKind;
  /** Reason for control ("NS", "RS", "EI") or what the finding is about ("Embargo", "EAR99"). */
  reason: string;
  /** The Country Chart column checked ("NS 1"), when the row names one. */
  column: string | null;
  outcome: FindingOutcome;
  /** 15 CFR citation(s) the finding rests on. */
  citation: string;
  /** A plain sentence for a compliance officer. */
  text: string;
  /** The CCL row as printed, for control-row findings. */
  control: string | null;
  countryChart: string | null;
  /** When the paragraph alone cannot settle whether the row applies: what the item must be. */
  condition: string | null;
  /** A required finding's exception in words ("technology for 4A090"): the item is taken not to be one. */
  unless: string | null;
}

/**
 * The three answers: a license is required (with the reasons); not required for the reasons
 * checked; or cannot tell (with what to read). Never "not required" when a rule was not fully read.
 */
export type OverallOutcome = 'license-required' | 'not-required' | 'cannot-tell';

export type ExceptionStatus = 'candidate' | 'not-available' | 'not-for-paragraph' | 'not-for-destination' | 'see-part-746';

export interface ExceptionCandidate {
  symbol: string;
  /** "§ 740.17" from the Part 740 catalogue, when the symbol is known. */
  section: string | null;
  title: string | null;
  /** The entry's own text for this exception, as printed. */
  listed: string;
  status: ExceptionStatus;
  /** Limits checked or still to check, each a sentence with its citation. */
  limits: string[];
  text: string;
}

export interface DestinationView {
  code: string;
  name: string;
  /** The chart row used: the destination's own, or the row it inherits; null when there is none. */
  chartRow: { code: string; name: string } | null;
  /** Why another row is used (Hong Kong -> China), as the file states it. */
  chartRowVia: string | null;
  embargoed: boolean;
  groups: string[];
  groupsVia: string | null;
  /** False when no Country Group data covers the destination (limits then stay unchecked). */
  groupsKnown: boolean;
  footnotes: { number: number; text: string }[];
  /** A region of Ukraine under § 746.6 ("UA-43" Crimea); the chart row is Ukraine's. */
  region: { code: string; name: string } | null;
}

export interface DeterminationResult {
  item: { eccn: string; paragraph: string | null; heading: string | null; ear99: boolean };
  destination: DestinationView;
  outcome: OverallOutcome;
  /** The rules that certainly require a license ("Embargo", "NS", "EI", "Footnote 10"), in the order found. */
  requiredReasons: string[];
  /** The rules that could not be settled; for "cannot tell" these and `toRead` say what to read. */
  openReasons: string[];
  /** The citations to read for the rules left open. */
  toRead: string[];
  summary: string;
  findings: Finding[];
  exceptions: ExceptionCandidate[];
  /** What the answer did not evaluate; always present. */
  notChecked: string[];
  notes: string[];
}

/** The snapshot versions a determination read, so the answer can be cited and reproduced. */
export interface DeterminationSources {
  controlList: { snapshotId: number; label: string; sha256: string } | null;
  chart: { snapshotId: number; label: string; sha256: string };
  groups: { snapshotId: number; label: string; sha256: string };
}

export interface DeterminationRun extends DeterminationResult {
  sources: DeterminationSources;
}
