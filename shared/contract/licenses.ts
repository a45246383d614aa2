import { z } from 'zod';
import { LICENSE_STATUSES, type License, type LicenseSummary, type Shipment } from '../applications/types';
import { Amount, Currency } from './applications';
import { method } from './define';
import { optLines as optLinesOrUndefined, optText as optTextOrUndefined, reqText } from './text-fields';

const id = z.number().int().positive();
const IsoDate = (what: string) => z.iso.date(`${what} must be a date YYYY-MM-DD`);
const optText = (max: number, what: string) => optTextOrUndefined(max, what).transform((v) => v ?? null);
const optLines = (max: number, what: string) => optLinesOrUndefined(max, what).transform((v) => v ?? null);

export const licensesContract = {
  'licenses.issue': method<{ license: License }>()(
    'write',
    z
      .object({
        applicationId: id,
        number: reqText(100, 'the license number'),
        validFrom: IsoDate('the first valid day'),
        validTo: IsoDate('the last valid day'),
        conditions: optLines(10_000, 'the conditions'),
        /** What the license authorizes per application line; by default every line as applied for. */
        items: z
          .array(z.object({ line: z.number().int().positive(), quantity: Amount.optional(), value: Amount.optional() }))
          .min(1, 'authorize at least one line')
          .optional(),
      })
      .refine((v) => v.validTo >= v.validFrom, { message: 'the license ends before it starts', path: ['validTo'] }),
    'Record the license issued on an approved application: number, validity, conditions, authorized quantities and values.',
  ),
  'licenses.list': method<LicenseSummary[]>()(
    'read',
    z.object({ status: z.enum(LICENSE_STATUSES).optional() }).optional(),
    'Licenses with their status (issued, exhausted, expired) computed today, the soonest to expire first.',
  ),
  'licenses.get': method<License>()('read', z.object({ id }), 'One license with the balance of every authorized line.'),
  'licenses.expiring': method<LicenseSummary[]>()(
    'read',
    z.object({ withinDays: z.number().int().min(0, 'withinDays cannot be negative').max(366, 'at most 366 days') }),
    'Issued licenses whose last valid day falls within the next N days (reminders at 60, 30 and 7).',
  ),
  'shipments.add': method<{ shipment: Shipment; license: License }>()(
    'write',
    z
      .object({
        licenseId: id.optional(),
        licenseNumber: reqText(100, 'the license number').optional(),
        shippedOn: IsoDate('the shipment date'),
        lines: z
          .array(z.object({ line: z.number().int().positive(), quantity: Amount, value: Amount }))
          .min(1, 'a shipment needs at least one line'),
        /** When given, it must be the license's currency. */
        currency: Currency.optional(),
        consigneePartyId: id.optional(),
        reference: optText(200, 'the reference'),
      })
      .refine((v) => (v.licenseId === undefined) !== (v.licenseNumber === undefined), { message: 'give the license id or its number', path: ['licenseId'] }),
    'Record a shipment against a license; refused when it overdraws a line or falls outside the validity dates.',
  ),
  'shipments.list': method<Shipment[]>()('read', z.object({ licenseId: id }), 'The shipments drawn against a license, oldest first.'),
};
