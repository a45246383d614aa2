import { useState } from 'react';
import type { Application, InformationRequest } from '../../../shared/applications/types';
import { APPLICATION_STATUS_LABELS } from '../../../shared/applications/types';
import { formatDateTime } from '../components/format';
import { today } from './status-actions';
import { useApplications } from './store';

/** Requests for information from the authority, with due dates, while submitted or under appeal. */
export function RequestsBlock({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [received, setReceived] = useState(today());
  const canAdd = app.status === 'submitted' || app.status === 'appealed';
  if (!canAdd && app.requests.length === 0) return null;
  return (
    <section className="panel" data-testid="app-requests">
      <h3 className="panel-title">Requests for information</h3>
      {app.requests.length === 0 && <p className="muted small">None.</p>}
      <ul className="app-entries">
        {app.requests.map((r) => (
          <RequestEntry key={r.id} r={r} />
        ))}
      </ul>
      {canAdd && (
        <div className="picker">
          <h4>Record a request</h4>
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="What the authority asks" aria-label="Request" data-testid="app-request-text" />
          <div className="inline-form">
            <label className="field">
              <span className="field-label">Received</span>
              <input type="date" value={received} onChange={(e) => setReceived(e.target.value)} data-testid="app-request-received" />
            </label>
            <label className="field">
              <span className="field-label">Due</span>
              <input type="date" value={due} onChange={(e) => setDue(e.target.value)} data-testid="app-request-due" />
            </label>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void write('applications.addRequest', { id: app.id, text, dueOn: due, receivedOn: received }).then((ok) => {
                  if (ok) {
                    setText('');
                    setDue('');
                  }
                })
              }
              data-testid="app-request-add"
            >
              Add request
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function RequestEntry({ r }: { r: InformationRequest }) {
  const { write, busy } = useApplications();
  const [answer, setAnswer] = useState('');
  return (
    <li className="app-entry" data-testid="app-request" data-overdue={r.overdue ? 'true' : 'false'} data-answered={r.answeredOn ? 'true' : 'false'}>
      <div className="app-entry-head">
        <span className="prewrap">{r.text}</span>
        <span className="sub push-right">
          received {r.receivedOn} · due {r.dueOn} {r.overdue && <span className="badge bad">overdue</span>}
        </span>
      </div>
      {r.answeredOn ? (
        <div className="sub">
          Answered {r.answeredOn}: {r.answer}
        </div>
      ) : (
        <div className="inline-form">
          <input value={answer} onChange={(e) => setAnswer(e.target.value)} placeholder="The answer given" aria-label="Answer" data-testid="app-request-answer" />
          <button type="button" className="button" disabled={busy} onClick={() => void write('applications.answerRequest', { requestId: r.id, answer })} data-testid="app-request-answer-save">
            Record answer
          </button>
        </div>
      )}
    </li>
  );
}

export function StatusHistory({ app }: { app: Application }) {
  return (
    <section className="panel" data-testid="app-history">
      <h3 className="panel-title">Status history</h3>
      <ul className="history-list">
        {app.history.map((h) => (
          <li key={h.id} data-testid="app-history-row" data-to={h.toStatus}>
            <span className="strong">{APPLICATION_STATUS_LABELS[h.toStatus]}</span> <span className="sub">{formatDateTime(h.at)} by {h.by}</span>
            {h.externalNumber && <span> · number {h.externalNumber}</span>}
            {h.onDate && <span> · on {h.onDate}</span>}
            {h.conditions && <div className="sub">Conditions: {h.conditions}</div>}
            {h.note && <div className="sub">{h.note}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
