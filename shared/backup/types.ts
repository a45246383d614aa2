/**
 * Workspace backups: one file holding a consistent copy of the database, every attachment and every
 * generated package, with a manifest of SHA-256 hashes (docs/backup.md). Plain data for the core,
 * the CLI and the UI.
 */

/** The one file extension of an ExportDesk backup, everywhere (CLI, menu, automatic backups). */
export const BACKUP_EXTENSION = '.edbackup';

/** Automatic backups kept in the workspace's backups/ folder unless the setting says otherwise. */
export const DEFAULT_AUTO_BACKUP_KEEP = 10;
export const MAX_AUTO_BACKUP_KEEP = 100;

/** Records counted in a backup's manifest, so a restore can be compared with what was backed up. */
export type BackupCounts = Record<string, number>;

export interface BackupResult {
  file: string;
  /** Bytes of the backup file. */
  size: number;
  /** SHA-256 of the whole backup file, as recorded in the audit log. */
  sha256: string;
  createdAt: string;
  schemaVersion: number;
  /** Files inside: the database, attachments and packages. */
  entries: number;
  attachments: number;
  packages: number;
  counts: BackupCounts;
  /** Problems found in the workspace while backing it up (an attachment missing or changed); the backup holds what was there. */
  warnings: string[];
  automatic: boolean;
}

export interface BackupFileInfo {
  name: string;
  path: string;
  size: number;
  modifiedAt: string;
  /** Made on close by the app (auto-…); only these are rotated. */
  automatic: boolean;
}

/** The last check of a backup file recorded in this workspace (backup.check), if it still describes the file. */
export interface BackupCheckStatus {
  status: 'intact' | 'refused';
  checkedAt: string;
  checkedBy: string;
  /** Why the file was refused, in the words the check used; null when intact. */
  problem: string | null;
}

export interface BackupListEntry extends BackupFileInfo {
  /** Null: not checked since the file was last written. */
  lastCheck: BackupCheckStatus | null;
  /** False for a backup this workspace wrote elsewhere (another disk), found through its audit row. */
  inBackupsFolder: boolean;
}

export interface BackupListing {
  folder: string;
  keep: number;
  backups: BackupListEntry[];
}

/** What backup.check found and recorded: the verification when intact, the reason it was refused when not. */
export interface BackupCheck {
  file: string;
  status: 'intact' | 'refused';
  checkedAt: string;
  problem: string | null;
  verification: BackupVerification | null;
}

export interface BackupSettings {
  /** Automatic backups kept on close; 0 turns automatic backups off. */
  autoBackupKeep: number;
}

/** What checking a backup file found: it is whole and every hash matches. */
export interface BackupVerification {
  file: string;
  size: number;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  workspace: string;
  entries: number;
  attachments: number;
  packages: number;
  counts: BackupCounts;
  /** PRAGMA integrity_check of the database inside. */
  integrity: 'ok';
  warnings: string[];
  /** The audit chain of the log inside, walked row by row: reported, not refused (a tampered log is evidence too). */
  auditChain: { ok: boolean; rowsChecked: number; firstBroken: { id: number; reason: string } | null };
}

export interface RestoreResult extends BackupVerification {
  /** The new workspace folder. */
  workspace: string;
  /** The source workspace the backup was made from. */
  restoredFrom: string;
}
