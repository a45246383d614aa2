import { CsvError, parse } from 'csv-parse/sync';
import { isEntryCode, normalizeCode } from '../../../../shared/control-lists/codes';
import { AppError } from '../../../../shared/errors';
import { splitReasons, type ImportOptions, type ParsedEntry, type ParsedSnapshot } from '../parsed';

/**
 * A spreadsheet-made list: `code,parent,title,text` and optionally `kind,reasons`. A row with an
 * empty parent is an entry (title = heading); any other row is a paragraph under its parent.
 */
const REQUIRED = ['code', 'parent', 'title', 'text'] as const;

export function parseControlCsv(text: string, opts: ImportOptions): ParsedSnapshot {
  const file = opts.fileName;
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) {
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
        // csv-parse reports the line where the file ended; the user needs the line the quote opened on.
        const line = unclosedQuoteLine(text);
        throw new AppError('BAD_FILE', `${file}, line ${line}: malformed CSV (a quote opened on this line is never closed)`, { file, line });
      }
      const line = (e as CsvError & { lines?: number }).lines;
      throw new AppError('BAD_FILE', `${file}${line ? `, line ${line}` : ''}: malformed CSV (${e.message.replace(/^Invalid Record Length: /, '')})`, {
        file,
        line,
      });
    }
    throw e;
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `${file}, line 1: the header is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected at least ${REQUIRED.join(',')})`,
      { file, line: 1, field: missing[0] },
    );
  }
  const col = (name: string) => header.indexOf(name);
  const [cCode, cParent, cTitle, cText, cKind, cReasons] = ['code', 'parent', 'title', 'text', 'kind', 'reasons'].map(col);

  const entries = new Map<string, ParsedEntry>();
  const depthOf = new Map<string, { entry: ParsedEntry; depth: number; line: number }>();
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const where = `${file}, line ${line}`;
    const raw = r[cCode!] ?? '';
    if (!raw) throw new AppError('BAD_FILE', `${where}: the code is empty`, { file, line, field: 'code' });
    const code = normalizeCode(raw);
    const parentRaw = r[cParent!] ?? '';
    const title = r[cTitle!] ?? '';
    const body = r[cText!] ?? '';
    const first = depthOf.get(code);
    if (first) {
      throw new AppError('BAD_FILE', `${where}: duplicate code ${code} (first on line ${first.line})`, { file, line, field: 'code' });
    }
    if (!parentRaw) {
      if (!title && !body) throw new AppError('BAD_FILE', `${where}: entry ${code} has neither a title nor text`, { file, line, field: 'title' });
      const entry: ParsedEntry = {
        code,
        category: isEntryCode(code) ? code.slice(0, 1) : '',
        productGroup: isEntryCode(code) ? code.slice(1, 2) : '',
        heading: title || body,
        reasonsText: cReasons! >= 0 ? r[cReasons!] || null : null,
        reasons: cReasons! >= 0 ? splitReasons(r[cReasons!]) : [],
        chartRows: [],
        licenseExceptions: [],
        relatedControls: null,
        paragraphs: title && body ? [{ code: null, label: null, kind: 'text', depth: 0, text: body }] : [],
        location: `line ${line} (${code})`,
        line,
      };
      entries.set(code, entry);
      depthOf.set(code, { entry, depth: 0, line });
      return;
    }
    const parent = depthOf.get(normalizeCode(parentRaw));
    if (!parent) {
      throw new AppError('BAD_FILE', `${where}: parent ${parentRaw} of ${code} is not defined on an earlier line`, {
        file,
        line,
        field: 'parent',
      });
    }
    const kindRaw = cKind! >= 0 ? (r[cKind!] ?? '').toLowerCase() : '';
    if (kindRaw && !['item', 'note', 'text'].includes(kindRaw)) {
      throw new AppError('BAD_FILE', `${where}: kind "${kindRaw}" is not one of item, note, text`, { file, line, field: 'kind' });
    }
    const kind = (kindRaw || 'item') as 'item' | 'note' | 'text';
    const text = [title, body].filter(Boolean).join(' ');
    if (!text) throw new AppError('BAD_FILE', `${where}: paragraph ${code} has no text`, { file, line, field: 'text' });
    const depth = parent.depth + 1;
    const entryCode = parent.entry.code;
    parent.entry.paragraphs.push({
      code: kind === 'item' ? code : null,
      label: code.startsWith(`${entryCode}.`) ? code.slice(entryCode.length + 1) : code,
      kind,
      depth,
      text,
    });
    depthOf.set(code, { entry: parent.entry, depth, line });
  });

  const listId = opts.listId ?? 'custom';
  return {
    list: { id: listId, name: opts.listName ?? (listId === 'custom' ? 'Custom list' : listId), kind: 'custom' },
    versionLabel: opts.versionLabel ?? file.replace(/\.csv$/i, ''),
    effectiveDate: opts.effectiveDate ?? null,
    sourceUrl: opts.sourceUrl ?? null,
    retrievedAt: null,
    attribution: null,
    citation: null,
    entries: [...entries.values()],
    documents: [],
  };
}

/** The 1-based line of the last quote that opens a field and is never closed ("" inside quotes is an escaped quote). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (!inQuote) {
        inQuote = true;
        openedOn = line;
      } else if (text[i + 1] === '"') i++;
      else inQuote = false;
    }
  }
  return openedOn;
}
