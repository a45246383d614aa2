import { countryCode } from '../../../../shared/countries';
import { AppError } from '../../../../shared/errors';
import { checkName } from './checks';
import { csvRows, headerIndex } from './csv-rows';
import { dateFromFileName, dedupe, type ParsedListEntry, type ParsedScreeningList, type PartyType, type ScreeningImportOptions, truncationNote } from '../parsed';

/**
 * trade.gov's Consolidated Screening List CSV: 29 named columns; `source` names the underlying
 * list (SDN, Entity List, DPL, UVL, MEU...); `alt_names` are separated by "; "; addresses end in
 * an ISO country code. The published file repeats its header on line 2.
 */
const REQUIRED = ['_id', 'source', 'type', 'name', 'alt_names', 'addresses', 'programs'];

export function parseCslCsv(text: string, opts: ScreeningImportOptions): ParsedScreeningList {
  const file = opts.fileName;
  const table = csvRows(text, file, { acceptTruncated: opts.acceptTruncated });
  const rows = table.rows;
  if (rows.length === 0) throw new AppError('BAD_FILE', `${file}: the file is empty`, { file });
  const header = rows[0]!.cells;
  const col = headerIndex(header, REQUIRED, file);
  const get = (cells: string[], name: string) => (col.has(name) ? (cells[col.get(name)!] ?? '').trim() : '');
  const headerKey = header.join('\u0000');

  const entries: ParsedListEntry[] = [];
  for (const { cells, line } of rows.slice(1)) {
    if (cells.join('\u0000') === headerKey) continue;
    if (cells.length !== header.length) {
      throw new AppError('BAD_FILE', `${file}, line ${line}: expected ${header.length} columns as in the header, found ${cells.length}`, { file, line });
    }
    const rawId = get(cells, '_id');
    if (!rawId) throw new AppError('BAD_FILE', `${file}, line ${line}: _id is empty`, { file, line, field: '_id' });
    // The same party appears once per underlying list with the same _id (e.g. SSI and NS-MBS), so
    // the list's short name is part of the identity: stable from one publication to the next.
    const source = get(cells, 'source');
    const short = /\(([^)]+)\)/.exec(source)?.[1] ?? source;
    const id = `${short}:${rawId}`;
    const addresses = get(cells, 'addresses').split(/;\s*/).map((a) => a.trim()).filter(Boolean);
    const countries = [
      ...addresses.map((a) => countryCode(a.split(',').pop() ?? '')),
      ...['citizenships', 'nationalities'].flatMap((c) => get(cells, c).split(/[;,]\s*/).map(countryCode)),
    ].filter((c): c is string => Boolean(c));
    const t = get(cells, 'type').toLowerCase();
    const type: PartyType = t === 'individual' || t === 'entity' || t === 'vessel' || t === 'aircraft' ? t : 'unknown';
    entries.push({
      externalId: id,
      name: checkName(get(cells, 'name'), file, line, 'name'),
      aliases: get(cells, 'alt_names').split(/;\s*/).map((n) => n.trim()).filter(Boolean).map((name) => ({ name, quality: null })),
      type,
      countries: dedupe(countries),
      programs: get(cells, 'programs').split(/;\s*/).map((p) => p.trim()).filter(Boolean),
      addresses,
      remarks: [get(cells, 'remarks'), get(cells, 'license_requirement') && `License requirement: ${get(cells, 'license_requirement')}`, get(cells, 'license_policy') && `License policy: ${get(cells, 'license_policy')}`]
        .filter(Boolean)
        .join(' ') || null,
      sourceList: source || null,
      line,
    });
  }
  return {
    list: { id: 'trade-gov-csl', name: 'Consolidated Screening List (trade.gov)' },
    publishedAt: opts.publishedAt ?? dateFromFileName(file),
    source: 'U.S. Department of Commerce, International Trade Administration: consolidated.csv',
    entries,
    notes: truncationNote(table.truncatedAtLine),
  };
}
