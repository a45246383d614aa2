import { z } from 'zod';
import { hiddenCharacterIn, describeHiddenCharacter } from '../hidden-characters';

/**
 * Every free-text field of the contract is built here, so that none of them can carry a character
 * that changes what a reader sees: a control character (an escape sequence rewrites the terminal, a
 * backspace erases what came before, NUL cuts a string in C code), a bidi override or isolate (U+202E
 * shows "exe.fdp" as "pdf.exe"), a zero-width character or a line separator. Right-to-left scripts
 * themselves (Arabic, Hebrew) are ordinary letters and pass.
 */

/** The checks these builders add, so a test can tell a field built here from a bare z.string(). */
export const textChecks = new WeakSet<object>();

function hiddenCheck(what: string, multiline: boolean) {
  const check = z.superRefine<string>((v, ctx) => {
    const found = hiddenCharacterIn(v, { multiline });
    if (found) ctx.addIssue({ code: 'custom', message: `${what} ${describeHiddenCharacter(found)}` });
  });
  textChecks.add(check);
  return check;
}

/** Windows line ends become \n, so a pasted or imported paragraph is not refused for its \r. */
const toLf = (v: string) => v.replace(/\r\n?/g, '\n');

/** Any text checked for hidden characters, untrimmed and unbounded: paths, search words, keys. */
export const text = (what: string) => z.string().check(hiddenCheck(what, false));

/** Optional single-line text: trimmed, empty becomes null, left out stays undefined (an update keeps the old value). */
export const optText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} is longer than ${max} characters`)
    .check(hiddenCheck(what, false))
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

/** Required single-line text: trimmed and not empty. */
export const reqText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .check(hiddenCheck(what, false));

/** Optional text of several lines (notes, addresses, end use): keeps line breaks and tabs, nothing else invisible. */
export const optLines = (max: number, what: string) =>
  z
    .string()
    .trim()
    .overwrite(toLf)
    .max(max, `${what} is longer than ${max} characters`)
    .check(hiddenCheck(what, true))
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

/** Required text of several lines. */
export const reqLines = (max: number, what: string) =>
  z
    .string()
    .trim()
    .overwrite(toLf)
    .min(1, `${what} cannot be empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .check(hiddenCheck(what, true));

/** The caller's tag tying progress events to its request. */
export const JobId = text('the job id').max(100);
