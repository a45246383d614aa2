import { useState } from 'react';
import { DOCUMENT_ACCEPT } from '../../../shared/documents/accepted';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/types';
import type { Item } from '../../../shared/items/types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatBytes, openDocument, useRecordDocuments } from '../components/documents';
import { formatDateTime } from '../components/format';
import { useItems } from './store';

const ITEM_DOCUMENT_TYPES = ['datasheet', 'letter', 'other'] as const;

/** Datasheets and other documents of an item, stored in the workspace by the shared documents store. */
export function ItemDocuments({ item }: { item: Item }) {
  const refresh = useItems((s) => s.refresh);
  const { docs, listError, uploadError, setUploadError, file, setFile, busy, notice, input, attach } = useRecordDocuments(
    () => call('items.documents', { itemId: item.id }),
    [item.id, item.documentCount],
    refresh,
  );
  const [docType, setDocType] = useState<(typeof ITEM_DOCUMENT_TYPES)[number]>('datasheet');
  const error = uploadError ?? listError;
  const send = async (file: File) => call('items.attachDocument', { itemId: item.id, docType, source: await fileToSource(file) });

  return (
    <section className="item-documents" data-testid="item-documents">
      <form className="import-form" onSubmit={(e) => void attach(e, send)}>
        <label className="field">
          <span className="field-label">Document</span>
          <select value={docType} onChange={(e) => setDocType(e.target.value as typeof docType)} data-testid="item-document-type">
            {ITEM_DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">File (PDF, image, DOCX, ODT)</span>
          <input ref={input} type="file" accept={DOCUMENT_ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="item-document-file" />
        </label>
        <button type="submit" className="button primary" disabled={!file || busy} data-testid="item-document-attach">
          {busy ? 'Attaching…' : 'Attach'}
        </button>
      </form>
      <ErrorBox error={error} title="The document was not attached." testId="item-document-error" onDismiss={() => setUploadError(null)} />
      {notice && (
        <div className="notice success" role="status">
          {notice}
        </div>
      )}
      {docs && docs.length === 0 && <p className="empty">No documents yet. Datasheets show the technical parameters a classification relies on.</p>}
      {docs && docs.length > 0 && (
        <table className="data-table compact" data-testid="item-documents-table">
          <thead>
            <tr>
              <th>Document</th>
              <th>File</th>
              <th className="num">Size</th>
              <th>Uploaded</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} data-testid="item-document-row">
                <td>{DOCUMENT_TYPE_LABELS[d.docType]}</td>
                <td>
                  <button type="button" className="link-button" disabled={d.missingOnDisk} onClick={() => openDocument(d).catch(setUploadError)} title={`SHA-256 ${d.sha256}`}>
                    {d.originalName}
                  </button>
                  {d.missingOnDisk && <div className="error-text">The file is missing from the workspace attachments folder.</div>}
                </td>
                <td className="num nowrap">{formatBytes(d.size)}</td>
                <td className="nowrap">
                  {formatDateTime(d.uploadedAt)} · {d.uploadedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
