import { useState } from 'react';
import { APPLICATION_STATUS_LABELS, type Application, type ApplicationStatus } from '../../../shared/applications/types';
import { useApp } from '../app/app-store';
import { useLicenses } from '../licenses/store';
import { usePackages } from '../packages/store';
import { useApplications } from './store';

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

type Dialog = 'submit' | 'decision' | 'appeal' | 'withdraw' | 'amend' | 'copy' | null;
const DECISIONS: ApplicationStatus[] = ['approved', 'approved-with-conditions', 'denied', 'returned-without-action', 'withdrawn'];

/** The moves the application's status allows, each with the facts it needs. */
export function StatusActions({ app }: { app: Application }) {
  const { write, busy, checklist } = useApplications();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today());
  const [decision, setDecision] = useState<ApplicationStatus>('approved');
  const [conditions, setConditions] = useState('');
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');

  const s = app.status;
  const filed = !['draft', 'ready'].includes(s);
  const superseded = app.supersededById !== null;
  const approved = s === 'approved' || s === 'approved-with-conditions';

  function open(d: Dialog) {
    setDialog(d);
    setDate(today());
    setNote('');
    setConditions('');
    setReference(`${app.reference}-COPY`);
  }
  async function run(status: ApplicationStatus, extra: { externalNumber?: string; date?: string; conditions?: string; note?: string } = {}) {
    const ok = await write('applications.setStatus', { id: app.id, status, ...extra });
    if (ok) setDialog(null);
  }

  return (
    <section className="panel" data-testid="app-status-actions">
      <h3 className="panel-title">Status</h3>
      <div className="toolbar">
        {s === 'draft' && (
          <button type="button" className="button primary" disabled={busy || !checklist?.ready} title={checklist?.ready ? '' : 'Every check must pass first'} onClick={() => void run('ready')} data-testid="app-mark-ready">
            Mark ready
          </button>
        )}
        {s === 'ready' && (
          <>
            <button type="button" className="button primary" disabled={busy} onClick={() => open('submit')} data-testid="app-submit">
              Submit…
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void run('draft')} data-testid="app-back-to-draft">
              Back to draft
            </button>
          </>
        )}
        {(s === 'submitted' || s === 'appealed') && (
          <button type="button" className="button primary" disabled={busy} onClick={() => open('decision')} data-testid="app-record-decision">
            Record decision…
          </button>
        )}
        {s === 'denied' && (
          <button type="button" className="button" disabled={busy} onClick={() => open('appeal')} data-testid="app-appeal">
            Appeal…
          </button>
        )}
        {(s === 'draft' || s === 'ready') && (
          <button type="button" className="button" disabled={busy} onClick={() => open('withdraw')} data-testid="app-withdraw">
            Withdraw…
          </button>
        )}
        {filed && !superseded && (
          <button type="button" className="button" disabled={busy} onClick={() => open('amend')} data-testid="app-amend">
            Amend…
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            usePackages.getState().startNew({ kind: 'application', applicationId: app.id });
            useApp.getState().setArea('packages');
          }}
          data-testid="app-package"
        >
          Filing package…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => open('copy')} data-testid="app-copy">
          Copy…
        </button>
        {approved && app.licenseId === null && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              useLicenses.getState().startIssue(app.id);
              useApp.getState().setArea('licenses');
            }}
            data-testid="app-issue-license"
          >
            Issue license…
          </button>
        )}
        {app.licenseId !== null && (
          <button
            type="button"
            className="button"
            onClick={() => {
              void useLicenses.getState().select(app.licenseId!);
              useApp.getState().setArea('licenses');
            }}
            data-testid="app-open-license"
          >
            Open the license
          </button>
        )}
      </div>

      {dialog && (
        <div className="inline-dialog" data-testid={`app-dialog-${dialog}`}>
          {dialog === 'submit' && (
            <>
              <label className="field">
                <span className="field-label">Application number given by the authority</span>
                <input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="app-submit-number" />
              </label>
              <label className="field">
                <span className="field-label">Filed on</span>
                <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} data-testid="app-submit-date" />
              </label>
            </>
          )}
          {dialog === 'decision' && (
            <>
              <label className="field">
                <span className="field-label">Decision</span>
                <select value={decision} onChange={(e) => setDecision(e.target.value as ApplicationStatus)} data-testid="app-decision">
                  {DECISIONS.map((d) => (
                    <option key={d} value={d}>
                      {APPLICATION_STATUS_LABELS[d]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">Date</span>
                <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="app-decision-date" />
              </label>
              {decision === 'approved-with-conditions' && (
                <label className="field">
                  <span className="field-label">Conditions</span>
                  <textarea rows={3} value={conditions} onChange={(e) => setConditions(e.target.value)} data-testid="app-decision-conditions" />
                </label>
              )}
            </>
          )}
          {dialog === 'copy' && (
            <label className="field">
              <span className="field-label">Reference of the new draft</span>
              <input value={reference} onChange={(e) => setReference(e.target.value)} data-testid="app-copy-reference" />
            </label>
          )}
          {(dialog === 'appeal' || dialog === 'withdraw' || dialog === 'amend' || dialog === 'decision') && (
            <label className="field">
              <span className="field-label">Note</span>
              <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="app-status-note" />
            </label>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setDialog(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              disabled={busy}
              data-testid="app-dialog-confirm"
              onClick={() => {
                if (dialog === 'submit') void run('submitted', { externalNumber: number, date });
                else if (dialog === 'decision') void run(decision, { date, ...(conditions ? { conditions } : {}), ...(note ? { note } : {}) });
                else if (dialog === 'appeal') void run('appealed', note ? { note } : {});
                else if (dialog === 'withdraw') void run('withdrawn', note ? { note } : {});
                else if (dialog === 'amend') void write('applications.amend', { id: app.id, note: note || null }).then((ok) => ok && setDialog(null));
                else if (dialog === 'copy') void write('applications.copy', { id: app.id, reference }).then((ok) => ok && setDialog(null));
              }}
            >
              {dialog === 'submit' ? 'Submit' : dialog === 'decision' ? 'Record' : dialog === 'appeal' ? 'Appeal' : dialog === 'withdraw' ? 'Withdraw' : dialog === 'amend' ? 'Amend as a new version' : 'Copy'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
