import type { EncryptionComponent } from '../items/types';
import { isSupp8ItemType } from './supp8-item-types';
import { AUTHORIZATION_ECCNS, type Authorization } from './types';

/**
 * The annual encryption self-classification report (15 CFR 740.17(b)(1) and (e)(3); format of
 * Supplement No. 8 to Part 742): a CSV whose first line is exactly the header below, one line per
 * product, no cell left blank (NONE or N/A instead), and no comma anywhere except between cells.
 * Due to BIS and the ENC Encryption Request Coordinator by 1 February for the previous calendar year.
 *
 * The twelve columns in the order Supp. No. 8 to Part 742 lists them since the September 2016
 * rule (81 FR 64656): the six product columns, the four submitter columns, then NON-U.S.
 * COMPONENTS and NON-U.S. MANUFACTURING LOCATIONS. docs/encryption-report.md gives the sources.
 */
export const SUPP8_HEADER = [
  'PRODUCT NAME',
  'MODEL NUMBER',
  'MANUFACTURER',
  'ECCN',
  'AUTHORIZATION TYPE',
  'ITEM TYPE',
  'SUBMITTER NAME',
  'TELEPHONE NUMBER',
  'E-MAIL ADDRESS',
  'MAILING ADDRESS',
  'NON-U.S. COMPONENTS',
  'NON-U.S. MANUFACTURING LOCATIONS',
] as const;
export type Supp8Column = (typeof SUPP8_HEADER)[number];

export interface EncryptionReportRow {
  productName: string;
  modelNumber: string | null;
  manufacturer: string | null;
  /** The ECCN without paragraph (5A002, 5D992): the report names the entry. */
  eccn: string;
  authorization: Authorization;
  itemType: string;
  /** As the item records them; null or blank is written NONE. */
  nonUsComponents: string | null;
  nonUsManufacturingLocations: string | null;
}

/** The four submitter columns, the same on every line: from Settings, never from the item. */
export interface ReportSubmitter {
  name: string;
  telephone: string;
  email: string;
  mailingAddress: string;
}

/** The Settings field behind each submitter column, in the words of the Settings page. */
export const SUBMITTER_COLUMNS: readonly { field: keyof ReportSubmitter; column: Supp8Column; label: string }[] = [
  { field: 'name', column: 'SUBMITTER NAME', label: 'Submitter name' },
  { field: 'telephone', column: 'TELEPHONE NUMBER', label: 'Telephone number' },
  { field: 'email', column: 'E-MAIL ADDRESS', label: 'E-mail address' },
  { field: 'mailingAddress', column: 'MAILING ADDRESS', label: 'Mailing address' },
];

/** For MODEL NUMBER: the product has none. */
export const NO_MODEL = 'NONE';
/** For MANUFACTURER: not recorded for the product. */
export const NO_MANUFACTURER = 'N/A';
/** For NON-U.S. COMPONENTS and NON-U.S. MANUFACTURING LOCATIONS: the item records none. */
export const NO_NON_US = 'NONE';

/**
 * Whether a final self-classification for ENC or MMKT goes in the report, and why, by 15 CFR
 * 740.17(b)(1) and (e)(3) as amended by 86 FR 16482 (29 March 2021):
 * - an item BIS has classified (it carries a CCATS number) is left out: the report is for
 *   self-classified items, and BIS says an item whose classification request it has issued need
 *   not be reported;
 * - ENC (5A002, 5B002, 5D002 under § 740.17(b)(1)) is reported;
 * - MMKT (5A992.c, 5D992.c) is reported only for the mass-market kinds § 740.17(b)(1) still
 *   names: chips, chipsets, electronic assemblies and field programmable logic devices;
 *   cryptographic libraries, modules, development kits and toolkits; application-specific
 *   hardware or software development kits implementing cryptography. Any other mass-market item
 *   is no longer reported since that rule.
 */
export type Reportability = { reported: true; reason: string } | { reported: false; reason: string };

