import { z } from 'zod';
import { APPLICATION_STATUSES, APPLICATION_TYPES, EXPORT_TYPES, type Application, type ApplicationSummary, type Checklist } from '../applications/types';
import { isCurrency } from '../applications/money';
import { DOCUMENT_TYPES } from '../documents/types';
import { PARTY_ROLES } from '../parties/types';
import { FileSource } from './controls';
import { method } from './define';
import { optLines, optText, reqLines, reqText, text } from './text-fields';
import { CountryCode } from './parties';

const id = z.number().int().positive();
const IsoDate = (what: string) => z.iso.date(`${what} must be a date YYYY-MM-DD`);

export const Currency = text('the currency')
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isCurrency, { message: 'the currency must be an ISO 4217 code such as USD or EUR' });

/** A number as a person types it: checked in the core, which knows the currency's decimals. */
export const Amount = z.union([text('the amount').max(40), z.number()], { message: 'give a number such as 12 or 12.50' });

const applicationFields = {
  type: z.enum(APPLICATION_TYPES, { message: `the type must be one of ${APPLICATION_TYPES.join(', ')}` }),
  exportType: z.enum(EXPORT_TYPES, { message: 'the export type must be permanent or temporary' }),
  returnDate: IsoDate('the return date').nullish(),
  applicant: optLines(2000, 'the applicant'),
  reference: reqText(100, 'the reference'),
  destination: CountryCode.nullish(),
  endUse: optLines(10_000, 'the end use'),
  additionalInfo: optLines(10_000, 'the additional information'),
  shipDirect: z.boolean(),
  currency: Currency,
};

const PartyRole = z.enum(PARTY_ROLES, { message: `the role must be one of ${PARTY_ROLES.join(', ')}` });

export const applicationsContract = {
  'applications.create': method<{ application: Application }>()(
    'write',
    z.object({
      ...applicationFields,
      type: applicationFields.type.default('license'),
      exportType: applicationFields.exportType.default('permanent'),
      shipDirect: applicationFields.shipDirect.default(false),
      currency: applicationFields.currency.default('USD'),
    }),
    'Start a draft license application (BIS-748P): type, reference, destination, applicant, end use.',
  ),
  'applications.update': method<{ application: Application }>()(
    'write',
    z.object(applicationFields).partial().extend({ id }),
    'Change the blocks of a draft application: only the fields given.',
  ),
  'applications.get': method<Application>()('read', z.object({ id }), 'One application with its parties, lines, documents, determinations, status history and requests.'),
  'applications.list': method<ApplicationSummary[]>()(
    'read',
    z
      .object({
        status: z.enum(APPLICATION_STATUSES).optional(),
        /** Also versions replaced by an amendment. */
        includeSuperseded: z.boolean().optional(),
      })
      .optional(),
    'Applications, most recently changed first.',
  ),
  'applications.checklist': method<Checklist>()(
    'read',
    z.object({ id }),
    'The readiness checklist, computed now: every rule with its message and where to fix it.',
  ),
  'applications.copy': method<{ application: Application }>()(
    'write',
    z.object({ id, reference: reqText(100, 'the reference') }),
    'A new draft reusing the parties, items and blocks of an existing application.',
  ),
  'applications.amend': method<{ application: Application }>()(
    'write',
    z.object({ id, note: optLines(2000, 'the note') }),
    'A new draft version of a filed application, linked to it; the filed version is kept as filed.',
  ),
  'applications.setStatus': method<{ application: Application }>()(
    'write',
    z.object({
      id,
      status: z.enum(APPLICATION_STATUSES, { message: `the status must be one of ${APPLICATION_STATUSES.join(', ')}` }),
      /** Submitted: the number the licensing authority gave the application. */
      externalNumber: optText(100, 'the application number'),
      /** Submitted: the filing date; a decision: the decision date (default today). */
      date: IsoDate('the date').optional(),
      conditions: optLines(10_000, 'the conditions'),
      note: optLines(2000, 'the note'),
    }),
    'Move an application along: ready (checklist passed), submitted, a decision, an appeal, withdrawn.',
  ),
  'applications.addRequest': method<{ application: Application }>()(
    'write',
    z.object({ id, receivedOn: IsoDate('the date received').optional(), dueOn: IsoDate('the due date'), text: reqLines(10_000, 'the request') }),
    'Record a request for information from the licensing authority, with its due date.',
  ),
  'applications.answerRequest': method<{ application: Application }>()(
    'write',
    z.object({ requestId: id, answer: reqLines(10_000, 'the answer'), answeredOn: IsoDate('the date answered').optional() }),
    'Record the answer to a request for information.',
  ),
  'applications.addParty': method<{ application: Application }>()(
    'write',
    z.object({ id, partyId: id, role: PartyRole, statementReason: optLines(2000, 'the reason') }),
    'Put a party record on a draft application in a role (purchaser, consignee, end user ...).',
  ),
  'applications.updateParty': method<{ application: Application }>()(
    'write',
    z.object({ id, entryId: id, statementReason: optLines(2000, 'the reason') }),
    "State why an end user's statement is missing (or clear the reason).",
  ),
  'applications.removeParty': method<{ application: Application }>()('write', z.object({ id, entryId: id }), 'Take a party off a draft application.'),
  'applications.addItem': method<{ application: Application }>()(
    'write',
    z.object({
      id,
      itemId: id,
      quantity: Amount,
      unit: reqText(40, 'the unit'),
      unitPrice: Amount,
      /** Must be the application's currency. */
      currency: Currency.optional(),
      /** As quoted; when left out, quantity × unit price. */
      total: Amount.optional(),
    }),
    'Add an item line with its classification in force, quantity, unit, unit price and total.',
  ),
  'applications.updateItem': method<{ application: Application }>()(
    'write',
    z.object({
      id,
      lineId: id,
      quantity: Amount.optional(),
      unit: reqText(40, 'the unit').optional(),
      unitPrice: Amount.optional(),
      currency: Currency.optional(),
      total: Amount.optional(),
      /** Take the item's classification in force now. */
      refreshClassification: z.boolean().optional(),
    }),
    'Change an item line of a draft application.',
  ),
  'applications.removeItem': method<{ application: Application }>()('write', z.object({ id, lineId: id }), 'Remove an item line; the later lines are renumbered.'),
  'applications.attachDocument': method<{ application: Application }>()(
    'write',
    z
      .object({
        id,
        /** An existing document of a party or item on the application. */
        documentId: id.optional(),
        /** Or a new file, kept as the application's own document. */
        source: FileSource.optional(),
        docType: z.enum(DOCUMENT_TYPES).optional(),
        /** The party the document concerns, such as the end user of an end-user statement. */
        partyId: id.optional(),
        note: optLines(2000, 'the note'),
      })
      .refine((v) => (v.documentId === undefined) !== (v.source === undefined), { message: 'give either a documentId or a file (source)', path: ['documentId'] }),
    'Add a supporting document to a draft application: one of its parties or items, or a new file.',
  ),
};
