import type { Command } from 'commander';
import { RETENTION_KINDS, RETENTION_KIND_LABELS, type RetentionKind } from '../../../shared/retention/types';
import { CliError, type CliContext } from '../context';
import { table } from '../output';

/** `exportdesk retention list`: records and the day their retention under 15 CFR 762.6 ends. Nothing is ever deleted. */
export function registerRetentionCommands(program: Command, cli: CliContext): void {
  const retention = program.command('retention').description('Record retention (15 CFR 762.6): five years after the latest export, decision or end of the transaction');
  retention
    .command('list')
    .description('Records with the day their retention ends, past ones first; nothing is deleted automatically')
    .option('--past', 'only records past their retention')
    .option('--as-of <date>', 'judge on this day instead of today (YYYY-MM-DD)')
    .option('--kind <kind>', `only one kind: ${RETENTION_KINDS.join(', ')}`)
    .option('--limit <n>', 'at most this many rows', '1000')
    .action((o: { past?: boolean; asOf?: string; kind?: string; limit: string }) => {
      if (o.kind !== undefined && !(RETENTION_KINDS as readonly string[]).includes(o.kind)) throw new CliError(`--kind must be one of ${RETENTION_KINDS.join(', ')}, not "${o.kind}"`);
      return cli.run(
        'retention.list',
        { pastOnly: o.past, asOf: o.asOf, kinds: o.kind ? [o.kind as RetentionKind] : undefined, limit: cli.int(o.limit, 'limit') },
        (l) => {
          const rows = l.rows.map((r) => [
            RETENTION_KIND_LABELS[r.kind],
            r.id,
            r.label,
            r.retention.status === 'set' ? `${r.retention.endsOn}${r.past ? ' (past)' : ''}` : 'not started',
            r.retention.status === 'set' ? `five years after ${r.retention.basis.what} on ${r.retention.basis.on}` : r.retention.reason,
          ]);
          const past = Object.values(l.counts).reduce((n, c) => n + c.past, 0);
          return [
            rows.length ? table(rows, ['KIND', 'ID', 'RECORD', 'RETAIN UNTIL', 'BECAUSE']) : o.past ? `No record is past its retention on ${l.asOf}.` : 'No records yet.',
            ...(l.total > l.rows.length ? [`(the first ${l.rows.length} of ${l.total}; --limit shows more)`] : []),
            `${past} records past retention on ${l.asOf} (15 CFR 762.6). Nothing is deleted automatically: review them and decide.`,
          ].join('\n');
        },
      );
    });
}
