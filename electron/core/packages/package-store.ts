import type { Database } from 'better-sqlite3';
import type { PackageKind, PackageRecord, PackageSummary } from '../../../shared/packages/types';
import { AppError } from '../../../shared/errors';
import type { RenderedPackage } from './finish-package';

interface PackageRow {
  id: number;
  kind: PackageKind;
  application_id: number | null;
  item_id: number | null;
  year: number | null;
  title: string;
  reference: string;
  generated_at: string;
  generated_by: string;
  sha256: string;
  bytes: number;
  pages: number;
  relative_path: string;
  supersedes_id: number | null;
  sections_json: string;
  documents_json: string;
  snapshots_json: string;
  audit_head_id: number | null;
  audit_head_hash: string | null;
}

function toSummary(r: PackageRow): PackageSummary {
  return {
    id: r.id,
    kind: r.kind,
    applicationId: r.application_id,
    itemId: r.item_id,
    year: r.year,
    title: r.title,
    reference: r.reference,
    generatedAt: r.generated_at,
    generatedBy: r.generated_by,
    sha256: r.sha256,
    bytes: r.bytes,
    pages: r.pages,
    relativePath: r.relative_path,
    supersedesId: r.supersedes_id,
    auditHead: r.audit_head_id === null || r.audit_head_hash === null ? null : { id: r.audit_head_id, hash: r.audit_head_hash },
  };
}

function toRecord(r: PackageRow): PackageRecord {
  return { ...toSummary(r), sections: JSON.parse(r.sections_json), documents: JSON.parse(r.documents_json), snapshots: JSON.parse(r.snapshots_json) };
}

export function getPackage(db: Database, id: number): PackageRecord {
  const row = db.prepare('SELECT * FROM packages WHERE id = ?').get(id) as PackageRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no package #${id} in this workspace`, { field: 'id' });
  return toRecord(row);
}

export function listPackages(db: Database, f: { kind?: PackageKind; applicationId?: number; itemId?: number }): PackageSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.kind) (where.push('kind = ?'), params.push(f.kind));
  if (f.applicationId !== undefined) (where.push('application_id = ?'), params.push(f.applicationId));
  if (f.itemId !== undefined) (where.push('item_id = ?'), params.push(f.itemId));
  const rows = db.prepare(`SELECT * FROM packages ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY generated_at DESC, id DESC`).all(...params) as PackageRow[];
  return rows.map(toSummary);
}

/** Package records whose stored SHA-256 is this one, oldest first. */
export function packagesWithSha256(db: Database, sha256: string): PackageSummary[] {
  return (db.prepare('SELECT * FROM packages WHERE sha256 = ? ORDER BY id').all(sha256) as PackageRow[]).map(toSummary);
}

/** Package records made for a reference at a date: an altered copy of one still names both. */
export function packagesByReferenceAndDate(db: Database, reference: string, generatedAt: string): PackageSummary[] {
  return (db.prepare('SELECT * FROM packages WHERE reference = ? AND generated_at = ? ORDER BY id').all(reference, generatedAt) as PackageRow[]).map(toSummary);
}

export interface PackageSubject {
  kind: PackageKind;
  applicationId: number | null;
  itemId: number | null;
  year: number | null;
}

export function insertPackage(
  db: Database,
  id: number,
  subject: PackageSubject,
  p: RenderedPackage,
  meta: { generatedAt: string; generatedBy: string; relativePath: string; supersedesId: number | null },
): void {
  db.prepare(
    `INSERT INTO packages (id, kind, application_id, item_id, year, title, reference, generated_at, generated_by, sha256, bytes, pages, relative_path,
       supersedes_id, sections_json, documents_json, snapshots_json, audit_head_id, audit_head_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    subject.kind,
    subject.applicationId,
    subject.itemId,
    subject.year,
    p.title,
    p.reference,
    meta.generatedAt,
    meta.generatedBy,
    p.sha256,
    p.bytes.length,
    p.pages,
    meta.relativePath,
    meta.supersedesId,
    JSON.stringify(p.sections),
    JSON.stringify(p.documents),
    JSON.stringify(p.snapshots),
    p.auditHead?.id ?? null,
    p.auditHead?.hash ?? null,
  );
}

export function nextPackageId(db: Database): number {
  return (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM packages').get() as { id: number }).id;
}
