import { EVIDENCE_NOTE } from './explain';

/** Said wherever screening results are shown: a result is evidence for a reviewer, never a clearance. */
export function EvidenceNote() {
  return (
    <p className="evidence-note" data-testid="evidence-note">
      {EVIDENCE_NOTE}
    </p>
  );
}
