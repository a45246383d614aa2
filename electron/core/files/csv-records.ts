import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';

/** One CSV record and the line of the file that messages about it should name. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

export interface CsvParseOptions {
  delimiter: string;
  /** Also drop records whose cells are all empty (a spreadsheet's trailing ",,,," rows). */
  skipBlankRecords?: boolean;
  /**
   * csv-parse reports the line a record ends on. 'start' moves that back over a quoted cell's
   * newlines, so a spreadsheet row is named where it begins; it keeps each record's raw text to
   * do so, which list imports of many megabytes are spared by keeping 'end'.
   */
  lineAt: 'start' | 'end';
}

interface RawRecord {
  record: string[];
  info: { lines: number };
  raw?: string;
}

/** The csv-parse reading every importer shares; a syntax fault is thrown as csv-parse's CsvError. */
export function parseCsvRecords(text: string, opts: CsvParseOptions): CsvRecord[] {
  const records = parse(text, {
    bom: true,
    delimiter: opts.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: opts.skipBlankRecords ?? false,
    info: true,
    raw: opts.lineAt === 'start',
  }) as unknown as RawRecord[];
  return records.map((r) => ({ cells: r.record, line: opts.lineAt === 'start' ? startLine(r) : r.info.lines }));
}

function startLine(r: RawRecord): number {
  const raw = (r.raw ?? '').replace(/^[\r\n]+/, '');
  const newlines = (raw.match(/\n/g) ?? []).length - (raw.endsWith('\n') ? 1 : 0);
  return r.info.lines - Math.max(0, newlines);
}

/** The line csv-parse gave up on, when it says. */
export function csvErrorLine(e: CsvError): number | undefined {
  return (e as CsvError & { lines?: number }).lines;
}

/**
 * Where an unterminated last record starts (a quote never closed, as in a download cut off
 * mid-row), or undefined. Tracks quoting the way CSV does: "" inside quotes is an escaped quote,
 * newlines inside quotes are data.
 */
export function unclosedQuote(text: string): { offset: number; line: number } | undefined {
  let inQuote = false;
  let line = 1;
  let recordStart = 0;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (inQuote && text.charCodeAt(i + 1) === 34) i++;
      else inQuote = !inQuote;
    } else if (c === 10) {
      line++;
      if (!inQuote) {
        recordStart = i + 1;
        recordLine = line;
      }
    }
  }
  return inQuote ? { offset: recordStart, line: recordLine } : undefined;
}

/** Comma, or the semicolon and tab some spreadsheet programs save with, as the header line shows. */
function spreadsheetDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  if (count(',') > 0) return ',';
  if (count(';') > 0) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}

/**
 * A spreadsheet the user saved as CSV (parties, items), read into records that know the row they
 * start on, so every message can name the spreadsheet row.
 */
export function readSpreadsheetCsv(text: string, fileName: string): CsvRecord[] {
  try {
    return parseCsvRecords(text, { delimiter: spreadsheetDelimiter(text), skipBlankRecords: true, lineAt: 'start' });
  } catch (e) {
    if (e instanceof CsvError) {
      // csv-parse reports where it gave up (the end of the file for an open quote); the user needs
      // the row where the quote was opened.
      const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text)?.line : csvErrorLine(e);
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
