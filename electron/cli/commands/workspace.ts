import type { Command } from 'commander';
import type { CliContext } from '../context';

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
}
