import path from 'node:path';
import type { Command } from 'commander';
import type { BackupCounts, BackupVerification } from '../../../shared/backup/types';
import { restoreBackup } from '../../core/backup/restore';
import { verifyBackup } from '../../core/backup/verify';
import { CliError, type CliContext } from '../context';
import { table } from '../output';

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const contents = (v: { entries: number; attachments: number; packages: number }) =>
  `${plural(v.entries, 'file')} (the database, ${plural(v.attachments, 'attachment')}, ${plural(v.packages, 'package')})`;

function countsText(c: BackupCounts): string {
  const parts = Object.entries(c)
    .filter(([k]) => k !== 'auditRows')
    .map(([k, n]) => `${n} ${k}`);
  return `${parts.join(', ')}; ${c.auditRows ?? 0} audit rows`;
}

function verifiedText(v: BackupVerification): string[] {
  return [
    `  ${contents(v)}, ${bytes(v.size)}; every SHA-256 matches the manifest; the database's schema is ExportDesk's own and it passes PRAGMA integrity_check.`,
    `  Made ${v.createdAt} by ExportDesk ${v.appVersion} (database version ${v.schemaVersion}): ${countsText(v.counts)}.`,
    ...v.warnings.map((w) => `  Warning: ${w}`),
    v.auditChain.ok
      ? `  The audit log verifies: ${v.auditChain.rowsChecked} rows, each linked to the one before it.`
      : `  Warning: the audit log in the backup is broken at row ${v.auditChain.firstBroken!.id}: ${v.auditChain.firstBroken!.reason}`,
  ];
}

/** Runs a core function outside any workspace, turning its error into the CLI's one-line failure. */
async function outside<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

/**
 * `exportdesk backup --out FILE`, `backup verify FILE`, `backup list`, `backup keep N` and
 * `exportdesk restore FILE --workspace NEWDIR`. Verifying and restoring need no open workspace:
 * they read the backup file alone.
 */
export function registerBackupCommands(program: Command, cli: CliContext, workspaceFlag: () => string | undefined): void {
  const backup = program
    .command('backup')
    .description('Back up the workspace into one file (database, attachments, packages, manifest of SHA-256 hashes); see also: backup verify, backup list, backup keep')
    .option('--out <file>', 'the backup file to write (ending in .edbackup)')
    .option('--force', 'replace the file if it exists')
    .action(async (o: { out?: string; force?: boolean }) => {
      if (!o.out) throw new CliError('give the backup file to write with --out FILE.edbackup');
      await cli.run('backup.create', { out: path.resolve(o.out), force: o.force }, (r) =>
        [
          `Backed up the workspace to ${r.file}`,
          `  ${contents(r)}, ${bytes(r.size)}, SHA-256 ${r.sha256}`,
          `  Database version ${r.schemaVersion}: ${countsText(r.counts)}.`,
          ...r.warnings.map((w) => `  Warning: ${w}`),
          `Check it any time with: exportdesk backup verify ${r.file}`,
        ].join('\n'),
      );
    });

  backup
    .command('verify <file>')
    .description('Check a backup file without restoring it: complete, every SHA-256 as its manifest says, the database sound')
    .action(async (file: string) => {
      const v = await outside(() => verifyBackup(path.resolve(file)));
      cli.print([`The backup ${v.file} is whole.`, ...verifiedText(v)].join('\n'), v);
    });

  backup
    .command('list')
    .description("The backups in the workspace's backups folder (and those it wrote elsewhere, still there), newest first, with each one's last check in the app")
    .action(() =>
      cli.run('backup.list', {}, (l) =>
        [
          l.backups.length
            ? table(
                l.backups.map((b) => [
                  b.inBackupsFolder ? b.name : b.path,
                  bytes(b.size),
                  b.modifiedAt.slice(0, 19).replace('T', ' '),
                  b.automatic ? 'automatic' : '',
                  b.lastCheck ? `${b.lastCheck.status} ${b.lastCheck.checkedAt.slice(0, 10)}` : 'not checked',
                ]),
                ['FILE', 'SIZE', 'MODIFIED', 'KIND', 'CHECKED'],
              )
            : 'No backups in the workspace yet.',
          `Folder: ${l.folder}; the app keeps the last ${l.keep} automatic backups${l.keep === 0 ? ' (automatic backups are off)' : ''}.`,
        ].join('\n'),
      ),
    );

  backup
    .command('keep <n>')
    .description('How many automatic backups (made when the app closes) to keep; 0 turns them off')
    .action((n: string) =>
      cli.run('backup.updateSettings', { autoBackupKeep: cli.int(n, 'the number of backups') }, (s) =>
        s.autoBackupKeep === 0 ? 'Automatic backups are off.' : `The app keeps the last ${s.autoBackupKeep} automatic backups.`,
      ),
    );

  program
    .command('restore <file>')
    .description('Restore a backup into a new or empty folder given by --workspace, after checking every hash; a folder with anything in it is refused')
    .action(async (file: string) => {
      const dir = workspaceFlag();
      if (!dir) throw new CliError('give the new folder to restore into with --workspace DIR (a new or empty folder)');
      const r = await outside(() => restoreBackup(path.resolve(file), dir));
      cli.print(
        [
          `Restored ${r.file} into ${r.workspace}`,
          ...verifiedText(r),
          `Open it: exportdesk --workspace ${r.workspace} info   or   npm start -- --workspace=${r.workspace}`,
        ].join('\n'),
        r,
      );
    });
}
