import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ControlEntry, ListSnapshot, SearchHit, SnapshotDiff } from '../../../shared/control-lists/types';
import { plainSnippet, table, wrap } from '../output';
import type { CliContext } from '../context';

function snapshotRows(list: ListSnapshot[]) {
  return table(
    list.map((s) => [s.id, s.isCurrent ? '*' : '', s.listName, s.versionLabel, s.effectiveDate, s.entryCount, s.importedAt.slice(0, 16).replace('T', ' '), s.sourceFileName]),
    ['ID', 'CUR', 'LIST', 'VERSION', 'EFFECTIVE', 'ENTRIES', 'IMPORTED', 'FILE'],
  );
}

function entryText(e: ControlEntry): string {
  const lines = [`${e.code}  ${e.heading}`, `${e.listName} · ${e.snapshotLabel}`];
  if (e.reasonsForControl.length) lines.push(`Reasons for control: ${e.reasonsForControl.join(', ')}`);
  for (const r of e.chartRows) lines.push(`  ${r.control}: ${r.countryChart}`);
  if (e.licenseExceptions.length) {
    lines.push('License exceptions:');
    for (const x of e.licenseExceptions) lines.push(`  ${x.symbol}: ${x.text}`);
  }
  if (e.paragraphs.length) lines.push('', 'Paragraphs:');
  for (const p of e.paragraphs) {
    const label = p.code ?? p.label ?? '';
    lines.push(wrap(`${label ? `${label} ` : ''}${p.text}`, 100, '  '.repeat(Math.max(1, p.depth))));
  }
  if (e.relatedControls) lines.push('', wrap(`Related controls: ${e.relatedControls}`));
  if (e.mentions.length) lines.push('', `Mentions: ${e.mentions.join(', ')}`);
  if (e.attribution) lines.push('', e.attribution);
  return lines.join('\n');
}

function diffText(d: SnapshotDiff): string {
  const lines = [
    `${d.from.listName}: ${d.from.versionLabel} (#${d.from.id}) -> ${d.to.versionLabel} (#${d.to.id})`,
    `${d.added} added, ${d.removed} removed, ${d.changed} changed`,
  ];
  for (const e of d.entries) {
    const mark = e.change === 'added' ? '+' : e.change === 'removed' ? '-' : '~';
    lines.push(`${mark} ${e.code}  ${e.headingAfter ?? e.headingBefore}${e.fields.length ? `  [${e.fields.join(', ')}]` : ''}`);
    for (const p of e.paragraphs.slice(0, 50)) {
      const words = p.words.map((w) => (w.added ? `{+${w.value}+}` : w.removed ? `[-${w.value}-]` : w.value)).join('');
      lines.push(wrap(`${p.change} ${p.code ?? p.label ?? ''}: ${words}`, 110, '    '));
    }
  }
  return lines.join('\n');
}

export function registerControlCommands(program: Command, cli: CliContext): void {
  const controls = program.command('controls').description('Control-list snapshots: US CCL, EU Annex I and custom lists');

  controls
    .command('import <file>')
    .description('Import a control-list file as a new snapshot')
    .option('--format <format>', 'ccl-json | eu-annex-json | exchange-json | csv (default: detected)')
    .option('--label <label>', 'version label for the snapshot')
    .option('--list-id <id>', 'for CSV: the list the snapshot belongs to (default: custom)')
    .option('--list-name <name>', 'for CSV: the list name')
    .option('--effective-date <date>', 'YYYY-MM-DD')
    .option('--source-url <url>', 'where the file was published')
    .action((file: string, o) =>
      cli.run(
        'controls.import',
        {
          source: { path: path.resolve(file) },
          format: o.format,
          versionLabel: o.label,
          listId: o.listId,
          listName: o.listName,
          effectiveDate: o.effectiveDate,
          sourceUrl: o.sourceUrl,
          jobId: 'cli',
        },
        (v) =>
          `Imported ${v.snapshot.listName} ${v.snapshot.versionLabel} as snapshot #${v.snapshot.id}: ` +
          `${v.snapshot.entryCount} entries, ${v.snapshot.paragraphCount} paragraphs${v.snapshot.isCurrent ? ' (current)' : ''}\n` +
          `SHA-256 ${v.snapshot.sha256}`,
      ),
    );

  controls
    .command('snapshots')
    .description('List the snapshots of every list (* marks the current one)')
    .option('--list <id>', 'only this list')
    .action((o) =>
      cli.run('controls.snapshots', { listId: o.list }, (v) =>
        v.length ? snapshotRows(v) : 'No control-list snapshots yet. Import one with: exportdesk controls import FILE',
      ),
    );

  controls
    .command('set-current <snapshot>')
    .description('Mark a snapshot as the current one of its list')
    .action((s: string) =>
      cli.run('controls.setCurrent', { snapshotId: cli.int(s, 'snapshot') }, (v) => `Snapshot #${v.snapshot.id} (${v.snapshot.versionLabel}) is now current for ${v.snapshot.listName}`),
    );

  controls
    .command('search <query...>')
    .description('Search codes, headings and text')
    .option('--snapshot <id>', 'search this snapshot (default: every current snapshot)')
    .option('--limit <n>', 'at most this many results', '20')
    .action((words: string[], o) =>
      cli.run(
        'controls.search',
        { query: words.join(' '), snapshotId: cli.optInt(o.snapshot, 'snapshot'), limit: cli.int(o.limit, 'limit') },
        (v: SearchHit[]) =>
          v.length
            ? [
                ...v.map((h) => `${h.code}${h.paragraphCode && h.paragraphCode !== h.code ? ` (${h.paragraphCode})` : ''}  ${plainSnippet(h.snippet).slice(0, 160)}  [#${h.snapshotId}]`),
                // EU text must carry its attribution wherever it is shown.
                ...[...new Set(v.map((h) => h.attribution).filter(Boolean))].map((a) => `\n${a}`),
              ].join('\n')
            : 'No matches.',
      ),
    );

  controls
    .command('show <code>')
    .description('Show an entry with its paragraphs, reasons for control and license exceptions')
    .option('--snapshot <id>', 'from this snapshot (default: the current ones)')
    .action((code: string, o) => cli.run('controls.show', { code, snapshotId: cli.optInt(o.snapshot, 'snapshot') }, entryText));

  controls
    .command('diff <from> <to>')
    .description('Entries and paragraphs added, removed and changed between two snapshots of one list')
    .action((a: string, b: string) => cli.run('controls.diff', { fromSnapshotId: cli.int(a, 'from'), toSnapshotId: cli.int(b, 'to') }, diffText));

  controls
    .command('export <snapshot>')
    .description('Write a snapshot in the exchange format, to hand the exact list to another workspace')
    .requiredOption('--out <file>', 'where to write it')
    .action((s: string, o) => {
      const out = path.resolve(o.out as string);
      const write = (content: string) => fs.writeFileSync(out, content);
      return cli.run(
        'controls.export',
        { snapshotId: cli.int(s, 'snapshot') },
        (v) => (write(v.content), `Wrote ${out} (SHA-256 ${v.sha256})`),
        (v) => (write(v.content), { file: out, sha256: v.sha256 }),
      );
    });
}
