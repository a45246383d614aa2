import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../../shared/errors';

export interface CsvTable {
  rows: CsvRow[];
  /** Set when an incomplete last row was left out (acceptTruncated). */
  truncatedAtLine?: number;
}

export interface CsvRow {
  cells: string[];
  line: number;
}

/** Parses CSV or TSV into rows with their starting line numbers; a syntax error names its line. */
export function csvRows(text: string, fileName: string, opts: { delimiter?: string; acceptTruncated?: boolean } = {}): CsvTable {
  const tail = incompleteTail(text);
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
    const records = parse(text, {
      bom: true,
      delimiter: opts.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { rows: records.map((r) => ({ cells: r.record, line: r.info.lines })), truncatedAtLine: tail?.line };
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines;
      throw new AppError('BAD_FILE', `${fileName}${line ? `, line ${line}` : ''}: malformed ${opts.delimiter === '\t' ? 'tab-separated' : 'CSV'} text (${e.message})`, {
        file: fileName,
        line,
      });
    }
    throw e;
  }
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

/**
 * Where an unterminated last record starts (a download cut off mid-row), or undefined. Tracks
 * quoting the way CSV does: "" inside quotes is an escaped quote, newlines inside quotes are data.
 */
export function incompleteTail(text: string): { offset: number; line: number } | undefined {
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
