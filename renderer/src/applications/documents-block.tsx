import { useState } from 'react';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, type DocumentType } from '../../../shared/documents/types';
import type { Application } from '../../../shared/applications/types';
import { fileToSource } from '../api/client';
import { useApplications } from './store';

/** Supporting documents: the application's own and those of its parties and items. */
export function DocumentsBlock({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [file, setFile] = useState<File | null>(null);
  const [docType, setDocType] = useState<DocumentType>('end-user-statement');
  const [partyId, setPartyId] = useState('');
  const editable = app.editable && app.status === 'draft';

  async function attach() {
    if (!file) return;
    const source = await fileToSource(file);
    const ok = await write('applications.attachDocument', { id: app.id, source, docType, ...(partyId ? { partyId: Number(partyId) } : {}) });
    if (ok) setFile(null);
  }

  return (
    <section className="panel" data-testid="app-documents">
      <h3 className="panel-title">Supporting documents</h3>
      {app.documents.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="app-entries">
          {app.documents.map((d) => (
            <li key={`${d.documentId}-${d.partyId ?? ''}`} className="app-entry" data-testid="app-document">
              <span className="strong">{d.originalName}</span>{' '}
              <span className="sub">
                {DOCUMENT_TYPE_LABELS[d.docType]} · of the {d.ownerType}
                {d.partyId ? ` · for ${app.parties.find((p) => p.partyId === d.partyId)?.legalName ?? `party #${d.partyId}`}` : ''} · sha256 {d.sha256.slice(0, 12)}…
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="inline-form">
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-label="Document file" data-testid="app-doc-file" />
          <select value={docType} onChange={(e) => setDocType(e.target.value as DocumentType)} aria-label="Document type" data-testid="app-doc-type">
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <select value={partyId} onChange={(e) => setPartyId(e.target.value)} aria-label="Concerns party" data-testid="app-doc-party">
            <option value="">Not about one party</option>
            {app.parties.map((p) => (
              <option key={p.id} value={p.partyId}>
                {p.legalName}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={!file || busy} onClick={() => void attach()} data-testid="app-doc-attach">
            Attach
          </button>
        </div>
      )}
    </section>
  );
}
