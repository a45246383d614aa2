import { z } from 'zod';
import { FileSource } from './controls';
import { JobId } from './text-fields';

/** The paging every long record list (parties, items) takes beside its filters. */
export const pageFields = {
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  withTotal: z.boolean().optional(),
};

/** The import of a checked spreadsheet (parties, items). */
export const CsvImportInput = z.object({
  source: FileSource,
  /** The SHA-256 the preview showed: refuses a file changed since. */
  expectedSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  jobId: JobId.optional(),
});

export interface CsvImportResult {
  imported: number;
  fileName: string;
  sha256: string;
  /** The records written, in the file's row order. */
  ids: number[];
}

export interface CsvExportResult {
  fileName: string;
  content: string;
  rowCount: number;
  sha256: string;
}
