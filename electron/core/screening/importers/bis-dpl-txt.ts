import { countryCode } from '../../../../shared/countries';
import { AppError } from '../../../../shared/errors';
import { checkName } from './checks';
import { csvRows, headerIndex } from './csv-rows';
import { dateFromFileName, type ParsedListEntry, type ParsedScreeningList, type ScreeningImportOptions, truncationNote } from '../parsed';

/**
 * BIS Denied Persons List text file: tab-separated, quoted, 12 columns with a header. It has no
 * identifier column, so an entry is identified by its name and the order's effective date (the
 * same person can be denied under several orders).
 */
const REQUIRED = ['name', 'street_address', 'city', 'state', 'country', 'postal_code', 'effective_date', 'fr_citation'];

export function parseBisDplTxt(text: string, opts: ScreeningImportOptions): ParsedScreeningList {
  const file = opts.fileName;
  const table = csvRows(text, file, { delimiter: '\t', acceptTruncated: opts.acceptTruncated });
  const rows = table.rows;
  if (rows.length === 0) throw new AppError('BAD_FILE', `${file}: the file is empty`, { file });
  const col = headerIndex(rows[0]!.cells, REQUIRED, file);
  const width = rows[0]!.cells.length;
  const get = (cells: string[], name: string) => (col.has(name) ? (cells[col.get(name)!] ?? '').trim() : '');
  const seen = new Map<string, number>();
  const entries = rows.slice(1).map(({ cells, line }): ParsedListEntry => {
    if (cells.length !== width) {
      throw new AppError('BAD_FILE', `${file}, line ${line}: expected ${width} tab-separated columns as in the header, found ${cells.length}`, { file, line });
    }
    const name = checkName(get(cells, 'name'), file, line, 'Name');
    const base = `${name.toUpperCase()}|${get(cells, 'effective_date')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const address = ['street_address', 'city', 'state', 'postal_code', 'country'].map((c) => get(cells, c)).filter(Boolean).join(', ');
    const country = countryCode(get(cells, 'country'));
    return {
      externalId: n > 1 ? `${base}#${n}` : base,
      name,
      aliases: [],
      type: 'unknown',
      countries: country ? [country] : [],
      programs: ['DPL'],
      addresses: address ? [address] : [],
      remarks:
        [`Effective ${get(cells, 'effective_date')}`, get(cells, 'expiration_date') && `expires ${get(cells, 'expiration_date')}`, get(cells, 'fr_citation')]
          .filter(Boolean)
          .join('; ') || null,
      sourceList: 'Denied Persons List (DPL) - Bureau of Industry and Security',
      line,
    };
  });
  return {
    list: { id: 'bis-dpl', name: 'BIS Denied Persons List' },
    publishedAt: opts.publishedAt ?? dateFromFileName(file),
    source: 'U.S. Department of Commerce, BIS: Denied Persons List (dpl.txt)',
    entries,
    notes: truncationNote(table.truncatedAtLine),
  };
}
