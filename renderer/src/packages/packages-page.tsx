import { useEffect } from 'react';
import { PACKAGE_KINDS, type PackageKind, type PackageSummary } from '../../../shared/packages/types';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { PACKAGE_KIND_LABELS } from './labels';
import { NewPackageForm } from './new-package-form';
import { PackageDetail } from './package-detail';
import { usePackages } from './store';
import { VerifyPanel } from './verify-panel';
import '../applications/applications.css';
import './packages.css';

export function PackagesPage() {
  const { pane, loadList, startNew, setPane } = usePackages();
  useEffect(() => {
    void loadList();
  }, [loadList]);
  return (
    <div className="page" data-testid="packages-page">
      <header className="page-header records-header">
        <div className="toolbar">
          <h1>Packages</h1>
          <div className="push-right header-actions">
            <button type="button" className="button" onClick={() => setPane('verify')} data-testid="packages-verify-open">
              Verify a PDF…
            </button>
            <button type="button" className="button primary" onClick={() => startNew(null)} data-testid="packages-new">
              New package
            </button>
          </div>
        </div>
        <p className="page-lede">
          Filing packages as they left this workspace: each PDF is rebuilt byte for byte from its records, and its SHA-256 is kept here and in
          the audit log.
        </p>
      </header>
      <div className="split apps-split">
        <div className="split-list">
          <PackagesList />
        </div>
        <div className="split-detail">{pane === 'new' ? <NewPackageForm /> : pane === 'verify' ? <VerifyPanel /> : <PackageDetail />}</div>
      </div>
    </div>
  );
}

function PackagesList() {
  const { rows, listError, kindFilter, setKindFilter, selectedId, select } = usePackages();
  const superseded = new Set(rows.map((r) => r.supersedesId).filter((id): id is number => id !== null));
  return (
    <div className="apps-list">
      <div className="filters-bar">
        <div className="filters-row">
          <select value={kindFilter} onChange={(e) => setKindFilter(e.target.value as PackageKind | '')} aria-label="Kind" data-testid="packages-kind-filter">
            <option value="">Every kind</option>
            {PACKAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {PACKAGE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorBox error={listError} title="The packages could not be loaded." testId="packages-list-error" />
      {rows.length === 0 && !listError ? (
        <p className="empty apps-empty" data-testid="packages-empty">
          No package yet. Generate one from an application, an item, or here with New package.
        </p>
      ) : (
        <ul className="apps-rows" data-testid="packages-list">
          {rows.map((r) => (
            <PackageRow key={r.id} r={r} replaced={superseded.has(r.id)} selected={r.id === selectedId} onSelect={() => void select(r.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PackageRow({ r, replaced, selected, onSelect }: { r: PackageSummary; replaced: boolean; selected: boolean; onSelect(): void }) {
  return (
    <li>
      <button type="button" className={`apps-row${selected ? ' selected' : ''}`} onClick={onSelect} data-testid="package-row" data-id={r.id}>
        <span className="apps-row-head">
          <span className="strong">{r.title}</span>
          <span className="badge">{PACKAGE_KIND_LABELS[r.kind]}</span>
          {replaced && <span className="badge muted-badge">Regenerated since</span>}
        </span>
        <span className="sub">
          {r.reference} · {formatDateTime(r.generatedAt)} · {r.pages} pages · SHA-256 {r.sha256.slice(0, 12)}…
        </span>
      </button>
    </li>
  );
}
