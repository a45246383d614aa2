/**
 * The one import entry point: detects what a file is and hands it to the importer that reads it.
 * Each importer keeps its own checks, progress and audit rows; this module only chooses.
 */
import type { FileSource } from '../../../shared/contract/controls';
import { AppError } from '../../../shared/errors';
import type { DetectedFile, ImportOutcome } from '../../../shared/imports/detected-file';
import { prepareControlImport, type PreparedImport } from '../control-lists/import';
import { getSnapshot } from '../control-lists/queries';
import { writeSnapshot } from '../control-lists/snapshot-writer';
import { prepareDestinationsImport, type PreparedDestinations } from '../determination/import';
import { getDestinationSnapshot } from '../determination/queries';
import { writeDestinationSnapshot } from '../determination/snapshot-writer';
import { readSource } from '../files/read-source';
import { redetermineForControlSnapshot, redetermineForDestinationSnapshot } from '../applications/redetermine';
import type { HandlerContext, Tx } from '../registry';
import { prepareListImport, type PreparedListImport } from '../screening/import';
import { getScreeningSnapshot } from '../screening/queries';
import { writeScreeningSnapshot } from '../screening/snapshot-writer';
import { detectImport } from './detect';

export interface AnyImportRequest {
  source: FileSource;
  /** Control lists: the version label (default: from the file). */
  versionLabel?: string;
  /** Control-list CSV and own screening lists: which list the version belongs to. */
  listId?: string;
  listName?: string;
  /** Control-list CSV: the date the list takes effect. */
  effectiveDate?: string;
  /** Screening lists: the publication date (default: from the file, else its name). */
  publishedAt?: string;
  /** Screening lists: leave out an incomplete last row instead of refusing the file. */
  acceptTruncated?: boolean;
}

export type PreparedAnyImport =
  | { kind: 'control-list'; label: string; prepared: PreparedImport }
  | { kind: 'screening-list'; label: string; prepared: PreparedListImport }
  | { kind: 'destinations'; label: string; prepared: PreparedDestinations };

/** What the file is, without importing it. */
export function detectSource(source: FileSource): DetectedFile {
  return detectImport(readSource(source));
}

/** Detects the file and runs the matching importer's read-and-check phase; writes nothing. */
export async function prepareAnyImport(ctx: HandlerContext, req: AnyImportRequest): Promise<PreparedAnyImport> {
  await ctx.progress('Recognising the file', 0, 4);
  const detected = detectSource(req.source);
  switch (detected.kind) {
    case 'control-list':
      return {
        kind: 'control-list',
        label: detected.label,
        prepared: await prepareControlImport(ctx, {
          source: req.source,
          format: detected.format,
          versionLabel: req.versionLabel,
          // Only a CSV names its list; the published lists carry their own identity.
          ...(detected.format === 'csv' ? { listId: req.listId, listName: req.listName, effectiveDate: req.effectiveDate } : {}),
        }),
      };
    case 'screening-list':
      return {
        kind: 'screening-list',
        label: detected.label,
        prepared: await prepareListImport(ctx, {
          source: req.source,
          format: detected.format,
          publishedAt: req.publishedAt,
          acceptTruncated: req.acceptTruncated,
          ...(detected.format === 'custom-csv' ? { listId: req.listId, listName: req.listName } : {}),
        }),
      };
    case 'destinations':
      return { kind: 'destinations', label: detected.label, prepared: await prepareDestinationsImport(ctx, req.source) };
    case 'elsewhere':
      throw new AppError('BAD_FILE', detected.message, { file: detected.fileName });
  }
}

/**
 * Writes what was prepared as its importer would, inside the caller's transaction; a new current
 * CCL, chart or groups version re-determines the open applications in the same transaction.
 */
export function commitAnyImport(tx: Tx, p: PreparedAnyImport): ImportOutcome {
  switch (p.kind) {
    case 'control-list': {
      const snapshot = getSnapshot(tx.db, writeSnapshot(tx, p.prepared));
      redetermineForControlSnapshot(tx, snapshot);
      return { kind: p.kind, label: p.label, snapshot };
    }
    case 'screening-list':
      return { kind: p.kind, label: p.label, snapshot: getScreeningSnapshot(tx.db, writeScreeningSnapshot(tx, p.prepared)) };
    case 'destinations': {
      const snapshot = getDestinationSnapshot(tx.db, writeDestinationSnapshot(tx, p.prepared));
      redetermineForDestinationSnapshot(tx, snapshot);
      return { kind: p.kind, label: p.label, snapshot };
    }
  }
}
