import { countryCode } from '../../../../shared/countries';
import { AppError } from '../../../../shared/errors';
import { checkName } from './checks';
import { csvRows, headerIndex, requireFullRows } from './csv-rows';
import { dateFromFileName, type ParsedListEntry, type ParsedScreeningList, type PartyType, type ScreeningImportOptions, truncationNote } from '../parsed';

/** An office's own watch list: `id,name,aliases,type,country`, aliases separated by ";". */
export function parseCustomListCsv(text: string, opts: ScreeningImportOptions): ParsedScreeningList {
  const file = opts.fileName;
  // An office's own list always has its five cells per row: a short one is a cut-off file or a typing slip.
  const table = requireFullRows(csvRows(text, file, { acceptTruncated: opts.acceptTruncated }), file, { acceptTruncated: opts.acceptTruncated });
  const rows = table.rows;
  if (rows.length === 0) throw new AppError('BAD_FILE', `${file}: the file is empty`, { file });
  const col = headerIndex(rows[0]!.cells, ['id', 'name', 'aliases', 'type', 'country'], file);
  const get = (cells: string[], name: string) => (cells[col.get(name)!] ?? '').trim();
  const ids = new Map<string, number>();
  const entries = rows.slice(1).map(({ cells, line }): ParsedListEntry => {
    const id = get(cells, 'id');
    if (!id) throw new AppError('BAD_FILE', `${file}, line ${line}: id is empty`, { file, line, field: 'id' });
    const first = ids.get(id);
    if (first) throw new AppError('BAD_FILE', `${file}, line ${line}: duplicate id ${id} (first on line ${first})`, { file, line, field: 'id' });
    ids.set(id, line);
    const t = get(cells, 'type').toLowerCase() || 'unknown';
    if (!['individual', 'entity', 'vessel', 'aircraft', 'unknown'].includes(t)) {
      throw new AppError('BAD_FILE', `${file}, line ${line}: type "${t}" is not one of individual, entity, vessel, aircraft`, { file, line, field: 'type' });
    }
    const countries = get(cells, 'country')
      .split(/[;,]\s*/)
      .filter(Boolean)
      .map((c) => {
        const code = countryCode(c);
        if (!code) throw new AppError('BAD_FILE', `${file}, line ${line}: country "${c}" is not a known country name or ISO code`, { file, line, field: 'country' });
        return code;
      });
    return {
      externalId: id,
      name: checkName(get(cells, 'name'), file, line, 'name'),
      aliases: get(cells, 'aliases').split(';').map((a) => a.trim()).filter(Boolean).map((name) => ({ name, quality: null })),
      type: t as PartyType,
      countries,
      programs: [],
      addresses: [],
      remarks: null,
      sourceList: null,
      line,
    };
  });
  const listId = opts.listId ?? 'custom-watch-list';
  return {
    list: { id: listId, name: opts.listName ?? 'Own watch list' },
    publishedAt: opts.publishedAt ?? dateFromFileName(file),
    source: `Custom list ${file}`,
    entries,
    notes: truncationNote(table.truncatedAtLine),
  };
}
