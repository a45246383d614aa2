import { z } from 'zod';
import { method } from './define';
import { JobId, optLines, text } from './text-fields';
import { FileSource } from './controls';
import type {
  BatchRowResult,
  QueueItem,
  RescreenSummary,
  ScreeningHitRecord,
  ScreeningPreview,
  ScreeningRecord,
} from '../screening/record-types';

const partyType = z.enum(['individual', 'entity', 'vessel', 'aircraft', 'unknown']);
const threshold = z.number().gt(0, 'the threshold must be above 0').max(1, 'the threshold is at most 1');
const country = text('the country')
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'the country must be a two-letter ISO 3166 code');
/** Long names are cut safely by the matcher (and the record says so); this only bounds the request. */
const name = text('the name').trim().min(1, 'the name is empty').max(20_000, 'the name is over 20,000 characters');

export const screeningContract = {
  'screening.preview': method<ScreeningPreview>()(
    'read',
    z.object({ name, country: country.optional(), type: partyType.optional(), threshold: threshold.optional(), limit: z.number().int().min(1).max(200).optional() }),
    'Screen a name against every current list without recording it (the live results of the screening box).',
  ),
  'screening.name': method<ScreeningRecord>()(
    'write',
    z.object({ name, country: country.optional(), type: partyType.optional(), threshold: threshold.optional() }),
    'Screen an ad-hoc name against every current list and record the screening.',
  ),
  'screening.party': method<ScreeningRecord>()(
    'write',
    z.object({ partyId: z.number().int().positive(), threshold: threshold.optional() }),
    "Screen a party under each of its names and record it; earlier decisions on the same listed entries carry over.",
  ),
  'screening.batch': method<{ batchId: number; rows: BatchRowResult[] }>()(
    'write',
    z.object({ source: FileSource, threshold: threshold.optional(), jobId: JobId.optional() }),
    'Screen every row of a CSV (name, optional id, country, type) and record each.',
  ),
  'screening.rescreenAll': method<RescreenSummary>()(
    'write',
    z.object({ threshold: threshold.optional(), jobId: JobId.optional() }).optional(),
    'Re-screen every party against the current lists and say what changed for each.',
  ),
  'screening.decide': method<ScreeningHitRecord>()(
    'write',
    z
      .object({
        hitId: z.number().int().positive(),
        decision: z.enum(['cleared', 'confirmed', 'review']),
        reason: optLines(4000, 'the reason').transform((v) => v ?? ''),
      })
      .refine((d) => d.decision !== 'cleared' || d.reason.length >= 3, {
        message: 'a reason is required to clear a hit as a false positive',
        path: ['reason'],
      }),
    'Decide a hit: cleared as a false positive (with a reason), confirmed match (blocks the party), or needs review.',
  ),
  'screening.decideMany': method<ScreeningHitRecord[]>()(
    'write',
    z
      .object({
        hitIds: z
          .array(z.number().int().positive())
          .min(1, 'select at least one hit')
          .max(500, 'decide at most 500 hits at once')
          .refine((ids) => new Set(ids).size === ids.length, 'a hit is selected twice'),
        decision: z.enum(['cleared', 'confirmed', 'review']),
        reason: optLines(4000, 'the reason').transform((v) => v ?? ''),
      })
      .refine((d) => d.decision !== 'cleared' || d.reason.length >= 3, {
        message: 'a reason is required to clear hits as false positives',
        path: ['reason'],
      }),
    'Decide several hits with one reason (the hits of one screening, or one listed entry across parties): each decision is recorded on its own, all or none.',
  ),
  'screening.queue': method<{ total: number; items: QueueItem[] }>()(
    'read',
    z
      .object({
        status: z.enum(['open', 'review', 'undecided']).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .optional(),
    'Hits waiting for a decision, oldest first.',
  ),
  'screening.get': method<ScreeningRecord>()('read', z.object({ screeningId: z.number().int().positive() }), 'One screening record with its hits and decisions.'),
  'screening.history': method<ScreeningRecord[]>()(
    'read',
    z.object({ partyId: z.number().int().positive(), limit: z.number().int().min(1).max(200).optional() }),
    "A party's screenings, newest first.",
  ),
};
