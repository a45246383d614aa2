import path from 'node:path';
import type { Command } from 'commander';
import type { ScreeningListDiff, ScreeningSnapshot } from '../../../shared/screening/list-types';
import { table } from '../output';
import type { CliContext } from '../context';

function snapshotTable(list: ScreeningSnapshot[]): string {
  return table(
    list.map((s) => [s.id, s.isCurrent ? '*' : '', s.listName, s.publishedAt, s.entryCount, s.nameCount, s.importedAt.slice(0, 16).replace('T', ' '), s.sourceFileName]),
    ['ID', 'CUR', 'LIST', 'PUBLISHED', 'ENTRIES', 'NAMES', 'IMPORTED', 'FILE'],
  );
}

function diffText(d: ScreeningListDiff): string {
  const lines = [
    `${d.from.listName}: ${d.from.publishedAt ?? '?'} (#${d.from.id}) -> ${d.to.publishedAt ?? '?'} (#${d.to.id})`,
    `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`,
  ];
  for (const e of d.added) lines.push(`+ ${e.externalId}  ${e.name}`);
  for (const e of d.removed) lines.push(`- ${e.externalId}  ${e.name}`);
  for (const c of d.changed) lines.push(`~ ${c.externalId}  ${c.after.name}  [${c.fields.join(', ')}]`);
  return lines.join('\n');
}

export function registerListCommands(program: Command, cli: CliContext): void {
  const lists = program.command('lists').description('Restricted-party screening lists: OFAC SDN, trade.gov CSL, UN, BIS DPL, own lists');

  lists
    .command('import <file>')
    .description('Import a screening-list file as a new snapshot')
    .option('--format <format>', 'ofac-sdn-csv | csl-csv | un-xml | bis-dpl-txt | custom-csv (default: detected)')
    .option('--published <date>', 'publication date YYYY-MM-DD (default: from the file or its name)')
    .option('--list-id <id>', 'for custom lists: the list the snapshot belongs to')
    .option('--list-name <name>', 'for custom lists: the list name')
    .option('--accept-truncated', 'leave out an incomplete last row instead of refusing the file (recorded on the snapshot)')
    .action((file: string, o) =>
      cli.run(
        'lists.import',
        {
          source: { path: path.resolve(file) },
          format: o.format,
          publishedAt: o.published,
          listId: o.listId,
          listName: o.listName,
          acceptTruncated: o.acceptTruncated,
          jobId: 'cli',
        },
        (v) =>
          [
            `Imported ${v.snapshot.listName}${v.snapshot.publishedAt ? ` of ${v.snapshot.publishedAt}` : ''} as snapshot #${v.snapshot.id}: ` +
              `${v.snapshot.entryCount} entries, ${v.snapshot.nameCount} names and aliases${v.snapshot.isCurrent ? ' (current)' : ''}`,
            `SHA-256 ${v.snapshot.sha256}`,
            ...(v.snapshot.notes ? [`Note: ${v.snapshot.notes}`] : []),
          ].join('\n'),
      ),
    );

  lists
    .command('snapshots')
    .description('Every screening-list snapshot (* marks the current one of each list)')
    .option('--list <id>', 'only this list')
    .action((o) =>
      cli.run('lists.snapshots', { listId: o.list }, (v) => (v.length ? snapshotTable(v) : 'No screening lists yet. Import one with: exportdesk lists import FILE')),
    );

  lists
    .command('set-current <snapshot>')
    .description('Mark a snapshot as the current one of its list')
    .action((s: string) =>
      cli.run('lists.setCurrent', { snapshotId: cli.int(s, 'snapshot') }, (v) => `Snapshot #${v.snapshot.id} is now current for ${v.snapshot.listName}`),
    );

  lists
    .command('diff <from> <to>')
    .description('Entries added, removed and changed between two snapshots of one list')
    .action((a: string, b: string) => cli.run('lists.diff', { fromSnapshotId: cli.int(a, 'from'), toSnapshotId: cli.int(b, 'to') }, diffText));
}
