import { z } from 'zod';
import { method } from './define';
import { FileSource } from './controls';
import { JobId, reqText } from './text-fields';
import type { DetectedFile, ImportOutcome } from '../imports/detected-file';

const listId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'list id must be 2-41 lower-case letters, digits or dashes');

export const importsContract = {
  'imports.detect': method<DetectedFile>()(
    'read',
    z.object({ source: FileSource }),
    'What a file is (control list, screening list, Country Chart or Country Groups) in plain words, without importing it; a file ExportDesk does not read is refused with what it can read.',
  ),
  'imports.run': method<ImportOutcome>()(
    'write',
    z.object({
      source: FileSource,
      /** Control lists: the version label (default: from the file). */
      versionLabel: reqText(200, 'the version label').optional(),
      /** Control-list CSV and own screening lists: which list the version belongs to. */
      listId: listId.optional(),
      listName: reqText(200, 'the list name').optional(),
      /** Control-list CSV: the date the list takes effect. */
      effectiveDate: z.iso.date().optional(),
      /** Screening lists: the publication date. */
      publishedAt: z.iso.date().optional(),
      /** Screening lists: leave out an incomplete last row (a truncated download) instead of refusing the file. */
      acceptTruncated: z.boolean().optional(),
      jobId: JobId.optional(),
    }),
    'Import any file ExportDesk reads: detects what it is and imports it as a new immutable snapshot of its list.',
  ),
};
