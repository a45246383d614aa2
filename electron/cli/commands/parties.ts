import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PARTY_KINDS, type ImportPreview, type PartyPage } from '../../../shared/parties/types';
import { CliError, type CliContext } from '../context';
import { table } from '../output';

function partyTable(page: PartyPage): string {
  if (page.rows.length === 0) return 'No parties match.';
  const rows = page.rows.map((p) => [
    p.id,
    p.legalName,
    p.country,
    p.kind,
    p.kyc.openRedFlags ? `${p.kyc.openRedFlags} OPEN` : p.kyc.state,
    p.screening.state,
  ]);
  const shown = `${page.offset + 1}-${page.offset + page.rows.length}${page.total !== null ? ` of ${page.total}` : ''}`;
  return `${table(rows, ['ID', 'LEGAL NAME', 'CC', 'KIND', 'RED FLAGS', 'SCREENING'])}\n${shown}`;
}

function previewErrors(p: ImportPreview): string {
  const lines = p.rows.flatMap((r) => r.errors.map((e) => `row ${e.row}, ${e.field}: ${e.message}`));
  return [...p.warnings.map((w) => `warning: ${w}`), ...lines].join('\n');
}

interface Filters {
  search?: string;
  country?: string;
  kind?: string;
  redFlags?: string;
  archived?: boolean;
}

function filters(o: Filters) {
  if (o.kind && !(PARTY_KINDS as readonly string[]).includes(o.kind)) throw new CliError(`--kind must be one of ${PARTY_KINDS.join(', ')}, not "${o.kind}"`);
  if (o.redFlags && !['open', 'incomplete', 'clear'].includes(o.redFlags)) throw new CliError(`--red-flags must be open, incomplete or clear, not "${o.redFlags}"`);
  return {
    search: o.search,
    country: o.country,
    kind: o.kind as (typeof PARTY_KINDS)[number] | undefined,
    kyc: o.redFlags as 'open' | 'incomplete' | 'clear' | undefined,
    archived: o.archived,
  };
}

function filterOptions(cmd: Command): Command {
  return cmd
    .option('--search <words>', 'words of a name, other name or identifier')
    .option('--country <cc>', 'ISO 3166 country code, e.g. DE')
    .option('--kind <kind>', PARTY_KINDS.join(' | '))
    .option('--red-flags <state>', 'open (a red flag answered yes) | incomplete | clear')
    .option('--archived', 'archived parties instead of active ones');
}

export function registerPartyCommands(program: Command, cli: CliContext): void {
  const parties = program.command('parties').description('Party records: end users, consignees, purchasers and other parties');

  filterOptions(parties.command('list').description('Parties in name order, searched and filtered'))
    .option('--limit <n>', 'how many (default 100)')
    .option('--offset <n>', 'skip this many first')
    .action((o: Filters & { limit?: string; offset?: string }) =>
      cli.run('parties.list', { ...filters(o), limit: cli.optInt(o.limit, 'limit'), offset: cli.optInt(o.offset, 'offset') }, partyTable),
    );

  parties
    .command('import <file>')
    .description('Import a party CSV: every row, or nothing when any row has an error; the parties imported are then screened against the current lists')
    .action(async (file: string) => {
      const source = { path: path.resolve(file) };
      const preview = await cli.call('parties.importPreview', { source });
      if (preview.errorCount > 0) {
        cli.print(previewErrors(preview), preview);
        const rows = new Set(preview.rows.filter((r) => r.errors.length).map((r) => r.row)).size;
        throw new CliError(`nothing was imported: ${rows} of ${preview.rowCount} rows have errors (listed above)`);
      }
      const done = await cli.call('parties.import', { source, expectedSha256: preview.sha256 });
      const warnings = preview.warnings.map((w) => `warning: ${w}\n`).join('');
      const s = done.screening;
      const screened = s?.screened ? `\nScreened ${s.screened} against the current lists: ${s.withHits} with possible matches (see exportdesk screening queue)` : '';
      const notScreened = s?.notScreenedReason ? `\nNot screened: ${s.notScreenedReason}` : '';
      cli.print(`${warnings}Imported ${done.imported} parties from ${done.fileName}\nSHA-256 ${done.sha256}${screened}${notScreened}`, { ...done, warnings: preview.warnings });
    });

  filterOptions(parties.command('export').description('Parties as CSV, in the import format'))
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(async (o: Filters & { out: string }) => {
      const out = await cli.call('parties.export', filters(o));
      const target = path.resolve(o.out);
      fs.writeFileSync(target, out.content);
      cli.print(`Wrote ${out.rowCount} parties to ${target}\nSHA-256 ${out.sha256}`, { file: target, rowCount: out.rowCount, sha256: out.sha256 });
    });
}
