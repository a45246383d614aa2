import { ErrorBox } from '../components/error-box';
import { ImportHintText } from '../imports/import-hint-text';
import { fixLabel, followFix } from './fix-link';
import { useApplications } from './store';

const RULE_LABELS: Record<string, string> = {
  'required-blocks': 'Required blocks',
  'end-user': 'End user',
  'ultimate-consignee': 'Ultimate consignee',
  screening: 'Screening',
  classification: 'Classification',
  'end-user-statement': 'End-user statement',
  totals: 'Totals',
  determination: 'License determination',
};

/** The readiness checklist, re-read after every change: each failing rule with a link to its fix. */
export function ChecklistPanel() {
  const { checklist, checklistError } = useApplications();
  if (checklistError) return <ErrorBox error={checklistError} title="The checklist could not be computed." testId="checklist-error" />;
  if (!checklist) return <p className="muted">Computing the checklist…</p>;
  const failing = checklist.checks.filter((c) => !c.ok).length;
  return (
    <section className="panel checklist" data-testid="checklist" data-ready={checklist.ready ? 'true' : 'false'} aria-label="Readiness checklist">
      <h3 className="panel-title">Readiness checklist</h3>
      <p className={checklist.ready ? 'checklist-summary ok' : 'checklist-summary bad'} data-testid="checklist-summary">
        {checklist.ready ? 'Every check passes.' : `${failing} ${failing === 1 ? 'check fails' : 'checks fail'}.`}
      </p>
      <ul className="checks">
        {checklist.checks.map((c, i) => (
          <li key={`${c.rule}-${i}`} className={c.ok ? 'check ok' : 'check bad'} data-testid="check" data-rule={c.rule} data-ok={c.ok ? 'true' : 'false'}>
            <span className="check-mark" aria-hidden="true">
              {c.ok ? '✓' : '✗'}
            </span>
            <span className="check-body">
              <span className="check-rule">{RULE_LABELS[c.rule] ?? c.rule}</span>
              <span className="check-message">
                <ImportHintText text={c.message} />
              </span>
              {!c.ok && (
                <button type="button" className="link-button" onClick={() => followFix(c.fixAt)} data-testid="check-fix" data-target-area={c.fixAt.area} data-target-id={c.fixAt.id ?? ''} data-target-field={c.fixAt.field ?? ''}>
                  {fixLabel(c.fixAt)} →
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
