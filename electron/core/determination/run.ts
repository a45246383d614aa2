import type { Database } from 'better-sqlite3';
import { countryCode, isCountryCode } from '../../../shared/countries';
import { determine } from '../../../shared/determination/determine';
import { isEar99 } from '../../../shared/determination/ear99';
import { ukraineRegionCode } from '../../../shared/determination/regions';
import { splitClassification, within } from '../../../shared/determination/paragraphs';
import type { DeterminationRun } from '../../../shared/determination/types';
import { AppError } from '../../../shared/errors';
import { getEntry, getSnapshot } from '../control-lists/queries';
import { KIND_NAMES } from './parsed';
import { loadChart, loadGroups, snapshotFor } from './queries';

export interface DeterminationRequest {
  /** "5A002", "5A002.a.1" or "EAR99". */
  eccn: string;
  /** ISO 3166 alpha-2 code (a country name as the lists print it is accepted too). */
  destination: string;
  controlSnapshotId?: number;
  chartSnapshotId?: number;
  groupsSnapshotId?: number;
}

const CLASSIFICATION = /^[0-9][A-E][0-9]{3}(?:\.[a-z0-9]{1,3})*$/i;

export function destinationCode(raw: string): string {
  const t = raw.trim();
  const region = ukraineRegionCode(t);
  if (region) return region;
  const code = /^[A-Za-z]{2}$/.test(t) ? (isCountryCode(t.toUpperCase()) ? t.toUpperCase() : undefined) : countryCode(t);
  if (!code) {
    throw new AppError('INVALID_INPUT', `"${raw}" is not a destination ExportDesk knows: give its ISO 3166 two-letter code (DE for Germany, HK for Hong Kong), or UA-43 (Crimea), UA-40 (Sevastopol), UA-14 (DNR) or UA-09 (LNR) for the regions of Ukraine under § 746.6`, {
      field: 'destination',
    });
  }
  return code;
}

/** The US CCL snapshot to read: the one named (it must be a US CCL), else the current one. */
function cclSnapshot(db: Database, id?: number) {
  if (id !== undefined) {
    const s = getSnapshot(db, id);
    if (s.listKind !== 'us-ccl') {
      throw new AppError('INVALID_INPUT', `Snapshot #${id} is ${s.listName}, not the US Commerce Control List`, { field: 'controlSnapshotId' });
    }
    return s;
  }
  const row = db
    .prepare(`SELECT current_snapshot_id AS snapshotId FROM control_lists WHERE kind = 'us-ccl' AND current_snapshot_id IS NOT NULL ORDER BY control_lists.id LIMIT 1`)
    .get() as { snapshotId: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No US Commerce Control List has been imported yet: import one with "exportdesk controls import FILE"', { field: 'eccn' });
  return getSnapshot(db, row.snapshotId);
}

export function runDetermination(db: Database, req: DeterminationRequest): DeterminationRun {
  const destination = destinationCode(req.destination);
  const raw = req.eccn.trim();
  const ear99 = isEar99(raw);
  if (!ear99 && !CLASSIFICATION.test(raw)) {
    throw new AppError('INVALID_INPUT', `"${req.eccn}" is not an ECCN (like 5A002 or 5A002.a.1) or EAR99`, { field: 'eccn' });
  }
  const chartSnap = snapshotFor(db, 'country-chart', req.chartSnapshotId);
  const groupsSnap = snapshotFor(db, 'country-groups', req.groupsSnapshotId);

  const notes: string[] = [];
  let entry = null;
  let controlList: DeterminationRun['sources']['controlList'] = null;
  let eccn = 'EAR99';
  let paragraph: string | null = null;
  if (!ear99) {
    ({ eccn, paragraph } = splitClassification(raw));
    const snap = cclSnapshot(db, req.controlSnapshotId);
    entry = getEntry(db, eccn, snap.id);
    controlList = { snapshotId: snap.id, label: `${snap.listName} ${snap.versionLabel}`, sha256: snap.sha256 };
    const codes = entry.paragraphs.map((p) => p.code).filter((c): c is string => c !== null);
    if (paragraph && codes.length && !codes.some((c) => within(c, paragraph!))) {
      notes.push(
        `${paragraph} is not among the paragraphs this snapshot holds for ${eccn} (its paragraph list can be incomplete); the rows were read against the code as given.`,
      );
    } else if (paragraph && !codes.length) {
      notes.push(`This snapshot holds no paragraph text for ${eccn}; ${paragraph} was taken as given.`);
    }
  }

  const result = determine({
    eccn,
    paragraph,
    entry,
    destination,
    chart: loadChart(db, chartSnap),
    groups: loadGroups(db, groupsSnap),
  });
  return {
    ...result,
    notes: [...result.notes, ...notes],
    sources: {
      controlList,
      chart: { snapshotId: chartSnap.id, label: `${KIND_NAMES['country-chart']} ${chartSnap.versionLabel}`, sha256: chartSnap.sha256 },
      groups: { snapshotId: groupsSnap.id, label: `${KIND_NAMES['country-groups']} ${groupsSnap.versionLabel}`, sha256: groupsSnap.sha256 },
    },
  };
}
