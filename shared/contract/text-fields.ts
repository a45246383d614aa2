import { z } from 'zod';

/** Optional free text: trimmed, empty becomes null, left out stays undefined (an update keeps the old value). */
export const optText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} is longer than ${max} characters`)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

/** Required text: trimmed and not empty. */
export const reqText = (max: number, what: string) =>
  z.string().trim().min(1, `${what} cannot be empty`).max(max, `${what} is longer than ${max} characters`);
