import { useEffect, useState, type ReactNode } from 'react';
import { APPLICATION_STATUS_LABELS } from '../../../shared/applications/types';
import type { DashboardSummary } from '../../../shared/contract/dashboard';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import type { AreaId } from '../app/areas';
import { ErrorBox } from '../components/error-box';
import { OpenImportButton } from '../imports/open-import-button';
import { useItems } from '../items/store';
import { useScreening } from '../screening/store';
import './dashboard.css';

/** Outside the app: the desktop start command and the CLI, for people who script or use the CLI. */
export const DEMO_START_COMMAND = 'npm start -- --demo';
export const DEMO_CLI_COMMAND = 'exportdesk demo --workspace DIR';

function Card(props: { id: string; title: string; figure: ReactNode; children?: ReactNode; go?: { area: AreaId; label: string; before?: () => void } }) {
  const setArea = useApp((s) => s.setArea);
  return (
    <section className="dash-card" data-testid={`dash-${props.id}`}>
      <h2>{props.title}</h2>
      <div className="dash-figure" data-testid={`dash-${props.id}-figure`}>
        {props.figure}
      </div>
      {props.children && <div className="dash-detail">{props.children}</div>}
      {props.go && (
        <button
          type="button"
          className="link-button dash-link"
          data-testid={`dash-${props.id}-open`}
          onClick={() => {
            props.go!.before?.();
            setArea(props.go!.area);
          }}
        >
          {props.go.label} →
        </button>
      )}
    </section>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function FirstRun() {
  const [canOpen, setCanOpen] = useState(false);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('host.capabilities', {})
      .then((c) => live && setCanOpen(c.canOpenDemo))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  async function openDemo() {
    setOpening(true);
    setError(null);
    try {
      await call('host.openDemo', {});
      // The host now serves the demo workspace; reloading starts every area afresh on it.
      window.location.reload();
    } catch (e) {
      setError(e);
      setOpening(false);
    }
  }

  return (
    <section className="dash-first-run" data-testid="dash-first-run">
      <h2>New here? Open the demo workspace</h2>
      <p>
        This workspace is empty. The demo workspace is a separate folder with a fictional company: parties with their due-diligence
        answers, screenings, classified items, an end-user statement, an application ready to file and an approved one with its
        license — on small illustrative lists that are <strong>not authoritative and not for classification</strong>. It is never
        mixed into this workspace.
      </p>
      {canOpen && (
        <p>
          <button type="button" className="button primary" data-testid="dash-open-demo" disabled={opening} onClick={() => void openDemo()}>
            {opening ? 'Opening the demo workspace…' : 'Open demo workspace'}
          </button>
        </p>
      )}
      {error ? <ErrorBox error={error} title="The demo workspace could not be opened." testId="dash-open-demo-error" /> : null}
      <p className="muted">Also from outside the app:</p>
      <ul className="dash-commands">
        <li>
          Desktop app: <code data-testid="dash-demo-start">{DEMO_START_COMMAND}</code>
        </li>
        <li>
          Command line: <code data-testid="dash-demo-cli">{DEMO_CLI_COMMAND}</code>, then open that folder with{' '}
          <code>npm start -- --workspace=DIR</code>
        </li>
      </ul>
      <p className="muted">
        For real work, import the published lists (the Commerce Control List, the Country Chart, the Country Groups and the screening lists) with{' '}
        <OpenImportButton testId="dash-open-import" />, then add your parties and items.
      </p>
    </section>
  );
}

export function DashboardPage() {
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('dashboard.summary', {})
      .then((s) => live && setSummary(s))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page" data-testid="dashboard-page">
      <header className="page-header">
        <h1>Home</h1>
        <p className="page-lede">What needs attention today{summary ? ` (${summary.today})` : ''}.</p>
      </header>
      <div className="page-body dash-body">
        {error ? <ErrorBox error={error} title="The summary could not be loaded." testId="dash-error" /> : null}
        {!summary && !error && <p className="muted">Loading…</p>}
        {summary && (
          <>
            {summary.firstRun && <FirstRun />}
            <div className="dash-grid">
              <Card
                id="applications"
                title="Applications"
                figure={summary.applications.total}
                go={{ area: 'applications', label: 'Open applications' }}
              >
                {summary.applications.byStatus.length === 0 ? (
                  <span className="muted">No applications yet.</span>
                ) : (
                  <ul className="dash-list">
                    {summary.applications.byStatus.map((s) => (
                      <li key={s.status} data-testid="dash-status" data-status={s.status}>
                        <span>{APPLICATION_STATUS_LABELS[s.status]}</span>
                        <strong>{s.count}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card
                id="requests"
                title="Requests for information due"
                figure={
                  <>
                    <span className={summary.requests.overdue ? 'dash-bad' : ''}>{summary.requests.overdue} overdue</span>
                    {' · '}
                    {summary.requests.dueSoon} within {summary.requests.soonDays} days
                  </>
                }
                go={{ area: 'applications', label: 'Open applications' }}
              >
                {summary.requests.next.length > 0 && (
                  <ul className="dash-list">
                    {summary.requests.next.map((r) => (
                      <li key={r.requestId}>
                        <span>{r.reference}</span>
                        <span className={r.daysLeft < 0 ? 'dash-bad' : ''}>
                          {r.dueOn} ({r.daysLeft < 0 ? `${-r.daysLeft} d overdue` : r.daysLeft === 0 ? 'today' : `in ${r.daysLeft} d`})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card
                id="licenses"
                title="Licenses expiring"
                figure={
                  <>
                    {summary.licenses.within7} in 7 d · {summary.licenses.within30} in 30 d · {summary.licenses.within60} in 60 d
                  </>
                }
                go={{ area: 'licenses', label: 'Open licenses' }}
              >
                {summary.licenses.next.length > 0 && (
                  <ul className="dash-list">
                    {summary.licenses.next.map((l) => (
                      <li key={l.id}>
                        <span>{l.number}</span>
                        <span>
                          {l.validTo} (in {plural(l.daysLeft, 'day')})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card
                id="screening"
                title="Open screening hits"
                figure={summary.screening.open + summary.screening.review}
                go={{ area: 'screening', label: 'Open the review queue', before: () => useScreening.getState().setTab('queue') }}
              >
                {summary.screening.open} open · {summary.screening.review} marked for review
              </Card>
              <Card
                id="rereview"
                title="Items awaiting re-review"
                figure={summary.reReview.items}
                go={{ area: 'items', label: 'Show items needing re-review', before: () => useItems.getState().setFilters({ needsReview: true }) }}
              >
                {plural(summary.reReview.reviews, 'open review')} after list changes
              </Card>
              <Card id="parties" title="Parties with open red flags" figure={summary.parties.openRedFlags} go={{ area: 'parties', label: 'Open parties' }}>
                of {plural(summary.parties.total, 'party', 'parties')} · {plural(summary.items.total, 'item')}
              </Card>
              <Card id="decisions" title="Median days to a decision" figure={summary.decisions.medianDays ?? '—'}>
                <span data-testid="dash-decisions-text">{summary.decisions.text}</span>
                <span className="muted"> · from submission, decisions since {summary.decisions.since}</span>
              </Card>
              <Card id="snapshots" title="Current lists" figure={summary.snapshots.length} go={{ area: 'control-lists', label: 'Open control lists' }}>
                {summary.snapshots.length === 0 ? (
                  <span className="muted">No lists imported yet.</span>
                ) : (
                  <ul className="dash-list">
                    {summary.snapshots.map((s) => (
                      <li key={`${s.kind}-${s.id}`} data-testid="dash-snapshot">
                        <span>{s.name}</span>
                        <span className="dash-version">{s.versionLabel}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
