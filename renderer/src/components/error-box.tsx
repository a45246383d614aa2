import { ApiError } from '../api/client';

/**
 * The core writes a refused field in the lower-case form the CLI prints after "error:" ("the legal
 * name cannot be empty"); on a screen it stands alone, so it starts as a sentence does. Only a
 * leading article is raised: a message may start with a file name, which keeps its case.
 */
export function asSentence(message: string): string {
  const raised = /^(the|a|an) /.test(message) ? message[0]!.toUpperCase() + message.slice(1) : message;
  return /[.!?)]$/.test(raised) ? raised : `${raised}.`;
}

/** The sentence to show for anything thrown: the core's own message when it sent one. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    return e.info.code === 'INTERNAL' ? `Something went wrong inside ExportDesk. ${e.info.message}` : asSentence(e.info.message);
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

export function ErrorBox({ error, title, testId, onDismiss }: { error: unknown; title?: string; testId?: string; onDismiss?: () => void }) {
  if (error === null || error === undefined) return null;
  return (
    <div className="error-box" role="alert" data-testid={testId ?? 'error'}>
      {title && <div className="error-box-title">{title}</div>}
      <div className="error-box-message">{errorMessage(error)}</div>
      {onDismiss && (
        <button type="button" className="link-button error-box-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
