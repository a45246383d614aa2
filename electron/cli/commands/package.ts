import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Input } from '../../../shared/contract';
import { PACKAGE_KINDS, type PackageKind, type PackageRecord, type PackageSummary } from '../../../shared/packages/types';
import { CliError, type CliContext } from '../context';
import { table } from '../output';

interface OutOptions {
  out: string;
  force?: boolean;
}

/** Refused before anything is generated: an existing file is only replaced when asked. */
function checkOut(o: OutOptions): string {
  const target = path.resolve(o.out);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new CliError(`the folder ${folder} does not exist: create it first or write the package elsewhere`);
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw new CliError(`${target} is a folder: give the PDF file to write`);
    if (!o.force) throw new CliError(`${target} already exists: choose another name or add --force to replace it`);
  }
  return target;
}

/** Copies the stored package to the chosen file through a temporary name, so it is never half-written. */
function copyOut(source: string, target: string): void {
  const temp = `${target}.${process.pid}.part`;
  try {
    fs.copyFileSync(source, temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`the package was made (see exportdesk package list) but could not be written to ${target}: ${(e as Error).message}`);
  }
}

function packageText(p: PackageRecord, file: string): string {
  return [
    `Package #${p.id}: ${p.title}`,
    `${p.pages} pages, ${p.bytes} bytes, generated ${p.generatedAt} by ${p.generatedBy}`,
    `SHA-256 ${p.sha256}`,
    `Wrote ${file} (kept in the workspace as ${p.relativePath})`,
  ].join('\n');
}

function summaryRows(v: PackageSummary[]): string {
  return v.length
    ? table(
        v.map((p) => [p.id, p.kind, p.reference, p.generatedAt.slice(0, 16).replace('T', ' '), p.pages, p.sha256.slice(0, 16), p.supersedesId ? `#${p.supersedesId}` : '', p.relativePath]),
        ['ID', 'KIND', 'REFERENCE', 'GENERATED', 'PAGES', 'SHA-256', 'REPLACES', 'FILE'],
      )
    : 'No packages yet. Make one with: exportdesk package APPLICATION --out FILE.pdf';
}

export function registerPackageCommands(program: Command, cli: CliContext): void {
  const pkg = program.command('package').description('Filing packages (PDF): make one, verify a copy, list them');

  async function generate(input: Input<'packages.generate'>, o: OutOptions): Promise<void> {
    const target = checkOut(o);
    const { package: p } = await cli.call('packages.generate', input);
    const info = await cli.call('workspace.info', {});
    copyOut(path.join(info.path, p.relativePath), target);
    cli.print(packageText(p, target), { package: p, file: target });
  }

  /** An application by id, or by the reference of its live version. */
  async function applicationId(s: string): Promise<number> {
    if (/^\d+$/.test(s)) return Number(s);
    const found = (await cli.call('applications.list', {})).filter((a) => a.reference === s);
    if (found.length === 0) throw new CliError(`no live application has the reference "${s}" (see exportdesk applications list)`);
    return found[0]!.id;
  }

  /** An item by id, or by its exact model number or name. */
  async function itemId(s: string): Promise<number> {
    if (/^\d+$/.test(s)) return Number(s);
    const page = await cli.call('items.list', { search: s, limit: 100 });
    const key = s.toLowerCase();
    const found = page.rows.filter((i) => i.modelNumber?.toLowerCase() === key || i.name.toLowerCase() === key);
    if (found.length === 0) throw new CliError(`no item has the model number or name "${s}" (see exportdesk items list)`);
    if (found.length > 1) throw new CliError(`"${s}" names ${found.length} items (${found.map((i) => `#${i.id}`).join(', ')}): give the item id`);
    return found[0]!.id;
  }

  pkg
    .command('application <application>', { isDefault: true })
    .description("An application's filing package: exportdesk package APPLICATION --out FILE.pdf (by id or reference)")
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--force', 'replace the file if it exists')
    .action(async (s: string, o: OutOptions) => generate({ kind: 'application', applicationId: await applicationId(s) }, o));

  pkg
    .command('classification <item>')
    .description('A classification request package for an item (by id, model number or name)')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--force', 'replace the file if it exists')
    .action(async (s: string, o: OutOptions) => generate({ kind: 'classification-request', itemId: await itemId(s) }, o));

  pkg
    .command('encryption-report <year>')
    .description('The annual encryption self-classification report (Supp. No. 8 to Part 742) as a PDF with the CSV attached')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--force', 'replace the file if it exists')
    .action((s: string, o: OutOptions) => generate({ kind: 'encryption-report', year: cli.int(s, 'the year') }, o));

  pkg
    .command('regenerate <id>')
    .description('Render a package again from the current records, as a new package that replaces it')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--force', 'replace the file if it exists')
    .action(async (s: string, o: OutOptions) => {
      const target = checkOut(o);
      const { package: p } = await cli.call('packages.regenerate', { id: cli.int(s, 'the package id') });
      const info = await cli.call('workspace.info', {});
      copyOut(path.join(info.path, p.relativePath), target);
      cli.print(`${packageText(p, target)}\nReplaces package #${p.supersedesId}`, { package: p, file: target });
    });

  pkg
    .command('verify <file>')
    .description('Say which package record a PDF is (by its SHA-256); exits non-zero when it matches none')
    .action(async (file: string) => {
      const v = await cli.call('packages.verify', { path: path.resolve(file) });
      cli.print(v.message, v);
      if (!v.match) throw new CliError('the file matches no package record');
    });

  pkg
    .command('list')
    .description('Generated packages, newest first')
    .option('--kind <kind>', PACKAGE_KINDS.join(' | '))
    .option('--application <id>', 'only the packages of this application')
    .action((o: { kind?: string; application?: string }) => {
      if (o.kind !== undefined && !(PACKAGE_KINDS as readonly string[]).includes(o.kind)) throw new CliError(`--kind must be one of ${PACKAGE_KINDS.join(', ')}, not "${o.kind}"`);
      return cli.run('packages.list', { kind: o.kind as PackageKind | undefined, applicationId: cli.optInt(o.application, '--application') }, summaryRows);
    });

  pkg
    .command('show <id>')
    .description('One package: its sections, documents with their pages and SHA-256, and the list versions it used')
    .action((s: string) =>
      cli.run('packages.get', { id: cli.int(s, 'the package id') }, (p) =>
        [
          `Package #${p.id}: ${p.title}${p.supersedesId ? ` (replaces #${p.supersedesId})` : ''}`,
          `${p.pages} pages, ${p.bytes} bytes, generated ${p.generatedAt} by ${p.generatedBy}; ${p.relativePath}`,
          `SHA-256 ${p.sha256}`,
          '',
          table(p.sections.map((x) => [x.page, x.title]), ['PAGE', 'SECTION']),
          '',
          p.documents.length
            ? table(
                p.documents.map((d) => [d.documentId ?? '-', d.firstPage === null ? 'listed only' : `${d.firstPage}-${d.lastPage}`, d.sha256.slice(0, 16), d.fileName, d.title]),
                ['DOC', 'PAGES', 'SHA-256', 'FILE', 'DOCUMENT'],
              )
            : 'No supporting documents.',
          '',
          ...p.snapshots.map((x) => `${x.kind}: ${x.name}, ${x.version}`),
        ].join('\n'),
      ),
    );
}
