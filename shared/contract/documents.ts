import { z } from 'zod';
import type { StoredDocument } from '../documents/types';
import { method } from './define';

export const documentsContract = {
  'documents.read': method<{ document: StoredDocument; base64: string }>()(
    'read',
    z.object({ documentId: z.number().int().positive() }),
    'The bytes of a stored document, checked against its SHA-256, to open or save.',
  ),
};
