import path from 'node:path';
import { z } from 'zod';
import packageJson from '../../../package.json';
import { PACKAGES_DIR } from '../packages/package-files';
import { ATTACHMENTS_DIR, DB_FILE } from '../workspace';

/**
 * The backup file: an uncompressed POSIX tar (readable with any `tar` in an emergency) whose entries
 * come in this order:
 *
 *   exportdesk-backup.json   what the file is (format, version, app, time): checked first
 *   exportdesk.sqlite        the database, copied with SQLite's online backup
 *   attachments/<sha256>     every stored document the database refers to
 *   packages/...             the generated filing packages
 *   manifest.json            every entry above with its size and SHA-256, the schema version, record counts
 *   manifest.json.sha256     the manifest's own SHA-256: written last, so a file that has it is whole
 *
 * Not compressed: attachments are mostly PDFs and images that do not shrink, and speed matters
 * more on close than a smaller file.
 */
export const BACKUP_FORMAT = 'exportdesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const APP_VERSION: string = packageJson.version;

export const MARKER_ENTRY = 'exportdesk-backup.json';
export const MANIFEST_ENTRY = 'manifest.json';
export const MANIFEST_HASH_ENTRY = 'manifest.json.sha256';
export const DATABASE_ENTRY = DB_FILE;
export { PACKAGES_DIR };

/** Metadata entries are small; anything bigger is not one of ours. */
export const MAX_META_BYTES = 64 * 1024 * 1024;

export const markerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.string(),
});
export type BackupMarker = z.infer<typeof markerSchema>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256');
const entry = z.object({ path: z.string().min(1), size: z.number().int().min(0), sha256 });

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  /** PRAGMA user_version of the database inside. */
  schemaVersion: z.number().int().min(0),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The folder backed up. */
  workspace: z.string(),
  entries: z.array(entry),
  counts: z.record(z.string(), z.number().int()),
  /** The last audit row when the copy was taken: a restore shows the same. */
  auditHead: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
  /** Attachments the database names that were not in the workspace when it was backed up. */
  missingAttachments: z.array(sha256),
  /** Package files the database names that were not in the workspace. */
  missingPackages: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = BackupManifest['entries'][number];

export type EntryKind = 'database' | 'attachment' | 'package';

const ATTACHMENT = new RegExp(`^${ATTACHMENTS_DIR}/[0-9a-f]{64}$`);

/** The characters package file names are made of (packageRelativePath), and nothing a file system reads as a drive or stream. */
const PACKAGE_SEGMENT = /^[A-Za-z0-9._ -]+$/;

/**
 * What a content entry is, or null for a path no ExportDesk backup holds. Package paths are
 * checked segment by segment so no entry can point outside the folder it is restored into.
 */
export function entryKind(p: string): EntryKind | null {
  if (p === DATABASE_ENTRY) return 'database';
  if (ATTACHMENT.test(p)) return 'attachment';
  if (!p.startsWith(`${PACKAGES_DIR}/`) || p.length > 1000) return null;
  const segments = p.split('/');
  if (segments.some((s) => s === '.' || s === '..' || !PACKAGE_SEGMENT.test(s))) return null;
  return path.posix.normalize(p) === p ? 'package' : null;
}

/** Names a file being written is given until it is complete: never the name of a finished backup. */
export const PARTIAL_SUFFIX = '.partial';
