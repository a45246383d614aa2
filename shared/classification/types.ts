import type { WordPart } from '../control-lists/types';

/** Classifications of items under the US EAR and the EU dual-use regulation, shared by the core, the CLI and the UI. */

export const JURISDICTIONS = ['us-ear', 'eu'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  'us-ear': 'US (EAR)',
  eu: 'EU (Regulation 2021/821)',
};
/** The control list each jurisdiction classifies against (15 CFR 774 Supp. No. 1; Annex I to Regulation (EU) 2021/821). */
export const JURISDICTION_LIST_ID: Record<Jurisdiction, string> = {
  'us-ear': 'us-ccl',
  eu: 'eu-annex-i',
};

/**
 * What a classification says: an entry and paragraph of a specific list version; EAR99 (subject to
 * the EAR but on no ECCN, 15 CFR 734.3(c)); or "not listed" (in no entry of the EU list).
 */
export const CLASSIFICATION_KINDS = ['entry', 'ear99', 'not-listed'] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];

export const CLASSIFICATION_STATUSES = ['draft', 'final'] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

/**
 * The authorization an encryption item is exported under, as the self-classification report
 * (Supp. No. 8 to Part 742) names it: ENC for License Exception ENC § 740.17(b)(1), MMKT for a
 * mass-market item self-classified under § 740.17(b)(1) (5A992.c / 5D992.c).
 */
export const AUTHORIZATIONS = ['ENC', 'MMKT'] as const;
export type Authorization = (typeof AUTHORIZATIONS)[number];
export const AUTHORIZATION_LABELS: Record<Authorization, string> = {
  ENC: 'ENC — License Exception ENC, § 740.17(b)(1) self-classification',
  MMKT: 'MMKT — mass market, § 740.17(b)(1) self-classification',
};

/** The ECCNs each authorization type goes with (Supp. No. 8 to Part 742, paragraphs (a)(4) and (a)(5)). */
export const AUTHORIZATION_ECCNS: Record<Authorization, readonly string[]> = {
  ENC: ['5A002', '5B002', '5D002'],
  MMKT: ['5A992', '5D992'],
};

/** The exact text a classification cites, as it stood in one list version. */
export interface Quote {
  listId: string;
  listName: string;
  snapshotId: number;
  versionLabel: string;
  effectiveDate: string | null;
  entryCode: string;
  paragraphCode: string | null;
  heading: string;
  /** The entry heading, the cited paragraph's parents and the paragraph (or every paragraph of an entry). */
  lines: { code: string | null; text: string }[];
  /** The lines as one text: what is stored and compared when the list changes. */
  text: string;
  /** Shown wherever the text is shown (EU text must carry its attribution). */
  attribution: string | null;
}

/** Other text a decision relied on (the Cryptography Note, an exclusion note), quoted from the same version. */
export interface SupportingQuote {
  title: string;
  text: string;
  snapshotId: number;
  versionLabel: string;
  attribution: string | null;
}

/** The answers that led to a classification, kept with it. */
export interface DecisionPath {
  questionnaireId: string;
  questionnaireTitle: string;
  answers: { questionId: string; question: string; answer: string; answerLabel: string; citation: string }[];
}

export interface ClassificationReview {
  id: number;
  classificationId: number;
  itemId: number;
  /** The list version whose import (or selection as current) raised the review. */
  snapshotId: number;
  snapshotLabel: string;
  reason: 'changed' | 'removed';
  beforeText: string;
  afterText: string | null;
  words: WordPart[];
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedByClassificationId: number | null;
}

export interface Classification {
  id: number;
  itemId: number;
  jurisdiction: Jurisdiction;
  kind: ClassificationKind;
  listId: string | null;
  snapshot: { id: number; versionLabel: string; listName: string; effectiveDate: string | null } | null;
  entryCode: string | null;
  paragraphCode: string | null;
  /** "5A992.c", "EAR99", "Not listed". */
  label: string;
  quotedText: string | null;
  quote: Quote | null;
  supporting: SupportingQuote[];
  rationale: string;
  decisionPath: DecisionPath | null;
  authorization: Authorization | null;
  reportItemType: string | null;
  status: ClassificationStatus;
  createdAt: string;
  createdBy: string;
  supersedesId: number | null;
  supersededAt: string | null;
  supersededById: number | null;
  reviews: ClassificationReview[];
}

/** One open review for the re-review queue. */
export interface ReReviewQueueRow extends ClassificationReview {
  itemName: string;
  modelNumber: string | null;
  jurisdiction: Jurisdiction;
  label: string;
}

export function classificationLabel(kind: ClassificationKind, entryCode: string | null, paragraphCode: string | null): string {
  if (kind === 'ear99') return 'EAR99';
  if (kind === 'not-listed') return 'Not listed';
  return paragraphCode ?? entryCode ?? '?';
}