export interface ReportCandidate {
  authorization: Authorization;
  ccatsNumber: string | null;
  encryptionComponent: EncryptionComponent | null;
}

const COMPONENT_WORDS: Record<EncryptionComponent, string> = {
  chip: 'a mass-market chip, chipset, electronic assembly or field programmable logic device',
  library: 'a mass-market cryptographic library, module, development kit or toolkit',
  'development-kit': 'a mass-market application-specific development kit implementing cryptography',
};

export function reportability(c: ReportCandidate): Reportability {
  const ccats = c.ccatsNumber?.trim();
  if (ccats) return { reported: false, reason: `classified by BIS (CCATS ${ccats}): only self-classified items are reported (§ 740.17(e)(3))` };
  if (c.authorization === 'ENC') return { reported: true, reason: 'self-classified under License Exception ENC, § 740.17(b)(1): reported under § 740.17(e)(3)' };
  if (c.encryptionComponent) return { reported: true, reason: `${COMPONENT_WORDS[c.encryptionComponent]}: still reported under § 740.17(b)(1) and (e)(3)` };
  return { reported: false, reason: 'mass market (MMKT) and not a chip, toolkit or development kit: no longer reported since 86 FR 16482 (March 2021), § 740.17(b)(1)' };
}

/** The submitter fields not set, in the words of the Settings page; empty when the report can be written. */
export function missingSubmitterFields(s: { [K in keyof ReportSubmitter]: string | null }): string[] {
  return SUBMITTER_COLUMNS.filter((c) => !reportCell(s[c.field])).map((c) => c.label);
}

/**
 * A value as the report may hold it: commas (the only separator allowed) and double quotes (which
 * would make a reader treat the cell as quoted) become spaces, line breaks and runs of spaces one
 * space. No cell ever needs CSV quoting.
 */
export function reportCell(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[,"\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class ReportRowError extends Error {
  constructor(
    readonly rowIndex: number,
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/** The submitter's four cells, or a ReportRowError (row -1) naming the first one not set. */
export function submitterCells(s: ReportSubmitter): [string, string, string, string] {
  const cells = SUBMITTER_COLUMNS.map((c) => {
    const v = reportCell(s[c.field]);
    if (!v) throw new ReportRowError(-1, c.column, `the ${c.label.toLowerCase()} of the submitter is not set in Settings`);
    return v;
  });
  return cells as [string, string, string, string];
}

/** The cells of one line, or a ReportRowError for a value the report cannot carry. */
export function reportLine(r: EncryptionReportRow, submitter: ReportSubmitter, index = 0): string[] {
  const name = reportCell(r.productName);
  if (!name) throw new ReportRowError(index, 'PRODUCT NAME', 'the product name is empty; the report requires it');
  if (!AUTHORIZATION_ECCNS[r.authorization]?.includes(r.eccn)) {
    throw new ReportRowError(index, 'ECCN', `${r.eccn} is not an ECCN reported with authorization type ${r.authorization} (${AUTHORIZATION_ECCNS[r.authorization]?.join(', ') ?? 'ENC or MMKT'})`);
  }
  if (!isSupp8ItemType(r.itemType)) {
    throw new ReportRowError(index, 'ITEM TYPE', `"${r.itemType}" is not an item type descriptor of Supp. No. 8 to Part 742, paragraph (a)(6)`);
  }
  return [
    name,
    reportCell(r.modelNumber) || NO_MODEL,
    reportCell(r.manufacturer) || NO_MANUFACTURER,
    r.eccn,
    r.authorization,
    r.itemType,
    ...submitterCells(submitter),
    reportCell(r.nonUsComponents) || NO_NON_US,
    reportCell(r.nonUsManufacturingLocations) || NO_NON_US,
  ];
}

/** The whole file: header, one CRLF-terminated line per product, no byte-order mark. */
export function buildEncryptionReport(rows: readonly EncryptionReportRow[], submitter: ReportSubmitter): string {
  submitterCells(submitter);
  const lines = [SUPP8_HEADER.join(','), ...rows.map((r, i) => reportLine(r, submitter, i).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
