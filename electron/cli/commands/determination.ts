import path from 'node:path';
import type { Command } from 'commander';
import { findingLabel, overallLabel } from '../../../shared/determination/labels';
import type { DestinationSnapshot, DeterminationRun } from '../../../shared/determination/types';
import { table, wrap } from '../output';
import type { CliContext } from '../context';

const KIND: Record<DestinationSnapshot['kind'], string> = { 'country-chart': 'Country Chart', 'country-groups': 'Country Groups' };

function snapshotRows(list: DestinationSnapshot[]): string {
  return table(
    list.map((s) => [s.id, s.isCurrent ? '*' : '', KIND[s.kind], s.versionLabel, s.issueDate, s.destinationCount, s.importedAt.slice(0, 16).replace('T', ' '), s.sourceFileName]),
    ['ID', 'CUR', 'KIND', 'VERSION', 'ISSUE', 'DESTINATIONS', 'IMPORTED', 'FILE'],
  );
}

/** One line per reason with its outcome and citation, then the exceptions and what was not checked. */
export function determinationText(r: DeterminationRun): string {
  const item = r.item.ear99 ? 'EAR99' : (r.item.paragraph ?? r.item.eccn);
  const d = r.destination;
  const lines = [
    `${item} to ${d.name} (${d.code}): ${overallLabel(r.outcome).toUpperCase()}${r.requiredReasons.length ? ` (${r.requiredReasons.join(', ')})` : ''}`,
    wrap(r.summary),
  ];
  if (d.chartRow && d.chartRow.code !== d.code) lines.push(`Chart row used: ${d.chartRow.name}`);
  if (d.groupsKnown) lines.push(`Country Groups: ${d.groups.length ? d.groups.join(', ') : 'none'}`);
  lines.push('', 'Findings:');
  for (const f of r.findings) {
    lines.push(`  ${f.reason}${f.column ? ` (${f.column})` : ''}: ${findingLabel(f.outcome).toLowerCase()} [${f.citation}]`);
    lines.push(wrap(f.text, 100, '      '));
    if (f.condition && f.outcome === 'cannot-tell') lines.push(wrap(`Depends on: ${f.condition}`, 100, '      '));
  }
  if (r.exceptions.length) {
    lines.push('', 'License exceptions the entry lists (candidates only where a license is required):');
    for (const x of r.exceptions) {
      lines.push(wrap(`${x.symbol}: ${x.status} — ${x.text}`, 100, '  '));
      // A candidate is only as good as its limits (ACE's § 740.22(b)(2) and (c)), so they are printed with it.
      if (x.status === 'candidate') for (const l of x.limits) lines.push(wrap(`- ${l}`, 100, '      '));
    }
  }
  if (r.toRead.length) lines.push('', wrap(`To read: ${r.toRead.join('; ')}`, 100, ''));
  lines.push('', 'Not checked:');
  for (const n of r.notChecked) lines.push(wrap(`- ${n}`, 100, '  '));
  if (r.notes.length) {
    lines.push('', 'Notes:');
    for (const n of r.notes) lines.push(wrap(`- ${n}`, 100, '  '));
  }
  const s = r.sources;
  lines.push(
    '',
    `Read from: ${s.controlList ? `${s.controlList.label} (#${s.controlList.snapshotId}), ` : ''}${s.chart.label} (#${s.chart.snapshotId}), ${s.groups.label} (#${s.groups.snapshotId})`,
  );
  return lines.join('\n');
}

export function registerDeterminationCommands(program: Command, cli: CliContext): void {
  const destinations = program.command('destinations').description('Commerce Country Chart and Country Groups snapshots (15 CFR 738 and 740)');

  destinations
    .command('import <file>')
    .description('Import a Country Chart or Country Groups JSON file as a new snapshot (the kind is detected)')
    .action((file: string) =>
      cli.run(
        'destinations.import',
        { source: { path: path.resolve(file) }, jobId: 'cli' },
        (v) =>
          `Imported ${KIND[v.snapshot.kind]} ${v.snapshot.versionLabel} as snapshot #${v.snapshot.id}: ` +
          `${v.snapshot.destinationCount} destinations${v.snapshot.isCurrent ? ' (current)' : ''}\nSHA-256 ${v.snapshot.sha256}`,
      ),
    );

  destinations
    .command('snapshots')
    .description('List the Country Chart and Country Groups snapshots (* marks the current one)')
    .option('--kind <kind>', 'country-chart | country-groups')
    .action((o) =>
      cli.run('destinations.snapshots', { kind: o.kind }, (v) =>
        v.length ? snapshotRows(v) : 'No Country Chart or Country Groups snapshots yet. Import one with: exportdesk destinations import FILE',
      ),
    );

  program
    .command('determine')
    .description('US license determination (15 CFR 738.4) for an ECCN or EAR99 and a destination')
    .requiredOption('--eccn <code>', 'the classification, with its paragraph (5A002.a.1), or EAR99')
    .requiredOption('--destination <code>', 'ISO 3166 two-letter code of the destination (DE, HK, ...)')
    .option('--ccl-snapshot <id>', 'read this US CCL snapshot (default: the current one)')
    .option('--chart-snapshot <id>', 'read this Country Chart snapshot (default: the current one)')
    .option('--groups-snapshot <id>', 'read this Country Groups snapshot (default: the current one)')
    .action((o) =>
      cli.run(
        'determination.run',
        {
          eccn: o.eccn,
          destination: o.destination,
          controlSnapshotId: cli.optInt(o.cclSnapshot, 'ccl-snapshot'),
          chartSnapshotId: cli.optInt(o.chartSnapshot, 'chart-snapshot'),
          groupsSnapshotId: cli.optInt(o.groupsSnapshot, 'groups-snapshot'),
        },
        determinationText,
      ),
    );
}
