import type { Method } from '../../../shared/contract';
import { isReady, readiness } from '../../../shared/applications/readiness';
import { AMENDABLE_STATUSES, DECISIONS, REQUEST_STATUSES, assertTransition } from '../../../shared/applications/status';
import { formatMoney, formatQuantity, lineTotalMinor, parseMoney, parseQuantity } from '../../../shared/applications/money';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../../../shared/applications/types';
import { PARTY_ROLE_LABELS } from '../../../shared/parties/types';
import { AppError } from '../../../shared/errors';
import { changedFields } from '../audit';
import {
  fieldsOf,
  getApplication,
  getApplicationRow,
  getLineRow,
  getPartyEntry,
  insertApplication,
  listApplications,
  nextLineNo,
  refuseDuplicateReference,
  renumberLines,
  touch,
  updateApplicationFields,
  type ApplicationFields,
  type ApplicationRow,
  type LineRow,
} from '../applications/application-store';
import { assertReady, contentSummary, copyContent, editableApplication } from '../applications/content';
import { readinessFacts, storeDeterminations, usClassificationInForce } from '../applications/readiness-facts';
import { removeUnreferencedAttachment, storeAttachment } from '../documents/attachments';
import { findAttached, insertDocument } from '../documents/queries';
import { readDocumentFile, type DocumentFile } from '../documents/read-document';
import { assertPartyUsable } from '../parties/screening-status';
import type { HandlerMap, Tx } from '../registry';

/** Every applications.* method of the contract: a new one there needs its handler here. */
type ApplicationMethods = Extract<Method, `applications.${string}`>;

const today = (tx: Tx) => tx.at.slice(0, 10);
const view = (tx: Tx, id: number) => ({ application: getApplication(tx.db, id, today(tx)) });
const statusLabel = (s: ApplicationStatus) => APPLICATION_STATUS_LABELS[s].toLowerCase();

function refuseTemporaryWithoutDate(f: ApplicationFields): void {
  if (f.exportType === 'permanent' && f.returnDate) {
    throw new AppError('INVALID_INPUT', 'A return date goes with a temporary export only: set the export type to temporary or leave the return date out.', { field: 'returnDate' });
  }
}

function refuseFuture(date: string, today: string, what: string, field: string): void {
  if (date > today) throw new AppError('INVALID_INPUT', `${what} ${date} is in the future.`, { field });
}

