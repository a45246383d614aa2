import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { jsonLineOf } from './json-location';

/**
 * Turns the first schema violation of a JSON file into a message naming the file, the line, the
 * entry (by index and code when it has one) and the field.
 */
export function jsonShapeError(
  fileName: string,
  text: string,
  err: z.ZodError,
  describeEntry: (index: number) => string | undefined,
): AppError {
  const issue = err.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const line = jsonLineOf(text, path);
  let where = '';
  let field = path.join('.');
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const code = describeEntry(path[1]);
    where = `entry ${path[1] + 1}${code ? ` (${code})` : ''}, `;
    field = path.slice(2).join('.') || 'entry';
  }
  const got = issue.code === 'invalid_type' && issue.message.includes('undefined') ? 'missing' : issue.message;
  const msg = `${fileName}${line ? `, line ${line}` : ''}: ${where}field "${field}": ${got === 'missing' ? 'is missing' : got}`;
  return new AppError('BAD_FILE', `${msg}. This file does not have the expected shape; nothing was imported.`, {
    file: fileName,
    line,
    field,
  });
}
