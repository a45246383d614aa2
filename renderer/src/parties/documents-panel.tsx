import { useState } from 'react';
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, MAX_IMAGE_PIXELS } from '../../../shared/documents/accepted';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType, type StoredDocument } from '../../../shared/documents/types';
import type { Party } from '../../../shared/parties/types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatBytes, openDocument, useRecordDocuments } from '../components/documents';
import { formatDateTime } from '../components/format';
import { useParties } from './store';

export function DocumentsPanel({ party }: { party: Party }) {
  const refresh = useParties((s) => s.refresh);
  const { docs, listError, uploadError, setUploadError, file, setFile, busy, notice, input, attach } = useRecordDocuments(
    () => call('parties.documents', { partyId: party.id }),
    [party.id, party.documentCount],
    refresh,
  );
  const [docType, setDocType] = useState<DocumentType>('end-user-statement');
  const [note, setNote] = useState('');

  async function send(file: File) {
    const attached = await call('parties.attachDocument', { partyId: party.id, docType, source: await fileToSource(file), note: note.trim() || null });
    setNote('');
    return attached;
  }

  return (
    <section className="party-documents" data-testid="documents-panel">
      <form className="import-form document-form" onSubmit={(e) => void attach(e, send)}>
        <label className="field">
          <span className="field-label">Document</span>
          <select value={docType} onChange={(e) => setDocType(e.target.value as DocumentType)} data-testid="document-type">
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-file">
          <span className="field-label">File (PDF, image, DOCX, ODT; up to {formatBytes(MAX_DOCUMENT_BYTES)}, images up to {MAX_IMAGE_PIXELS / 1_000_000} megapixels)</span>
          <input ref={input} type="file" accept={DOCUMENT_ACCEPT} data-testid="document-file" disabled={busy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label className="field">
          <span className="field-label">Note (optional)</span>
          <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="document-note" />
        </label>
        <button type="submit" className="button primary" disabled={!file || busy} data-testid="document-attach">
          {busy ? 'Attaching…' : 'Attach'}
        </button>
      </form>
      <ErrorBox error={uploadError} title="The document was not attached." testId="document-error" onDismiss={() => setUploadError(null)} />
      {notice && (
        <div className="notice success" role="status" data-testid="document-notice">
          {notice}
        </div>
      )}
      <ErrorBox error={listError} title="The documents could not be listed." />
      {docs && docs.length === 0 && <p className="empty">No documents yet. End-user statements, certificates, letters and register extracts belong here.</p>}
      {docs && docs.length > 0 && (
        <div className="table-wrap">
          <table className="data-table compact" data-testid="documents-table">
            <thead>
              <tr>
                <th>Document</th>
                <th>File</th>
                <th className="num">Size</th>
                <th>Uploaded</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <DocumentRow key={d.id} doc={d} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DocumentRow({ doc }: { doc: StoredDocument }) {
  const [error, setError] = useState<unknown>(null);
  return (
    <tr data-testid="document-row" data-missing={doc.missingOnDisk ? 'true' : 'false'}>
      <td>
        {DOCUMENT_TYPE_LABELS[doc.docType]}
        {doc.note && <div className="sub">{doc.note}</div>}
      </td>
      <td>
        <button type="button" className="link-button" disabled={doc.missingOnDisk} onClick={() => openDocument(doc).catch(setError)} data-testid="document-open">
          {doc.originalName}
        </button>
        {doc.missingOnDisk && (
          <div className="error-text sub" data-testid="document-missing">
            The file is missing from the workspace attachments folder.
          </div>
        )}
        <ErrorBox error={error} onDismiss={() => setError(null)} />
      </td>
      <td className="num nowrap">{formatBytes(doc.size)}</td>
      <td className="nowrap">
        {formatDateTime(doc.uploadedAt)}
        <div className="sub">by {doc.uploadedBy}</div>
      </td>
      <td className="mono sub" title={doc.sha256} data-testid="document-sha">
        {doc.sha256.slice(0, 16)}…
      </td>
    </tr>
  );
}