function history(tx: Tx, id: number, from: ApplicationStatus | null, to: ApplicationStatus, extra: { externalNumber?: string | null; onDate?: string | null; conditions?: string | null; note?: string | null } = {}) {
  tx.db
    .prepare(
      `INSERT INTO application_status_history (application_id, from_status, to_status, at, by, external_number, on_date, conditions, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, from, to, tx.at, tx.actor, extra.externalNumber ?? null, extra.onDate ?? null, extra.conditions ?? null, extra.note ?? null);
}

/** The line currency must be the application's: one application, one currency (Block 22 totals). */
function lineCurrency(app: ApplicationRow, given: string | undefined): string {
  if (given && given !== app.currency) {
    throw new AppError('INVALID_INPUT', `The line is priced in ${given} but application ${app.reference} is in ${app.currency}: price every line in ${app.currency}.`, {
      field: 'currency',
    });
  }
  return app.currency;
}

function lineAudit(l: LineRow) {
  return {
    lineId: l.id,
    lineNo: l.line_no,
    itemId: l.item_id,
    classificationId: l.classification_id,
    quantity: formatQuantity(l.quantity_milli),
    unit: l.unit,
    unitPrice: formatMoney(l.unit_price_minor, l.currency),
    total: formatMoney(l.total_minor, l.currency),
    currency: l.currency,
  };
}

function partyRow(tx: Tx, partyId: number): { id: number; legal_name: string; archived: number } {
  const p = tx.db.prepare('SELECT id, legal_name, archived FROM parties WHERE id = ?').get(partyId) as { id: number; legal_name: string; archived: number } | undefined;
  if (!p) throw new AppError('NOT_FOUND', `There is no party #${partyId} in this workspace`, { field: 'partyId' });
  return p;
}

interface PreparedDocument {
  file: DocumentFile | null;
}

export const applicationHandlers: HandlerMap<ApplicationMethods> = {
  'applications.create': {
    commit(tx, input) {
      const fields: ApplicationFields = {
        type: input.type,
        exportType: input.exportType,
        returnDate: input.returnDate ?? null,
        applicant: input.applicant ?? null,
        reference: input.reference,
        destination: input.destination ?? null,
        endUse: input.endUse ?? null,
        additionalInfo: input.additionalInfo ?? null,
        shipDirect: input.shipDirect,
        currency: input.currency,
      };
      refuseTemporaryWithoutDate(fields);
      refuseDuplicateReference(tx.db, fields.reference);
      const id = insertApplication(tx.db, fields, {}, tx.at, tx.actor);
      history(tx, id, null, 'draft');
      tx.audit({ action: 'applications.create', recordType: 'application', recordId: id, after: fields });
      return view(tx, id);
    },
  },

  'applications.update': {
    commit(tx, input) {
      const row = editableApplication(tx.db, input.id);
      const before = fieldsOf(row);
      const pick = <K extends keyof ApplicationFields>(k: K): ApplicationFields[K] => (input[k] === undefined ? before[k] : (input[k] as ApplicationFields[K]));
      const after: ApplicationFields = {
        type: pick('type'),
        exportType: pick('exportType'),
        returnDate: pick('returnDate') ?? null,
        applicant: pick('applicant'),
        reference: pick('reference'),
        destination: pick('destination') ?? null,
        endUse: pick('endUse'),
        additionalInfo: pick('additionalInfo'),
        shipDirect: pick('shipDirect'),
        currency: pick('currency'),
      };
      // Switching to a permanent export drops the return date rather than refusing the switch.
      if (input.exportType === 'permanent' && input.returnDate === undefined) after.returnDate = null;
      refuseTemporaryWithoutDate(after);
      if (after.reference !== before.reference) refuseDuplicateReference(tx.db, after.reference, row.id);
      if (after.currency !== before.currency) {
        const priced = tx.db.prepare('SELECT count(*) AS n FROM application_items WHERE application_id = ?').get(row.id) as { n: number };
        if (priced.n > 0) {
          throw new AppError('CONFLICT', `Application ${row.reference} has ${priced.n} item line(s) priced in ${before.currency}: remove or re-price them before changing the currency.`, {
            field: 'currency',
          });
        }
      }
      const change = changedFields(before, after);
      if (Object.keys(change.after).length === 0) throw new AppError('INVALID_INPUT', `Nothing to change: application ${row.reference} already has these values.`);
      updateApplicationFields(tx.db, row.id, after, tx.at, tx.actor);
      if (after.destination !== before.destination) storeDeterminations(tx.db, row.id, tx.at);
      tx.audit({ action: 'applications.update', recordType: 'application', recordId: row.id, before: change.before, after: change.after });
      return view(tx, row.id);
    },
  },

  'applications.get': { run: (ctx, input) => getApplication(ctx.db, input.id, ctx.now().slice(0, 10)) },
  'applications.list': { run: (ctx, input) => listApplications(ctx.db, input ?? {}) },

  'applications.checklist': {
    run(ctx, input) {
      const row = getApplicationRow(ctx.db, input.id);
      const checks = readiness(readinessFacts(ctx.db, row.id, ctx.now().slice(0, 10)));
      return { applicationId: row.id, status: row.status, ready: isReady(checks), checks };
    },
  },

  'applications.copy': {
    commit(tx, input) {
      const from = getApplicationRow(tx.db, input.id);
      refuseDuplicateReference(tx.db, input.reference);
      const fields = { ...fieldsOf(from), reference: input.reference };
      const id = insertApplication(tx.db, fields, { copiedFromId: from.id }, tx.at, tx.actor);
      copyContent(tx.db, from.id, id, { documents: false, repin: true }, tx.at, tx.actor);
      storeDeterminations(tx.db, id, tx.at);
      history(tx, id, null, 'draft', { note: `Copied from application #${from.id} (${from.reference})` });
      tx.audit({ action: 'applications.copy', recordType: 'application', recordId: id, after: { copiedFrom: from.id, ...fields, ...contentSummary(tx.db, id) } });
      return view(tx, id);
    },
  },

  'applications.amend': {
    commit(tx, input) {
      const old = getApplicationRow(tx.db, input.id);
      if (old.superseded_by_id !== null) {
        throw new AppError('CONFLICT', `Application ${old.reference} version ${old.version} has already been amended by application #${old.superseded_by_id}: amend the latest version.`, {
          field: 'id',
        });
      }
      if (!AMENDABLE_STATUSES.includes(old.status)) {
        throw new AppError(
          'CONFLICT',
          old.status === 'withdrawn'
            ? `Application ${old.reference} was withdrawn: copy it into a new draft instead of amending it.`
            : `Application ${old.reference} is ${statusLabel(old.status)} and has not been filed: change it directly, no amendment is needed.`,
          { field: 'id' },
        );
      }
      // The new id is taken first, so the filed version can point to its successor before the
      // successor takes over the reference (one live application per reference).
      const id = (tx.db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM applications').get() as { id: number }).id;
      tx.db.prepare('UPDATE applications SET superseded_by_id = ? WHERE id = ?').run(id, old.id);
      insertApplication(tx.db, fieldsOf(old), { id, version: old.version + 1, previousVersionId: old.id, copiedFromId: old.copied_from_id }, tx.at, tx.actor);
      copyContent(tx.db, old.id, id, { documents: true, repin: false }, tx.at, tx.actor);
      storeDeterminations(tx.db, id, tx.at);
      history(tx, id, null, 'draft', { note: input.note ?? `Amendment of version ${old.version} (#${old.id})` });
      tx.audit({
        action: 'applications.amend',
        recordType: 'application',
        recordId: id,
        after: { amends: old.id, version: old.version + 1, reference: old.reference, note: input.note ?? null, ...contentSummary(tx.db, id) },
      });
      return view(tx, id);
    },
  },

  'applications.setStatus': {
    commit(tx, input) {
      const row = getApplicationRow(tx.db, input.id);
      if (row.superseded_by_id !== null) {
        throw new AppError('CONFLICT', `Application ${row.reference} version ${row.version} has been replaced by an amendment (#${row.superseded_by_id}): change the status of the latest version.`, {
          field: 'id',
        });
      }
      const to = input.status;
      assertTransition(row.status, to);
      const day = today(tx);
      const date = input.date ?? day;
      const set: { external_number?: string | null; submitted_on?: string; decided_on?: string; conditions?: string | null } = {};
      if (to === 'ready') {
        assertReady(tx.db, row.id, day, to);
        storeDeterminations(tx.db, row.id, tx.at);
      } else if (to === 'submitted') {
        if (!input.externalNumber) {
          throw new AppError('INVALID_INPUT', 'Give the application number the licensing authority assigned (for BIS, the application control number).', { field: 'externalNumber' });
        }
        refuseFuture(date, day, 'The filing date', 'date');
        // The lists may have moved since it was marked ready: what is filed must still pass.
        assertReady(tx.db, row.id, day, to);
        storeDeterminations(tx.db, row.id, tx.at);
        set.external_number = input.externalNumber;
        set.submitted_on = date;
      } else if (DECISIONS.includes(to)) {
        refuseFuture(date, day, 'The decision date', 'date');
        if (row.submitted_on && date < row.submitted_on) {
          throw new AppError('INVALID_INPUT', `The decision date ${date} is before the filing date ${row.submitted_on}.`, { field: 'date' });
        }
        if (to === 'approved-with-conditions' && !input.conditions) {
          throw new AppError('INVALID_INPUT', 'An approval with conditions needs the conditions, as the license states them.', { field: 'conditions' });
        }
        set.decided_on = date;
        set.conditions = input.conditions ?? null;
      } else if (input.conditions) {
        throw new AppError('INVALID_INPUT', 'Conditions go with an approval with conditions only.', { field: 'conditions' });
      }
      tx.db
        .prepare(
          `UPDATE applications SET status = ?, external_number = coalesce(?, external_number), submitted_on = coalesce(?, submitted_on),
             decided_on = coalesce(?, decided_on), conditions = CASE WHEN ? THEN ? ELSE conditions END, updated_at = ?, updated_by = ? WHERE id = ?`,
        )
        .run(
          to,
          set.external_number ?? null,
          set.submitted_on ?? null,
          set.decided_on ?? null,
          'conditions' in set ? 1 : 0,
          set.conditions ?? null,
          tx.at,
          tx.actor,
          row.id,
        );
      const onDate = to === 'submitted' || DECISIONS.includes(to) || to === 'appealed' || to === 'withdrawn' ? date : null;
      history(tx, row.id, row.status, to, { externalNumber: set.external_number, onDate, conditions: set.conditions, note: input.note });
      tx.audit({
        action: 'applications.setStatus',
        recordType: 'application',
        recordId: row.id,
        before: { status: row.status },
        after: {
          status: to,
          ...(set.external_number !== undefined && { externalNumber: set.external_number, submittedOn: set.submitted_on }),
          ...(set.decided_on !== undefined && { decidedOn: set.decided_on, conditions: set.conditions }),
          date: onDate,
          note: input.note ?? null,
        },
      });
      return view(tx, row.id);
    },
  },

  'applications.addRequest': {
    commit(tx, input) {
      const row = getApplicationRow(tx.db, input.id);
      if (!REQUEST_STATUSES.includes(row.status)) {
        throw new AppError('CONFLICT', `Application ${row.reference} is ${statusLabel(row.status)}: requests for information are recorded while the authority holds the case (submitted or under appeal).`, {
          field: 'id',
        });
      }
      const receivedOn = input.receivedOn ?? today(tx);
      refuseFuture(receivedOn, today(tx), 'The date received', 'receivedOn');
      if (input.dueOn < receivedOn) throw new AppError('INVALID_INPUT', `The due date ${input.dueOn} is before the date received ${receivedOn}.`, { field: 'dueOn' });
      const r = tx.db
        .prepare('INSERT INTO information_requests (application_id, received_on, due_on, text, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(row.id, receivedOn, input.dueOn, input.text, tx.at, tx.actor);
      touch(tx.db, row.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.addRequest', recordType: 'application', recordId: row.id, after: { requestId: Number(r.lastInsertRowid), receivedOn, dueOn: input.dueOn, text: input.text } });
      return view(tx, row.id);
    },
  },

  'applications.answerRequest': {
    commit(tx, input) {
      const req = tx.db.prepare('SELECT id, application_id, answered_at, received_on FROM information_requests WHERE id = ?').get(input.requestId) as
        | { id: number; application_id: number; answered_at: string | null; received_on: string }
        | undefined;
      if (!req) throw new AppError('NOT_FOUND', `There is no request for information #${input.requestId}`, { field: 'requestId' });
      if (req.answered_at) throw new AppError('CONFLICT', `Request #${req.id} was already answered on ${req.answered_at.slice(0, 10)}.`, { field: 'requestId' });
      const answeredOn = input.answeredOn ?? today(tx);
      refuseFuture(answeredOn, today(tx), 'The date answered', 'answeredOn');
      if (answeredOn < req.received_on) throw new AppError('INVALID_INPUT', `The answer date ${answeredOn} is before the request was received (${req.received_on}).`, { field: 'answeredOn' });
      tx.db.prepare('UPDATE information_requests SET answered_on = ?, answer = ?, answered_at = ?, answered_by = ? WHERE id = ?').run(answeredOn, input.answer, tx.at, tx.actor, req.id);
      touch(tx.db, req.application_id, tx.at, tx.actor);
      tx.audit({ action: 'applications.answerRequest', recordType: 'application', recordId: req.application_id, after: { requestId: req.id, answeredOn, answer: input.answer } });
      return view(tx, req.application_id);
    },
  },

  'applications.addParty': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const party = partyRow(tx, input.partyId);
      if (party.archived) throw new AppError('CONFLICT', `${party.legal_name} is archived: restore the party record before putting it on an application.`, { field: 'partyId' });
      assertPartyUsable(tx.db, party.id);
      const same = tx.db.prepare('SELECT id FROM application_parties WHERE application_id = ? AND party_id = ? AND role = ?').get(app.id, party.id, input.role);
      if (same) throw new AppError('DUPLICATE', `${party.legal_name} is already on application ${app.reference} as ${PARTY_ROLE_LABELS[input.role].toLowerCase()}.`, { field: 'partyId' });
      if (input.role === 'ultimate-consignee' || input.role === 'purchaser') {
        const other = tx.db
          .prepare('SELECT p.legal_name FROM application_parties ap JOIN parties p ON p.id = ap.party_id WHERE ap.application_id = ? AND ap.role = ?')
          .get(app.id, input.role) as { legal_name: string } | undefined;
        if (other) {
          throw new AppError('CONFLICT', `Application ${app.reference} already names ${other.legal_name} as ${PARTY_ROLE_LABELS[input.role].toLowerCase()}; an application has one. Remove it first.`, {
            field: 'role',
          });
        }
      }
      if (input.statementReason && input.role !== 'end-user') {
        throw new AppError('INVALID_INPUT', 'A reason for a missing end-user statement goes with an end user only.', { field: 'statementReason' });
      }
      const r = tx.db
        .prepare('INSERT INTO application_parties (application_id, party_id, role, statement_reason, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(app.id, party.id, input.role, input.statementReason ?? null, tx.at, tx.actor);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({
        action: 'applications.addParty',
        recordType: 'application',
        recordId: app.id,
        after: { entryId: Number(r.lastInsertRowid), partyId: party.id, legalName: party.legal_name, role: input.role, statementReason: input.statementReason ?? null },
      });
      return view(tx, app.id);
    },
  },

  'applications.updateParty': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const entry = getPartyEntry(tx.db, app.id, input.entryId);
      if (entry.role !== 'end-user') throw new AppError('INVALID_INPUT', 'A reason for a missing end-user statement goes with an end user only.', { field: 'statementReason' });
      const reason = input.statementReason ?? null;
      if (reason === entry.statement_reason) throw new AppError('INVALID_INPUT', 'Nothing to change: the party entry already has this reason.');
      tx.db.prepare('UPDATE application_parties SET statement_reason = ? WHERE id = ?').run(reason, entry.id);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({
        action: 'applications.updateParty',
        recordType: 'application',
        recordId: app.id,
        before: { entryId: entry.id, statementReason: entry.statement_reason },
        after: { entryId: entry.id, statementReason: reason },
      });
      return view(tx, app.id);
    },
  },

  'applications.removeParty': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const entry = getPartyEntry(tx.db, app.id, input.entryId);
      tx.db.prepare('DELETE FROM application_parties WHERE id = ?').run(entry.id);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.removeParty', recordType: 'application', recordId: app.id, before: { entryId: entry.id, partyId: entry.party_id, role: entry.role } });
      return view(tx, app.id);
    },
  },

  'applications.addItem': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const item = tx.db.prepare('SELECT id, name FROM items WHERE id = ?').get(input.itemId) as { id: number; name: string } | undefined;
      if (!item) throw new AppError('NOT_FOUND', `There is no item #${input.itemId} in this workspace`, { field: 'itemId' });
      const currency = lineCurrency(app, input.currency);
      const quantityMilli = parseQuantity(input.quantity);
      const unitPriceMinor = parseMoney(input.unitPrice, currency, 'The unit price', 'unitPrice');
      const totalMinor = input.total === undefined ? lineTotalMinor(quantityMilli, unitPriceMinor) : parseMoney(input.total, currency, 'The total', 'total');
      const classificationId = usClassificationInForce(tx.db, item.id)?.id ?? null;
      const r = tx.db
        .prepare(
          `INSERT INTO application_items (application_id, line_no, item_id, classification_id, quantity_milli, unit, unit_price_minor, total_minor, currency)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(app.id, nextLineNo(tx.db, app.id), item.id, classificationId, quantityMilli, input.unit, unitPriceMinor, totalMinor, currency);
      const line = getLineRow(tx.db, app.id, Number(r.lastInsertRowid));
      storeDeterminations(tx.db, app.id, tx.at);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.addItem', recordType: 'application', recordId: app.id, after: { ...lineAudit(line), itemName: item.name } });
      return view(tx, app.id);
    },
  },

  'applications.updateItem': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const line = getLineRow(tx.db, app.id, input.lineId);
      const currency = lineCurrency(app, input.currency);
      const quantityMilli = input.quantity === undefined ? line.quantity_milli : parseQuantity(input.quantity);
      const unitPriceMinor = input.unitPrice === undefined ? line.unit_price_minor : parseMoney(input.unitPrice, currency, 'The unit price', 'unitPrice');
      // A new quantity or price recomputes the total unless a total is given with it.
      const totalMinor =
        input.total !== undefined
          ? parseMoney(input.total, currency, 'The total', 'total')
          : input.quantity !== undefined || input.unitPrice !== undefined
            ? lineTotalMinor(quantityMilli, unitPriceMinor)
            : line.total_minor;
      const classificationId = input.refreshClassification ? (usClassificationInForce(tx.db, line.item_id)?.id ?? null) : line.classification_id;
      const next: LineRow = { ...line, quantity_milli: quantityMilli, unit: input.unit ?? line.unit, unit_price_minor: unitPriceMinor, total_minor: totalMinor, currency, classification_id: classificationId };
      const change = changedFields(lineAudit(line), lineAudit(next));
      if (Object.keys(change.after).length === 0) throw new AppError('INVALID_INPUT', `Nothing to change: line ${line.line_no} already has these values.`);
      tx.db
        .prepare('UPDATE application_items SET quantity_milli = ?, unit = ?, unit_price_minor = ?, total_minor = ?, currency = ?, classification_id = ? WHERE id = ?')
        .run(next.quantity_milli, next.unit, next.unit_price_minor, next.total_minor, next.currency, next.classification_id, line.id);
      storeDeterminations(tx.db, app.id, tx.at);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.updateItem', recordType: 'application', recordId: app.id, before: { lineId: line.id, ...change.before }, after: { lineId: line.id, ...change.after } });
      return view(tx, app.id);
    },
  },

  'applications.removeItem': {
    commit(tx, input) {
      const app = editableApplication(tx.db, input.id);
      const line = getLineRow(tx.db, app.id, input.lineId);
      tx.db.prepare('DELETE FROM application_determinations WHERE application_id = ?').run(app.id);
      tx.db.prepare('DELETE FROM application_items WHERE id = ?').run(line.id);
      renumberLines(tx.db, app.id);
      storeDeterminations(tx.db, app.id, tx.at);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.removeItem', recordType: 'application', recordId: app.id, before: lineAudit(line) });
      return view(tx, app.id);
    },
  },

  'applications.attachDocument': {
    prepare(ctx, input): PreparedDocument {
      editableApplication(ctx.db, input.id);
      return { file: input.source ? readDocumentFile(input.source) : null };
    },
    commit(tx, input, { file }: PreparedDocument) {
      const app = editableApplication(tx.db, input.id);
      if (input.partyId !== undefined) {
        const on = tx.db.prepare('SELECT 1 FROM application_parties WHERE application_id = ? AND party_id = ?').get(app.id, input.partyId);
        if (!on) throw new AppError('INVALID_INPUT', `Party #${input.partyId} is not on application ${app.reference}.`, { field: 'partyId' });
      }
      let documentId: number;
      let audit: Record<string, unknown>;
      if (file) {
        const dir = tx.ctx.ws.attachmentsDir;
        const already = findAttached(tx.db, 'application', app.id, file.sha256);
        if (already) throw new AppError('DUPLICATE', `${file.name} is already attached to this application (document #${already.id}, ${already.originalName}).`, { file: file.name, field: 'source' });
        // The file goes in before its row, and comes out again if the row does not commit.
        if (storeAttachment(dir, file.sha256, file.bytes)) tx.onRollback(() => removeUnreferencedAttachment(tx.db, dir, file.sha256));
        const docType = input.docType ?? 'other';
        documentId = insertDocument(tx.db, {
          ownerType: 'application',
          ownerId: app.id,
          docType,
          originalName: file.name,
          mime: file.mime,
          size: file.bytes.length,
          sha256: file.sha256,
          note: input.note ?? null,
          uploadedAt: tx.at,
          uploadedBy: tx.actor,
        });
        audit = { documentId, docType, originalName: file.name, mime: file.mime, size: file.bytes.length, sha256: file.sha256 };
      } else {
        const doc = tx.db.prepare('SELECT id, owner_type, owner_id, doc_type, original_name, sha256 FROM documents WHERE id = ?').get(input.documentId) as
          | { id: number; owner_type: string; owner_id: number; doc_type: string; original_name: string; sha256: string }
          | undefined;
        if (!doc) throw new AppError('NOT_FOUND', `There is no document #${input.documentId} in this workspace`, { field: 'documentId' });
        const belongs =
          (doc.owner_type === 'party' && tx.db.prepare('SELECT 1 FROM application_parties WHERE application_id = ? AND party_id = ?').get(app.id, doc.owner_id)) ||
          (doc.owner_type === 'item' && tx.db.prepare('SELECT 1 FROM application_items WHERE application_id = ? AND item_id = ?').get(app.id, doc.owner_id)) ||
          (doc.owner_type === 'application' && doc.owner_id === app.id);
        if (!belongs) {
          throw new AppError('INVALID_INPUT', `Document #${doc.id} (${doc.original_name}) belongs to neither a party nor an item of application ${app.reference}.`, { field: 'documentId' });
        }
        documentId = doc.id;
        audit = { documentId, docType: doc.doc_type, originalName: doc.original_name, sha256: doc.sha256, from: `${doc.owner_type} #${doc.owner_id}` };
      }
      const linked = tx.db.prepare('SELECT 1 FROM application_documents WHERE application_id = ? AND document_id = ?').get(app.id, documentId);
      if (linked) throw new AppError('DUPLICATE', `Document #${documentId} is already on application ${app.reference}.`, { field: 'documentId' });
      tx.db
        .prepare('INSERT INTO application_documents (application_id, document_id, party_id, added_at, added_by) VALUES (?, ?, ?, ?, ?)')
        .run(app.id, documentId, input.partyId ?? null, tx.at, tx.actor);
      touch(tx.db, app.id, tx.at, tx.actor);
      tx.audit({ action: 'applications.attachDocument', recordType: 'application', recordId: app.id, after: { ...audit, partyId: input.partyId ?? null } });
      return view(tx, app.id);
    },
  },
};
