import { z } from 'zod';
import type { EncryptionReportRow } from '../classification/encryption-report';
import type { Evaluation } from '../classification/evaluation';
import type { QuestionnaireDefinition } from '../classification/questionnaire';
import { QUESTIONNAIRE_IDS } from '../classification/questionnaires';
import { SUPP8_ITEM_TYPES } from '../classification/supp8-item-types';
import {
  AUTHORIZATIONS,
  CLASSIFICATION_KINDS,
  CLASSIFICATION_STATUSES,
  JURISDICTIONS,
  type Classification,
  type ReReviewQueueRow,
} from '../classification/types';
import type { Item } from '../items/types';
import { method } from './define';
import { reqLines, text } from './text-fields';

const itemId = z.number().int().positive();
const Jurisdiction = z.enum(JURISDICTIONS, { message: `the jurisdiction must be ${JURISDICTIONS.join(' or ')}` });
const Answers = z.record(text('a question').max(100), text('an answer').max(100)).refine((a) => Object.keys(a).length <= 100, 'too many answers');
const Code = text('the code')
  .trim()
  .regex(/^[0-9][A-Ea-e][0-9]{3}(\.[A-Za-z0-9]{1,4})*$/, 'a code looks like 5A992 or 5A992.c');

export const ClassificationSaveInput = z
  .object({
    itemId,
    jurisdiction: Jurisdiction,
    kind: z.enum(CLASSIFICATION_KINDS, { message: `the kind must be one of ${CLASSIFICATION_KINDS.join(', ')}` }),
    /** The entry (ECCN or EU code) for kind 'entry'; a paragraph code here is read as its entry plus paragraph. */
    entryCode: Code.optional(),
    /** The paragraph cited ("5A992.c"); omitted when the entry as a whole applies. */
    paragraphCode: Code.optional(),
    /** The list version cited; default: the current version of the jurisdiction's list. */
    snapshotId: z.number().int().positive().optional(),
    rationale: reqLines(20_000, 'the rationale'),
    /** The questionnaire and answers that led here, kept as the decision path. */
    questionnaireId: z.enum(QUESTIONNAIRE_IDS).optional(),
    answers: Answers.optional(),
    authorization: z.enum(AUTHORIZATIONS).nullish(),
    /** ITEM TYPE of the self-classification report (Supp. No. 8 to Part 742, (a)(6)); required with an authorization. */
    reportItemType: z.enum(SUPP8_ITEM_TYPES, { message: 'not an item type of Supp. No. 8 to Part 742, paragraph (a)(6)' }).nullish(),
    status: z.enum(CLASSIFICATION_STATUSES, { message: 'the status must be draft or final' }),
    /** The classification in force the user saw (null: none); refuses the save if another was saved since. */
    expectedCurrentId: z.number().int().positive().nullable().optional(),
    /**
     * The user confirmed replacing the classification in force for this item and jurisdiction.
     * Without it a save onto an item already classified there is refused, naming what is in force:
     * a second questionnaire must not silently supersede a final 4A005 with EAR99.
     */
    replaceCurrent: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'entry' && !v.entryCode && !v.paragraphCode) ctx.addIssue({ code: 'custom', path: ['entryCode'], message: 'an entry classification needs the entry code (e.g. 5A992)' });
    if (v.kind !== 'entry' && (v.entryCode || v.paragraphCode || v.snapshotId)) {
      ctx.addIssue({ code: 'custom', path: ['entryCode'], message: `a classification as ${v.kind === 'ear99' ? 'EAR99' : 'not listed'} cites no entry` });
    }
    if (v.kind === 'ear99' && v.jurisdiction !== 'us-ear') ctx.addIssue({ code: 'custom', path: ['kind'], message: 'EAR99 exists only under the US EAR (15 CFR 734.3(c)); for the EU use not-listed' });
    if (v.kind === 'not-listed' && v.jurisdiction !== 'eu') ctx.addIssue({ code: 'custom', path: ['kind'], message: 'an item subject to the EAR and on no ECCN is EAR99, not "not listed"' });
    if (v.authorization && v.jurisdiction !== 'us-ear') ctx.addIssue({ code: 'custom', path: ['authorization'], message: 'ENC and MMKT are US authorizations (15 CFR 740.17)' });
    if (v.authorization && !v.reportItemType) ctx.addIssue({ code: 'custom', path: ['reportItemType'], message: 'choose the item type the self-classification report lists (Supp. No. 8 to Part 742, (a)(6))' });
    if (!v.authorization && v.reportItemType) ctx.addIssue({ code: 'custom', path: ['reportItemType'], message: 'a report item type goes with an ENC or MMKT authorization only' });
    if ((v.questionnaireId === undefined) !== (v.answers === undefined)) ctx.addIssue({ code: 'custom', path: ['answers'], message: 'give the questionnaire and its answers together' });
  });

const EncryptionReportInput = z
  .union([
    z.object({ year: z.number().int().min(1990, 'the year is before 1990').max(2200, 'the year is after 2200') }),
    z.object({ from: z.iso.date('from must be a date YYYY-MM-DD'), to: z.iso.date('to must be a date YYYY-MM-DD') }),
  ])
  .refine((v) => !('from' in v) || v.from <= v.to, { message: 'the date range ends before it starts', path: ['to'] });

export interface EncryptionReport {
  fileName: string;
  content: string;
  sha256: string;
  rowCount: number;
  /** The range covered, dates inclusive. */
  from: string;
  to: string;
  rows: EncryptionReportRow[];
  /** Self-classified in the range but not reported (a CCATS on the item, or mass market no longer reported), each with the rule why. */
  excluded: { productName: string; modelNumber: string | null; reason: string }[];
}

export const classificationsContract = {
  'classifications.questionnaires': method<QuestionnaireDefinition[]>()('read', z.object({}).optional(), 'The guided questionnaires with their questions and citations.'),
  'classifications.evaluate': method<Evaluation>()(
    'read',
    z.object({ questionnaireId: z.enum(QUESTIONNAIRE_IDS), answers: Answers }),
    'Answers to a questionnaire: the next question, or the candidate classifications with the exact text quoted from the current list versions.',
  ),
  'classifications.save': method<{ classification: Classification; item: Item }>()(
    'write',
    ClassificationSaveInput,
    'Record a classification of an item for one jurisdiction; it supersedes the one in force, which is kept, only when replaceCurrent confirms it.',
  ),
  'classifications.history': method<Classification[]>()(
    'read',
    z.object({ itemId, jurisdiction: Jurisdiction.optional() }),
    "An item's classifications, newest first, with the reviews raised on each.",
  ),
  'classifications.reReviewQueue': method<{ rows: ReReviewQueueRow[]; total: number }>()(
    'read',
    z.object({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(1000).optional() }).optional(),
    'Open reviews: classifications whose cited text changed or disappeared in a newer list version.',
  ),
  'reports.encryption': method<EncryptionReport>()(
    'write',
    EncryptionReportInput,
    'The annual encryption self-classification report (Supp. No. 8 to Part 742) for items self-classified for ENC or mass market in a year or date range.',
  ),
};
