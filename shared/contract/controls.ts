import { z } from 'zod';
import { method } from './define';
import { JobId, reqText, text } from './text-fields';
import type {
  BrowseGroup,
  ControlEntry,
  ControlList,
  ListSnapshot,
  SearchHit,
  SnapshotDiff,
} from '../control-lists/types';

/** A file handed to the core: a path (CLI, Electron dialog) or its bytes (a browser file picker). */
export const FileSource = z.union([
  z.object({ path: text('the file path').min(1, 'give the file to read') }),
  z.object({ name: text('the file name').min(1, 'the file has no name'), base64: z.string() }),
]);
export type FileSource = z.infer<typeof FileSource>;

const snapshotId = z.number().int().positive();

export const controlsContract = {
  'controls.import': method<{ snapshot: ListSnapshot }>()(
    'write',
    z.object({
      source: FileSource,
      format: z.enum(['ccl-json', 'eu-annex-json', 'exchange-json', 'csv']).optional(),
      versionLabel: reqText(200, 'the version label').optional(),
      /** For CSV and custom lists: which list the snapshot belongs to. */
      listId: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'list id must be 2-41 lower-case letters, digits or dashes')
        .optional(),
      listName: reqText(200, 'the list name').optional(),
      effectiveDate: z.iso.date().optional(),
      sourceUrl: text('the source address').max(2000).optional(),
      /** Ties progress events to the caller's request. */
      jobId: JobId.optional(),
    }),
    'Import a control-list file as a new immutable snapshot.',
  ),
  'controls.lists': method<ControlList[]>()('read', z.object({}).optional(), 'Control lists in the workspace.'),
  'controls.snapshots': method<ListSnapshot[]>()(
    'read',
    z.object({ listId: text('the list id').max(100).optional() }).optional(),
    'Snapshots of every list, newest first.',
  ),
  'controls.setCurrent': method<{ snapshot: ListSnapshot }>()(
    'write',
    z.object({ snapshotId }),
    'Mark a snapshot as the current one of its list.',
  ),
  'controls.search': method<SearchHit[]>()(
    'read',
    z.object({
      query: text('the search words').trim().min(1, 'type something to search for').max(500, 'the search words are longer than 500 characters'),
      snapshotId: snapshotId.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    'Full-text and code search over one snapshot (default: every current snapshot).',
  ),
  'controls.show': method<ControlEntry>()(
    'read',
    z.object({ code: reqText(100, 'the entry code'), snapshotId: snapshotId.optional() }),
    'One entry with its paragraphs, reasons for control and license exceptions.',
  ),
  'controls.browse': method<BrowseGroup[]>()(
    'read',
    z.object({ snapshotId }),
    'Categories and product groups of a snapshot with their entries.',
  ),
  'controls.diff': method<SnapshotDiff>()(
    'read',
    z.object({ fromSnapshotId: snapshotId, toSnapshotId: snapshotId }),
    'Entries and paragraphs added, removed and changed between two snapshots of a list.',
  ),
  'controls.export': method<{ fileName: string; content: string; sha256: string }>()(
    'write',
    z.object({ snapshotId }),
    'A snapshot in the ExportDesk exchange format, for handing the exact list to another workspace.',
  ),
};
