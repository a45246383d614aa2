import { z } from 'zod';
import { method } from './define';
import { JobId, reqText, text } from './text-fields';
import { FileSource } from './controls';
import type { ListedEntry, ScreeningListDiff, ScreeningSnapshot } from '../screening/list-types';

const snapshotId = z.number().int().positive();

export const screeningListsContract = {
  'lists.import': method<{ snapshot: ScreeningSnapshot }>()(
    'write',
    z.object({
      source: FileSource,
      format: z.enum(['ofac-sdn-csv', 'csl-csv', 'un-xml', 'bis-dpl-txt', 'custom-csv']).optional(),
      /** Publication date of the list (default: from the file, else its name). */
      publishedAt: z.iso.date().optional(),
      /** For custom lists: which list the snapshot belongs to. */
      listId: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'list id must be 2-41 lower-case letters, digits or dashes')
        .optional(),
      listName: reqText(200, 'the list name').optional(),
      /** Leave out an incomplete last row (a truncated download) instead of refusing the file; the snapshot records it. */
      acceptTruncated: z.boolean().optional(),
      jobId: JobId.optional(),
    }),
    'Import a restricted-party list file as a new immutable snapshot.',
  ),
  'lists.snapshots': method<ScreeningSnapshot[]>()(
    'read',
    z.object({ listId: text('the list id').max(100).optional() }).optional(),
    'Snapshots of every screening list, newest first.',
  ),
  'lists.setCurrent': method<{ snapshot: ScreeningSnapshot }>()(
    'write',
    z.object({ snapshotId }),
    'Mark a screening-list snapshot as the current one of its list.',
  ),
  'lists.diff': method<ScreeningListDiff>()(
    'read',
    z.object({ fromSnapshotId: snapshotId, toSnapshotId: snapshotId }),
    'Entries added, removed and changed between two snapshots of one list.',
  ),
  'lists.entry': method<ListedEntry>()(
    'read',
    z.object({ snapshotId, externalId: reqText(200, 'the listed entry id') }),
    'One listed entry with its names, aliases, countries, programs and remarks.',
  ),
};
