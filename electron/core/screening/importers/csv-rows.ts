import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../../shared/errors';

export interface CsvRow {
  cells: string[];
  line: number;
}

/** Parses CSV or TSV into rows with their starting line numbers; a syntax error names its line. */
export function csvRows(text: string, fileName: string, opts: { delimiter?: string } = {}): CsvRow[] {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: opts.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines }));
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
