import { countryCode } from '../../../../shared/countries';
import { AppError } from '../../../../shared/errors';
import { csvRows } from './csv-rows';
import { checkName } from './checks';
import { dateFromFileName, dedupe, type ParsedAlias, type ParsedListEntry, type ParsedScreeningList, type PartyType, type ScreeningImportOptions, truncationNote } from '../parsed';

/**
 * OFAC's sdn.csv: no header, 12 columns (ent_num, name, type, program, title, call_sign, vess_type,
 * tonnage, GRT, vess_flag, vess_owner, remarks), "-0- " for empty, aliases only inside remarks
 * ("a.k.a. 'X'; f.k.a. 'Y'"), CRLF, and a trailing Ctrl-Z byte from its DOS heritage.
 */
const EMPTY = /^-0-\s*$/;
const ALIAS = /^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+'(.*)'\.?$/i;

const value = (s: string | undefined) => (s === undefined || EMPTY.test(s) ? '' : s.trim());

export function parseOfacSdnCsv(text: string, opts: ScreeningImportOptions): ParsedScreeningList {
  const file = opts.fileName;
  const table = csvRows(text.replace(/\u001a\s*$/, ''), file, { acceptTruncated: opts.acceptTruncated });
  const rows = table.rows;
  const entries = rows.map(({ cells, line }): ParsedListEntry => {
    if (cells.length !== 12) {
      throw new AppError('BAD_FILE', `${file}, line ${line}: expected the 12 columns of OFAC's sdn.csv, found ${cells.length}`, { file, line });
    }
    const externalId = value(cells[0]);
    if (!/^\d+$/.test(externalId)) {
      throw new AppError('BAD_FILE', `${file}, line ${line}: ent_num "${cells[0]}" is not a number; is this OFAC's sdn.csv?`, { file, line, field: 'ent_num' });
    }
    const name = checkName(value(cells[1]), file, line, 'name');
    const remarks = value(cells[11]);
    const aliases: ParsedAlias[] = [];
    const countries: string[] = [];
    for (const part of remarks.split(';').map((p) => p.trim())) {
      const a = ALIAS.exec(part);
      if (a && a[2]!.trim()) aliases.push({ name: a[2]!.trim(), quality: a[1]!.toLowerCase() });
      const n = /^(?:alt\. )?(?:nationality|citizen)\s+(.+?)\.?$/i.exec(part);
      const code = n ? countryCode(n[1]!) : undefined;
      if (code) countries.push(code);
    }
    const flag = countryCode(value(cells[9]));
    if (flag) countries.push(flag);
    const t = value(cells[2]).toLowerCase();
    const type: PartyType = t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : 'entity';
    return {
      externalId,
      name,
      aliases,
      type,
      countries: dedupe(countries),
      programs: value(cells[3]).split('] [').map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      addresses: [],
      remarks: remarks || null,
      sourceList: null,
      line,
    };
  });
  return {
    list: { id: 'ofac-sdn', name: 'OFAC Specially Designated Nationals (SDN)' },
    publishedAt: opts.publishedAt ?? dateFromFileName(file),
    source: 'U.S. Department of the Treasury, OFAC: sdn.csv',
    entries,
    notes: truncationNote(table.truncatedAtLine),
  };
}
