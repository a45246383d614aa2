import type { Database } from 'better-sqlite3';
import type { Evaluation, ResolvedCandidate } from '../../../shared/classification/evaluation';
import { answerLabel, answerProblems, nextQuestion, visibleQuestions, type Answers, type Candidate, type Questionnaire } from '../../../shared/classification/questionnaire';
import { JURISDICTION_LABELS, JURISDICTION_LIST_ID, classificationLabel, type DecisionPath, type Jurisdiction } from '../../../shared/classification/types';
import type { ListSnapshot } from '../../../shared/control-lists/types';
import { AppError } from '../../../shared/errors';
import { getSnapshot } from '../control-lists/queries';
import { quoteCitation, supportingQuote } from './quote';

/** The current version of the list a jurisdiction classifies against, if one is loaded. */
export function currentSnapshotFor(db: Database, jurisdiction: Jurisdiction): ListSnapshot | null {
  const r = db.prepare('SELECT current_snapshot_id AS id FROM control_lists WHERE id = ?').get(JURISDICTION_LIST_ID[jurisdiction]) as { id: number | null } | undefined;
  return r?.id ? getSnapshot(db, r.id) : null;
}

/** The answers given, in words, with each question's citation, in the order asked. */
export function decisionPathOf(q: Questionnaire, answers: Answers): DecisionPath {
  return {
    questionnaireId: q.id,
    questionnaireTitle: q.title,
    answers: visibleQuestions(q, answers)
      .filter((x) => answers[x.id] !== undefined)
      .map((x) => ({ questionId: x.id, question: x.text, answer: answers[x.id]!, answerLabel: answerLabel(x, answers[x.id]!), citation: x.citation })),
  };
}

/** Refuses answers that name no question, give a value that is not an option, or leave an asked question open. */
export function assertAnswers(q: Questionnaire, answers: Answers, requireComplete: boolean): void {
  const problems = answerProblems(q, answers).filter((p) => requireComplete || !p.message.endsWith('is not answered'));
  if (problems.length) {
    throw new AppError('INVALID_INPUT', `${q.title}: ${problems[0]!.message}`, { field: `answers.${problems[0]!.questionId}` });
  }
}

/** A candidate with the exact text it would cite in the list version loaded now. */
export function resolveCandidate(db: Database, c: Candidate): ResolvedCandidate {
  const base = {
    jurisdiction: c.jurisdiction,
    kind: c.kind,
    entryCode: c.entryCode,
    paragraphCode: c.paragraphCode,
    label: c.kind === 'not-subject' ? 'Not subject to the EAR' : classificationLabel(c.kind, c.entryCode, c.paragraphCode),
    reason: c.reason,
    authorization: c.authorization,
  };
  const snapshot = currentSnapshotFor(db, c.jurisdiction);
  const supporting = snapshot ? c.supporting.flatMap((ref) => supportingQuote(db, snapshot, ref) ?? []) : [];
  if (c.kind === 'not-subject') {
    return {
      ...base,
      snapshotId: null,
      quote: null,
      supporting,
      problem: 'Not subject to the EAR (15 CFR 734.3(b)(3)): there is no US classification to save. Keep the record of where the code is published, and of the notification when one is due (15 CFR 742.15(b)).',
    };
  }
  if (c.kind !== 'entry') return { ...base, snapshotId: null, quote: null, supporting, problem: null };
  if (!snapshot) {
    return {
      ...base,
      snapshotId: null,
      quote: null,
      supporting,
      problem: `No version of the ${c.jurisdiction === 'us-ear' ? 'US Commerce Control List' : 'EU dual-use list (Annex I)'} is loaded: import one under Control lists to quote and save this ${JURISDICTION_LABELS[c.jurisdiction]} classification.`,
    };
  }
  const quote = quoteCitation(db, snapshot, c.entryCode!, c.paragraphCode);
  return {
    ...base,
    snapshotId: snapshot.id,
    quote,
    supporting,
    problem: quote ? null : `${c.paragraphCode ?? c.entryCode} is not in ${snapshot.listName} ${snapshot.versionLabel}; check the list version before saving.`,
  };
}

export function evaluateQuestionnaire(db: Database, q: Questionnaire, answers: Answers): Evaluation {
  assertAnswers(q, answers, false);
  const next = nextQuestion(q, answers);
  return {
    questionnaireId: q.id,
    complete: next === null,
    nextQuestionId: next?.id ?? null,
    candidates: next === null ? q.evaluate(answers).map((c) => resolveCandidate(db, c)) : [],
    decisionPath: decisionPathOf(q, answers),
  };
}
