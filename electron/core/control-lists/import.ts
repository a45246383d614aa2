import type { ControlListFormat } from '../../../shared/control-lists/types';
import type { FileSource } from '../../../shared/contract/controls';
import { AppError } from '../../../shared/errors';
import { decodeUtf8, parseJson, readSource } from '../files/read-source';
import type { HandlerContext } from '../registry';
import { looksLikeCclJson, parseCclJson } from './importers/ccl-json';
import { parseControlCsv } from './importers/csv';
import { looksLikeEuAnnexJson, parseEuAnnexJson } from './importers/eu-annex-json';
import { looksLikeExchangeJson, parseExchangeJson } from './importers/exchange-json';
import type { ImportOptions, ParsedSnapshot } from './parsed';
import { refuseDuplicate, validateParsed } from './snapshot-writer';

export interface PreparedImport {
  parsed: ParsedSnapshot;
  fileName: string;
  fileSha256: string;
  format: ControlListFormat;
}

export interface ImportRequest extends Omit<ImportOptions, 'fileName'> {
  source: FileSource;
  format?: ControlListFormat;
  maxBytes?: number;
}

/** Reads, decodes, parses and validates a control-list file without writing anything. */
export async function prepareControlImport(ctx: HandlerContext, req: ImportRequest): Promise<PreparedImport> {
  await ctx.progress('Reading the file', 0, 4);
  const file = readSource(req.source, req.maxBytes);
  // Refuse a file already imported before spending time parsing it.
  refuseDuplicate(ctx.db, file.sha256, file.name);
  await ctx.progress('Checking the text encoding', 1, 4);
  const text = decodeUtf8(file);
  const opts: ImportOptions = { ...req, fileName: file.name };
  const format = req.format ?? detectFormat(file.name, text);
  await ctx.progress('Parsing entries', 2, 4);
  let parsed: ParsedSnapshot;
  if (format === 'csv') {
    parsed = parseControlCsv(text, opts);
  } else {
    const data = parseJson(text, file.name);
    parsed =
      format === 'ccl-json'
        ? parseCclJson(data, text, opts)
        : format === 'eu-annex-json'
          ? parseEuAnnexJson(data, text, opts)
          : parseExchangeJson(data, text, opts);
  }
  await ctx.progress(`Checking ${parsed.entries.length} entries`, 3, 4);
  validateParsed(parsed, file.name);
  if (parsed.sourceSha256) refuseDuplicate(ctx.db, parsed.sourceSha256, file.name);
  await ctx.progress(`Writing ${parsed.entries.length} entries`, 4, 4);
  return { parsed, fileName: file.name, fileSha256: file.sha256, format };
}

/** Picks the format from the file's content when the user did not name one. */
export function detectFormat(fileName: string, text: string): ControlListFormat {
  const head = text.trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) {
    if (/\.csv$/i.test(fileName) || /^[^\n]*\bcode\b[^\n]*,/i.test(head)) return 'csv';
    throw new AppError('BAD_FILE', `${fileName}: not a control-list file ExportDesk knows (expected CCL JSON, EU Annex I JSON, exchange JSON or CSV)`, {
      file: fileName,
      line: 1,
    });
  }
  const data = parseJson(text, fileName);
  if (looksLikeExchangeJson(data)) return 'exchange-json';
  if (looksLikeCclJson(data)) return 'ccl-json';
  if (looksLikeEuAnnexJson(data)) return 'eu-annex-json';
  throw new AppError(
    'BAD_FILE',
    `${fileName}: JSON of an unknown shape; expected the US CCL JSON (with "ecfrIssueDate" and "entries"), the EU Annex I JSON (with "celex" and "entries") or an ExportDesk exchange file`,
    { file: fileName, line: 1 },
  );
}
