import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from '../../../shared/documents/accepted';
import { DOCUMENT_TYPE_LABELS, type StoredDocument } from '../../../shared/documents/types';
import type { Item } from '../../../shared/items/types';
import { call, fileToSource } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { useItems } from './store';

const ITEM_DOCUMENT_TYPES = ['datasheet', 'letter', 'other'] as const;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Opens a stored document as a download: its bytes come from the core, checked against their SHA-256. */
async function openDocument(d: StoredDocument): Promise<void> {
  const { base64 } = await call('documents.read', { documentId: d.id });
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: d.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = d.originalName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Datasheets and other documents of an item, stored in the workspace by the shared documents store. */
export function ItemDocuments({ item }: { item: Item }) {
  const refresh = useItems((s) => s.refresh);
  const [docs, setDocs] = useState<StoredDocument[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [docType, setDocType] = useState<(typeof ITEM_DOCUMENT_TYPES)[number]>('datasheet');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      setDocs(await call('items.documents', { itemId: item.id }));
    } catch (e) {
      setError(e);
    }
  }, [item.id]);

  useEffect(() => {
    void load();
  }, [load, item.documentCount]);

  async function attach(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (file.size > MAX_DOCUMENT_BYTES) throw new Error(`${file.name} is ${formatBytes(file.size)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit for documents.`);
      const { document } = await call('items.attachDocument', { itemId: item.id, docType, source: await fileToSource(file) });
      setNotice(`Attached ${document.originalName} (SHA-256 ${document.sha256.slice(0, 12)}…).`);
      setFile(null);
      if (input.current) input.current.value = '';
      await Promise.all([load(), refresh()]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="item-documents" data-testid="item-documents">
      <form className="import-form" onSubmit={attach}>
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
      <ErrorBox error={error} title="The document was not attached." testId="item-document-error" onDismiss={() => setError(null)} />
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
                  <button type="button" className="link-button" disabled={d.missingOnDisk} onClick={() => openDocument(d).catch(setError)} title={`SHA-256 ${d.sha256}`}>
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
