import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';

/**
 * A spreadsheet saved as CSV, read into records that know the line they start on, so every
 * message can name the spreadsheet row. Comma, semicolon or tab, as the header line shows.
 */
export interface CsvRecord {
  cells: string[];
  /** The line of the file the record starts on (a quoted cell can span lines). */
  line: number;
}

interface RawRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  if (count(',') > 0) return ',';
  if (count(';') > 0) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}

/** csv-parse reports the line a record ends on; a multi-line quoted cell moves its start back. */
function startLine(r: RawRecord): number {
  const raw = r.raw.replace(/^[\r\n]+/, '');
  const newlines = (raw.match(/\n/g) ?? []).length - (raw.endsWith('\n') ? 1 : 0);
  return r.info.lines - Math.max(0, newlines);
}

/** The line of the record whose quote is never closed: quotes toggle, "" inside quotes is a quote. */
function openQuoteLine(text: string): number | undefined {
  let inQuote = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (inQuote && text.charCodeAt(i + 1) === 34) i++;
      else inQuote = !inQuote;
    } else if (c === 10) {
      line++;
      if (!inQuote) recordLine = line;
    }
  }
  return inQuote ? recordLine : undefined;
}

export function readCsvRecords(text: string, fileName: string): CsvRecord[] {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      raw: true,
    }) as unknown as RawRecord[];
    return records.map((r) => ({ cells: r.record, line: startLine(r) }));
  } catch (e) {
    if (e instanceof CsvError) {
      const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) : (e as CsvError & { lines?: number }).lines;
      const what =
        e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted cell is never closed'
          : e.code === 'INVALID_OPENING_QUOTE' || e.code === 'CSV_INVALID_CLOSING_QUOTE'
            ? 'a quote in the middle of a cell (write a quote inside a quoted cell as "")'
            : e.message;
      throw new AppError('BAD_FILE', `${fileName}${line ? `, line ${line}` : ''}: malformed CSV: ${what}. Nothing was imported.`, { file: fileName, line });
    }
    throw e;
  }
}
