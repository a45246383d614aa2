import type { Database } from 'better-sqlite3';
import type {
  ChartDestination,
  CountryChart,
  CountryGroups,
  DestinationListKind,
  DestinationSnapshot,
  GroupMember,
} from '../../../shared/determination/types';
import { AppError } from '../../../shared/errors';
import { KIND_NAMES, type ChartMeta, type GroupsMeta } from './parsed';

const SNAPSHOT_SELECT = `
  SELECT s.id, s.kind, s.version_label AS versionLabel, s.issue_date AS issueDate, s.source_url AS sourceUrl,
         s.source_file_name AS sourceFileName, s.retrieved_at AS retrievedAt, s.citation, s.sha256,
         s.imported_at AS importedAt, s.imported_by AS importedBy, s.destination_count AS destinationCount,
         (l.current_snapshot_id = s.id) AS isCurrent
  FROM destination_snapshots s LEFT JOIN destination_lists l ON l.kind = s.kind`;

type SnapshotRow = Omit<DestinationSnapshot, 'isCurrent'> & { isCurrent: number | null };

function toSnapshot(r: SnapshotRow): DestinationSnapshot {
  return { ...r, isCurrent: Boolean(r.isCurrent) };
}

export function getDestinationSnapshot(db: Database, id: number): DestinationSnapshot {
  const row = db.prepare(`${SNAPSHOT_SELECT} WHERE s.id = ?`).get(id) as SnapshotRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no Country Chart or Country Groups snapshot #${id} in this workspace`, { field: 'snapshotId' });
  return toSnapshot(row);
}

export function listDestinationSnapshots(db: Database, kind?: DestinationListKind): DestinationSnapshot[] {
  const rows = (
    kind
      ? db.prepare(`${SNAPSHOT_SELECT} WHERE s.kind = ? ORDER BY s.issue_date DESC, s.id DESC`).all(kind)
      : db.prepare(`${SNAPSHOT_SELECT} ORDER BY s.kind, s.issue_date DESC, s.id DESC`).all()
  ) as SnapshotRow[];
  return rows.map(toSnapshot);
}

export function currentDestinationSnapshotId(db: Database, kind: DestinationListKind): number | null {
  const row = db.prepare('SELECT current_snapshot_id AS id FROM destination_lists WHERE kind = ?').get(kind) as { id: number } | undefined;
  return row?.id ?? null;
}

/** A snapshot of the given kind: the one named, else the current one; refuses with what to import. */
export function snapshotFor(db: Database, kind: DestinationListKind, id?: number): DestinationSnapshot {
  if (id !== undefined) {
    const s = getDestinationSnapshot(db, id);
    if (s.kind !== kind) throw new AppError('INVALID_INPUT', `Snapshot #${id} is a ${KIND_NAMES[s.kind]}, not a ${KIND_NAMES[kind]}`, { field: 'snapshotId' });
    return s;
  }
  const current = currentDestinationSnapshotId(db, kind);
  if (current === null) {
    throw new AppError('NOT_FOUND', `No ${KIND_NAMES[kind]} has been imported yet: import one with "exportdesk destinations import FILE"`, {
      field: kind === 'country-chart' ? 'chartSnapshotId' : 'groupsSnapshotId',
    });
  }
  return getDestinationSnapshot(db, current);
}

function meta<T>(db: Database, id: number): T {
  const row = db.prepare('SELECT meta_json FROM destination_snapshots WHERE id = ?').get(id) as { meta_json: string };
  return JSON.parse(row.meta_json) as T;
}

export function loadChart(db: Database, s: DestinationSnapshot): CountryChart {
  const m = meta<ChartMeta>(db, s.id);
  const rows = db
    .prepare(
      `SELECT code, name, kind, marks_json, footnotes_json, embargo_pointer, inherits_code, inherits_basis
       FROM chart_destinations WHERE snapshot_id = ? ORDER BY code`,
    )
    .all(s.id) as {
    code: string;
    name: string;
    kind: ChartDestination['kind'];
    marks_json: string;
    footnotes_json: string;
    embargo_pointer: string | null;
    inherits_code: string | null;
    inherits_basis: string | null;
  }[];
  const destinations: Record<string, ChartDestination> = {};
  for (const r of rows) {
    destinations[r.code] = {
      code: r.code,
      name: r.name,
      kind: r.kind,
      marks: JSON.parse(r.marks_json) as string[],
      footnotes: JSON.parse(r.footnotes_json) as number[],
      embargoPointer: r.embargo_pointer,
      inheritsFrom: r.inherits_code,
      inheritanceBasis: r.inherits_basis,
    };
  }
  return {
    label: `${KIND_NAMES['country-chart']} ${s.versionLabel}`,
    issueDate: s.issueDate,
    columns: m.columns,
    columnLabels: m.columnLabels,
    footnotes: m.footnotes,
    destinations,
    names: m.names,
    allDestinations: m.allDestinations,
  };
}

export function loadGroups(db: Database, s: DestinationSnapshot): CountryGroups {
  const m = meta<GroupsMeta>(db, s.id);
  const rows = db
    .prepare('SELECT code, name, groups_json, inherits_code, inherits_basis FROM group_memberships WHERE snapshot_id = ? ORDER BY code')
    .all(s.id) as { code: string; name: string; groups_json: string; inherits_code: string | null; inherits_basis: string | null }[];
  const members: Record<string, GroupMember> = {};
  for (const r of rows) {
    members[r.code] = {
      code: r.code,
      name: r.name,
      groups: JSON.parse(r.groups_json) as string[],
      inheritsFrom: r.inherits_code,
      inheritanceBasis: r.inherits_basis,
    };
  }
  return { label: `${KIND_NAMES['country-groups']} ${s.versionLabel}`, issueDate: s.issueDate, groupNames: m.groupNames, labels: m.labels, members, notes: m.notes };
}

/** What the audit log keeps of a snapshot: its identity, not its rows. */
export function destinationSnapshotForAudit(s: DestinationSnapshot) {
  const { isCurrent: _ignored, ...rest } = s;
  return rest;
}
