import type { Database } from 'better-sqlite3';
import type { Classification } from '../../../shared/classification/types';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/types';
import { ITEM_TYPE_LABELS, type Item } from '../../../shared/items/types';
import { classificationHistory } from '../classification/classification-store';
import { listDocuments } from '../documents/queries';
import { getItem } from '../items/item-store';
import { loadAppendices, type SupportingDocument } from './appendices';
import { auditExtract, type AuditExtractRow } from './audit-extract-rows';
import { COLORS, Composer } from './composer';
import { APPENDED_TITLE, VERIFY_NOTE, finishPackage, type RenderOptions, type RenderedPackage } from './finish-package';
import { packageFonts } from './fonts';
import { AUDIT_TITLE, renderAuditExtract } from './sections/audit-extract';
import { BLOCK } from './sections/bis748p';
import { CLASSIFICATION_SHEETS_TITLE, renderItemSheet } from './sections/classification-sheet';
import { renderCover } from './sections/cover';
import { DOCUMENT_INDEX_TITLE, renderDocumentIndex } from './sections/document-index';
import { country, orDash, stamp, UNKNOWN } from './sections/format';
import { SnapshotsUsed, type SnapshotUsed } from './snapshots';

const REQUEST_TITLE = 'Classification request (form BIS-748P)';
const noProgress = async () => {};

/** The reference a classification request package goes by: the item and its model. */
export function classificationReference(itemId: number, modelNumber: string | null): string {
  return `ITEM-${itemId}${modelNumber ? `-${modelNumber}` : ''}`;
}

export interface ClassificationPackageData {
  item: Item;
  classifications: Classification[];
  documents: SupportingDocument[];
  audit: AuditExtractRow[];
  snapshots: SnapshotUsed[];
}

/** What a classification request package prints, read from the workspace. */
export function classificationPackageData(db: Database, attachmentsDir: string, itemId: number): ClassificationPackageData {
  const item = getItem(db, itemId);
  const classifications = classificationHistory(db, itemId).filter((c) => c.supersededAt === null);
  classifications.sort((a, b) => (a.jurisdiction === b.jurisdiction ? 0 : a.jurisdiction === 'us-ear' ? -1 : 1));
  const used = new SnapshotsUsed(db);
  for (const c of classifications) used.classification(c);
  const documents: SupportingDocument[] = listDocuments(db, attachmentsDir, 'item', itemId)
    .sort((a, b) => a.id - b.id)
    .map((d) => ({ documentId: d.id, title: `${DOCUMENT_TYPE_LABELS[d.docType]} — ${item.name}`, fileName: d.originalName, mime: d.mime, sha256: d.sha256, size: d.size }));
  return { item, classifications, documents, audit: auditExtract(db, 'item', String(item.id)), snapshots: used.list() };
}

/**
 * The package for a classification request (15 CFR 748.3; BIS-748P with Block 5 "classification
 * request", completing Blocks 1–5, 14, 22 (a)–(d) and (i), 24 and 25 per Supp. No. 1 to Part 748):
 * the item with its parameters, its classifications in force with their rationale and the list text
 * they quote, the item's documents (datasheets) appended, and the item's audit extract.
 */
export async function renderClassificationPackage(data: ClassificationPackageData, attachmentsDir: string, opts: RenderOptions): Promise<RenderedPackage> {
  const progress = opts.progress ?? noProgress;
  const { item, classifications } = data;
  await progress('Checking the supporting documents', 0, 3);
  const appendices = await loadAppendices(attachmentsDir, data.documents);

  await progress('Laying out the pages', 1, 3);
  const reference = classificationReference(item.id, item.modelNumber);
  const title = `Classification request package: ${item.name}`;
  const date = new Date(opts.generatedAt);
  const meta = { title, author: opts.generatedBy, subject: `Classification request for ${item.name}`, date };
  const c = new Composer(packageFonts(), meta);
  const contents = [REQUEST_TITLE, CLASSIFICATION_SHEETS_TITLE, DOCUMENT_INDEX_TITLE, AUDIT_TITLE];
  if (appendices.some((a) => a.pages > 0)) contents.push(APPENDED_TITLE);
  const us = classifications.find((k) => k.jurisdiction === 'us-ear');

  renderCover(c, {
    heading: 'Classification request package',
    subheading: 'Form BIS-748P, classification request (15 CFR 748.3; Supp. No. 1 to Part 748)',
    fields: [
      ['Item', `${item.name} (#${item.id})`],
      ['Model', orDash(item.modelNumber)],
      ['Manufacturer', item.manufacturer ?? UNKNOWN],
      ['Self-classification', classifications.length ? classifications.map((k) => `${k.jurisdiction === 'us-ear' ? 'US' : 'EU'} ${k.label} (${k.status})`).join('; ') : 'none recorded'],
      ['Package date', stamp(opts.generatedAt)],
      ['Prepared by', opts.generatedBy],
    ],
    contents,
    snapshots: data.snapshots,
    notes: [VERIFY_NOTE],
  });

  c.section(REQUEST_TITLE);
  c.text('For a classification request the form asks for Blocks 1 to 5, 14, 22 (a) to (d) and (i), 24 and 25 (Supp. No. 1 to Part 748). Contact details (Blocks 1–3) and the signature (Block 25) are not kept in ExportDesk.', {
    size: 8.5,
    color: COLORS.muted,
    after: 6,
  });
  c.fields([
    [`Block ${BLOCK.date} — Date of application`, `${opts.generatedAt.slice(0, 10)} (date of this package)`],
    [`Block ${BLOCK.type} — Type of application`, 'Classification request'],
    [`Block ${BLOCK.applicant} — Applicant`, `${UNKNOWN} (fill in the applicant's name and address)`],
    [`Block ${BLOCK.items} (a) — ECCN`, us ? `${us.label} (self-classification, ${us.status}; BIS is asked to confirm it)` : `${UNKNOWN}: no US classification is recorded`],
    [`Block ${BLOCK.items} (b) — CTP`, 'not recorded'],
    [`Block ${BLOCK.items} (c) — Model number`, orDash(item.modelNumber)],
    [`Block ${BLOCK.items} (d) — CCATS number`, 'none (first request)'],
    [`Block ${BLOCK.items} (i) — Manufacturer`, item.manufacturer ?? UNKNOWN],
    [`Block ${BLOCK.items} (j) — Technical description`, `${item.name}, ${ITEM_TYPE_LABELS[item.itemType].toLowerCase()}${item.originCountry ? `, made in ${country(item.originCountry)}` : ''}. ${item.description ?? ''}`.trim()],
    [`Block ${BLOCK.additional} — Additional information`, us ? `Rationale of the self-classification: ${us.rationale}` : 'No self-classification is recorded.'],
  ], { labelWidth: 210 });

  const sheets = c.section(CLASSIFICATION_SHEETS_TITLE);
  renderItemSheet(c, { item, classifications }, sheets, { newPage: false });
  renderDocumentIndex(c, appendices);
  renderAuditExtract(c, data.audit, `item #${item.id} (${item.name})`);

  await progress('Appending the supporting documents', 2, 3);
  const done = await finishPackage({
    composer: c,
    meta,
    kind: 'classification-request',
    reference,
    opts,
    contents,
    appendices,
    snapshots: data.snapshots,
  });
  await progress('Package ready', 3, 3);
  return done;
}
