import type { Database } from 'better-sqlite3';
import type { DocumentOwnerType, DocumentType, StoredDocument } from '../../../shared/documents/types';
import { AppError } from '../../../shared/errors';
import { attachmentExists } from './attachments';

const SELECT = `SELECT id, owner_type AS ownerType, owner_id AS ownerId, doc_type AS docType, original_name AS originalName,
  mime, size, sha256, note, uploaded_at AS uploadedAt, uploaded_by AS uploadedBy FROM documents`;

type Row = Omit<StoredDocument, 'missingOnDisk'>;

function withDiskCheck(attachmentsDir: string, r: Row): StoredDocument {
  return { ...r, missingOnDisk: !attachmentExists(attachmentsDir, r.sha256) };
}

export function listDocuments(db: Database, attachmentsDir: string, ownerType: DocumentOwnerType, ownerId: number): StoredDocument[] {
  const rows = db.prepare(`${SELECT} WHERE owner_type = ? AND owner_id = ? ORDER BY id DESC`).all(ownerType, ownerId) as Row[];
  return rows.map((r) => withDiskCheck(attachmentsDir, r));
}

export function getDocument(db: Database, attachmentsDir: string, id: number): StoredDocument {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no document #${id} in this workspace`, { field: 'documentId' });
  return withDiskCheck(attachmentsDir, row);
}

export interface NewDocument {
  ownerType: DocumentOwnerType;
  ownerId: number;
  docType: DocumentType;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedAt: string;
  uploadedBy: string;
}

export function insertDocument(db: Database, d: NewDocument): number {
  const r = db
    .prepare(
      `INSERT INTO documents (owner_type, owner_id, doc_type, original_name, mime, size, sha256, note, uploaded_at, uploaded_by)
       VALUES (@ownerType, @ownerId, @docType, @originalName, @mime, @size, @sha256, @note, @uploadedAt, @uploadedBy)`,
    )
    .run(d);
  return Number(r.lastInsertRowid);
}

/** The same file already attached to the same record, if any. */
export function findAttached(db: Database, ownerType: DocumentOwnerType, ownerId: number, sha256: string): { id: number; originalName: string } | undefined {
  return db
    .prepare('SELECT id, original_name AS originalName FROM documents WHERE owner_type = ? AND owner_id = ? AND sha256 = ? LIMIT 1')
    .get(ownerType, ownerId, sha256) as { id: number; originalName: string } | undefined;
}
