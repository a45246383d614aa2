import type { Candidate, SupportingRef } from './questionnaire';
import type { Authorization } from './types';

/** Small builders so each questionnaire's outcomes read as a table of results. */

export function entryCandidate(
  jurisdiction: Candidate['jurisdiction'],
  entryCode: string,
  paragraphCode: string | null,
  reason: string,
  opts: { authorization?: Authorization | null; supporting?: SupportingRef[] } = {},
): Candidate {
  return { jurisdiction, kind: 'entry', entryCode, paragraphCode, reason, authorization: opts.authorization ?? null, supporting: opts.supporting ?? [] };
}

/** The same entry and paragraph in both lists (the EU and US share the Wassenaar numbering for 0xx entries). */
export function bothLists(entryCode: string, paragraphCode: string | null, usReason: string, euReason: string, opts: { usAuthorization?: Authorization | null; supporting?: SupportingRef[] } = {}): Candidate[] {
  return [
    entryCandidate('us-ear', entryCode, paragraphCode, usReason, { authorization: opts.usAuthorization ?? null, supporting: opts.supporting }),
    entryCandidate('eu', entryCode, paragraphCode, euReason, { supporting: opts.supporting }),
  ];
}

/**
 * Not caught by the entries this questionnaire covers. In the US the item is EAR99 unless another
 * ECCN describes it (15 CFR 734.3(c)); in the EU it is in no entry of Annex I that was checked.
 */
export function notControlled(usReason: string, euReason: string, supporting: SupportingRef[] = []): Candidate[] {
  return [
    { jurisdiction: 'us-ear', kind: 'ear99', entryCode: null, paragraphCode: null, reason: usReason, authorization: null, supporting },
    { jurisdiction: 'eu', kind: 'not-listed', entryCode: null, paragraphCode: null, reason: euReason, authorization: null, supporting },
  ];
}

/**
 * Published encryption source code and its object code are not subject to the EAR (15 CFR
 * 734.3(b)(3), 734.7, 742.15(b)): no US classification is saved for it. In the EU, software "in the
 * public domain" is released by the General Software Note (Annex I, GSN b.).
 */
export function notSubjectToEar(usReason: string, euReason: string): Candidate[] {
  return [
    { jurisdiction: 'us-ear', kind: 'not-subject', entryCode: null, paragraphCode: null, reason: usReason, authorization: null, supporting: [] },
    { jurisdiction: 'eu', kind: 'not-listed', entryCode: null, paragraphCode: null, reason: euReason, authorization: null, supporting: [] },
  ];
}
