import { useEffect, useState, type FormEvent } from 'react';
import type { ApplicationSummary } from '../../../shared/applications/types';
import type { ItemSummary } from '../../../shared/items/types';
import { PACKAGE_KINDS, type PackageKind } from '../../../shared/packages/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { PACKAGE_KIND_LABELS } from './labels';
import { usePackages } from './store';

/** The report covers exports of the previous calendar year (15 CFR 740.17(e)(3)): that is the default. */
const lastYear = () => new Date().getFullYear() - 1;

export function NewPackageForm() {
  const { draft, generate, busy, actionError, setPane } = usePackages();
  const [kind, setKind] = useState<PackageKind>(draft?.kind ?? 'application');
  const [applicationId, setApplicationId] = useState<number | ''>(draft?.kind === 'application' ? draft.applicationId : '');
  const [itemId, setItemId] = useState<number | ''>(draft?.kind === 'classification-request' ? draft.itemId : '');
  const [year, setYear] = useState<number>(draft?.kind === 'encryption-report' ? draft.year : lastYear());
  const [apps, setApps] = useState<ApplicationSummary[]>([]);
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([call('applications.list', {}), call('items.list', { limit: 500 })])
      .then(([a, i]) => {
        setApps(a);
        setItems(i.rows);
      })
      .catch(setLoadError);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (kind === 'application' && applicationId !== '') await generate({ kind, applicationId });
    else if (kind === 'classification-request' && itemId !== '') await generate({ kind, itemId });
    else if (kind === 'encryption-report') await generate({ kind, year });
  }

  const ready = kind === 'encryption-report' || (kind === 'application' ? applicationId !== '' : itemId !== '');
  return (
    <form className="detail package-form" onSubmit={(e) => void submit(e)} data-testid="package-new-form">
      <h2>New package</h2>
      <ErrorBox error={loadError} title="The applications and items could not be loaded." />
      <label className="field">
        <span className="field-label">Kind</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as PackageKind)} data-testid="package-new-kind">
          {PACKAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {PACKAGE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {kind === 'application' && (
        <label className="field">
          <span className="field-label">Application</span>
          <select value={applicationId} onChange={(e) => setApplicationId(e.target.value ? Number(e.target.value) : '')} data-testid="package-new-application">
            <option value="">Choose an application…</option>
            {apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.reference} v{a.version} · {a.destination ?? 'no destination'} · {a.status}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'classification-request' && (
        <label className="field">
          <span className="field-label">Item</span>
          <select value={itemId} onChange={(e) => setItemId(e.target.value ? Number(e.target.value) : '')} data-testid="package-new-item">
            <option value="">Choose an item…</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
                {i.modelNumber ? ` (${i.modelNumber})` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'encryption-report' && (
        <label className="field">
          <span className="field-label">Calendar year reported (15 CFR 740.17(e)(3), Supp. No. 8 to Part 740)</span>
          <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="package-new-year" />
        </label>
      )}
      <ErrorBox error={actionError} title="The package was not generated." testId="package-new-error" />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!ready || busy} data-testid="package-new-generate">
          {busy ? 'Generating…' : 'Generate PDF'}
        </button>
        <button type="button" className="button" onClick={() => setPane('view')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
