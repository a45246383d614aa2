import { AppError } from '../../../../shared/errors';
import { MAX_LISTED_NAME } from '../parsed';

/** A listed name must be present and of a sane length; either fault names the file and line. */
export function checkName(name: string, file: string, line: number, field: string): string {
  const n = name.trim();
  if (!n) throw new AppError('BAD_FILE', `${file}, line ${line}: the ${field} is empty`, { file, line, field });
  if (n.length > MAX_LISTED_NAME) {
    throw new AppError('BAD_FILE', `${file}, line ${line}: the ${field} is ${n.length} characters long; the limit is ${MAX_LISTED_NAME}`, { file, line, field });
  }
  return n;
}
