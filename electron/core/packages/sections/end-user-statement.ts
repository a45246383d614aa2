import { PARTY_KIND_LABELS } from '../../../../shared/parties/types';
import type { ApplicationPackageData, PartySheet } from '../application-data';
import { COLORS, type Composer } from '../composer';
import { country, mainAddress, orUnknown, UNKNOWN } from './format';

export const STATEMENT_TITLE = 'Statement by ultimate consignee and purchaser (draft)';

const SUPP3 = 'Supp. No. 3 to Part 748, paragraph (a)';

/**
 * A statement by the ultimate consignee and purchaser (15 CFR 748.11) drafted from the recorded
 * facts, in the content Supp. No. 3 to Part 748 asks of a statement on company letterhead:
 * (a)(1) the application it supports, (a)(2) the end use and the country where the items go,
 * (a)(3) the nature of the signers' business, (a)(4) their relationship with the applicant, the
 * undertaking not to reexport or dispose of the items contrary to it or to the EAR, and the signed
 * certification. Where the records hold no fact, the draft says "unknown", as the supplement asks
 * ("if any information is unknown, that fact should be disclosed in the statement").
 */
export function renderEndUserStatement(c: Composer, data: ApplicationPackageData): void {
  const { app } = data;
  const byRole = (role: string): PartySheet[] => data.parties.filter((p) => p.roles.some((r) => r === role));
  const consignee = byRole('ultimate-consignee')[0] ?? (app.shipDirect ? byRole('end-user')[0] : undefined);
  const purchaser = byRole('purchaser')[0];
  const endUsers = [...byRole('end-user'), ...byRole('ultimate-end-user')];
  const destination = country(app.destination);
  const applicant = orUnknown(app.applicant);

  c.section(STATEMENT_TITLE);
  c.text(
    `Drafted by ExportDesk from the recorded facts, for the ultimate consignee and the purchaser to put on their letterhead, complete and sign (15 CFR 748.11; content in ${SUPP3}). Facts the records do not hold are stated as "${UNKNOWN}". Not a signed statement.`,
    { size: 8.5, color: COLORS.muted, after: 8 },
  );

  const signer = (p: PartySheet | undefined, role: string): [string, string] => [role, p ? `${p.party.legalName}, ${mainAddress(p.party.addresses)}` : UNKNOWN];
  c.fields([signer(consignee, 'Ultimate consignee'), purchaser && purchaser !== consignee ? signer(purchaser, 'Purchaser') : ['Purchaser', purchaser ? 'the ultimate consignee' : UNKNOWN]], { labelWidth: 120 });

  c.text('1. Application supported (Supp. No. 3 to Part 748, (a)(1))', { bold: true, size: 9.5, after: 1 });
  c.text(`This statement is to be considered part of a license application submitted by ${applicant} (applicant's reference ${app.reference}).`, { indent: 10, after: 5 });

  c.text('2. End use and destination ((a)(2))', { bold: true, size: 9.5, after: 1 });
  const users = endUsers.length ? endUsers.map((p) => `${p.party.legalName} (${mainAddress(p.party.addresses)})`).join('; ') : UNKNOWN;
  c.text(
    `The items for which a license application will be filed by ${applicant} will be used in ${destination} by ${users} for the following end use: ${orUnknown(app.endUse)}. Whether the items will be incorporated into another product, resold or reexported: ${UNKNOWN}.`,
    { indent: 10, after: 3 },
  );
  c.table(
    [
      { header: 'ECCN', width: 0.14 },
      { header: 'Item', width: 0.5 },
      { header: 'Quantity', width: 0.18, align: 'right' },
      { header: 'Units', width: 0.18 },
    ],
    app.lines.map((l) => [l.classificationLabel ?? UNKNOWN, `${l.itemName}${l.modelNumber ? `, model ${l.modelNumber}` : ''}`, l.quantity, l.unit]),
    { size: 8.5 },
  );

  c.text('3. Nature of business ((a)(3))', { bold: true, size: 9.5, after: 1 });
  for (const p of [consignee, purchaser].filter((x, i, all): x is PartySheet => !!x && all.indexOf(x) === i)) {
    c.text(`${p.party.legalName}: a ${PARTY_KIND_LABELS[p.party.kind].toLowerCase()} organisation; its line of business (distributor, manufacturer, reseller …): ${UNKNOWN}.`, { indent: 10, after: 2 });
  }
  if (!consignee && !purchaser) c.text(`The nature of the signers' business: ${UNKNOWN}.`, { indent: 10, after: 2 });
  c.gap(3);

  c.text('4. Relationship with the applicant ((a)(4))', { bold: true, size: 9.5, after: 1 });
  c.text(`Our business relationship with ${applicant} is: ${UNKNOWN}; it has lasted: ${UNKNOWN} years.`, { indent: 10, after: 5 });

  c.text('5. Undertaking on reexport and disposal', { bold: true, size: 9.5, after: 1 });
  c.text(
    `We will not reexport, resell or otherwise dispose of the items approved on a license supported by this statement to any country not approved for export, or to any person if we know that this will result, directly or indirectly, in a disposition of the items contrary to this statement or to the Export Administration Regulations (15 CFR Parts 730–774).`,
    { indent: 10, after: 5 },
  );

  c.text('6. Certification and signature', { bold: true, size: 9.5, after: 1 });
  c.text(
    `We certify that the facts in this statement are true and correct to the best of our knowledge, that we know of no other fact inconsistent with it, and that we will send ${applicant} a new statement if a material fact or intention described here changes.`,
    { indent: 10, after: 6 },
  );
  c.fields(
    [
      ['Signature', '______________________________'],
      ['Name of the person signing', UNKNOWN],
      ['Title', UNKNOWN],
      ['For (firm)', consignee?.party.legalName ?? UNKNOWN],
      ['Date signed', '____________'],
    ],
    { indent: 10, labelWidth: 170 },
  );
  const reasons = app.parties.filter((p) => p.role === 'end-user' && p.statementDocumentId === null && p.statementReason);
  for (const p of reasons) c.text(`No signed statement is held from ${p.legalName}: ${p.statementReason}`, { size: 8.5, color: COLORS.muted });
}
