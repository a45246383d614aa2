import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Input } from '../../../shared/contract';
import { table } from '../output';
import { CliError, type CliContext } from '../context';

interface FilterOptions {
  recordType?: string;
  recordId?: string;
  user?: string;
  action?: string;
  from?: string;
  to?: string;
}

function filterOptions(cmd: Command): Command {
  return cmd
    .option('--record-type <type>', 'party, item, application, license, screening, settings, ...')
    .option('--record-id <id>', 'one record of that type')
    .option('--user <name>', 'changes made under this user name')
    .option('--action <action>', 'one action (parties.update), or every action of an area with a trailing dot or * (parties.)')
    .option('--from <date>', 'from this day (YYYY-MM-DD, UTC), inclusive')
    .option('--to <date>', 'up to this day (YYYY-MM-DD, UTC), inclusive');
}

function filters(o: FilterOptions): NonNullable<Input<'audit.count'>> {
  const prefix = o.action && /[.*]$/.test(o.action) ? o.action.replace(/\*$/, '') : undefined;
  return {
    recordType: o.recordType,
    recordId: o.recordId,
    actor: o.user,
    ...(prefix ? { actionPrefix: prefix } : { action: o.action }),
    from: o.from,
    to: o.to,
  };
}

export function registerAuditCommands(program: Command, cli: CliContext): void {
  const audit = program.command('audit').description('The audit log');
  filterOptions(audit.command('list').description('Audit rows matching the filters, newest first'))
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--offset <n>', 'skip this many rows first', '0')
    .action((o: FilterOptions & { limit: string; offset: string }) =>
      cli.run('audit.list', { ...filters(o), limit: cli.int(o.limit, 'limit'), offset: cli.int(o.offset, 'offset') }, (rows) =>
        table(rows.map((r) => [r.id, r.at.slice(0, 19).replace('T', ' '), r.actor, r.action, `${r.recordType} ${r.recordId}`]), ['ID', 'WHEN', 'WHO', 'ACTION', 'RECORD']),
      ),
    );

  filterOptions(audit.command('export').description('Audit rows matching the filters as CSV, oldest first, with their hashes'))
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(async (o: FilterOptions & { out: string }) => {
      const out = await cli.call('audit.exportCsv', filters(o));
      const target = path.resolve(o.out);
      fs.writeFileSync(target, out.content);
      cli.print(`Wrote ${out.rowCount} audit rows to ${target}\nSHA-256 ${out.sha256}`, { file: target, rowCount: out.rowCount, sha256: out.sha256 });
    });

  audit
    .command('verify')
    .description('Check the hash chain of the whole audit log; exits non-zero and names the first broken row if history was changed')
    .option('--against <file>', 'a package PDF or a backup made earlier and kept elsewhere: also check the log still holds the row it recorded')
    .action((o: { against?: string }) =>
      cli.run('audit.verify', o.against ? { against: path.resolve(o.against) } : {}, (v) => {
        if (!v.ok) throw new CliError(`the audit log is broken at row ${v.firstBroken!.id}: ${v.firstBroken!.reason}`);
        const intact = `The audit log is intact: ${v.rowsChecked} rows, each linked to the one before it.`;
        const a = v.against;
        if (!a) return intact;
        const what = `${a.kind === 'backup' ? 'the backup' : 'the package'} ${path.basename(a.file)}${a.madeAt ? ` (made ${a.madeAt.slice(0, 10)})` : ''}`;
        if (!a.head || a.head.id === 0) return `${intact}\n${what} was made when the log was empty: it has no row to compare.`;
        return `${intact}\nIt still holds row ${a.head.id} as ${what} recorded it.`;
      }),
    );
}
