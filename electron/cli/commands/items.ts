import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ITEM_TYPES, type ItemImportPreview, type ItemPage, type ItemType } from '../../../shared/items/types';
import { CliError, type CliContext } from '../context';
import { table } from '../output';
import { registerClassifyCommand } from './classify';

function itemTable(page: ItemPage): string {
  if (page.rows.length === 0) return 'No items match.';
  const rows = page.rows.map((i) => [
    i.id,
    i.name,
    i.modelNumber,
    i.itemType,
    i.us ? `${i.us.label}${i.us.status === 'draft' ? ' (draft)' : ''}` : '-',
    i.eu ? `${i.eu.label}${i.eu.status === 'draft' ? ' (draft)' : ''}` : '-',
    i.needsReview ? 'REVIEW' : '',
  ]);
  const shown = `${page.offset + 1}-${page.offset + page.rows.length}${page.total !== null ? ` of ${page.total}` : ''}`;
  return `${table(rows, ['ID', 'NAME', 'MODEL', 'TYPE', 'US', 'EU', 'REVIEW'])}\n${shown}`;
}

function previewErrors(p: ItemImportPreview): string {
  const lines = p.rows.flatMap((r) => r.errors.map((e) => `row ${e.row}, ${e.field}: ${e.message}`));
  return [...p.warnings.map((w) => `warning: ${w}`), ...lines].join('\n');
}

interface Filters {
  search?: string;
  type?: string;
  us?: string;
  eu?: string;
  needsReview?: boolean;
}

function filters(o: Filters) {
  if (o.type && !(ITEM_TYPES as readonly string[]).includes(o.type)) throw new CliError(`--type must be one of ${ITEM_TYPES.join(', ')}, not "${o.type}"`);
  return { search: o.search, itemType: o.type as ItemType | undefined, usClass: o.us, euClass: o.eu, needsReview: o.needsReview };
}

function filterOptions(cmd: Command): Command {
  return cmd
    .option('--search <words>', 'words of the name, model or part number, or manufacturer')
    .option('--type <type>', ITEM_TYPES.join(' | '))
    .option('--us <class>', 'US classification in force: an ECCN (5A992), EAR99 or unclassified')
    .option('--eu <class>', 'EU classification in force: a code (5A002), NOT-LISTED or unclassified')
    .option('--needs-review', 'only items whose classification waits for review after a list changed');
}

export function registerItemCommands(program: Command, cli: CliContext): void {
  const items = program.command('items').description('The item catalogue: commodities, software and technology, and their classifications');

  filterOptions(items.command('list').description('Items in name order, searched and filtered'))
    .option('--limit <n>', 'how many (default 100)')
    .option('--offset <n>', 'skip this many first')
    .action((o: Filters & { limit?: string; offset?: string }) =>
      cli.run('items.list', { ...filters(o), limit: cli.optInt(o.limit, 'limit'), offset: cli.optInt(o.offset, 'offset') }, itemTable),
    );

  items
    .command('import <file>')
    .description('Import an item CSV: every row, or nothing when any row has an error')
    .action(async (file: string) => {
      const source = { path: path.resolve(file) };
      const preview = await cli.call('items.importPreview', { source });
      if (preview.errorCount > 0) {
        cli.print(previewErrors(preview), preview);
        const rows = new Set(preview.rows.filter((r) => r.errors.length).map((r) => r.row)).size;
        throw new CliError(`nothing was imported: ${rows} of ${preview.rowCount} rows have errors (listed above)`);
      }
      const done = await cli.call('items.import', { source, expectedSha256: preview.sha256 });
      const warnings = preview.warnings.map((w) => `warning: ${w}\n`).join('');
      cli.print(`${warnings}Imported ${done.imported} items from ${done.fileName}\nSHA-256 ${done.sha256}`, { ...done, warnings: preview.warnings });
    });

  filterOptions(items.command('export').description('Items as CSV, in the import format'))
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(async (o: Filters & { out: string }) => {
      const out = await cli.call('items.export', filters(o));
      const target = path.resolve(o.out);
      fs.writeFileSync(target, out.content);
      cli.print(`Wrote ${out.rowCount} items to ${target}\nSHA-256 ${out.sha256}`, { file: target, rowCount: out.rowCount, sha256: out.sha256 });
    });

  registerClassifyCommand(items, cli);

  const report = program.command('report').description('Reports built from the workspace records');
  report
    .command('encryption')
    .description(
      'Annual encryption self-classification report (15 CFR 740.17(b)(1) and (e)(3); Supp. No. 8 to Part 742) as CSV: the 12 columns of the supplement, ' +
        'submitter columns from `settings set-submitter`. Lists ENC self-classifications and mass-market chips, toolkits and development kits; ' +
        'leaves out other mass-market items (not reported since 86 FR 16482, March 2021) and items with a CCATS number. See docs/encryption-report.md',
    )
    .option('--year <year>', 'the calendar year reported (due to BIS by 1 February of the next year)')
    .option('--from <date>', 'instead of --year: first day, YYYY-MM-DD')
    .option('--to <date>', 'instead of --year: last day, YYYY-MM-DD')
    .option('--out <file>', 'write the CSV here (default: print it)')
    .action(async (o: { year?: string; from?: string; to?: string; out?: string }) => {
      if ((o.year === undefined) === (o.from === undefined && o.to === undefined)) throw new CliError('give either --year or both --from and --to');
      if (o.year === undefined && (!o.from || !o.to)) throw new CliError('give both --from and --to');
      const input = o.year !== undefined ? { year: cli.int(o.year, '--year') } : { from: o.from!, to: o.to! };
      const r = await cli.call('reports.encryption', input);
      if (o.out) {
        const target = path.resolve(o.out);
        fs.writeFileSync(target, r.content);
        const left = r.excluded.map((x) => `\n  not reported: ${x.productName}${x.modelNumber ? ` (${x.modelNumber})` : ''}: ${x.reason}`).join('');
        cli.print(`Wrote ${r.rowCount} products (${r.from} to ${r.to}) to ${target}\nSHA-256 ${r.sha256}${left}`, { file: target, rowCount: r.rowCount, from: r.from, to: r.to, sha256: r.sha256, excluded: r.excluded });
      } else {
        cli.print(r.content.trimEnd(), { fileName: r.fileName, rowCount: r.rowCount, from: r.from, to: r.to, sha256: r.sha256, rows: r.rows, excluded: r.excluded, content: r.content });
      }
    });
}
