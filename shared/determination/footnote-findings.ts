/** Findings from the destination's chart footnotes (see footnotes.ts for how each is read). */
import { CITE, citationIn } from './citations';
import type { ResolvedDestination } from './destination';
import { itemCoverage, specialReaches, type FootnoteRule } from './footnotes';
import { listCoverage } from './paragraphs';
import { finding } from './finding';
import type { Finding } from './types';

export function footnoteFindings(
  eccn: string,
  paragraph: string | null,
  ear99: boolean,
  dest: ResolvedDestination,
  footnotes: readonly { number: number; text: string; rule: FootnoteRule }[],
  columnsRead: ReadonlySet<string>
): { findings: Finding[]; notes: string[] } {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const where = dest.row?.name ?? dest.view.name;
  for (const f of footnotes) {
    const cite = `${CITE.chart}, footnote ${f.number}`;
    const base = { kind: 'chart-footnote' as const, reason: `Footnote ${f.number}` };
    const r = f.rule;
    switch (r.kind) {
      case 'requires': {
        if (ear99) break;
        for (const item of r.items) {
          const c = itemCoverage(item, eccn, paragraph);
          if (c === 'no') continue;
          findings.push(
            finding({
              ...base,
              outcome: c === 'yes' ? 'license-required' : 'cannot-tell',
              citation: cite,
              condition: c === 'yes' ? null : `if the item is ${item.text}`,
              text:
                c === 'yes'
                  ? `Footnote ${f.number} to the chart requires a license to ${where} for ${item.text}${item.unless ? ` (unless the item is ${item.unless})` : ''}: a license is required.`
                  : `Footnote ${f.number} to the chart requires a license to ${where} for ${item.text}: whether ${paragraph ?? eccn} is such an item cannot be told from its paragraph. Read footnote ${f.number}.`,
            }),
          );
        }
        break;
      }
      case 'column':
        // Read with the row that uses the column (row-findings.ts); an entry without such a row stays open.
        if (!ear99 && !columnsRead.has(r.column) && r.refs.some((x) => x.code.split('.')[0] === eccn) && listCoverage(r.refs, paragraph) !== 'no') {
          findings.push(
            finding({
              ...base,
              outcome: 'cannot-tell',
              citation: cite,
              text: `Footnote ${f.number} keeps a ${r.column} requirement for ${where} for items of ${eccn}, but the entry prints no ${r.column} row: read footnote ${f.number} and the entry.`,
            }),
          );
        }
        break;
      case 'special':
        if (!ear99 && specialReaches(r.codes, eccn, paragraph)) {
          findings.push(
            finding({
              ...base,
              outcome: 'cannot-tell',
              citation: `${cite}; ${r.citation}`,
              condition: `if the item is among those ${r.citation} describes`,
              text: `Footnote ${f.number} to the chart for ${where}: "${f.text}" ExportDesk does not read those special provisions: read ${r.citation}.`,
            }),
          );
        }
        break;
      case 'un-iraq':
        if (!ear99 && (dest.row?.code === 'IQ' || dest.view.code === 'IQ')) {
          findings.push(
            finding({
              ...base,
              outcome: 'cannot-tell',
              citation: `${cite}; 15 CFR § 746.3`,
              text: `Footnote ${f.number}: § 746.3 adds license requirements for Iraq that the chart does not show. Read § 746.3 for ${paragraph ?? eccn}.`,
            }),
          );
        } else {
          notes.push(`Footnote ${f.number} to the chart for ${where}: "${f.text}" The entry's UN row, if it has one, is read above.`);
        }
        break;
      case 'regions':
        if (!dest.view.region) {
          notes.push(
            `Footnote ${f.number} to the chart for ${where}: § 746.6 requires a license for items going to the Crimea, DNR or LNR regions of Ukraine. If the item goes there, give the region as the destination (UA-43 Crimea, UA-14 DNR, UA-09 LNR).`,
          );
        }
        break;
      case 'russia-belarus':
      case 'territory':
        notes.push(`Footnote ${f.number} to the chart for ${where}: "${f.text}"`);
        break;
      default:
        findings.push(
          finding({
            ...base,
            outcome: 'cannot-tell',
            citation: `${cite}${citationIn(f.text) ? `; ${citationIn(f.text)}` : ''}`,
            text: `Footnote ${f.number} to the chart for ${where}, which ExportDesk does not read: "${f.text}" Read it for ${paragraph ?? eccn}.`,
          }),
        );
    }
  }
  return { findings, notes };
}
