import { z } from 'zod';
import { method } from './define';
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
      listName: z.string().trim().min(1).max(200).optional(),
      /** Leave out an incomplete last row (a truncated download) instead of refusing the file; the snapshot records it. */
      acceptTruncated: z.boolean().optional(),
      jobId: z.string().max(100).optional(),
    }),
    'Import a restricted-party list file as a new immutable snapshot.',
  ),
  'lists.snapshots': method<ScreeningSnapshot[]>()(
    'read',
    z.object({ listId: z.string().optional() }).optional(),
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
    z.object({ snapshotId, externalId: z.string().min(1) }),
    'One listed entry with its names, aliases, countries, programs and remarks.',
  ),
};
