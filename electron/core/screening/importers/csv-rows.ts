import { CsvError } from 'csv-parse/sync';
import { AppError } from '../../../../shared/errors';
import { csvErrorLine, parseCsvRecords, unclosedQuote, type CsvRecord } from '../../files/csv-records';

export interface CsvTable {
  rows: CsvRow[];
  /** Set when an incomplete last row was left out (acceptTruncated). */
  truncatedAtLine?: number;
}

export type CsvRow = CsvRecord;

/** Parses CSV or TSV into rows with their line numbers; a syntax error names its line. */
export function csvRows(text: string, fileName: string, opts: { delimiter?: string; acceptTruncated?: boolean } = {}): CsvTable {
  const tail = unclosedQuote(text);
  if (tail) {
    if (!opts.acceptTruncated) {
      throw new AppError(
        'BAD_FILE',
        `${fileName}, line ${tail.line}: the last row is incomplete (a quote opened there is never closed), so the file looks truncated. ` +
          'Download it again, or import it choosing to leave out the incomplete last row (exportdesk lists import --accept-truncated).',
        { file: fileName, line: tail.line, field: 'acceptTruncated' },
      );
    }
    text = text.slice(0, tail.offset);
  }
  try {
    // Published lists run to many megabytes: the line a record ends on is kept, sparing the raw text.
    return { rows: parseCsvRecords(text, { delimiter: opts.delimiter ?? ',', lineAt: 'end' }), truncatedAtLine: tail?.line };
  } catch (e) {
    if (e instanceof CsvError) {
      const line = csvErrorLine(e);
      throw new AppError('BAD_FILE', `${fileName}${line ? `, line ${line}` : ''}: malformed ${opts.delimiter === '\t' ? 'tab-separated' : 'CSV'} text (${e.message})`, {
        file: fileName,
        line,
      });
    }
    throw e;
  }
}

/**
 * Checks every row has as many cells as the header names, for formats whose rows always do. A
 * short last row is what a download cut off between two cells leaves: refused as truncated, or left
 * out when the user accepts that (as a last row cut inside a quoted cell is); a short row anywhere
 * else is an error naming its line.
 */
export function requireFullRows(table: CsvTable, fileName: string, opts: { acceptTruncated?: boolean } = {}): CsvTable {
  const [header, ...body] = table.rows;
  if (!header) return table;
  const width = header.cells.length;
  const last = body.at(-1);
  for (const r of body) {
    if (r.cells.length >= width) continue;
    if (r !== last) {
      throw new AppError(
        'BAD_FILE',
        `${fileName}, line ${r.line}: the row has ${r.cells.length} cells but the header names ${width} columns (${header.cells.join(', ')}); a cell is missing.`,
        { file: fileName, line: r.line },
      );
    }
    if (!opts.acceptTruncated) {
      throw new AppError(
        'BAD_FILE',
        `${fileName}, line ${r.line}: the last row has ${r.cells.length} of the ${width} cells the header names, so the file looks truncated. ` +
          'Download it again, or import it choosing to leave out the incomplete last row (exportdesk lists import --accept-truncated).',
        { file: fileName, line: r.line, field: 'acceptTruncated' },
      );
    }
    return { rows: table.rows.slice(0, -1), truncatedAtLine: r.line };
  }
  return table;
}

/** Maps header names to column indexes, refusing a header that lacks any required column. */
export function headerIndex(header: string[], required: string[], fileName: string, line = 1): Map<string, number> {
  const idx = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = required.filter((c) => !idx.has(c));
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}, line ${line}: the header is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      { file: fileName, line, field: missing[0] },
    );
  }
  return idx;
}
