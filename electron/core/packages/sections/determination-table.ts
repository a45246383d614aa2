import { findingLabel, overallLabel } from '../../../../shared/determination/labels';
import type { DeterminationRow } from '../application-data';
import { COLORS, type Composer } from '../composer';
import { country, stamp } from './format';

export const DETERMINATION_TITLE = 'License determination (15 CFR 738.4)';

const EXCEPTION_LABELS: Record<string, string> = {
  candidate: 'candidate, limits to check',
  'not-available': 'not available',
  'not-for-paragraph': 'not for this paragraph',
  'not-for-destination': 'not for this destination',
  'see-part-746': 'see Part 746',
};

/**
 * The determination stored with each line of the application (the one it was filed on once
 * submitted): per reason for control, the Country Chart column and the answer with its citation,
 * then the license exceptions the entry lists and what the determination did not evaluate.
 */
export function renderDeterminations(c: Composer, rows: readonly DeterminationRow[], destination: string | null): void {
  c.section(DETERMINATION_TITLE);
  c.text(`Destination: ${country(destination)}. For each line, every reason for control of its ECCN against the Commerce Country Chart (Supp. No. 1 to Part 738), embargoes (Part 746) and the Country Groups (Supp. No. 1 to Part 740).`, {
    size: 8.5,
    color: COLORS.muted,
    after: 6,
  });
  if (rows.length === 0) {
    c.text(destination ? 'No determination is stored: no line has a US classification.' : 'No determination is stored: the application names no destination.', { color: COLORS.warn });
    return;
  }
  const findings: string[][] = [];
  for (const { line, stored, run } of rows) {
    if (!run) {
      findings.push([String(line.lineNo), stored.eccn, '—', '—', stored.outcome === 'error' ? 'No determination' : overallLabel(stored.outcome), stored.error ?? stored.summary]);
      continue;
    }
    for (const f of run.findings) {
      findings.push([String(line.lineNo), stored.eccn, f.column ? `${f.reason} (${f.column})` : f.reason, findingLabel(f.outcome), f.text, f.citation]);
    }
  }
  c.table(
    [
      { header: 'Line', width: 0.06 },
      { header: 'ECCN', width: 0.1 },
      { header: 'Reason (chart column)', width: 0.13 },
      { header: 'Answer', width: 0.13 },
      { header: 'Finding', width: 0.38 },
      { header: 'Citation', width: 0.2 },
    ],
    findings,
    { size: 8 },
  );

  for (const { line, stored, run } of rows) {
    c.heading(`Line ${line.lineNo}: ${line.itemName} (${stored.eccn})`, { size: 9.5 });
    const fields: [string, string][] = [['Outcome', stored.summary], ['Determined', stamp(stored.computedAt)]];
    if (run) {
      const s = run.sources;
      fields.push(['List versions read', [s.controlList ? `CCL ${s.controlList.label}` : 'no CCL (EAR99)', `Country Chart ${s.chart.label}`, `Country Groups ${s.groups.label}`].join('; ')]);
      if (run.destination.groups.length) fields.push(['Country Groups of the destination', run.destination.groups.join(', ')]);
      const exceptions = run.exceptions.map((e) => `${e.symbol}${e.section ? ` (${e.section})` : ''}: ${EXCEPTION_LABELS[e.status] ?? e.status}`);
      fields.push(['License exceptions listed', exceptions.length ? exceptions.join('; ') : 'none']);
    }
    c.fields(fields, { indent: 10, labelWidth: 130 });
  }
  const notChecked = [...new Set(rows.flatMap((r) => r.run?.notChecked ?? []))];
  if (notChecked.length) {
    c.heading('Not evaluated by this determination', { size: 9.5 });
    for (const n of notChecked) c.text(`• ${n}`, { indent: 10, size: 8.5, after: 1 });
  }
}
