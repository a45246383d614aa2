/** What the import of a spreadsheet (parties, items) shows before anything is written. */

export interface ImportRowError {
  /** The spreadsheet row (line of the CSV file where the row starts). */
  row: number;
  /** The CSV column at fault, or "row" for the row as a whole. */
  field: string;
  message: string;
}

export interface CsvImportPreview<Row extends { row: number; errors: ImportRowError[] }> {
  fileName: string;
  sha256: string;
  rows: Row[];
  rowCount: number;
  errorCount: number;
  /** File-level remarks that do not stop the import, e.g. columns ExportDesk does not read. */
  warnings: string[];
}
