import type { Authorization, ClassificationKind, Jurisdiction } from './types';

/**
 * Guided questionnaires as plain data: every question carries its regulation citation, and which
 * questions are asked depends only on earlier answers (`showIf`), so the definitions cross the
 * contract as JSON and the same pure functions drive the UI, the CLI and the tests.
 */

export interface QuestionOption {
  value: string;
  label: string;
  help?: string;
}

/** Holds when the answer to `question` is one of `in`, or when any of `anyOf` holds. */
export type Condition = { question: string; in: readonly string[] } | { anyOf: readonly Condition[] };

export interface Question {
  id: string;
  /** Plain language a compliance officer or an engineer can answer. */
  text: string;
  help: string;
  /** Where the rule is, e.g. "15 CFR 774 Supp. No. 1, Cat. 5 Part 2, Note 3". */
  citation: string;
  options: readonly QuestionOption[];
  /** Asked only when every condition holds; conditions name earlier questions only. */
  showIf?: readonly Condition[];
}

/** Text of the loaded list version to quote next to a candidate, beyond its own paragraph. */
export type SupportingRef =
  /** Note 3 to Category 5 Part 2 (the Cryptography Note). */
  | { kind: 'crypto-note' }
  /** The note of an entry containing one of the phrases (US and EU word it differently), with the paragraphs under it. */
  | { kind: 'note'; entryCode: string; contains: readonly string[] };

/**
 * What a questionnaire can conclude: a classification kind, or "not subject to the EAR" (published
 * encryption source code, 15 CFR 734.3(b)(3)), which is an outcome to record elsewhere, not a
 * classification: there is no ECCN or EAR99 to save for it.
 */
export type CandidateKind = ClassificationKind | 'not-subject';

export interface Candidate {
  jurisdiction: Jurisdiction;
  kind: CandidateKind;
  /** The entry (ECCN or EU code) for kind 'entry'. */
  entryCode: string | null;
  /** The paragraph cited, in full ("5A992.c"); null when the entry as a whole applies (4D004). */
  paragraphCode: string | null;
  /** Why, in plain words, with the sections relied on. */
  reason: string;
  authorization: Authorization | null;
  supporting: readonly SupportingRef[];
}

export type Answers = Readonly<Record<string, string>>;

export interface QuestionnaireDefinition {
  id: string;
  title: string;
  summary: string;
  citation: string;
  questions: readonly Question[];
}

export interface Questionnaire extends QuestionnaireDefinition {
  /** Candidates once every question asked is answered; [] before. */
  evaluate(answers: Answers): Candidate[];
}

export const YES_NO: readonly QuestionOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function holds(c: Condition, answers: Answers): boolean {
  if ('anyOf' in c) return c.anyOf.some((x) => holds(x, answers));
  const a = answers[c.question];
  return a !== undefined && c.in.includes(a);
}

/**
 * The questions asked for these answers, in order. Conditions see only the answers to questions
 * asked before them, so an answer left over from a path the user went back on counts for nothing.
 */
export function visibleQuestions(q: QuestionnaireDefinition, answers: Answers): Question[] {
  const asked: Question[] = [];
  const seen: Record<string, string> = {};
  for (const x of q.questions) {
    if (!(x.showIf ?? []).every((c) => holds(c, seen))) continue;
    asked.push(x);
    if (answers[x.id] !== undefined) seen[x.id] = answers[x.id]!;
  }
  return asked;
}

/** The first question asked but not answered yet; null when the questionnaire is complete. */
export function nextQuestion(q: QuestionnaireDefinition, answers: Answers): Question | null {
  return visibleQuestions(q, answers).find((x) => answers[x.id] === undefined) ?? null;
}

export function isComplete(q: QuestionnaireDefinition, answers: Answers): boolean {
  return nextQuestion(q, answers) === null;
}

/** Only the answers to questions asked: an answer left over from a path the user went back on does not count. */
export function relevantAnswers(q: QuestionnaireDefinition, answers: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const x of visibleQuestions(q, answers)) if (answers[x.id] !== undefined) out[x.id] = answers[x.id]!;
  return out;
}

export interface AnswerProblem {
  questionId: string;
  message: string;
}

/** Unknown questions, values that are not an option, and questions asked but not answered. */
export function answerProblems(q: QuestionnaireDefinition, answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(q.questions.map((x) => [x.id, x]));
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) problems.push({ questionId: id, message: `"${id}" is not a question of the ${q.title} questionnaire` });
    else if (!question.options.some((o) => o.value === value)) {
      problems.push({ questionId: id, message: `"${value}" is not an answer to "${question.text}" (${question.options.map((o) => o.value).join(', ')})` });
    }
  }
  if (problems.length) return problems;
  const missing = nextQuestion(q, answers);
  if (missing) problems.push({ questionId: missing.id, message: `"${missing.text}" is not answered` });
  return problems;
}

/** A question's answer in words, for the decision path kept with a classification. */
export function answerLabel(question: Question, value: string): string {
  return question.options.find((o) => o.value === value)?.label ?? value;
}

/** The plain-data part of a questionnaire, for the contract. */
export function definitionOf(q: Questionnaire): QuestionnaireDefinition {
  const { evaluate: _evaluate, ...definition } = q;
  return definition;
}
