/**
 * The words each answer is shown with, in one place for the CLI, the PDF packages and the UI.
 * Determinations stored before the three-answer model (ExportDesk 0.1 workspaces) keep their old
 * outcome strings in the database; they are shown by what they meant, never as "not required"
 * unless they said so.
 */
import type { FindingOutcome, OverallOutcome } from './types';

export const OVERALL_LABELS: Record<OverallOutcome, string> = {
  'license-required': 'License required',
  'not-required': 'No license required for the reasons checked',
  'cannot-tell': 'Cannot tell — read the cited rules',
};

export const FINDING_LABELS: Record<FindingOutcome, string> = {
  'license-required': 'License required',
  'not-required': 'Not required',
  'cannot-tell': 'Cannot tell',
  'not-for-paragraph': 'Not for this paragraph',
};

/** Outcomes written by earlier versions, and what they meant. */
const LEGACY: Record<string, string> = {
  embargoed: 'Embargoed destination (Part 746) — determined before 0.2',
  indeterminate: 'Cannot tell — determined before 0.2',
  'other-provision': 'Cannot tell (another provision) — determined before 0.2',
  'not-required-by-chart': 'Not required by the chart — determined before 0.2, run it again',
  'no-license-required-by-ccl': 'EAR99: not required by the CCL — determined before 0.2, run it again',
  'not-applicable-to-paragraph': 'Not for this paragraph',
};

export function overallLabel(outcome: string): string {
  return OVERALL_LABELS[outcome as OverallOutcome] ?? LEGACY[outcome] ?? outcome;
}

export function findingLabel(outcome: string): string {
  return FINDING_LABELS[outcome as FindingOutcome] ?? LEGACY[outcome] ?? outcome;
}

/** Whether a stored outcome says no license is needed: only the current model's "not required" does. */
export function isNotRequired(outcome: string): boolean {
  return outcome === 'not-required';
}
