import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { SubmitterSettings } from '../../../shared/contract/workspace';
import { ErrorBox } from '../components/error-box';
import { useApp } from './app-store';
import { LeaveDemo } from './leave-demo';

export function SettingsDialog() {
  const { info, setSettingsOpen, loadInfo } = useApp();
  const [userName, setUserName] = useState(info?.userName ?? '');
  const [backups, setBackups] = useState<{ keep: string; saved: number; count: number } | null>(null);
  const [submitter, setSubmitter] = useState<Record<keyof SubmitterSettings, string> | null>(null);
  const [savedSubmitter, setSavedSubmitter] = useState<SubmitterSettings | null>(null);
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
    call('settings.submitter', {})
      .then((v) => {
        if (!live) return;
        setSavedSubmitter(v);
        setSubmitter({ name: v.name ?? '', telephone: v.telephone ?? '', email: v.email ?? '', mailingAddress: v.mailingAddress ?? '' });
      })
      .catch(setError);
    return () => {
      live = false;
    };
  }, []);

  /** Only the submitter fields edited: an unchanged form writes nothing (and adds no audit row). */
  function submitterChanges(): Partial<Record<keyof SubmitterSettings, string>> | null {
    if (!submitter || !savedSubmitter) return null;
    const changed = (Object.keys(submitter) as (keyof SubmitterSettings)[]).filter((k) => submitter[k].trim() !== (savedSubmitter[k] ?? ''));
    return changed.length ? Object.fromEntries(changed.map((k) => [k, submitter[k]])) : null;
  }

  function openBackups() {
    setSettingsOpen(false);
    useApp.getState().setArea('backups');
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('settings.update', { userName });
      const changes = submitterChanges();
      if (changes) await call('settings.updateSubmitter', changes);
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
        {info?.isDemo && (
          <div className="field" data-testid="settings-demo">
            <span className="field-label">Workspace</span>
            <span className="field-help">This is the demo workspace: fictional data on illustrative lists, kept apart from your own workspace.</span>
            <span>
              <LeaveDemo testId="settings-leave-demo" />
            </span>
          </div>
        )}
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
              Made when the app closes, in the workspace&apos;s backups folder ({backups.count} now); the oldest beyond this number are removed. 0 turns them off. Back up now,
              check or restore a backup on the{' '}
              <button type="button" className="link-button" onClick={openBackups} data-testid="settings-open-backups">
                Backups
              </button>{' '}
              page.
            </span>
          </label>
        )}
        {submitter && (
          <fieldset className="field" data-testid="settings-submitter">
            <legend className="field-label">Encryption report submitter</legend>
            <span className="field-help">
              The SUBMITTER NAME, TELEPHONE NUMBER, E-MAIL ADDRESS and MAILING ADDRESS columns of the annual self-classification report (Supp. No. 8 to Part 742). The report is not written until all four are set.
            </span>
            <label className="field">
              <span className="field-label">Submitter name</span>
              <input type="text" value={submitter.name} maxLength={200} onChange={(e) => setSubmitter({ ...submitter, name: e.target.value })} data-testid="settings-submitter-name" />
            </label>
            <label className="field">
              <span className="field-label">Telephone number</span>
              <input type="tel" value={submitter.telephone} maxLength={50} onChange={(e) => setSubmitter({ ...submitter, telephone: e.target.value })} data-testid="settings-submitter-telephone" />
            </label>
            <label className="field">
              <span className="field-label">E-mail address</span>
              <input type="email" value={submitter.email} maxLength={254} onChange={(e) => setSubmitter({ ...submitter, email: e.target.value })} data-testid="settings-submitter-email" />
            </label>
            <label className="field">
              <span className="field-label">Mailing address</span>
              <input type="text" value={submitter.mailingAddress} maxLength={500} onChange={(e) => setSubmitter({ ...submitter, mailingAddress: e.target.value })} data-testid="settings-submitter-mailingAddress" />
              <span className="field-help">On one line; commas are replaced by spaces in the report, whose only commas separate its columns.</span>
            </label>
          </fieldset>
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
