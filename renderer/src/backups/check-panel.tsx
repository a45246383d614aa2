import type { BackupCheck } from '../../../shared/backup/types';
import { ErrorBox } from '../components/error-box';
import { ProgressBar } from '../components/progress-bar';
import { PathField } from './path-field';
import type { useJob } from '../components/use-job';

export interface CheckState {
  path: string;
  setPath(p: string): void;
  job: ReturnType<typeof useJob>;
  result: BackupCheck | null;
  error: unknown;
  check(path: string): Promise<void>;
}

/** Checks any backup file, listed or not, with the checks a restore makes; the result is recorded. */
export function CheckPanel({ state, canChoose }: { state: CheckState; canChoose: boolean }) {
  const { path, setPath, job, result, error } = state;
  return (
    <section className="panel" aria-labelledby="backup-check-title" data-testid="backup-check">
      <h2 id="backup-check-title" className="panel-title">
        Check a backup file
      </h2>
      <p className="muted backup-text">
        Reads the whole file without restoring it: every entry present and complete, every SHA-256 as its manifest says, the database passing its integrity check.
        The result is recorded in the audit log and shown in the list above.
      </p>
      <form
        className="backup-form"
        onSubmit={(e) => {
          e.preventDefault();
          void state.check(path);
        }}
      >
        <PathField label="Backup file" value={path} onChange={setPath} purpose="backup-file" canChoose={canChoose} disabled={job.running} placeholder="/full/path/to/file.edbackup" testId="backup-check-path" />
        <div>
          <button type="submit" className="button" disabled={job.running || !path.trim()} data-testid="backup-check-run">
            {job.running ? 'Checking…' : 'Check'}
          </button>
        </div>
      </form>
      {job.running && <ProgressBar testId="backup-check-progress" phase={job.progress?.phase ?? 'Opening the backup'} done={job.progress?.done ?? 0} total={job.progress?.total ?? 0} />}
      {result && (
        <div className={result.status === 'intact' ? 'notice success' : 'error-box'} role="status" data-testid="backup-check-result" data-status={result.status}>
          {result.status === 'intact' ? (
            <>
              <span className="mono">{result.file}</span> is intact: {result.verification!.entries} files, every SHA-256 as recorded, database integrity ok. Made{' '}
              {result.verification!.createdAt.slice(0, 16).replace('T', ' ')} UTC from {result.verification!.workspace}.
            </>
          ) : (
            <>Refused: {result.problem}</>
          )}
        </div>
      )}
      <ErrorBox error={error} title="The backup could not be checked." testId="backup-check-error" />
    </section>
  );
}
