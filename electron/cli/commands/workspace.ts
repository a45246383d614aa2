import type { Command } from 'commander';
import { table } from '../output';
import { CliError, type CliContext } from '../context';

export function registerWorkspaceCommands(program: Command, cli: CliContext): void {
  program
    .command('info')
    .description('The workspace, its user and its current snapshots')
    .action(() =>
      cli.run('workspace.info', {}, (v) =>
        [
          `Workspace: ${v.path}`,
          `User: ${v.userName}`,
          `Database version: ${v.schemaVersion}`,
          ...(v.currentSnapshots.length
            ? v.currentSnapshots.map((s) => `${s.listName}: ${s.versionLabel} (snapshot #${s.id})`)
            : ['No control lists imported yet.']),
        ].join('\n'),
      ),
    );

  const settings = program.command('settings').description('Workspace settings');
  settings
    .command('set-user <name>')
    .description('The name recorded as "who" in the audit log')
    .action((name: string) => cli.run('settings.update', { userName: name }, (v) => `User name set to ${v.userName}`));

  const audit = program.command('audit').description('The audit log');
  audit
    .command('list')
    .description('Audit rows, newest first')
    .option('--record-type <type>')
    .option('--record-id <id>')
    .option('--limit <n>', 'at most this many rows', '50')
    .action((o) =>
      cli.run('audit.list', { recordType: o.recordType, recordId: o.recordId, limit: cli.int(o.limit, 'limit') }, (rows) =>
        table(rows.map((r) => [r.id, r.at.slice(0, 19).replace('T', ' '), r.actor, r.action, `${r.recordType} ${r.recordId}`]), ['ID', 'WHEN', 'WHO', 'ACTION', 'RECORD']),
      ),
    );

  audit
    .command('verify')
    .description('Check the hash chain of the whole audit log; exits non-zero and names the first broken row if history was changed')
    .action(() =>
      cli.run('audit.verify', {}, (v) => {
        if (!v.ok) throw new CliError(`the audit log is broken at row ${v.firstBroken!.id}: ${v.firstBroken!.reason}`);
        return `The audit log is intact: ${v.rowsChecked} rows, each linked to the one before it.`;
      }),
    );
}
