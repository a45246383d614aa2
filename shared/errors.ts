/**
 * Errors that cross the contract boundary. Every failure a user can cause gets a stable code and a
 * sentence a compliance officer understands; the optional location fields say where the fault is.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'BAD_FILE'
  | 'FILE_TOO_LARGE'
  | 'WORKSPACE_TOO_NEW'
  | 'WORKSPACE_ERROR'
  | 'CONFLICT'
  /** Another window or command holds the workspace's write lock past the wait; trying again works. */
  | 'BUSY'
  | 'INTERNAL';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** The input field or record field at fault, e.g. `entries[12].eccn` or `versionLabel`. */
  field?: string;
  /** The file at fault, by the name the user gave it. */
  file?: string;
  /** 1-based line in that file, when the fault has one. */
  line?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export class AppError extends Error {
  readonly info: ErrorInfo;
  constructor(code: ErrorCode, message: string, where: Omit<ErrorInfo, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.info = { code, message, ...where };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export const BUSY_MESSAGE =
  'The workspace is busy with another ExportDesk window or command (an import, a screening batch or a backup is writing to it); try again in a moment.';

/**
 * What SQLite's own failures mean to the person at the desk. Its messages ("database is locked",
 * "disk I/O error") and everything else unexpected stay in the log, never in the message.
 */
function sqliteErrorInfo(code: string): ErrorInfo | null {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'BUSY', message: BUSY_MESSAGE };
  if (code === 'SQLITE_FULL') return { code: 'WORKSPACE_ERROR', message: 'The disk holding the workspace is full; free some space and try again.' };
  if (code.startsWith('SQLITE_READONLY')) return { code: 'WORKSPACE_ERROR', message: 'The workspace cannot be written: its folder or database file is read-only.' };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { code: 'WORKSPACE_ERROR', message: 'The workspace database is damaged. Restore the latest backup into a new folder (exportdesk restore).' };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return { code: 'WORKSPACE_ERROR', message: 'ExportDesk could not read or write the workspace files (a disk or file-system error); check the disk and try again.' };
  }
  return null;
}

/** Turns anything thrown into the envelope's error half, never leaking a stack trace, a call name or SQL. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.info;
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
  const known = code.startsWith('SQLITE_') ? sqliteErrorInfo(code) : null;
  if (known) return known;
  return { code: 'INTERNAL', message: 'ExportDesk ran into an unexpected problem and did not finish this; the details are in its log.' };
}
