import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { rememberSwitch } from '../backups/switch-notice';
import { ErrorBox } from '../components/error-box';

/**
 * "Leave the demo": back to the workspace open before it (the host remembers it), the window
 * reloading on it. Offered only by a host that can switch workspaces.
 */
export function LeaveDemo({ testId, className = 'button small' }: { testId: string; className?: string }) {
  const [canSwitch, setCanSwitch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('host.capabilities', {})
      .then((c) => live && setCanSwitch(c.canSwitchWorkspace))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!canSwitch) return null;

  async function leave() {
    setBusy(true);
    setError(null);
    try {
      const r = await call('host.leaveDemo', {});
      rememberSwitch(`Left the demo: back on the workspace ${r.path}.`);
      window.location.reload();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={className} disabled={busy} onClick={() => void leave()} data-testid={testId}>
        {busy ? 'Leaving the demo…' : 'Leave the demo'}
      </button>
      <ErrorBox error={error} title="The demo was not left." testId={`${testId}-error`} />
    </>
  );
}
