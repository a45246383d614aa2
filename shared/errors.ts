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

/** Turns anything thrown into the envelope's error half, never leaking a stack trace. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.info;
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
