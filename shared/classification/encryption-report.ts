import { isSupp8ItemType } from './supp8-item-types';
import { AUTHORIZATION_ECCNS, type Authorization } from './types';

/**
 * The annual encryption self-classification report (15 CFR 740.17(b)(1) and (e)(3); format of
 * Supplement No. 8 to Part 742): a CSV whose first line is exactly the header below, one line per
 * product, no cell left blank (NONE or N/A instead), and no comma anywhere except between cells.
 * Due to BIS and the ENC Encryption Request Coordinator by 1 February for the previous calendar year.
 *
 * The six columns are the ones this project specifies. Later amendments of the supplement (and
 * BIS's current sample file) add submitter and non-U.S. component columns; check the current
 * eCFR text before filing.
 */
export const SUPP8_HEADER = ['PRODUCT NAME', 'MODEL NUMBER', 'MANUFACTURER', 'ECCN', 'AUTHORIZATION TYPE', 'ITEM TYPE'] as const;

export interface EncryptionReportRow {
  productName: string;
  modelNumber: string | null;
  manufacturer: string | null;
  /** The ECCN without paragraph (5A002, 5D992): the report names the entry. */
  eccn: string;
  authorization: Authorization;
  itemType: string;
}

/** For MODEL NUMBER: the product has none. */
export const NO_MODEL = 'NONE';
/** For MANUFACTURER: not recorded for the product. */
export const NO_MANUFACTURER = 'N/A';

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

/** The cells of one line, or a ReportRowError for a value the report cannot carry. */
export function reportLine(r: EncryptionReportRow, index = 0): string[] {
  const name = reportCell(r.productName);
  if (!name) throw new ReportRowError(index, 'PRODUCT NAME', 'the product name is empty; the report requires it');
  if (!AUTHORIZATION_ECCNS[r.authorization]?.includes(r.eccn)) {
    throw new ReportRowError(index, 'ECCN', `${r.eccn} is not an ECCN reported with authorization type ${r.authorization} (${AUTHORIZATION_ECCNS[r.authorization]?.join(', ') ?? 'ENC or MMKT'})`);
  }
  if (!isSupp8ItemType(r.itemType)) {
    throw new ReportRowError(index, 'ITEM TYPE', `"${r.itemType}" is not an item type descriptor of Supp. No. 8 to Part 742, paragraph (a)(6)`);
  }
  return [name, reportCell(r.modelNumber) || NO_MODEL, reportCell(r.manufacturer) || NO_MANUFACTURER, r.eccn, r.authorization, r.itemType];
}

/** The whole file: header, one CRLF-terminated line per product, no byte-order mark. */
export function buildEncryptionReport(rows: readonly EncryptionReportRow[]): string {
  const lines = [SUPP8_HEADER.join(','), ...rows.map((r, i) => reportLine(r, i).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
