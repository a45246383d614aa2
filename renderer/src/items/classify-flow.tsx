import { useEffect, useRef, useState } from 'react';
import type { Evaluation, ResolvedCandidate } from '../../../shared/classification/evaluation';
import { nextQuestion, visibleQuestions, type QuestionnaireDefinition } from '../../../shared/classification/questionnaire';
import type { QuestionnaireId } from '../../../shared/classification/questionnaires';
import { SUPP8_ITEM_TYPES } from '../../../shared/classification/supp8-item-types';
import { JURISDICTION_LABELS, classificationLabel } from '../../../shared/classification/types';
import { ITEM_TYPE_LABELS, type Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { QuoteView, SupportingQuotes } from './quote-view';
import { ReplaceConfirm, classificationsInForce, type InForce } from './replace-confirm';
import { useItems } from './store';

interface Choice {
  save: boolean;
  rationale: string;
  reportItemType: string;
}

function CandidateCard({ c, choice, onChange }: { c: ResolvedCandidate; choice: Choice; onChange(change: Partial<Choice>): void }) {
  return (
    <article className={`candidate${c.problem ? ' has-problem' : ''}`} data-testid="candidate" data-jurisdiction={c.jurisdiction} data-label={c.label}>
      <header className="classification-head">
        <span className="class-chip large">
          <span className="class-chip-jur">{c.jurisdiction === 'us-ear' ? 'US' : 'EU'}</span> {c.label}
        </span>
        {c.authorization && <span className="badge">{c.authorization}</span>}
        <span className="muted">{JURISDICTION_LABELS[c.jurisdiction]}</span>
        <label className="checkbox push-right">
          <input type="checkbox" checked={choice.save} disabled={!!c.problem} onChange={(e) => onChange({ save: e.target.checked })} data-testid="candidate-save-toggle" />
          Save this classification
        </label>
      </header>
      <p className="candidate-reason">{c.reason}</p>
      {c.problem && <div className="error-box">{c.problem}</div>}
      {c.quote && <QuoteView quote={c.quote} />}
      <SupportingQuotes quotes={c.supporting} />
      {choice.save && (
        <>
          <label className="field">
            <span className="field-label">Rationale (saved with the quoted text and your answers)</span>
            <textarea rows={3} value={choice.rationale} onChange={(e) => onChange({ rationale: e.target.value })} data-testid="candidate-rationale" />
          </label>
          {c.authorization && (
            <label className="field">
              <span className="field-label">Item type in the self-classification report (Supp. No. 8 to Part 742, (a)(6))</span>
              <select value={choice.reportItemType} onChange={(e) => onChange({ reportItemType: e.target.value })} data-testid="candidate-item-type">
                <option value="">Choose…</option>
                {SUPP8_ITEM_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
    </article>
  );
}

/**
 * A guided questionnaire, one question at a time, each with its help and citation; then the
 * candidate classifications with the exact text quoted from the current list versions, saved with
 * the answers as the decision path.
 */
export function ClassifyFlow({ item }: { item: Item }) {
  const { setPane, setTab, refresh } = useItems();
  const [questionnaires, setQuestionnaires] = useState<QuestionnaireDefinition[] | null>(null);
  const [chosen, setChosen] = useState<QuestionnaireDefinition | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [status, setStatus] = useState<'draft' | 'final'>('final');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  /** Classifications in force the save would replace, shown for the user to confirm; null: not asked yet. */
  const [replacing, setReplacing] = useState<InForce[] | null>(null);
  const candidatesRef = useRef<HTMLElement>(null);

  useEffect(() => {
    call('classifications.questionnaires', {}).then(setQuestionnaires, setError);
  }, []);

  const next = chosen ? nextQuestion(chosen, answers) : null;
  const asked = chosen ? visibleQuestions(chosen, answers).filter((q) => answers[q.id] !== undefined) : [];

  useEffect(() => {
    if (!chosen || next) return setEvaluation(null);
    let live = true;
    call('classifications.evaluate', { questionnaireId: chosen.id as QuestionnaireId, answers })
      .then((ev) => {
        if (!live) return;
        setEvaluation(ev);
        setChoices(Object.fromEntries(ev.candidates.map((c) => [c.jurisdiction, { save: !c.problem, rationale: c.reason, reportItemType: '' }])));
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [chosen, next, answers]);

  // The candidates appear below the answers: bring them into view once, when they arrive.
  useEffect(() => {
    if (evaluation) candidatesRef.current?.scrollIntoView({ block: 'start' });
  }, [evaluation]);

  function answer(id: string, value: string) {
    setError(null);
    setAnswers((a) => ({ ...a, [id]: value }));
  }

  /** Going back to a question drops its answer and every answer after it. */
  function reopen(id: string) {
    if (!chosen) return;
    const order = chosen.questions.map((q) => q.id);
    const from = order.indexOf(id);
    setAnswers((a) => Object.fromEntries(Object.entries(a).filter(([k]) => order.indexOf(k) < from)));
  }

  /** Saving onto an item classified already asks first; `confirmed` is the user's answer to that. */
  async function save(confirmed = false) {
    if (!chosen || !evaluation) return;
    // Checked for every jurisdiction before the first save, so a missing answer does not leave one saved and the other not.
    const chosenCandidates = evaluation.candidates.filter((c) => choices[c.jurisdiction]?.save);
    const missing = chosenCandidates.find((c) => !choices[c.jurisdiction]!.rationale.trim() || (c.authorization && !choices[c.jurisdiction]!.reportItemType));
    if (missing) {
      setError(
        new Error(
          `${JURISDICTION_LABELS[missing.jurisdiction]}: ${choices[missing.jurisdiction]!.rationale.trim() ? 'choose the item type the self-classification report lists (Supp. No. 8 to Part 742, (a)(6)).' : 'the rationale cannot be empty.'}`,
        ),
      );
      return;
    }
    setSaving(true);
    setError(null);
    try {
      // Asked before the first save, so one jurisdiction is not saved while the other waits for an answer.
      if (!confirmed) {
        const inForce = await classificationsInForce(
          item,
          chosenCandidates.flatMap((c) => (c.kind === 'not-subject' ? [] : [{ jurisdiction: c.jurisdiction, label: classificationLabel(c.kind, c.entryCode, c.paragraphCode), status }])),
        );
        if (inForce.length > 0) {
          setReplacing(inForce);
          return;
        }
      }
      setReplacing(null);
      for (const c of chosenCandidates) {
        // "Not subject to the EAR" is an outcome, not a classification: it carries a problem and is never chosen.
        if (c.kind === 'not-subject') continue;
        const choice = choices[c.jurisdiction]!;
        const current = c.jurisdiction === 'us-ear' ? item.us : item.eu;
        await call('classifications.save', {
          itemId: item.id,
          jurisdiction: c.jurisdiction,
          kind: c.kind,
          ...(c.kind === 'entry' ? { entryCode: c.entryCode!, ...(c.paragraphCode ? { paragraphCode: c.paragraphCode } : {}), snapshotId: c.snapshotId! } : {}),
          rationale: choice.rationale,
          questionnaireId: chosen.id as QuestionnaireId,
          answers,
          ...(c.authorization ? { authorization: c.authorization, reportItemType: choice.reportItemType as never } : {}),
          status,
          expectedCurrentId: current?.classificationId ?? null,
          ...(confirmed && current ? { replaceCurrent: true } : {}),
        });
      }
      await refresh();
      setTab('classification');
      setPane('view');
    } catch (e) {
      setError(e);
      await refresh();
    } finally {
      setSaving(false);
    }
  }

  const answeredList = (
    <ol className="answered" data-testid="answered">
      {asked.map((q) => (
        <li key={q.id}>
          <span className="answered-q">{q.text}</span>
          <span className="answered-a">{q.options.find((o) => o.value === answers[q.id])?.label}</span>
          <button type="button" className="link-button" onClick={() => reopen(q.id)} data-testid="answer-change">
            Change
          </button>
        </li>
      ))}
    </ol>
  );

  const anyChosen = evaluation?.candidates.some((c) => choices[c.jurisdiction]?.save) ?? false;
  return (
    <div className="classify-flow" data-testid="classify-flow">
      <header className="item-detail-head">
        <div className="item-title">
          <h2>Classify {item.name}</h2>
          <span className="muted">{chosen ? chosen.title : 'Choose the questionnaire for the controls this item may meet.'}</span>
        </div>
        <button type="button" className="button small" onClick={() => setPane('view')} data-testid="classify-cancel">
          Cancel
        </button>
      </header>
      <ErrorBox error={error} testId="classify-error" onDismiss={() => setError(null)} />

      {!chosen && questionnaires && (
        <ul className="questionnaire-list">
          {questionnaires.map((q) => (
            <li key={q.id}>
              <button type="button" className="questionnaire-option" onClick={() => setChosen(q)} data-testid="questionnaire-option" data-id={q.id}>
                <strong>{q.title}</strong>
                <span>{q.summary}</span>
                <span className="muted">{q.citation}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {chosen && (
        <>
          {asked.length > 0 && next === null && (
            <details className="answered-summary">
              <summary>
                Your answers ({asked.length}) <span className="muted">· change any of them to go back</span>
              </summary>
              {answeredList}
            </details>
          )}
          {asked.length > 0 && next !== null && answeredList}
          {next && (
            <section className="question" data-testid="question" data-question-id={next.id}>
              <p className="question-text">{next.text}</p>
              <p className="field-help">{next.help}</p>
              <p className="question-citation muted">{next.citation}</p>
              {next.id === 'form' && <p className="field-help">This item is recorded as {ITEM_TYPE_LABELS[item.itemType].toLowerCase()}.</p>}
              <div className="question-options">
                {next.options.map((o) => (
                  <button key={o.value} type="button" className="button question-option" onClick={() => answer(next.id, o.value)} data-testid="question-option" data-value={o.value}>
                    {o.label}
                    {o.help && <span className="muted"> · {o.help}</span>}
                  </button>
                ))}
              </div>
            </section>
          )}
          {!next && !evaluation && <p className="muted">Quoting the candidates from the loaded lists…</p>}
          {evaluation && (
            <section className="candidates" data-testid="candidates" ref={candidatesRef}>
              <h3>Candidate classifications</h3>
              <p className="field-help">
                Quoted from the list versions loaded now. Check the text against your item before saving; you can edit the rationale. Candidates you do not save leave that
                jurisdiction as it is.
              </p>
              {evaluation.candidates.map((c) => (
                <CandidateCard
                  key={c.jurisdiction}
                  c={c}
                  choice={choices[c.jurisdiction] ?? { save: false, rationale: c.reason, reportItemType: '' }}
                  onChange={(change) => setChoices((cs) => ({ ...cs, [c.jurisdiction]: { ...cs[c.jurisdiction]!, ...change } }))}
                />
              ))}
              <div className="toolbar">
                <label className="field">
                  <span className="field-label">Status</span>
                  <select value={status} onChange={(e) => setStatus(e.target.value as 'draft' | 'final')} data-testid="classify-status">
                    <option value="final">Final</option>
                    <option value="draft">Draft</option>
                  </select>
                </label>
                <button type="button" className="button primary" disabled={saving || !anyChosen || replacing !== null} onClick={() => void save()} data-testid="classify-save">
                  {saving ? 'Saving…' : 'Save classification'}
                </button>
              </div>
              <ReplaceConfirm inForce={replacing ?? []} busy={saving} onReplace={() => void save(true)} onKeep={() => {
                  // Keeping what is in force ends the questionnaire with nothing saved, back on the classification.
                  setReplacing(null);
                  setTab('classification');
                  setPane('view');
                }}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
