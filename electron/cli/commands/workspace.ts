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

  const showSubmitter = (v: { name: string | null; telephone: string | null; email: string | null; mailingAddress: string | null }) =>
    [
      `Submitter name: ${v.name ?? 'not set'}`,
      `Telephone number: ${v.telephone ?? 'not set'}`,
      `E-mail address: ${v.email ?? 'not set'}`,
      `Mailing address: ${v.mailingAddress ?? 'not set'}`,
    ].join('\n');
  settings
    .command('submitter')
    .description('Who submits the encryption self-classification report (Supp. No. 8 to Part 742)')
    .action(() => cli.run('settings.submitter', {}, showSubmitter));
  settings
    .command('set-submitter')
    .description('Set the submitter columns of the encryption self-classification report; an option left out stays as it is, an empty one is cleared')
    .option('--name <name>', 'SUBMITTER NAME: the person BIS may contact about the report')
    .option('--telephone <number>', 'TELEPHONE NUMBER')
    .option('--email <address>', 'E-MAIL ADDRESS')
    .option('--mailing-address <address>', 'MAILING ADDRESS, on one line')
    .action((o: { name?: string; telephone?: string; email?: string; mailingAddress?: string }) =>
      cli.run('settings.updateSubmitter', { name: o.name, telephone: o.telephone, email: o.email, mailingAddress: o.mailingAddress }, (v) => `Submitter updated.\n${showSubmitter(v)}`),
    );
}
