/**
 * A filing package: one generated PDF and the record that proves what it was made from.
 * The PDF's bytes are a pure function of the records and of `generatedAt` (printed in it), so
 * re-rendering a package record reproduces the same SHA-256 (issue 6: deterministic packages).
 */
export const PACKAGE_KINDS = ['application', 'classification-request', 'encryption-report'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface PackageSection {
  title: string;
  /** 1-based page where the section starts in the final PDF. */
  page: number;
}

export interface PackageDocumentEntry {
  /** The stored document's id, or null for a generated part (the encryption report CSV). */
  documentId: number | null;
  title: string;
  fileName: string;
  mime: string;
  sha256: string;
  bytes: number;
  /** Pages the document occupies in the package (appended PDF or embedded image); null when only listed. */
  firstPage: number | null;
  lastPage: number | null;
}

export interface PackageRecord {
  id: number;
  kind: PackageKind;
  /** The record the package was made for: an application, an item (classification request) or a year. */
  applicationId: number | null;
  itemId: number | null;
  year: number | null;
  title: string;
  /** The reference printed in the running header. */
  reference: string;
  /** The date printed in the package; re-rendering uses it, never the clock. */
  generatedAt: string;
  generatedBy: string;
  sha256: string;
  bytes: number;
  pages: number;
  /** The PDF inside the workspace folder, relative to it (packages/…). */
  relativePath: string;
  /** The package this one regenerated, when it did. */
  supersedesId: number | null;
  /** The audit log's newest row when the package was made, also written into the PDF; null for packages made before it was recorded. */
  auditHead: { id: number; hash: string } | null;
  sections: PackageSection[];
  documents: PackageDocumentEntry[];
  /** Snapshot versions the package quoted (control list, screening lists, country chart), as printed on the cover. */
  snapshots: { kind: string; name: string; version: string }[];
}

export type PackageSummary = Omit<PackageRecord, 'sections' | 'documents' | 'snapshots'>;

export interface PackageVerification {
  sha256: string;
  bytes: number;
  /** The package record whose stored SHA-256 equals the file's, or null when none does. */
  match: PackageSummary | null;
  message: string;
}
