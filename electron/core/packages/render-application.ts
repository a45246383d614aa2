import { APPLICATION_STATUS_LABELS, APPLICATION_TYPE_LABELS } from '../../../shared/applications/types';
import { loadAppendices } from './appendices';
import type { ApplicationPackageData } from './application-data';
import { Composer } from './composer';
import { APPENDED_TITLE, VERIFY_NOTE, finishPackage, type RenderOptions, type RenderedPackage } from './finish-package';
import { packageFonts } from './fonts';
import { AUDIT_TITLE, renderAuditExtract } from './sections/audit-extract';
import { BIS748P_TITLE, renderBis748p } from './sections/bis748p';
import { CLASSIFICATION_SHEETS_TITLE, renderItemSheet } from './sections/classification-sheet';
import { renderCover } from './sections/cover';
import { DETERMINATION_TITLE, renderDeterminations } from './sections/determination-table';
import { DOCUMENT_INDEX_TITLE, renderDocumentIndex } from './sections/document-index';
import { STATEMENT_TITLE, renderEndUserStatement } from './sections/end-user-statement';
import { country, orUnknown, stamp } from './sections/format';
import { PARTY_SHEETS_TITLE, renderPartySheet } from './sections/party-sheet';

const noProgress = async () => {};

/**
 * The filing package of a license application (issue 6): cover, the BIS-748P blocks, a
 * classification sheet per item, a party sheet per party, the determination table, a drafted
 * end-user statement, the index of supporting documents and the audit extract, then the supporting
 * documents themselves. A pure function of the records and of `generatedAt`.
 */
export async function renderApplicationPackage(data: ApplicationPackageData, attachmentsDir: string, opts: RenderOptions): Promise<RenderedPackage> {
  const progress = opts.progress ?? noProgress;
  const day = opts.generatedAt.slice(0, 10);
  const { app } = data;
  await progress('Checking the supporting documents', 1, 4);
  const appendices = await loadAppendices(attachmentsDir, data.documents);

  await progress('Laying out the pages', 2, 4);
  const title = `Filing package: application ${app.reference}`;
  const date = new Date(opts.generatedAt);
  const c = new Composer(packageFonts(), { title, author: opts.generatedBy, subject: `License application ${app.reference} (form BIS-748P)`, date });
  const contents = [BIS748P_TITLE, CLASSIFICATION_SHEETS_TITLE, PARTY_SHEETS_TITLE, DETERMINATION_TITLE, STATEMENT_TITLE, DOCUMENT_INDEX_TITLE, AUDIT_TITLE];
  if (appendices.some((a) => a.pages > 0)) contents.push(APPENDED_TITLE);

  renderCover(c, {
    heading: 'License application filing package',
    subheading: `${APPLICATION_TYPE_LABELS[app.type]} — form BIS-748P (Supp. No. 1 to 15 CFR Part 748)`,
    fields: [
      ['Applicant', orUnknown(app.applicant)],
      ['Reference', `${app.reference} (version ${app.version})`],
      ['Destination', country(app.destination)],
      ['Status', `${APPLICATION_STATUS_LABELS[app.status]}${app.externalNumber ? `, application number ${app.externalNumber}` : ''}`],
      ['Package date', stamp(opts.generatedAt)],
      ['Prepared by', opts.generatedBy],
      ['Items, parties, documents', `${app.lines.length} item line(s), ${data.parties.length} part${data.parties.length === 1 ? 'y' : 'ies'}, ${appendices.length} supporting document(s)`],
    ],
    contents,
    snapshots: data.snapshots,
    notes: [
      VERIFY_NOTE,
      'Block numbers follow the instructions of form BIS-748P (Supp. No. 1 to Part 748); check them against the current form before filing. The determination and the screening results are evidence for the officer, not a clearance.',
    ],
  });
  renderBis748p(c, data, day);

  const items = c.section(CLASSIFICATION_SHEETS_TITLE);
  if (data.items.length === 0) c.text('The application has no item lines.');
  data.items.forEach((sheet, i) => renderItemSheet(c, sheet, items, { newPage: i > 0 }));

  const parties = c.section(PARTY_SHEETS_TITLE);
  if (data.parties.length === 0) c.text('The application names no parties.');
  data.parties.forEach((sheet, i) => renderPartySheet(c, sheet, parties, { newPage: i > 0 }));

  renderDeterminations(c, data.determinations, app.destination);
  renderEndUserStatement(c, data);
  renderDocumentIndex(c, appendices);
  renderAuditExtract(c, data.audit, `application #${app.id} (${app.reference})`);

  await progress('Appending the supporting documents', 3, 4);
  const done = await finishPackage({
    composer: c,
    meta: { title, author: opts.generatedBy, subject: `License application ${app.reference} (form BIS-748P)`, date },
    kind: 'application',
    reference: app.reference,
    opts,
    contents,
    appendices,
    snapshots: data.snapshots,
  });
  await progress('Package ready', 4, 4);
  return done;
}
