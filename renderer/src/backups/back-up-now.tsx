import { useEffect, useState, type FormEvent } from 'react';
import { BACKUP_EXTENSION, type BackupResult } from '../../../shared/backup/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { formatBytes } from '../components/documents';
import { countOf } from '../components/format';
import { ProgressBar } from '../components/progress-bar';
import { PathField } from './path-field';
import { useJob } from '../components/use-job';

/** exportdesk-backup-20261121-234410.edbackup, in UTC like the CLI's and the automatic backups' names. */
function suggestedName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  return `exportdesk-backup-${stamp}${BACKUP_EXTENSION}`;
}

/** Joins with the separator the folder already uses, so a Windows path stays one. */
export function inFolder(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${sep}${name}`;
}

export function BackUpNow({ folder, canChoose, onDone }: { folder: string; canChoose: boolean; onDone(): Promise<void> }) {
  const [out, setOut] = useState(() => inFolder(folder, suggestedName(new Date())));
  const [result, setResult] = useState<BackupResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const job = useJob('backup');
  const loadInfo = useApp((s) => s.loadInfo);

  useEffect(() => setOut(inFolder(folder, suggestedName(new Date()))), [folder]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (job.running) return;
    setError(null);
    setResult(null);
    try {
      const r = await job.run((jobId) => call('backup.create', { out: out.trim(), jobId }));
      setResult(r);
      // The next backup gets a name of its own.
      setOut(inFolder(folder, suggestedName(new Date(Date.now() + 1000))));
    } catch (err) {
      setError(err);
    }
    await Promise.all([onDone(), loadInfo()]);
  }

  return (
    <section className="panel" aria-labelledby="backup-now-title" data-testid="backup-now">
      <h2 id="backup-now-title" className="panel-title">
        Back up now
      </h2>
      <p className="muted backup-text">
        One file with a consistent copy of the database, every attachment and every generated package, and a manifest of their SHA-256 hashes. Safe while you keep
        working. The workspace&apos;s backups folder is on the same disk: for safety, also keep a copy on another disk.
      </p>
      <form className="backup-form" onSubmit={submit}>
        <PathField
          label="Backup file"
          value={out}
          onChange={setOut}
          purpose="backup-save"
          canChoose={canChoose}
          disabled={job.running}
          help={`Ends in ${BACKUP_EXTENSION}; an existing file is not replaced. Anywhere outside the workspace folder, or in its backups folder.`}
          testId="backup-out"
        />
        <div>
          <button type="submit" className="button primary" disabled={job.running || !out.trim()} data-testid="backup-create">
            {job.running ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </form>
      {job.running && <ProgressBar testId="backup-progress" phase={job.progress?.phase ?? 'Starting the backup'} done={job.progress?.done ?? 0} total={job.progress?.total ?? 0} />}
      {result && (
        <div className="notice success" role="status" data-testid="backup-result">
          Backed up to <span className="mono">{result.file}</span> ({formatBytes(result.size)}, {countOf(result.entries, 'file', 'files')} inside). SHA-256{' '}
          <span className="mono">{result.sha256.slice(0, 16)}…</span>
          {result.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
      )}
      <ErrorBox error={error} title="The backup was not made." testId="backup-error" />
    </section>
  );
}
