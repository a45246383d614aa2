import { shipmentRefusals } from '../../../shared/applications/drawdown';
import { formatMoney, formatQuantity, parseMoney, parseQuantity } from '../../../shared/applications/money';
import { APPLICATION_STATUS_LABELS } from '../../../shared/applications/types';
import { AppError } from '../../../shared/errors';
import { getApplicationRow, lineRows } from '../applications/application-store';
import { authorizedLines, drawnLines, expiringLicenses, findLicenseByNumber, getLicense, getLicenseRow, listLicenses, shipmentsOf } from '../licenses/license-store';
import { assertPartyUsable } from '../parties/screening-status';
import type { HandlerMap } from '../registry';

type LicenseMethods = 'licenses.issue' | 'licenses.list' | 'licenses.get' | 'licenses.expiring' | 'shipments.add' | 'shipments.list';

export const licenseHandlers: HandlerMap<LicenseMethods> = {
  'licenses.issue': {
    commit(tx, input) {
      const app = getApplicationRow(tx.db, input.applicationId);
      if (app.status !== 'approved' && app.status !== 'approved-with-conditions') {
        throw new AppError(
          'CONFLICT',
          `Application ${app.reference} is ${APPLICATION_STATUS_LABELS[app.status].toLowerCase()}: a license is recorded only on an approved application.`,
          { field: 'applicationId' },
        );
      }
      const existing = tx.db.prepare('SELECT number FROM licenses WHERE application_id = ?').get(app.id) as { number: string } | undefined;
      if (existing) throw new AppError('DUPLICATE', `Application ${app.reference} already has license ${existing.number}.`, { field: 'applicationId' });
      const taken = tx.db.prepare('SELECT application_id FROM licenses WHERE number = ?').get(input.number) as { application_id: number } | undefined;
      if (taken) throw new AppError('DUPLICATE', `License number ${input.number} is already recorded (application #${taken.application_id}).`, { field: 'number' });

      const lines = lineRows(tx.db, app.id);
      if (lines.length === 0) throw new AppError('CONFLICT', `Application ${app.reference} has no item lines to authorize.`, { field: 'applicationId' });
      const c = app.currency;
      const wanted = input.items ?? lines.map((l) => ({ line: l.line_no, quantity: undefined, value: undefined }));
      const seen = new Set<number>();
      const authorized = wanted.map((w, i) => {
        const line = lines.find((l) => l.line_no === w.line);
        if (!line) throw new AppError('INVALID_INPUT', `Application ${app.reference} has no line ${w.line}.`, { field: `items[${i}].line` });
        if (seen.has(w.line)) throw new AppError('INVALID_INPUT', `Line ${w.line} is authorized twice.`, { field: `items[${i}].line` });
        seen.add(w.line);
        const quantityMilli = w.quantity === undefined ? line.quantity_milli : parseQuantity(w.quantity, `items[${i}].quantity`);
        const valueMinor = w.value === undefined ? line.total_minor : parseMoney(w.value, c, 'The authorized value', `items[${i}].value`);
        if (quantityMilli > line.quantity_milli) {
          throw new AppError('INVALID_INPUT', `Line ${w.line}: ${formatQuantity(quantityMilli)} is more than the ${formatQuantity(line.quantity_milli)} applied for.`, { field: `items[${i}].quantity` });
        }
        if (valueMinor > line.total_minor) {
          throw new AppError('INVALID_INPUT', `Line ${w.line}: ${c} ${formatMoney(valueMinor, c)} is more than the ${c} ${formatMoney(line.total_minor, c)} applied for.`, { field: `items[${i}].value` });
        }
        return { lineId: line.id, lineNo: line.line_no, quantityMilli, valueMinor };
      });
      const conditions = input.conditions ?? app.conditions;
      const id = Number(
        tx.db
          .prepare('INSERT INTO licenses (number, application_id, valid_from, valid_to, conditions, currency, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(input.number, app.id, input.validFrom, input.validTo, conditions, c, tx.at, tx.actor).lastInsertRowid,
      );
      const ins = tx.db.prepare('INSERT INTO license_items (license_id, line_id, quantity_milli, value_minor) VALUES (?, ?, ?, ?)');
      for (const a of authorized) ins.run(id, a.lineId, a.quantityMilli, a.valueMinor);
      tx.audit({
        action: 'licenses.issue',
        recordType: 'license',
        recordId: id,
        after: {
          number: input.number,
          applicationId: app.id,
          validFrom: input.validFrom,
          validTo: input.validTo,
          conditions,
          currency: c,
          items: authorized.map((a) => ({ line: a.lineNo, quantity: formatQuantity(a.quantityMilli), value: formatMoney(a.valueMinor, c) })),
        },
      });
      return { license: getLicense(tx.db, id, tx.at.slice(0, 10)) };
    },
  },

  'licenses.list': { run: (ctx, input) => listLicenses(ctx.db, ctx.now().slice(0, 10), input?.status) },
  'licenses.get': { run: (ctx, input) => getLicense(ctx.db, input.id, ctx.now().slice(0, 10)) },
  'licenses.expiring': { run: (ctx, input) => expiringLicenses(ctx.db, ctx.now().slice(0, 10), input.withinDays) },

  'shipments.add': {
    commit(tx, input) {
      const lic = input.licenseId !== undefined ? getLicenseRow(tx.db, input.licenseId) : findLicenseByNumber(tx.db, input.licenseNumber!);
      const c = lic.currency;
      if (input.currency && input.currency !== c) {
        throw new AppError('INVALID_INPUT', `License ${lic.number} is in ${c}; the shipment is valued in ${input.currency}. Give the value in ${c}.`, { field: 'currency' });
      }
      const authorized = authorizedLines(tx.db, lic.id);
      const lines = input.lines.map((l, i) => {
        const a = authorized.find((x) => x.lineNo === l.line);
        if (!a) throw new AppError('INVALID_INPUT', `License ${lic.number} authorizes no line ${l.line} (lines: ${authorized.map((x) => x.lineNo).join(', ')}).`, { field: `lines[${i}].line` });
        return {
          licenseItemId: a.licenseItemId,
          quantityMilli: parseQuantity(l.quantity, `lines[${i}].quantity`),
          valueMinor: parseMoney(l.value, c, 'The shipped value', `lines[${i}].value`),
        };
      });
      if (input.consigneePartyId !== undefined) {
        const p = tx.db.prepare('SELECT id FROM parties WHERE id = ?').get(input.consigneePartyId);
        if (!p) throw new AppError('NOT_FOUND', `There is no party #${input.consigneePartyId} in this workspace`, { field: 'consigneePartyId' });
        assertPartyUsable(tx.db, input.consigneePartyId);
      }
      const today = tx.at.slice(0, 10);
      const reasons = shipmentRefusals(
        { number: lic.number, validFrom: lic.valid_from, validTo: lic.valid_to, currency: c, authorized, shipped: drawnLines(tx.db, lic.id) },
        { shippedOn: input.shippedOn, lines },
        today,
      );
      if (reasons.length) throw new AppError('CONFLICT', `The shipment was not recorded. ${reasons.join(' ')}`, { field: 'lines' });
      const id = Number(
        tx.db
          .prepare('INSERT INTO shipments (license_id, shipped_on, consignee_party_id, reference, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)')
          .run(lic.id, input.shippedOn, input.consigneePartyId ?? null, input.reference ?? null, tx.at, tx.actor).lastInsertRowid,
      );
      const ins = tx.db.prepare('INSERT INTO shipment_lines (shipment_id, license_item_id, quantity_milli, value_minor) VALUES (?, ?, ?, ?)');
      for (const l of lines) ins.run(id, l.licenseItemId, l.quantityMilli, l.valueMinor);
      tx.audit({
        action: 'shipments.add',
        recordType: 'license',
        recordId: lic.id,
        after: {
          shipmentId: id,
          shippedOn: input.shippedOn,
          consigneePartyId: input.consigneePartyId ?? null,
          reference: input.reference ?? null,
          lines: input.lines.map((l, i) => ({ line: l.line, quantity: formatQuantity(lines[i]!.quantityMilli), value: formatMoney(lines[i]!.valueMinor, c) })),
        },
      });
      return { shipment: shipmentsOf(tx.db, lic.id, id)[0]!, license: getLicense(tx.db, lic.id, today) };
    },
  },

  'shipments.list': { run: (ctx, input) => shipmentsOf(ctx.db, input.licenseId) },
};
