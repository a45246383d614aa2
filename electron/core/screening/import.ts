import type { FileSource } from '../../../shared/contract/controls';
import type { ScreeningListFormat } from '../../../shared/screening/list-types';
import { AppError } from '../../../shared/errors';
import { decodeUtf8, readSource } from '../files/read-source';
import type { HandlerContext } from '../registry';
import { parseBisDplTxt } from './importers/bis-dpl-txt';
import { parseCslCsv } from './importers/csl-csv';
import { parseCustomListCsv } from './importers/custom-csv';
import { parseOfacSdnCsv } from './importers/ofac-sdn-csv';
import { parseUnXml } from './importers/un-xml';
import type { ParsedScreeningList, ScreeningImportOptions } from './parsed';
import { refuseDuplicateList, validateParsedList } from './snapshot-writer';

export interface PreparedListImport {
  parsed: ParsedScreeningList;
  fileName: string;
  sha256: string;
  format: ScreeningListFormat;
}

const PARSERS: Record<ScreeningListFormat, (text: string, o: ScreeningImportOptions) => ParsedScreeningList> = {
  'ofac-sdn-csv': parseOfacSdnCsv,
  'csl-csv': parseCslCsv,
  'un-xml': parseUnXml,
  'bis-dpl-txt': parseBisDplTxt,
  'custom-csv': parseCustomListCsv,
};

/** Reads, decodes, parses and validates a list file without writing anything. */
export async function prepareListImport(
  ctx: HandlerContext,
  req: Omit<ScreeningImportOptions, 'fileName'> & { source: FileSource; format?: ScreeningListFormat },
): Promise<PreparedListImport> {
  await ctx.progress('Reading the file', 0, 4);
  const file = readSource(req.source);
  refuseDuplicateList(ctx.db, file.sha256, file.name);
  await ctx.progress('Checking the text encoding', 1, 4);
  const text = decodeUtf8(file);
  const format = req.format ?? detectListFormat(file.name, text);
  await ctx.progress('Parsing entries', 2, 4);
  const parsed = PARSERS[format](text, { ...req, fileName: file.name });
  await ctx.progress(`Checking ${parsed.entries.length} entries`, 3, 4);
  validateParsedList(parsed, file.name);
  await ctx.progress(`Writing ${parsed.entries.length} entries`, 4, 4);
  return { parsed, fileName: file.name, sha256: file.sha256, format };
}

/** Recognises each publisher's format by its first bytes, since file names vary. */
export function detectListFormat(fileName: string, text: string): ScreeningListFormat {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('<')) return 'un-xml';
  const firstLine = head.split(/\r?\n/)[0] ?? '';
  if (/^_id,source,/.test(firstLine)) return 'csl-csv';
  if (/^"?Name"?\t"?Street_Address"?/i.test(firstLine)) return 'bis-dpl-txt';
  if (/^"?id"?,"?name"?,/i.test(firstLine)) return 'custom-csv';
  if (/^\d+,"/.test(firstLine)) return 'ofac-sdn-csv';
  throw new AppError(
    'BAD_FILE',
    `${fileName}, line 1: not a list format ExportDesk recognises (OFAC sdn.csv, trade.gov consolidated CSV, UN consolidated XML, BIS DPL text, or a custom CSV with id,name,aliases,type,country)`,
    { file: fileName, line: 1 },
  );
}
