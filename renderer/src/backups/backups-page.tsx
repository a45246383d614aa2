import { useCallback, useEffect, useState } from 'react';
import type { BackupCheck, BackupListEntry, BackupListing } from '../../../shared/backup/types';
import type { HostCapabilities } from '../../../shared/contract/host';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { formatBytes } from '../components/documents';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { BackUpNow } from './back-up-now';
import { CheckPanel, type CheckState } from './check-panel';
import { OpenWorkspacePanel, RestorePanel } from './restore-panel';
import { useJob } from '../components/use-job';
import './backups.css';

function CheckStatus({ b }: { b: BackupListEntry }) {
  const c = b.lastCheck;
  if (!c) return <span className="muted">Not checked</span>;
  return (
    <span className={c.status === 'intact' ? 'backup-intact' : 'backup-refused'} title={c.problem ?? undefined}>
      {c.status === 'intact' ? 'Checked, intact' : 'Checked, refused'}
      <span className="sub">
        {formatDateTime(c.checkedAt)} by {c.checkedBy}
        {c.problem ? ` — ${c.problem}` : ''}
      </span>
    </span>
  );
}

function BackupList({
  listing,
  checking,
  canShow,
  onCheck,
  onRestore,
}: {
  listing: BackupListing;
  checking: boolean;
  canShow: boolean;
  onCheck(path: string): void;
  onRestore(path: string): void;
}) {
  const [showError, setShowError] = useState<unknown>(null);
  async function show(b: BackupListEntry) {
    setShowError(null);
    try {
      await call('host.showInFolder', { relativePath: `backups/${b.name}` });
    } catch (e) {
      setShowError(e);
    }
  }
  if (listing.backups.length === 0) {
    return (
      <p className="empty" data-testid="backups-empty">
        No backup yet. Back up now, or let the app make one when it closes ({listing.keep === 0 ? 'automatic backups are off' : `the last ${listing.keep} are kept`}).
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <ErrorBox error={showError} title="The folder could not be opened." testId="backup-show-error" />
      <table className="data-table" data-testid="backups-table">
        <thead>
          <tr>
            <th>Backup</th>
            <th className="num">Size</th>
            <th>Written</th>
            <th>Check</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {listing.backups.map((b) => (
            <tr key={b.path} data-testid="backup-row" data-path={b.path}>
              <td className="backup-name">
                <span className="mono">{b.name}</span>
                {b.automatic && <span className="badge">automatic</span>}
                <span className="sub mono">{b.inBackupsFolder ? 'in the workspace’s backups folder' : b.path}</span>
              </td>
              <td className="num nowrap" data-testid="backup-size">
                {formatBytes(b.size)}
              </td>
              <td className="nowrap">{formatDateTime(b.modifiedAt)}</td>
              <td data-testid="backup-check-status" data-status={b.lastCheck?.status ?? 'not-checked'}>
                <CheckStatus b={b} />
              </td>
              <td className="backup-actions">
                <button type="button" className="button small" disabled={checking} onClick={() => onCheck(b.path)} data-testid="backup-row-check">
                  Check
                </button>
                <button type="button" className="button small" onClick={() => onRestore(b.path)} data-testid="backup-row-restore">
                  Restore…
                </button>
                {canShow && b.inBackupsFolder && (
                  <button type="button" className="button small" onClick={() => void show(b)} data-testid="backup-row-show">
                    Show in folder
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Backups of this workspace in the window (the desktop app and the browser build alike): back up
 * now, the backups with their size and last check, check any file, restore into a new folder.
 */
export function BackupsPage() {
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [caps, setCaps] = useState<HostCapabilities | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restoreFile, setRestoreFile] = useState('');
  const [checkPath, setCheckPath] = useState('');
  const [checkResult, setCheckResult] = useState<BackupCheck | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const checkJob = useJob('check');
  const loadInfo = useApp((s) => s.loadInfo);

  const load = useCallback(async () => {
    try {
      setListing(await call('backup.list', {}));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
    call('host.capabilities', {})
      .then(setCaps)
      .catch(() => undefined);
  }, [load]);

  async function check(path: string) {
    if (checkJob.running || !path.trim()) return;
    setCheckPath(path);
    setCheckResult(null);
    setCheckError(null);
    try {
      setCheckResult(await checkJob.run((jobId) => call('backup.check', { path: path.trim(), jobId })));
    } catch (e) {
      setCheckError(e);
    }
    await Promise.all([load(), loadInfo()]);
  }

  const checkState: CheckState = { path: checkPath, setPath: setCheckPath, job: checkJob, result: checkResult, error: checkError, check };
  const canChoose = caps?.canChoosePaths ?? false;

  return (
    <div className="page" data-testid="backups-page">
      <header className="page-header">
        <h1>Backups</h1>
        <p className="page-lede">
          Copies of this whole workspace — records, attachments, filing packages and the audit log — each in one file with the SHA-256 of everything in it. A backup is
          checked completely before it is restored, and a restore never writes over a workspace.
        </p>
      </header>
      <div className="page-body">
        {listing && <BackUpNow folder={listing.folder} canChoose={canChoose} onDone={load} />}
        <section className="panel" aria-labelledby="backups-list-title">
          <h2 id="backups-list-title" className="panel-title">
            Backups of this workspace
          </h2>
          <ErrorBox error={error} title="The backups could not be listed." testId="backups-error" />
          {listing && (
            <>
              <BackupList
                listing={listing}
                checking={checkJob.running}
                canShow={caps?.canShowInFolder ?? false}
                onCheck={(p) => void check(p)}
                onRestore={(p) => {
                  setRestoreFile(p);
                  document.getElementById('backup-restore-title')?.scrollIntoView({ block: 'start' });
                }}
              />
              <p className="muted backup-text">
                The backups folder is <span className="mono">{listing.folder}</span>; backups written elsewhere are listed while they are still there. The app also backs up
                when it closes ({listing.keep === 0 ? 'turned off in Settings' : `the last ${listing.keep} kept; change this in Settings`}).
              </p>
            </>
          )}
        </section>
        <CheckPanel state={checkState} canChoose={canChoose} />
        <RestorePanel file={restoreFile} setFile={setRestoreFile} canChoose={canChoose} canSwitch={caps?.canSwitchWorkspace ?? false} />
        {caps?.canSwitchWorkspace && <OpenWorkspacePanel canChoose={canChoose} />}
      </div>
    </div>
  );
}
