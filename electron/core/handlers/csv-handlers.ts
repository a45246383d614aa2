import type { Database } from 'better-sqlite3';
import type { FileSource } from '../../../shared/contract/controls';
import type { CsvExportResult, CsvImportResult } from '../../../shared/contract/record-lists';
import { AppError } from '../../../shared/errors';
import type { CsvImportPreview, ImportRowError } from '../../../shared/imports/csv-preview';
import { decodeUtf8, readSource } from '../files/read-source';
import { importErrors, importRefusal, type CheckedSheet } from '../files/spreadsheet-import';
import type { HandlerContext, Tx } from '../registry';
import { sha256Hex } from '../store/hash';

/** How one kind of record (parties, items) travels as a spreadsheet, as the handlers need it. */
export interface CsvRecords<F, Row extends { row: number; errors: ImportRowError[] }, Filters> {
  /** "parties", "items": the import's progress line, the action prefix and the export's file name. */
  plural: string;
  /** The audit record type of one record ("party"); its imports and exports are "<type>_import", "<type>_export". */
  recordType: string;
  parse(text: string, fileName: string): CheckedSheet<string, F>;
  /** Adds an error to every row naming a record already in the workspace. */
  checkAgainstWorkspace(db: Database, sheet: CheckedSheet<string, F>): void;
  previewOf(sheet: CheckedSheet<string, F>, sha256: string): CsvImportPreview<Row>;
  insert(tx: Tx, fields: F): number;
  ids(db: Database, filters: Filters): number[];
  csv(db: Database, ids: number[]): string;
}

interface PreparedImport<F> {
  parsed: CheckedSheet<string, F>;
  sha256: string;
}

/** Reads a spreadsheet and checks every row, writing nothing. */
export function importPreviewHandler<F, Row extends { row: number; errors: ImportRowError[] }, Filters>(records: CsvRecords<F, Row, Filters>) {
  return {
    run(ctx: HandlerContext, input: { source: FileSource }): CsvImportPreview<Row> {
      const file = readSource(input.source);
      const parsed = records.parse(decodeUtf8(file), file.name);
      records.checkAgainstWorkspace(ctx.db, parsed);
      return records.previewOf(parsed, file.sha256);
    },
  };
}

/** Imports every row of a spreadsheet, or none when any row has a fault. */
export function importHandler<F, Row extends { row: number; errors: ImportRowError[] }, Filters>(records: CsvRecords<F, Row, Filters>) {
  return {
    async prepare(ctx: HandlerContext, input: { source: FileSource; expectedSha256?: string }): Promise<PreparedImport<F>> {
      await ctx.progress('Reading the file', 0, 3);
      const file = readSource(input.source);
      if (input.expectedSha256 && input.expectedSha256 !== file.sha256) {
        throw new AppError('CONFLICT', `${file.name} has changed since it was previewed. Preview it again before importing.`, { file: file.name });
      }
      await ctx.progress('Checking every row', 1, 3);
      const parsed = records.parse(decodeUtf8(file), file.name);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      await ctx.progress(`Writing ${parsed.rows.length} ${records.plural}`, 2, 3);
      return { parsed, sha256: file.sha256 };
    },
    commit(tx: Tx, _input: unknown, { parsed, sha256 }: PreparedImport<F>): CsvImportResult {
      // Checked again inside the transaction: another window may have added the same record since.
      records.checkAgainstWorkspace(tx.db, parsed);
      if (importErrors(parsed).length) throw importRefusal(parsed);
      const action = `${records.plural}.import`;
      const ids: number[] = [];
      for (const r of parsed.rows) {
        const id = records.insert(tx, r.fields!);
        ids.push(id);
        tx.audit({ action, recordType: records.recordType, recordId: id, after: { ...r.fields!, importedFrom: { fileName: parsed.fileName, row: r.row, sha256 } } });
      }
      tx.audit({ action, recordType: `${records.recordType}_import`, recordId: sha256, after: { fileName: parsed.fileName, sha256, imported: parsed.rows.length } });
      return { imported: parsed.rows.length, fileName: parsed.fileName, sha256, ids };
    },
  };
}

/** The records matching the filters as CSV in the import format. */
export function exportHandler<F, Row extends { row: number; errors: ImportRowError[] }, Filters>(records: CsvRecords<F, Row, Filters>) {
  return {
    commit(tx: Tx, input: Filters | undefined): CsvExportResult {
      const filters = input ?? ({} as Filters);
      const ids = records.ids(tx.db, filters);
      const content = records.csv(tx.db, ids);
      const sha256 = sha256Hex(content);
      const fileName = `${records.plural}-${tx.at.slice(0, 10)}.csv`;
      // Records leaving the workspace are recorded, like any other export.
      tx.audit({ action: `${records.plural}.export`, recordType: `${records.recordType}_export`, recordId: fileName, after: { fileName, rowCount: ids.length, sha256, filters } });
      return { fileName, content, rowCount: ids.length, sha256 };
    },
  };
}
