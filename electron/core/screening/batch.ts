import type { Database } from 'better-sqlite3';
import { countryCode } from '../../../shared/countries';
import type { FileSource } from '../../../shared/contract/controls';
import type { BatchRowResult } from '../../../shared/screening/record-types';
import type { PartyType } from '../../../shared/screening/types';
import { AppError } from '../../../shared/errors';
import { decodeUtf8, readSource } from '../files/read-source';
import type { HandlerContext, Tx } from '../registry';
import { csvRows, headerIndex } from './importers/csv-rows';
import { matchSubject, type SubjectMatch } from './match';
import { batchRecords } from './record-queries';
import { writeScreening } from './record-writer';

interface BatchRow {
  row: number;
  line: number;
  id: string | null;
  name: string;
  country: string | null;
  type: PartyType | null;
}

export interface PreparedBatch {
  fileName: string;
  sha256: string;
  rows: (BatchRow & { match: SubjectMatch })[];
}

const TYPES = new Set(['individual', 'entity', 'vessel', 'aircraft', 'unknown']);

/** Every row is checked before any is screened: a bad row refuses the whole file, naming its line. */
export function parseBatchCsv(text: string, file: string): BatchRow[] {
  const { rows } = csvRows(text, file);
  if (rows.length === 0) throw new AppError('BAD_FILE', `${file}: the file is empty`, { file });
  const col = headerIndex(rows[0]!.cells, ['name'], file);
  const get = (cells: string[], c: string) => (col.has(c) ? (cells[col.get(c)!] ?? '').trim() : '');
  const width = rows[0]!.cells.length;
  const out = rows.slice(1).map(({ cells, line }, i): BatchRow => {
    // A row short of the header's columns is what a file cut off between two cells leaves: screening
    // what remains would clear a name that was never read whole.
    if (cells.length < width) {
      throw new AppError(
        'BAD_FILE',
        `${file}, line ${line}: the row has ${cells.length} of the ${width} cells the header names (${rows[0]!.cells.join(', ')}); a cell is missing, or the file was cut off`,
        { file, line },
      );
    }
    const name = get(cells, 'name');
    if (!name) throw new AppError('BAD_FILE', `${file}, line ${line}: the name is empty`, { file, line, field: 'name' });
    const rawCountry = get(cells, 'country');
    const country = rawCountry ? countryCode(rawCountry) : null;
    if (rawCountry && !country) throw new AppError('BAD_FILE', `${file}, line ${line}: country "${rawCountry}" is not a known country name or ISO code`, { file, line, field: 'country' });
    const type = get(cells, 'type').toLowerCase();
    if (type && !TYPES.has(type)) throw new AppError('BAD_FILE', `${file}, line ${line}: type "${type}" is not one of individual, entity, vessel, aircraft`, { file, line, field: 'type' });
    return { row: i + 1, line, id: get(cells, 'id') || null, name, country: country ?? null, type: (type || null) as PartyType | null };
  });
  if (out.length === 0) throw new AppError('BAD_FILE', `${file}: the file has a header but no names to screen`, { file });
  return out;
}

export async function prepareBatch(ctx: HandlerContext, source: FileSource, threshold: number): Promise<PreparedBatch> {
  await ctx.progress('Reading the file', 0, 1);
  const file = readSource(source);
  const rows = parseBatchCsv(decodeUtf8(file), file.name);
  const out: PreparedBatch['rows'] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out.push({ ...r, match: matchSubject(ctx.db, { names: [r.name], country: r.country, type: r.type }, threshold) });
    if (i % 200 === 0) await ctx.progress(`Screening names (${i + 1} of ${rows.length})`, i + 1, rows.length);
  }
  await ctx.progress('Recording the screenings', rows.length, rows.length);
  return { fileName: file.name, sha256: file.sha256, rows: out };
}

/**
 * Writes the batch and every row's screening in one transaction (all or none: a batch is one record).
 * The matching happened in prepareBatch and the records are read back afterwards (batchResults),
 * so the write lock is held only for the inserts: reading 100,000 records back inside the
 * transaction held it for seconds, and another window's write failed as "database is locked".
 */
export function commitBatch(tx: Tx, prepared: PreparedBatch): { batchId: number } {
  const batchId = Number(
    tx.db
      .prepare("INSERT INTO screening_batches (at, operator, kind, source, row_count) VALUES (?, ?, 'file', ?, ?)")
      .run(tx.at, tx.actor, `${prepared.fileName} (SHA-256 ${prepared.sha256})`, prepared.rows.length).lastInsertRowid,
  );
  for (const r of prepared.rows) {
    writeScreening(tx, { kind: 'batch-row', batchId, batchRow: r.row, batchRef: r.id, country: r.country, type: r.type }, r.match, false);
  }
  tx.audit({
    action: 'screening.batch',
    recordType: 'screening_batch',
    recordId: batchId,
    after: { file: prepared.fileName, sha256: prepared.sha256, rows: prepared.rows.length, rowsWithHits: prepared.rows.filter((r) => r.match.hits.length).length },
  });
  return { batchId };
}

/** The recorded rows of a batch with their hits, read after its commit. */
export function batchResults(db: Database, batchId: number): { batchId: number; rows: BatchRowResult[] } {
  const records = batchRecords(db, batchId);
  return {
    batchId,
    rows: records.map((s) => ({ row: s.batchRow!, id: s.batchRef, name: s.queryName, screeningId: s.id, hits: s.hits })),
  };
}
