/**
 * Recognises every file ExportDesk imports from its content (file names vary by publisher and
 * download), so one entry point can route it to the importer that reads it. Nothing is written here.
 * The shape tests are the importers' own (looksLike*, detectListFormat), so a file routed here is
 * read exactly as the specific import would read it.
 */
import {
  CONTROL_LIST_LABELS,
  DESTINATION_LABELS,
  SCREENING_LIST_LABELS,
  readableFilesSentence,
  type DetectedFile,
} from '../../../shared/imports/detected-file';
import type { ControlListFormat } from '../../../shared/control-lists/types';
import type { DestinationListKind } from '../../../shared/determination/types';
import type { ScreeningListFormat } from '../../../shared/screening/list-types';
import { PARTY_CSV_COLUMNS } from '../../../shared/parties/csv-columns';
import { REQUIRED_ITEM_CSV_COLUMNS } from '../../../shared/items/csv-columns';
import { AppError, isAppError } from '../../../shared/errors';
import { looksLikeCclJson } from '../control-lists/importers/ccl-json';
import { looksLikeEuAnnexJson } from '../control-lists/importers/eu-annex-json';
import { looksLikeExchangeJson } from '../control-lists/importers/exchange-json';
import { looksLikeChartJson } from '../determination/importers/chart-json';
import { looksLikeGroupsJson } from '../determination/importers/groups-json';
import { detectListFormat } from '../screening/import';
import { decodeUtf8, parseJson, type SourceFile } from '../files/read-source';

/** A file that is no list ExportDesk reads: named, with what it can read. */
export function unreadableFile(fileName: string, why: string): AppError {
  return new AppError(
    'BAD_FILE',
    `${fileName} is not a file ExportDesk can import (${why}). ${readableFilesSentence()} A spreadsheet must be saved as CSV (UTF-8) first.`,
    { file: fileName },
  );
}

/** Detects what a file is; refuses, naming the file, anything no importer reads. */
export function detectImport(file: SourceFile): DetectedFile {
  const document = documentKind(file.bytes);
  if (document) throw unreadableFile(file.name, `it is ${document}`);
  if (looksBinary(file.bytes)) throw unreadableFile(file.name, 'it is not a text file');
  let text: string;
  try {
    text = decodeUtf8(file);
  } catch (e) {
    // A list saved in another encoding is still that list: say which byte to fix. Anything else is no list at all.
    const asLatin1 = file.bytes.toString('latin1');
    let known: DetectedFile | null = null;
    try {
      known = recognise(file.name, asLatin1);
    } catch {
      known = null;
    }
    if (known) throw e;
    throw unreadableFile(file.name, 'it is not UTF-8 text');
  }
  const found = recognise(file.name, text);
  if (!found) throw unreadableFile(file.name, whatItLooksLike(text));
  return found;
}

/** Documents users pick by mistake, told by their first bytes (a small PDF can be plain ASCII). */
function documentKind(bytes: Buffer): string | null {
  const starts = (sig: string) => bytes.subarray(0, sig.length).equals(Buffer.from(sig, 'latin1'));
  if (starts('%PDF-')) return 'a PDF document';
  if (starts('PK\x03\x04')) return 'a ZIP archive, or a workbook or document saved in an Office format';
  if (starts('\xd0\xcf\x11\xe0')) return 'an older Office workbook or document';
  if (starts('\x89PNG') || starts('\xff\xd8\xff') || starts('GIF8')) return 'an image';
  return null;
}

/** A NUL byte in the first 8 KB: a PDF, an image, a spreadsheet workbook, an archive. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function whatItLooksLike(text: string): string {
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'JSON of an unknown shape';
  if (head.startsWith('<')) return 'XML other than the UN consolidated list';
  return 'its first line matches none of the formats';
}

function recognise(fileName: string, text: string): DetectedFile | null {
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return recogniseJson(fileName, parseJson(text, fileName));
  if (head.startsWith('<')) {
    // The screening importer takes any XML for the UN list; here an unrelated XML file is refused instead.
    return /<CONSOLIDATED_LIST\b|<INDIVIDUALS\b|<ENTITIES\b/.test(head.slice(0, 4000)) ? screening(fileName, 'un-xml') : null;
  }
  try {
    const format = detectListFormat(fileName, head);
    if (format !== 'un-xml') return screening(fileName, format);
  } catch (e) {
    if (!isAppError(e)) throw e;
  }
  const header = csvHeader(head);
  // The control-list CSV importer names any missing column, so a header with the code and one of its other columns is routed to it.
  if (header.includes('code') && ['parent', 'title', 'text'].some((c) => header.includes(c))) return control(fileName, 'csv');
  if (header.includes('legal_name') && header.filter((h) => (PARTY_CSV_COLUMNS as readonly string[]).includes(h)).length >= 2) {
    return {
      kind: 'elsewhere',
      area: 'parties',
      fileName,
      label: 'Party spreadsheet (CSV)',
      message: `${fileName} is a party spreadsheet: import it from Parties ▸ Import CSV, where every row is checked and shown before anything is written.`,
    };
  }
  if ((REQUIRED_ITEM_CSV_COLUMNS as readonly string[]).every((c) => header.includes(c))) {
    return {
      kind: 'elsewhere',
      area: 'items',
      fileName,
      label: 'Item spreadsheet (CSV)',
      message: `${fileName} is an item spreadsheet: import it from Items ▸ Import CSV, where every row is checked and shown before anything is written.`,
    };
  }
  return null;
}

function recogniseJson(fileName: string, data: unknown): DetectedFile | null {
  if (looksLikeExchangeJson(data)) return control(fileName, 'exchange-json');
  if (looksLikeCclJson(data)) return control(fileName, 'ccl-json');
  if (looksLikeEuAnnexJson(data)) return control(fileName, 'eu-annex-json');
  if (looksLikeChartJson(data)) return destinations(fileName, 'country-chart');
  if (looksLikeGroupsJson(data)) return destinations(fileName, 'country-groups');
  if (isExceptionsCatalogue(data)) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is the catalogue of license exceptions (15 CFR Part 740): ExportDesk already carries these exceptions in its license determination and does not import this file. Import the Commerce Country Chart and the Country Groups files instead.`,
      { file: fileName },
    );
  }
  return null;
}

function isExceptionsCatalogue(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || !('exceptions' in data)) return false;
  const citation = (data as { citation?: unknown }).citation;
  return typeof citation === 'string' && /Part 740/.test(citation);
}

/** The first line's cells, lower-cased and unquoted: enough to tell the CSV formats apart. */
function csvHeader(text: string): string[] {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

const control = (fileName: string, format: ControlListFormat): DetectedFile => ({ kind: 'control-list', format, fileName, label: CONTROL_LIST_LABELS[format] });
const screening = (fileName: string, format: ScreeningListFormat): DetectedFile => ({ kind: 'screening-list', format, fileName, label: SCREENING_LIST_LABELS[format] });
const destinations = (fileName: string, format: DestinationListKind): DetectedFile => ({ kind: 'destinations', format, fileName, label: DESTINATION_LABELS[format] });
