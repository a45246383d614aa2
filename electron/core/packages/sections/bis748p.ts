import { APPLICATION_TYPE_LABELS, APPLICATION_STATUS_LABELS, type ApplicationParty } from '../../../../shared/applications/types';
import type { PartyRole } from '../../../../shared/parties/types';
import { COLORS, type Composer } from '../composer';
import type { ApplicationPackageData, PartySheet } from '../application-data';
import { country, mainAddress, orDash, orUnknown } from './format';

/**
 * Block numbers of form BIS-748P as its instructions give them (Supp. No. 1 to 15 CFR Part 748):
 * 4 date, 5 type, 14 applicant, 16 purchaser, 17 intermediate consignee, 18 ultimate consignee,
 * 19 end user, 21 specific end use, 22 items (a ECCN, b CTP, c model, d CCATS, e quantity, f units,
 * g unit price, h total price, i manufacturer, j technical description), 23 total application
 * value, 24 additional information. Check them against the current form before filing.
 */
export const BLOCK = {
  date: 4,
  type: 5,
  applicant: 14,
  purchaser: 16,
  intermediate: 17,
  consignee: 18,
  endUser: 19,
  endUse: 21,
  items: 22,
  total: 23,
  additional: 24,
} as const;

export const BIS748P_TITLE = 'Application (form BIS-748P)';

const PARTY_BLOCKS: { title: string; roles: PartyRole[] }[] = [
  { title: `Block ${BLOCK.purchaser} — Purchaser`, roles: ['purchaser'] },
  { title: `Block ${BLOCK.intermediate} — Intermediate consignee`, roles: ['intermediate-consignee'] },
  { title: `Block ${BLOCK.consignee} — Ultimate consignee`, roles: ['ultimate-consignee'] },
  { title: `Block ${BLOCK.endUser} — End user`, roles: ['end-user', 'ultimate-end-user'] },
  { title: 'Other parties (agents, freight forwarders; 15 CFR 748.5)', roles: ['other-party'] },
];

function partyRows(entries: ApplicationParty[], sheets: PartySheet[]): [string, string][] {
  return entries.flatMap((e) => {
    const sheet = sheets.find((s) => s.party.id === e.partyId);
    const rows: [string, string][] = [
      ['Name', e.legalName],
      ['Address', sheet ? mainAddress(sheet.party.addresses) : 'unknown'],
      ['Country', country(e.country)],
    ];
    if (e.role === 'ultimate-end-user') rows.push(['Role', 'Ultimate end user (the items are incorporated before reaching it)']);
    return rows;
  });
}

/** The application laid out in the blocks of form BIS-748P. */
export function renderBis748p(c: Composer, data: ApplicationPackageData, generatedDay: string): void {
  const { app, parties: sheets } = data;
  c.section(BIS748P_TITLE);
  c.text('The application as recorded, in the blocks of the multipurpose application form BIS-748P (15 CFR 748.6; instructions in Supp. No. 1 to Part 748).', {
    size: 8.5,
    color: COLORS.muted,
    after: 6,
  });
  const typeLabel = app.type === 'license' ? 'Export' : app.type === 'reexport' ? 'Reexport' : 'Classification request';
  c.fields([
    [`Block ${BLOCK.date} — Date of application`, app.submittedOn ?? `${generatedDay} (date of this package; not yet submitted)`],
    [`Block ${BLOCK.type} — Type of application`, `${typeLabel} (${APPLICATION_TYPE_LABELS[app.type]}), ${app.exportType} export${app.returnDate ? `, items to return by ${app.returnDate}` : ''}`],
    ['Your reference', `${app.reference} (version ${app.version})`],
    ['Status', `${APPLICATION_STATUS_LABELS[app.status]}${app.externalNumber ? `; application number ${app.externalNumber}` : ''}${app.decidedOn ? `; decided ${app.decidedOn}` : ''}`],
    ['Country of ultimate destination', country(app.destination)],
    [`Block ${BLOCK.applicant} — Applicant`, orUnknown(app.applicant)],
  ], { labelWidth: 210 });

  for (const block of PARTY_BLOCKS) {
    const entries = app.parties.filter((p) => block.roles.includes(p.role));
    c.heading(block.title, { size: 10 });
    if (entries.length === 0) {
      const none =
        block.roles.includes('ultimate-consignee') && app.shipDirect
          ? 'None: the items are shipped directly to the end user.'
          : block.roles.includes('other-party') || block.roles.includes('intermediate-consignee')
            ? 'None recorded.'
            : 'unknown (not recorded)';
      c.text(none, { indent: 10 });
      continue;
    }
    c.fields(partyRows(entries, sheets), { indent: 10, labelWidth: 90 });
  }

  c.heading(`Block ${BLOCK.endUse} — Specific end use`, { size: 10 });
  c.text(orUnknown(app.endUse), { indent: 10, after: 6 });

  c.heading(`Block ${BLOCK.items} — Items`, { size: 10 });
  c.table(
    [
      { header: 'Line', width: 0.06 },
      { header: '(a) ECCN', width: 0.1 },
      { header: '(c) Model', width: 0.1 },
      { header: '(e) Quantity', width: 0.1, align: 'right' },
      { header: '(f) Units', width: 0.08 },
      { header: `(g) Unit price ${app.currency}`, width: 0.12, align: 'right' },
      { header: `(h) Total price ${app.currency}`, width: 0.13, align: 'right' },
      { header: '(i) Manufacturer / (j) Technical description', width: 0.31 },
    ],
    app.lines.map((l) => {
      const item = data.items.find((s) => s.item.id === l.itemId)?.item;
      const description = [item?.manufacturer ? `${item.manufacturer}.` : 'Manufacturer unknown.', l.itemName, item?.description ?? ''].filter(Boolean).join(' ');
      return [String(l.lineNo), l.classificationLabel ?? 'unclassified', orDash(l.modelNumber), l.quantity, l.unit, l.unitPrice, l.total, description];
    }),
  );
  c.text('(b) CTP and (d) CCATS number: not recorded. Parameters and classification rationale are on the item classification sheets.', { size: 8, color: COLORS.muted });
  c.fields([[`Block ${BLOCK.total} — Total application value`, `${app.currency} ${app.total}`]], { labelWidth: 210 });

  c.heading(`Block ${BLOCK.additional} — Additional information`, { size: 10 });
  const additional: string[] = [];
  if (app.additionalInfo) additional.push(app.additionalInfo);
  if (app.exportType === 'temporary') additional.push(`Temporary export: the items return by ${orUnknown(app.returnDate)}.`);
  if (app.shipDirect) additional.push('The items are shipped directly to the end user; there is no separate ultimate consignee.');
  for (const p of app.parties) {
    if (p.role === 'end-user' && p.statementDocumentId === null && p.statementReason) additional.push(`No end-user statement from ${p.legalName}: ${p.statementReason}`);
  }
  if (app.conditions) additional.push(`Conditions of the approval: ${app.conditions}`);
  c.text(additional.length ? additional.join('\n') : 'None.', { indent: 10 });
}
