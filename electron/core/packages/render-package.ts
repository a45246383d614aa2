import type { Database } from 'better-sqlite3';
import type { PackageRecord } from '../../../shared/packages/types';
import { sha256Hex } from '../store/hash';
import { applicationPackageData, type ApplicationPackageData } from './application-data';
import type { RenderOptions, RenderedPackage } from './finish-package';
import type { PackageSubject } from './package-store';
import { renderApplicationPackage } from './render-application';
import { classificationPackageData, renderClassificationPackage, type ClassificationPackageData } from './render-classification';
import { encryptionReportPackageData, renderEncryptionReportPackage, type EncryptionReportPackageData } from './render-encryption-report';

export type PackageRequest = { kind: 'application'; applicationId: number } | { kind: 'classification-request'; itemId: number } | { kind: 'encryption-report'; year: number };

/** Everything a package prints, read from the workspace: rendering reads nothing else but the supporting files. */
export type PackageData =
  | { kind: 'application'; data: ApplicationPackageData }
  | { kind: 'classification-request'; data: ClassificationPackageData }
  | { kind: 'encryption-report'; data: EncryptionReportPackageData };

export function subjectOf(r: PackageRequest): PackageSubject {
  return {
    kind: r.kind,
    applicationId: r.kind === 'application' ? r.applicationId : null,
    itemId: r.kind === 'classification-request' ? r.itemId : null,
    year: r.kind === 'encryption-report' ? r.year : null,
  };
}

/** What to render again for a stored package. */
export function requestOf(p: Pick<PackageRecord, 'kind' | 'applicationId' | 'itemId' | 'year'>): PackageRequest {
  if (p.kind === 'application') return { kind: 'application', applicationId: p.applicationId! };
  if (p.kind === 'classification-request') return { kind: 'classification-request', itemId: p.itemId! };
  return { kind: 'encryption-report', year: p.year! };
}

/** `day` is the package's own date: what "overdue" and the like are judged against. */
export function packageData(db: Database, attachmentsDir: string, r: PackageRequest, day: string): PackageData {
  if (r.kind === 'application') return { kind: r.kind, data: applicationPackageData(db, attachmentsDir, r.applicationId, day) };
  if (r.kind === 'classification-request') return { kind: r.kind, data: classificationPackageData(db, attachmentsDir, r.itemId) };
  return { kind: r.kind, data: encryptionReportPackageData(db, r.year) };
}

/**
 * A fingerprint of what a package would print. Taken when the package is rendered and again when it
 * is recorded: a record changed in between (another window, the command line) would leave a package
 * that shows neither state, so it is refused.
 */
export function dataFingerprint(d: PackageData): string {
  return sha256Hex(JSON.stringify(d));
}

export function renderData(d: PackageData, attachmentsDir: string, opts: RenderOptions): Promise<RenderedPackage> {
  if (d.kind === 'application') return renderApplicationPackage(d.data, attachmentsDir, opts);
  if (d.kind === 'classification-request') return renderClassificationPackage(d.data, attachmentsDir, opts);
  return renderEncryptionReportPackage(d.data, opts);
}

/** Reads the records and renders them: a pure function of the records and of `opts.generatedAt`. */
export function renderPackage(db: Database, attachmentsDir: string, r: PackageRequest, opts: RenderOptions): Promise<RenderedPackage> {
  return renderData(packageData(db, attachmentsDir, r, opts.generatedAt.slice(0, 10)), attachmentsDir, opts);
}
