import { AUTHORIZATION_LABELS, JURISDICTION_LABELS, type Classification } from '../../../../shared/classification/types';
import { ITEM_TYPE_LABELS, type Item } from '../../../../shared/items/types';
import { COLORS, type Composer, type OutlineNode } from '../composer';
import { country, orDash, stamp } from './format';

export const CLASSIFICATION_SHEETS_TITLE = 'Item classification sheets';

export interface ItemSheetInput {
  item: Item;
  lineNos?: number[];
  classifications: Classification[];
}

function kindNote(c: Classification): string | null {
  if (c.kind === 'ear99') return 'EAR99: subject to the EAR and described in no ECCN of the Commerce Control List (15 CFR 734.3(c); Supp. No. 1 to Part 774). No list text is cited.';
  if (c.kind === 'not-listed') return 'Not listed: described in no entry of Annex I to Regulation (EU) 2021/821. No list text is cited.';
  return null;
}

function renderClassification(c: Composer, k: Classification): void {
  c.heading(`${JURISDICTION_LABELS[k.jurisdiction]}: ${k.label} (${k.status === 'final' ? 'final' : 'draft'})`, { size: 10 });
  const rows: [string, string][] = [];
  if (k.snapshot) {
    rows.push(['Control list version', `${k.snapshot.listName}, ${k.snapshot.versionLabel}${k.snapshot.effectiveDate ? `, effective ${k.snapshot.effectiveDate}` : ''} (snapshot #${k.snapshot.id})`]);
  }
  rows.push(['Classified', `${stamp(k.createdAt)} by ${k.createdBy} (classification #${k.id})`]);
  if (k.authorization) rows.push(['Encryption authorization', `${AUTHORIZATION_LABELS[k.authorization]}${k.reportItemType ? `; item type: ${k.reportItemType}` : ''}`]);
  if (k.supersededAt) rows.push(['Since superseded', `${stamp(k.supersededAt)} by classification #${k.supersededById}; this package shows the classification the application carries`]);
  const open = k.reviews.filter((r) => r.resolvedAt === null);
  if (open.length) rows.push(['Open re-reviews', open.map((r) => `${r.reason === 'removed' ? 'cited text removed' : 'cited text changed'} in ${r.snapshotLabel}`).join('; ')]);
  c.fields(rows, { indent: 10, labelWidth: 130 });

  c.heading('Rationale', { size: 9 });
  c.text(k.rationale, { indent: 10, after: 5 });

  const note = kindNote(k);
  if (note) c.text(note, { indent: 10, color: COLORS.muted, after: 5 });
  if (k.quote) {
    c.text(`Quoted text (${k.quote.listName}, ${k.quote.versionLabel}${k.quote.effectiveDate ? `, effective ${k.quote.effectiveDate}` : ''})`, { bold: true, size: 9, after: 1 });
    for (const line of k.quote.lines) c.text(line.code ? `${line.code}  ${line.text}` : line.text, { indent: 10, size: 8.5, after: 1 });
    if (k.quote.attribution) c.text(`Attribution: ${k.quote.attribution}`, { indent: 10, size: 8, color: COLORS.muted, after: 5 });
    else c.gap(4);
  }
  for (const s of k.supporting) {
    c.text(`${s.title} (${s.versionLabel})`, { bold: true, size: 9, after: 1 });
    c.text(s.text, { indent: 10, size: 8.5, after: 1 });
    if (s.attribution) c.text(`Attribution: ${s.attribution}`, { indent: 10, size: 8, color: COLORS.muted, after: 4 });
  }
  if (k.decisionPath) {
    c.text(`Questionnaire: ${k.decisionPath.questionnaireTitle}`, { bold: true, size: 9, after: 2 });
    c.table(
      [
        { header: 'Question', width: 0.5 },
        { header: 'Answer', width: 0.22 },
        { header: 'Citation', width: 0.28 },
      ],
      k.decisionPath.answers.map((a) => [a.question, a.answerLabel, a.citation]),
      { size: 8 },
    );
  }
}

/** One item: what it is, its parameters, and each classification with its rationale and the list text it cites. */
export function renderItemSheet(c: Composer, sheet: ItemSheetInput, bookmark: OutlineNode, opts: { newPage: boolean }): void {
  const { item } = sheet;
  if (opts.newPage) c.newPage();
  c.heading(`${item.name}${item.modelNumber ? ` — model ${item.modelNumber}` : ''}`, { bookmark, size: 12.5 });
  const rows: [string, string][] = [
    ['Item', `#${item.id}, ${ITEM_TYPE_LABELS[item.itemType].toLowerCase()}`],
    ['Manufacturer', orDash(item.manufacturer)],
    ['Origin', item.originCountry ? country(item.originCountry) : '—'],
  ];
  if (sheet.lineNos?.length) rows.push(['On application lines', sheet.lineNos.join(', ')]);
  if (item.description) rows.push(['Technical description', item.description]);
  if (item.notes) rows.push(['Notes', item.notes]);
  c.fields(rows, { labelWidth: 130 });
  if (item.parameters.length) {
    c.text('Parameters', { bold: true, size: 9, after: 2 });
    c.table(
      [
        { header: 'Parameter', width: 0.4 },
        { header: 'Value', width: 0.45 },
        { header: 'Unit', width: 0.15 },
      ],
      item.parameters.map((p) => [p.name, p.value, p.unit ?? '']),
      { size: 8.5 },
    );
  }
  if (sheet.classifications.length === 0) c.text('Not classified: no classification is recorded for this item.', { color: COLORS.warn });
  for (const k of sheet.classifications) renderClassification(c, k);
}
