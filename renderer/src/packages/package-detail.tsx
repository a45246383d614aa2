import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { formatBytes } from '../components/documents';
import { KvRow } from '../components/kv-row';
import { PACKAGE_KIND_LABELS } from './labels';
import { PackageDownload } from './package-download';
import { PdfPreview } from './pdf-preview';
import { usePackages } from './store';

export function PackageDetail() {
  const { record, recordError, selectedId, regenerate, busy, actionError } = usePackages();
  const [canShow, setCanShow] = useState(false);
  const [folderError, setFolderError] = useState<unknown>(null);

  useEffect(() => {
    call('host.capabilities', {})
      .then((c) => setCanShow(c.canShowInFolder))
      .catch(() => undefined);
  }, []);

  if (selectedId === null) return <p className="empty">Choose a package to see what it holds and preview its first pages.</p>;
  if (recordError) return <ErrorBox error={recordError} title="The package could not be loaded." testId="package-error" />;
  if (!record) return <p className="muted">Loading…</p>;

  async function showInFolder() {
    setFolderError(null);
    try {
      await call('host.showInFolder', { relativePath: record!.relativePath });
    } catch (e) {
      setFolderError(e);
    }
  }

  return (
    <section className="detail package-detail" data-testid="package-detail" data-id={record.id}>
      <div className="toolbar">
        <h2>{record.title}</h2>
        <div className="push-right header-actions">
          {canShow && (
            <button type="button" className="button" onClick={() => void showInFolder()} data-testid="package-open-folder">
              Open folder
            </button>
          )}
          <PackageDownload packageId={record.id} testId="package-download" />
          <button type="button" className="button" disabled={busy} onClick={() => void regenerate(record.id)} data-testid="package-regenerate">
            {busy ? 'Generating…' : 'Regenerate'}
          </button>
        </div>
      </div>
      <ErrorBox error={actionError} title="The package was not regenerated." testId="package-action-error" />
      <ErrorBox error={folderError} title="The folder could not be opened." testId="package-folder-error" />
      <dl className="kv">
        <KvRow label="Kind">{PACKAGE_KIND_LABELS[record.kind]}</KvRow>
        <KvRow label="Reference">{record.reference}</KvRow>
        <KvRow label="Generated">
          {formatDateTime(record.generatedAt)} by {record.generatedBy}
        </KvRow>
        <KvRow label="SHA-256">
          <span className="mono" data-testid="package-sha256">
            {record.sha256}
          </span>
        </KvRow>
        <KvRow label="Size">
          {record.pages} pages · {formatBytes(record.bytes)}
        </KvRow>
        <KvRow label="File">
          <span className="mono">{record.relativePath}</span>
        </KvRow>
        {record.supersedesId !== null && <KvRow label="Regenerates">package #{record.supersedesId}</KvRow>}
      </dl>

      {record.snapshots.length > 0 && (
        <>
          <h3>List versions quoted</h3>
          <ul className="plain-list" data-testid="package-snapshots">
            {record.snapshots.map((s) => (
              <li key={`${s.kind}-${s.name}`}>
                {s.name}: <span className="mono">{s.version}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Contents</h3>
      <ol className="plain-list package-sections" data-testid="package-sections">
        {record.sections.map((s) => (
          <li key={`${s.page}-${s.title}`}>
            <span>{s.title}</span> <span className="muted">from page {s.page}</span>
          </li>
        ))}
      </ol>

      {record.documents.length > 0 && (
        <>
          <h3>Supporting documents</h3>
          <table className="data-table compact" data-testid="package-documents">
            <thead>
              <tr>
                <th>Document</th>
                <th>In the package</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {record.documents.map((d) => (
                <tr key={`${d.documentId}-${d.sha256}`}>
                  <td>
                    {d.title} <span className="muted">{d.fileName}</span>
                  </td>
                  <td className="nowrap">{d.firstPage === null ? 'listed only, not appended' : d.firstPage === d.lastPage ? `page ${d.firstPage}` : `pages ${d.firstPage}–${d.lastPage}`}</td>
                  <td className="mono">{d.sha256.slice(0, 16)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>Preview</h3>
      <PdfPreview packageId={record.id} />
    </section>
  );
}
