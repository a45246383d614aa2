import { useEffect } from 'react';
import { APPLICATION_TYPE_LABELS } from '../../../shared/applications/types';
import { ErrorBox } from '../components/error-box';
import { StatusBadge } from './applications-page';
import { BlocksEditor, EndUseBlock } from './blocks-editor';
import { ChecklistPanel } from './checklist-panel';
import { DocumentsBlock } from './documents-block';
import { revealFix } from './fix-link';
import { LinesBlock } from './lines-block';
import { PartiesBlock } from './parties-block';
import { RequestsBlock, StatusHistory } from './requests-block';
import { StatusActions } from './status-actions';
import { useApplications } from './store';
import { RetentionLine } from '../retention/retention-line';

export function ApplicationDetail() {
  const { selectedId, application: app, appError, actionError, clearActionError, focus, setFocus, select } = useApplications();

  useEffect(() => {
    if (!focus) return;
    // After the render that follows the click.
    const t = setTimeout(() => {
      revealFix(focus);
      setFocus(null);
    }, 0);
    return () => clearTimeout(t);
  }, [focus, setFocus]);

  if (selectedId === null) return <p className="empty detail-empty">Choose an application, or start a new one.</p>;
  if (appError) return <ErrorBox error={appError} title="The application could not be loaded." testId="application-error" />;
  if (!app) return <p className="muted detail-empty">Loading…</p>;

  return (
    <div className="app-detail" data-testid="application-detail" data-id={app.id} data-status={app.status} data-editable={app.editable ? 'true' : 'false'}>
      <header className="app-detail-header">
        <h2>
          <span data-testid="app-reference">{app.reference}</span> <span className="sub">version {app.version}</span> <StatusBadge status={app.status} />
        </h2>
        <div className="sub">
          {APPLICATION_TYPE_LABELS[app.type]}
          {app.externalNumber && (
            <>
              {' '}
              · number <span data-testid="app-external-number">{app.externalNumber}</span>
            </>
          )}
          {app.submittedOn && ` · filed ${app.submittedOn}`}
          {app.decidedOn && ` · decided ${app.decidedOn}`}
        </div>
        <RetentionLine retention={app.retention} />
        <div className="app-chain" data-testid="app-version-chain">
          {app.previousVersionId !== null && (
            <button type="button" className="link-button" onClick={() => void select(app.previousVersionId)} data-testid="app-previous-version">
              ← previous version
            </button>
          )}
          {app.supersededById !== null && (
            <button type="button" className="link-button" onClick={() => void select(app.supersededById)} data-testid="app-next-version">
              superseded by a newer version →
            </button>
          )}
          {app.copiedFromId !== null && (
            <button type="button" className="link-button" onClick={() => void select(app.copiedFromId)} data-testid="app-copied-from">
              copied from application #{app.copiedFromId}
            </button>
          )}
        </div>
        {!app.editable && (
          <p className="notice" data-testid="app-read-only">
            This application is {app.status === 'ready' ? 'ready to file and held unchanged (set it back to draft to change it)' : 'filed and read-only: what was filed is kept as filed. Amend it to make a new version'}.
          </p>
        )}
        {app.editable && app.status === 'ready' && (
          <p className="notice" data-testid="app-read-only">
            Ready to file: held unchanged. Set it back to draft to change it.
          </p>
        )}
        {app.conditions && <p className="notice">Conditions: {app.conditions}</p>}
        <ErrorBox error={actionError} testId="app-action-error" onDismiss={clearActionError} />
      </header>
      <div className="app-detail-body">
        <div className="app-blocks">
          <StatusActions app={app} />
          <BlocksEditor app={app} />
          <PartiesBlock app={app} />
          <LinesBlock app={app} />
          <EndUseBlock app={app} />
          <DocumentsBlock app={app} />
          <RequestsBlock app={app} />
          <StatusHistory app={app} />
        </div>
        <aside className="app-aside">
          <ChecklistPanel />
        </aside>
      </div>
    </div>
  );
}
