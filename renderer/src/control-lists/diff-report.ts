import type { SnapshotDiff } from '../../../shared/control-lists/types';

/**
 * The comparison as plain text for the compliance file: {+added+} and [-removed-] marks, the same
 * notation the CLI prints, so a report reads the same whichever tool made it.
 */
export function diffReport(d: SnapshotDiff): string {
  const lines = [
    `${d.from.listName}: changes from ${d.from.versionLabel} to ${d.to.versionLabel}`,
    `From: snapshot #${d.from.id}, effective ${d.from.effectiveDate ?? 'n/a'}, SHA-256 ${d.from.sha256}`,
    `To:   snapshot #${d.to.id}, effective ${d.to.effectiveDate ?? 'n/a'}, SHA-256 ${d.to.sha256}`,
    `${d.added} added, ${d.removed} removed, ${d.changed} changed`,
    '',
  ];
  for (const e of d.entries) {
    const mark = e.change === 'added' ? '+' : e.change === 'removed' ? '-' : '~';
    lines.push(`${mark} ${e.code}  ${e.headingAfter ?? e.headingBefore ?? ''}${e.fields.length ? `  [${e.fields.join(', ')}]` : ''}`);
    for (const p of e.paragraphs) {
      const words = p.words.map((w) => (w.added ? `{+${w.value}+}` : w.removed ? `[-${w.value}-]` : w.value)).join('');
      lines.push(`    ${p.change} ${p.code ?? p.label ?? ''}: ${words}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
