import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { useApp } from './app-store';

export function SettingsDialog() {
  const { info, setSettingsOpen, loadInfo } = useApp();
  const [userName, setUserName] = useState(info?.userName ?? '');
  const [backups, setBackups] = useState<{ keep: string; saved: number; count: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.select();
  }, []);

  useEffect(() => {
    let live = true;
    call('backup.list', {})
      .then((l) => live && setBackups({ keep: String(l.keep), saved: l.keep, count: l.backups.filter((b) => b.automatic).length }))
      .catch(setError);
    return () => {
      live = false;
    };
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('settings.update', { userName });
      // An emptied field leaves the number as it was (it would otherwise read as 0, turning backups off).
      if (backups && backups.keep.trim() !== '' && Number(backups.keep) !== backups.saved) await call('backup.updateSettings', { autoBackupKeep: Number(backups.keep) });
      await loadInfo();
      setSettingsOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && setSettingsOpen(false)}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        data-testid="settings-dialog"
        onSubmit={save}
        onKeyDown={(e) => e.key === 'Escape' && setSettingsOpen(false)}
      >
        <h2 id="settings-title">Settings</h2>
        <label className="field">
          <span className="field-label">Your name</span>
          <input ref={input} type="text" value={userName} maxLength={100} onChange={(e) => setUserName(e.target.value)} data-testid="settings-username" />
          <span className="field-help">Recorded in the audit log with every change you make in this workspace.</span>
        </label>
        {backups && (
          <label className="field">
            <span className="field-label">Automatic backups kept</span>
            <input type="number" min={0} max={100} step={1} value={backups.keep} onChange={(e) => setBackups({ ...backups, keep: e.target.value })} data-testid="settings-backup-keep" />
            <span className="field-help">
              Made when the app closes, in the workspace&apos;s backups folder ({backups.count} now); the oldest beyond this number are removed. 0 turns them off. Back up elsewhere with File ▸ Back up workspace….
            </span>
          </label>
        )}
        <ErrorBox error={error} testId="settings-error" />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setSettingsOpen(false)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving} data-testid="settings-save">
            Save
          </button>
        </div>
      </form>
    </div>
  );
}
