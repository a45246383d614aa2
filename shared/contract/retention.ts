import { z } from 'zod';
import { RETENTION_KINDS, type RetentionList } from '../retention/types';
import { method } from './define';

/**
 * Record retention (15 CFR 762.6): when each record's five years end. A read only: ExportDesk never
 * deletes a record, the list is for a person to review.
 */
export const retentionContract = {
  'retention.list': method<RetentionList>()(
    'read',
    z
      .object({
        /** Only records whose retention has ended by `asOf`. */
        pastOnly: z.boolean().optional(),
        /** The day to judge by (default today): a later day shows what will be past by then. */
        asOf: z.iso.date('asOf must be a date YYYY-MM-DD').optional(),
        kinds: z.array(z.enum(RETENTION_KINDS)).max(RETENTION_KINDS.length).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .optional(),
    'Records with the day their retention under 15 CFR 762.6 ends, those past it first; nothing is ever deleted automatically.',
  ),
};
