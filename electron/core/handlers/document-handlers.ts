import type { Database } from 'better-sqlite3';
import type { FileSource } from '../../../shared/contract/controls';
import type { DocumentOwnerType, DocumentType, StoredDocument } from '../../../shared/documents/types';
import { AppError } from '../../../shared/errors';
import { removeUnreferencedAttachment, storeAttachment } from '../documents/attachments';
import { findAttached, getDocument, insertDocument, listDocuments } from '../documents/queries';
import { readDocumentFile, type DocumentFile } from '../documents/read-document';
import type { HandlerContext, Tx } from '../registry';

/** A kind of record documents are attached to (a party, an item), as the handlers need it. */
export interface DocumentOwner<I> {
  ownerType: DocumentOwnerType;
  /** As in "already attached to this party". */
  noun: string;
  /** The audit action of an attachment, e.g. parties.attachDocument. */
  action: string;
  ownerId(input: I): number;
  /** Throws NOT_FOUND for an id that names no such record. */
  requireOwner(db: Database, id: number): void;
}

interface AttachInput {
  docType: DocumentType;
  source: FileSource;
  note?: string | null;
}

/** Stores a picked file in the attachments folder and attaches it to its record, once per file. */
export function attachDocumentHandler<I>(owner: DocumentOwner<I>) {
  return {
    prepare(ctx: HandlerContext, input: I & AttachInput): DocumentFile {
      owner.requireOwner(ctx.db, owner.ownerId(input));
      return readDocumentFile(input.source);
    },
    commit(tx: Tx, input: I & AttachInput, file: DocumentFile): { document: StoredDocument } {
      const ownerId = owner.ownerId(input);
      owner.requireOwner(tx.db, ownerId);
      const dir = tx.ctx.ws.attachmentsDir;
      const already = findAttached(tx.db, owner.ownerType, ownerId, file.sha256);
      if (already) {
        throw new AppError('DUPLICATE', `${file.name} is already attached to this ${owner.noun} (document #${already.id}, ${already.originalName}).`, {
          file: file.name,
          field: 'source',
        });
      }
      // The file goes in before its row, and comes out again if the row does not commit.
      if (storeAttachment(dir, file.sha256, file.bytes)) tx.onRollback(() => removeUnreferencedAttachment(tx.db, dir, file.sha256));
      const id = insertDocument(tx.db, {
        ownerType: owner.ownerType,
        ownerId,
        docType: input.docType,
        originalName: file.name,
        mime: file.mime,
        size: file.bytes.length,
        sha256: file.sha256,
        note: input.note ?? null,
        uploadedAt: tx.at,
        uploadedBy: tx.actor,
      });
      tx.audit({
        action: owner.action,
        recordType: owner.ownerType,
        recordId: ownerId,
        after: { documentId: id, docType: input.docType, originalName: file.name, mime: file.mime, size: file.bytes.length, sha256: file.sha256 },
      });
      return { document: getDocument(tx.db, dir, id) };
    },
  };
}

/** A record's documents, each checked on disk. */
export function documentsHandler<I>(owner: Pick<DocumentOwner<I>, 'ownerType' | 'ownerId' | 'requireOwner'>) {
  return {
    run(ctx: HandlerContext, input: I): StoredDocument[] {
      const ownerId = owner.ownerId(input);
      owner.requireOwner(ctx.db, ownerId);
      return listDocuments(ctx.db, ctx.ws.attachmentsDir, owner.ownerType, ownerId);
    },
  };
}
