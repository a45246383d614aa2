import { ApiError } from '../api/client';

/**
 * A list whose last row is cut off is refused unless the user accepts leaving that row out; the
 * core marks such a refusal with the field the choice sets (acceptTruncated).
 */
export function isTruncatedFile(e: unknown): boolean {
  return e instanceof ApiError && e.info.code === 'BAD_FILE' && (e.info.field === 'acceptTruncated' || /truncated/i.test(e.info.message));
}

/** The core's sentence names the command-line flag; in the window the choice is the checkbox below it. */
export function withoutCliHint(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  const message = e.info.message.replace(/\s*\(exportdesk [^)]*\)/, '');
  return message === e.info.message ? e : new ApiError({ ...e.info, message });
}
