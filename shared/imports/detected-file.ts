/**
 * What the one import entry point recognised in a file, and what it imported. Plain data shared by
 * the core (which detects and routes) and the UI (which shows the label and the options that apply).
 */
import type { ControlListFormat, ListSnapshot } from '../control-lists/types';
import type { DestinationListKind, DestinationSnapshot } from '../determination/types';
import type { ScreeningListFormat, ScreeningSnapshot } from '../screening/list-types';

export type ImportKind = 'control-list' | 'screening-list' | 'destinations';

export type DetectedFile =
  | { kind: 'control-list'; format: ControlListFormat; fileName: string; label: string }
  | { kind: 'screening-list'; format: ScreeningListFormat; fileName: string; label: string }
  | { kind: 'destinations'; format: DestinationListKind; fileName: string; label: string }
  /**
   * A file ExportDesk reads elsewhere: a party or item spreadsheet, whose rows are checked and shown
   * before anything is written. `area` is where to import it.
   */
  | { kind: 'elsewhere'; area: 'parties' | 'items'; fileName: string; label: string; message: string };

export type ImportOutcome =
  | { kind: 'control-list'; label: string; snapshot: ListSnapshot }
  | { kind: 'screening-list'; label: string; snapshot: ScreeningSnapshot }
  | { kind: 'destinations'; label: string; snapshot: DestinationSnapshot };

export const CONTROL_LIST_LABELS: Record<ControlListFormat, string> = {
  'ccl-json': 'US Commerce Control List (eCFR JSON)',
  'eu-annex-json': 'EU dual-use list, Annex I (JSON)',
  'exchange-json': 'ExportDesk exchange file of a control list',
  csv: 'Control list of your own (CSV: code, parent, title, text)',
};

export const SCREENING_LIST_LABELS: Record<ScreeningListFormat, string> = {
  'ofac-sdn-csv': 'OFAC Specially Designated Nationals list (sdn.csv)',
  'csl-csv': 'trade.gov Consolidated Screening List (CSV)',
  'un-xml': 'UN Security Council consolidated list (XML)',
  'bis-dpl-txt': 'BIS Denied Persons List (text file)',
  'custom-csv': 'Screening list of your own (CSV: id, name, aliases, type, country)',
};

export const DESTINATION_LABELS: Record<DestinationListKind, string> = {
  'country-chart': 'Commerce Country Chart (15 CFR Part 738, Supp. No. 1, eCFR JSON)',
  'country-groups': 'Country Groups (15 CFR Part 740, Supp. No. 1, eCFR JSON)',
};

/** The short names of the two determination lists, as sentences use them. */
export const DESTINATION_NAMES: Record<DestinationListKind, string> = {
  'country-chart': 'Commerce Country Chart',
  'country-groups': 'Country Groups',
};

/** Every kind of file the entry point imports, grouped as the user thinks of them. */
export const READABLE_FILES: { group: string; files: string[] }[] = [
  { group: 'Control lists', files: Object.values(CONTROL_LIST_LABELS) },
  { group: 'Screening lists', files: Object.values(SCREENING_LIST_LABELS) },
  { group: 'License determination', files: Object.values(DESTINATION_LABELS) },
];

/** The list of readable files as sentences, for refusals. */
export function readableFilesSentence(): string {
  return `ExportDesk reads these files. ${READABLE_FILES.map((g) => `${g.group}: ${g.files.join('; ')}.`).join(' ')}`;
}
