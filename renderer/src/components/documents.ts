import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/accepted';
import type { StoredDocument } from '../../../shared/documents/types';
import { call } from '../api/client';
import { downloadBase64 } from './download';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Opens a stored document as a download: its bytes come from the core, checked against their SHA-256. */
export async function openDocument(d: StoredDocument): Promise<void> {
  const { base64 } = await call('documents.read', { documentId: d.id });
  downloadBase64(base64, d.originalName, d.mime);
}

export interface RecordDocuments {
  docs: StoredDocument[] | null;
  listError: unknown;
  uploadError: unknown;
  setUploadError(e: unknown): void;
  file: File | null;
  setFile(f: File | null): void;
  busy: boolean;
  notice: string | null;
  /** The file input, emptied after an attachment. */
  input: React.RefObject<HTMLInputElement | null>;
  /** Submits the attach form: `send` uploads the chosen file; the list and the record reload after. */
  attach(e: FormEvent, send: (file: File) => Promise<{ document: StoredDocument }>): Promise<void>;
}

/**
 * The documents of one record (a party, an item) and the attaching of a new one. The list loads
 * again when `reloadOn` changes (the record's document count) and after an attachment.
 */
export function useRecordDocuments(list: () => Promise<StoredDocument[]>, reloadOn: readonly unknown[], onAttached: () => Promise<void>): RecordDocuments {
  const [docs, setDocs] = useState<StoredDocument[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // `list` is a new closure each render; reloadOn names what it reads.
  const load = useCallback(async () => {
    try {
      setDocs(await list());
      setListError(null);
    } catch (e) {
      setListError(e);
    }
  }, reloadOn);

  useEffect(() => {
    void load();
  }, [load]);

  async function attach(e: FormEvent, send: (file: File) => Promise<{ document: StoredDocument }>) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setUploadError(null);
    setNotice(null);
    try {
      // Checked here too, so a large file is refused before it is read into memory.
      if (file.size > MAX_DOCUMENT_BYTES) throw new Error(`${file.name} is ${formatBytes(file.size)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit for documents.`);
      const { document } = await send(file);
      setNotice(`Attached ${document.originalName} (SHA-256 ${document.sha256.slice(0, 12)}…).`);
      setFile(null);
      if (input.current) input.current.value = '';
      await Promise.all([load(), onAttached()]);
    } catch (err) {
      setUploadError(err);
    } finally {
      setBusy(false);
    }
  }

  return { docs, listError, uploadError, setUploadError, file, setFile, busy, notice, input, attach };
}
