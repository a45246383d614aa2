import { AppError } from '../../../shared/errors';
import { readAttachment } from '../documents/attachments';
import { getDocument } from '../documents/queries';
import type { HandlerMap } from '../registry';

export const documentHandlers: HandlerMap<'documents.read'> = {
  'documents.read': {
    run(ctx, input) {
      const document = getDocument(ctx.db, ctx.ws.attachmentsDir, input.documentId);
      const file = readAttachment(ctx.ws.attachmentsDir, document.sha256);
      if (!file.ok) {
        throw file.problem === 'missing'
          ? new AppError(
              'NOT_FOUND',
              `The file of document #${document.id} (${document.originalName}) is missing from the workspace attachments folder. Restore attachments/${document.sha256} from a backup, or attach the document again.`,
              { field: 'documentId' },
            )
          : new AppError(
              'BAD_FILE',
              `The file of document #${document.id} (${document.originalName}) has been changed on disk: it no longer matches the SHA-256 recorded when it was attached. Restore the original from a backup.`,
              { field: 'documentId' },
            );
      }
      return { document, base64: file.bytes.toString('base64') };
    },
  },
};
