import path from 'node:path';
import type { Command } from 'commander';
import type { ScreeningHitRecord, ScreeningRecord } from '../../../shared/screening/record-types';
import type { CliContext } from '../context';
import { CliError } from '../context';

/** The JSON Lines shape of one screened row: stable, for scripts. */
function jsonRow(row: number, id: string | null, name: string, hits: ScreeningHitRecord[]) {
  return {
    row,
    id,
    name,
    hits: hits.map((h) => ({
      list: h.listId,
      listVersion: h.listVersion,
      entryId: h.externalId,
      entryName: h.entryName,
      matchedName: h.matchedName,
      score: Number(h.score.toFixed(4)),
      type: h.entryType,
      countries: h.entryCountries,
      status: h.status,
    })),
  };
}

function hitLines(hits: ScreeningHitRecord[]): string[] {
  return hits.map((h) => {
    const alias = h.matchedIndex > 0 ? ` (alias "${h.matchedName}")` : '';
    const pairs = h.explanation.pairs.filter((p) => p.kind !== 'weak').map((p) => `${p.query}~${p.candidate} ${p.kind}`).join(', ');
    return `  ${(h.score * 100).toFixed(0).padStart(3)}  ${h.listName} ${h.listVersion ?? ''}  #${h.externalId}  ${h.entryName}${alias}  [${pairs}]${h.status !== 'open' ? `  ${h.status}` : ''}`;
  });
}

function recordText(r: ScreeningRecord): string {
  const head = `Screening #${r.id} of "${r.queryName}"${r.queryCountry ? ` (${r.queryCountry})` : ''} at threshold ${r.threshold}: ${r.hits.length} hit${r.hits.length === 1 ? '' : 's'}`;
  const lists = `Lists: ${r.lists.map((l) => `${l.listName} ${l.publishedAt ?? ''} (#${l.snapshotId})`).join('; ')}`;
  return [head, ...hitLines(r.hits), lists, ...(r.truncated ? ['Note: the name was longer than the matcher reads and was cut.'] : [])].join('\n');
}

export function registerScreenCommands(program: Command, cli: CliContext): void {
  program
    .command('screen')
    .description('Screen a name, a party or a CSV of names against every current list; every screening is recorded')
    .option('--name <name>', 'a name to screen')
    .option('--country <cc>', 'ISO country code of the name (nudges the score)')
    .option('--type <type>', 'individual | entity')
    .option('--party <id>', 'screen a party record under each of its names')
    .option('--input <file>', 'a CSV with a name column and optional id, country, type columns')
    .option('--threshold <t>', 'report hits scoring at least this (0 to 1; default: the workspace setting)')
    .action(async (o: { name?: string; country?: string; type?: string; party?: string; input?: string; threshold?: string }) => {
      const threshold = o.threshold === undefined ? undefined : Number(o.threshold);
      if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) throw new CliError(`--threshold must be a number above 0 and at most 1, not "${o.threshold}"`);
      const given = [o.name !== undefined, o.party !== undefined, o.input !== undefined].filter(Boolean).length;
      if (given !== 1) throw new CliError('give exactly one of --name, --party or --input');
      if (o.input) {
        return cli.run(
          'screening.batch',
          { source: { path: path.resolve(o.input) }, threshold, jobId: 'cli' },
          (v) =>
            [
              `Batch #${v.batchId}: ${v.rows.length} names screened, ${v.rows.filter((r) => r.hits.length).length} with hits`,
              ...v.rows.filter((r) => r.hits.length).flatMap((r) => [`row ${r.row}${r.id ? ` (${r.id})` : ''}: ${r.name}`, ...hitLines(r.hits)]),
            ].join('\n'),
          (v) => v.rows.map((r) => jsonRow(r.row, r.id, r.name, r.hits)),
          'jsonl',
        );
      }
      if (o.party) return cli.run('screening.party', { partyId: cli.int(o.party, 'party'), threshold }, recordText, (r) => [jsonRow(1, String(r.partyId), r.queryName, r.hits)], 'jsonl');
      return cli.run(
        'screening.name',
        { name: o.name!, country: o.country, type: o.type as 'individual' | 'entity' | undefined, threshold },
        recordText,
        (r) => [jsonRow(1, null, r.queryName, r.hits)],
        'jsonl',
      );
    });

  const screening = program.command('screening').description('Screening records and decisions');
  screening
    .command('queue')
    .description('Hits waiting for a decision')
    .option('--status <s>', 'open | review | undecided', 'undecided')
    .option('--limit <n>', 'at most this many', '50')
    .action((o) =>
      cli.run('screening.queue', { status: o.status, limit: cli.int(o.limit, 'limit') }, (v) =>
        [
          `${v.total} hit${v.total === 1 ? '' : 's'} waiting for a decision`,
          ...v.items.map((i) => `hit #${i.hit.id}  ${(i.hit.score * 100).toFixed(0)}  ${i.partyName ?? i.screening.queryName} ~ ${i.hit.entryName} (${i.hit.listName} #${i.hit.externalId})  ${i.hit.status}`),
        ].join('\n'),
      ),
    );
  screening
    .command('decide <hits> <decision>')
    .description('cleared (false positive; --reason required) | confirmed (blocks the party) | review; several hits as 12,13,14 take one reason, each decision recorded on its own')
    .option('--reason <text>', 'why', '')
    .action((hits: string, decision: string, o) => {
      if (!['cleared', 'confirmed', 'review'].includes(decision)) throw new CliError(`decision must be cleared, confirmed or review, not "${decision}"`);
      const ids = hits.split(',').map((h) => cli.int(h.trim(), 'hit'));
      if (ids.length === 1) return cli.run('screening.decide', { hitId: ids[0]!, decision: decision as 'cleared', reason: o.reason }, (h) => `Hit #${h.id} is now ${h.status}`);
      return cli.run('screening.decideMany', { hitIds: ids, decision: decision as 'cleared', reason: o.reason }, (d) => d.map((h) => `Hit #${h.id} is now ${h.status}`).join('\n'));
    });
  screening
    .command('show <screening>')
    .description('One screening record with its hits and decisions')
    .action((s: string) => cli.run('screening.get', { screeningId: cli.int(s, 'screening') }, recordText));
}
