import { useEffect } from 'react';
import { onWritten } from '../api/client';
import { useChainCheck } from '../audit/chain-check';
import { ChainStatus } from '../audit/chain-warning';
import { useApp } from './app-store';

export function StatusBar() {
  const { info, infoError, setSettingsOpen } = useApp();
  // Every write adds audit rows (and may change the current lists): the line below follows it.
  useEffect(
    () =>
      onWritten(() => {
        useChainCheck.getState().recheckSoon();
        void useApp.getState().loadInfo();
      }),
    [],
  );
  return (
    <footer className="status-bar" data-testid="status-bar">
      {infoError ? (
        <span className="status-error">Workspace not available</span>
      ) : (
        <>
          <span className="status-item" title={info?.path} data-testid="status-workspace">
            <span className="status-key">Workspace</span> {info?.path ?? '…'}
            {info?.isDemo && <span className="badge demo">Demo</span>}
          </span>
          <button type="button" className="status-item status-button" onClick={() => setSettingsOpen(true)} title="Change the name recorded in the audit log" data-testid="status-user">
            <span className="status-key">User</span> {info?.userName ?? '…'}
          </button>
          <ChainStatus />
          <span className="status-lists">
            {info && info.currentSnapshots.length === 0 && <span className="status-item muted">No control list imported</span>}
            {info?.currentSnapshots.map((s) => (
              <span key={s.id} className="status-item" data-testid="status-snapshot" title={`Current version, imported ${s.importedAt.slice(0, 10)} by ${s.importedBy} from ${s.sourceFileName}`}>
                {s.listName}: {s.versionLabel}
              </span>
            ))}
          </span>
        </>
      )}
    </footer>
  );
}
