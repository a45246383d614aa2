/** Documents kept in the workspace attachments folder, attached to a party (later also items and applications). */

export const DOCUMENT_TYPES = ['end-user-statement', 'end-user-certificate', 'letter', 'registration-extract', 'datasheet', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'end-user-statement': 'End-user statement',
  'end-user-certificate': 'End-user certificate',
  letter: 'Letter',
  'registration-extract': 'Registration extract',
  datasheet: 'Datasheet',
  other: 'Other document',
};

export interface StoredDocument {
  id: number;
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
  /** Checked when listed: the file is gone from the workspace attachments folder. */
  missingOnDisk: boolean;
}

export const DOCUMENT_OWNER_TYPES = ['party', 'item', 'application'] as const;
export type DocumentOwnerType = (typeof DOCUMENT_OWNER_TYPES)[number];
