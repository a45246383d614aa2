import type { CandidateKind } from './questionnaire';
import type { DecisionPath, Jurisdiction, Quote, SupportingQuote, Authorization } from './types';

/** A questionnaire's candidate resolved against the list version loaded now: the text it would cite. */
export interface ResolvedCandidate {
  jurisdiction: Jurisdiction;
  kind: CandidateKind;
  entryCode: string | null;
  paragraphCode: string | null;
  label: string;
  reason: string;
  authorization: Authorization | null;
  /** The snapshot quoted (the list's current version); null for EAR99 / not listed, or when no version is loaded. */
  snapshotId: number | null;
  quote: Quote | null;
  supporting: SupportingQuote[];
  /** Why the candidate cannot be saved as it is, e.g. no version of the list is loaded, or the paragraph is not in it. */
  problem: string | null;
}

export interface Evaluation {
  questionnaireId: string;
  complete: boolean;
  /** The next question to ask; null when complete. */
  nextQuestionId: string | null;
  candidates: ResolvedCandidate[];
  /** The answers given so far in words, with each question's citation. */
  decisionPath: DecisionPath;
}
