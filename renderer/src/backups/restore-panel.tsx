import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { ProgressBar } from '../components/progress-bar';
import { PathField } from './path-field';
import { rememberSwitch } from './switch-notice';
import { useJob } from '../components/use-job';

/**
 * Restores a backup into a new or empty folder and opens it. The host checks the whole file first
 * and writes nothing over a workspace; this workspace stays in its folder as it is.
 */
export function RestorePanel({ file, setFile, canChoose, canSwitch }: { file: string; setFile(p: string): void; canChoose: boolean; canSwitch: boolean }) {
  const [into, setInto] = useState('');
  const [error, setError] = useState<unknown>(null);
  const job = useJob('restore');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (job.running) return;
    setError(null);
    try {
      const r = await job.run((jobId) => call('host.restoreBackup', { path: file.trim(), into: into.trim(), jobId }));
      const chain = r.restore.auditChain;
      rememberSwitch(
        `Restored ${r.restore.file} into ${r.path} and opened it: every SHA-256 matched, database integrity ok, ` +
          (chain.ok ? `audit log verified (${chain.rowsChecked} rows).` : `but its audit log is broken at row ${chain.firstBroken?.id}: ${chain.firstBroken?.reason}`),
      );
      // The host serves the restored workspace now; reloading starts every area afresh on it.
      window.location.reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="panel" aria-labelledby="backup-restore-title" data-testid="backup-restore">
      <h2 id="backup-restore-title" className="panel-title">
        Restore into a new folder
      </h2>
      <p className="muted backup-text">
        Makes a new workspace from a backup after checking it completely, then opens it in this window. A folder with anything in it is refused and a damaged backup
        writes nothing. The workspace open now is left as it is in its own folder.
      </p>
      {!canSwitch ? (
        <p className="notice">Restoring is done by the desktop app or from the command line: exportdesk restore FILE --workspace NEWDIR</p>
      ) : (
        <form className="backup-form" onSubmit={submit}>
          <PathField label="Backup file" value={file} onChange={setFile} purpose="backup-file" canChoose={canChoose} disabled={job.running} placeholder="/full/path/to/file.edbackup" testId="restore-file" />
          <PathField
            label="New folder"
            value={into}
            onChange={setInto}
            purpose="restore-folder"
            canChoose={canChoose}
            disabled={job.running}
            placeholder="/full/path/to/new-folder"
            help="A folder that does not exist yet, or an empty one."
            testId="restore-into"
          />
          <div>
            <button type="submit" className="button primary" disabled={job.running || !file.trim() || !into.trim()} data-testid="restore-run">
              {job.running ? 'Restoring…' : 'Restore and open'}
            </button>
          </div>
        </form>
      )}
      {job.running && <ProgressBar testId="restore-progress" phase={job.progress?.phase ?? 'Opening the backup'} done={job.progress?.done ?? 0} total={job.progress?.total ?? 0} />}
      <ErrorBox error={error} title="Nothing was restored." testId="restore-error" />
    </section>
  );
}

/** Opens another workspace folder in this window: the way back after the demo was the first thing opened. */
export function OpenWorkspacePanel({ canChoose }: { canChoose: boolean }) {
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await call('host.openWorkspace', { path: dir.trim() });
      rememberSwitch(`Opened the workspace ${r.path}.`);
      window.location.reload();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="open-workspace-title" data-testid="open-workspace">
      <h2 id="open-workspace-title" className="panel-title">
        Open a workspace
      </h2>
      <form className="backup-form" onSubmit={submit}>
        <PathField
          label="Workspace folder"
          value={dir}
          onChange={setDir}
          purpose="workspace-folder"
          canChoose={canChoose}
          disabled={busy}
          placeholder="/full/path/to/workspace"
          help="An ExportDesk workspace folder, or a new or empty folder for a new workspace."
          testId="open-workspace-path"
        />
        <div>
          <button type="submit" className="button" disabled={busy || !dir.trim()} data-testid="open-workspace-run">
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
      </form>
      <ErrorBox error={error} title="The workspace was not opened." testId="open-workspace-error" />
    </section>
  );
}
