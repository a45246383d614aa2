import { useState } from 'react';

const KEY = 'exportdesk-switched';

/** Kept across the reload that follows a switch of workspace, to say once what happened. */
export function rememberSwitch(message: string): void {
  try {
    sessionStorage.setItem(KEY, message);
  } catch {
    // No storage (a locked-down profile): the status bar still names the workspace.
  }
}

function takeSwitch(): string | null {
  try {
    const m = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return m;
  } catch {
    return null;
  }
}

/** After a restore, an opened workspace or leaving the demo: what the window now shows. */
export function SwitchNotice() {
  const [message, setMessage] = useState(takeSwitch);
  if (!message) return null;
  return (
    <div className="notice success switch-notice" role="status" data-testid="switch-notice">
      {message}{' '}
      <button type="button" className="link-button" onClick={() => setMessage(null)}>
        Dismiss
      </button>
    </div>
  );
}
