import { z } from 'zod';
import { method } from './define';
import { JobId, text } from './text-fields';
import { FileSource } from './controls';
import type { DestinationSnapshot, DeterminationRun } from '../determination/types';

const snapshotId = z.number().int().positive();

export const determinationContract = {
  'destinations.import': method<{ snapshot: DestinationSnapshot }>()(
    'write',
    z.object({ source: FileSource, jobId: JobId.optional() }),
    'Import a Commerce Country Chart or Country Groups file (detected by its shape) as a new immutable snapshot.',
  ),
  'destinations.snapshots': method<DestinationSnapshot[]>()(
    'read',
    z.object({ kind: z.enum(['country-chart', 'country-groups']).optional() }).optional(),
    'Country Chart and Country Groups snapshots, newest first.',
  ),
  'determination.run': method<DeterminationRun>()(
    'read',
    z.object({
      eccn: text('the ECCN').trim().min(1, 'give an ECCN (like 5A002.a.1) or EAR99').max(60, 'the ECCN is longer than 60 characters'),
      destination: text('the destination').trim().min(1, 'give a destination (its ISO code, like DE)').max(100, 'the destination is longer than 100 characters'),
      controlSnapshotId: snapshotId.optional(),
      chartSnapshotId: snapshotId.optional(),
      groupsSnapshotId: snapshotId.optional(),
    }),
    'US license determination (15 CFR 738.4) for an ECCN or EAR99 and a destination, from the current snapshots.',
  ),
};
