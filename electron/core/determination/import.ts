import type { FileSource } from '../../../shared/contract/controls';
import { AppError } from '../../../shared/errors';
import { decodeUtf8, parseJson, readSource } from '../files/read-source';
import type { HandlerContext } from '../registry';
import { looksLikeChartJson, parseChartJson } from './importers/chart-json';
import { looksLikeGroupsJson, parseGroupsJson } from './importers/groups-json';
import type { ParsedDestinations } from './parsed';
import { refuseDuplicateDestinations } from './snapshot-writer';

export interface PreparedDestinations {
  parsed: ParsedDestinations;
  fileName: string;
  fileSha256: string;
}

/** Reads, parses and checks a Country Chart or Country Groups file without writing anything. */
export async function prepareDestinationsImport(ctx: HandlerContext, source: FileSource): Promise<PreparedDestinations> {
  await ctx.progress('Reading the file', 0, 3);
  const file = readSource(source);
  refuseDuplicateDestinations(ctx.db, file.sha256, file.name);
  const text = decodeUtf8(file);
  const data = parseJson(text, file.name);
  await ctx.progress('Mapping destinations to ISO codes', 1, 3);
  let parsed: ParsedDestinations;
  // The chart has "columns" and "countries"; the groups file "groups": the shape says which it is.
  if (looksLikeChartJson(data)) parsed = parseChartJson(data, text, file.name);
  else if (looksLikeGroupsJson(data)) parsed = parseGroupsJson(data, text, file.name);
  else {
    throw new AppError(
      'BAD_FILE',
      `${file.name}: JSON of an unknown shape; expected the Commerce Country Chart (with "columns" and "countries") or the Country Groups (with "groups")`,
      { file: file.name, line: 1 },
    );
  }
  await ctx.progress('Writing the snapshot', 3, 3);
  return { parsed, fileName: file.name, fileSha256: file.sha256 };
}
