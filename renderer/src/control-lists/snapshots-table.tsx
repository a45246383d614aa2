import { useState } from 'react';
import type { ListSnapshot } from '../../../shared/control-lists/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { downloadText } from '../components/download';
import { formatCount, formatDateTime } from '../components/format';
import { useControlLists } from './store';

export function SnapshotsTable() {
  const { snapshots, snapshotsLoaded, snapshotsError, loadSnapshots, setTab, setBrowseSnapshot } = useControlLists();
  const loadInfo = useApp((s) => s.loadInfo);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function act(id: number, run: () => Promise<string>) {
    setBusy(id);
    setError(null);
    setNotice(null);
    try {
      setNotice(await run());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const makeCurrent = (s: ListSnapshot) =>
    act(s.id, async () => {
      await call('controls.setCurrent', { snapshotId: s.id });
      await Promise.all([loadSnapshots(), loadInfo()]);
      return `${s.versionLabel} is now the current version of the ${s.listName}.`;
    });

  const exportSnapshot = (s: ListSnapshot) =>
    act(s.id, async () => {
      const out = await call('controls.export', { snapshotId: s.id });
      downloadText(out.fileName, out.content);
      return `Exported ${out.fileName} (SHA-256 ${out.sha256.slice(0, 12)}…).`;
    });

  return (
    <section className="panel" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title" className="panel-title">
        Imported versions
      </h2>
      <ErrorBox error={snapshotsError} title="The list versions could not be loaded." />
      <ErrorBox error={error} onDismiss={() => setError(null)} testId="snapshot-action-error" />
      {notice && (
        <div className="notice success" role="status">
          {notice}
        </div>
      )}
      {snapshotsLoaded && snapshots.length === 0 ? (
        <p className="empty" data-testid="snapshots-empty">
          No control list imported yet. Import the US Commerce Control List (eCFR JSON), the EU dual-use list (Annex I JSON) or a list of
          your own (CSV) above.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table snapshots-table" data-testid="snapshots-table">
            <thead>
              <tr>
                <th>List</th>
                <th>Version</th>
                <th>Effective</th>
                <th className="num">Entries</th>
                <th className="num">Paragraphs</th>
                <th>Imported</th>
                <th>Source file · SHA-256</th>
                <th>Status</th>
                <th className="actions-col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id} data-testid="snapshot-row" data-snapshot-id={s.id} data-current={s.isCurrent ? 'true' : 'false'} className={s.isCurrent ? 'is-current' : undefined}>
                  <td className="wrap">{s.listName}</td>
                  <td className="strong">{s.versionLabel}</td>
                  <td className="nowrap">{s.effectiveDate ?? '—'}</td>
                  <td className="num" data-testid="snapshot-entries">
                    {formatCount(s.entryCount)}
                  </td>
                  <td className="num">{formatCount(s.paragraphCount)}</td>
                  <td>
                    <div>{formatDateTime(s.importedAt)}</div>
                    <div className="sub">by {s.importedBy}</div>
                  </td>
                  <td>
                    <div className="truncate" title={s.sourceFileName}>
                      {s.sourceFileName}
                    </div>
                    <div
                      className="sub mono"
                      data-testid="snapshot-sha"
                      title={s.sha256 === s.fileSha256 ? `SHA-256 ${s.sha256}` : `SHA-256 of the published file: ${s.sha256}\nSHA-256 of the imported file: ${s.fileSha256}`}
                    >
                      {s.sha256.slice(0, 16)}…
                    </div>
                  </td>
                  <td>
                    {s.isCurrent ? (
                      <span className="badge current" data-testid="current-marker" title="Searches, links and new classifications use this version">
                        Current
                      </span>
                    ) : (
                      <button type="button" className="button small" disabled={busy !== null} onClick={() => void makeCurrent(s)} data-testid="make-current">
                        Make current
                      </button>
                    )}
                  </td>
                  <td className="actions-col">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setBrowseSnapshot(s.id);
                        setTab('browse');
                      }}
                    >
                      Browse
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy !== null}
                      onClick={() => void exportSnapshot(s)}
                      data-testid="export-snapshot"
                      title="Save this version as an ExportDesk exchange file, to hand the exact list to another workspace"
                    >
                      Export
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
