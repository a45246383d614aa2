import { useEffect, useState } from 'react';
import { APPLICATION_TYPES, APPLICATION_TYPE_LABELS, type Application, type ApplicationType, type ExportType } from '../../../shared/applications/types';
import { KvRow } from '../components/kv-row';
import { CountrySelect } from '../parties/country-select';
import { useApplications } from './store';

/** The application's own blocks: editable on a draft (saved with one button), read-only once filed. */
export function BlocksEditor({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [v, setV] = useState(() => fromApp(app));
  useEffect(() => setV(fromApp(app)), [app]);
  const dirty = JSON.stringify(v) !== JSON.stringify(fromApp(app));

  if (!app.editable || app.status !== 'draft') {
    return (
      <section className="panel" data-fix-field="blocks" data-testid="app-blocks">
        <h3 className="panel-title">Application</h3>
        <dl className="kv">
          <KvRow label="Type">{APPLICATION_TYPE_LABELS[app.type]}</KvRow>
          <KvRow label="Export">{app.exportType === 'temporary' ? `Temporary, returns ${app.returnDate ?? '(no date)'}` : 'Permanent'}</KvRow>
          <KvRow label="Applicant (Block 14)">
            <span data-testid="app-applicant-view">{app.applicant ?? '—'}</span>
          </KvRow>
          <KvRow label="Destination">{app.destination ? `${app.destinationName ?? ''} (${app.destination})` : '—'}</KvRow>
          <KvRow label="Currency">{app.currency}</KvRow>
          <KvRow label="Shipped directly to the end user">{app.shipDirect ? 'Yes' : 'No'}</KvRow>
        </dl>
      </section>
    );
  }

  const set = <K extends keyof typeof v>(k: K, val: (typeof v)[K]) => setV((o) => ({ ...o, [k]: val }));
  async function save() {
    await write('applications.update', {
      id: app.id,
      type: v.type,
      exportType: v.exportType,
      returnDate: v.exportType === 'temporary' && v.returnDate ? v.returnDate : null,
      reference: v.reference,
      applicant: v.applicant,
      destination: v.destination || null,
      shipDirect: v.shipDirect,
      currency: v.currency,
    });
  }

  return (
    <section className="panel" data-fix-field="blocks" data-testid="app-blocks">
      <h3 className="panel-title">Application</h3>
      <div className="form-grid">
        <label className="field" data-fix-field="type">
          <span className="field-label">Type (Block 5)</span>
          <select value={v.type} onChange={(e) => set('type', e.target.value as ApplicationType)} data-testid="app-type">
            {APPLICATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {APPLICATION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field" data-fix-field="reference">
          <span className="field-label">Your reference</span>
          <input value={v.reference} onChange={(e) => set('reference', e.target.value)} data-testid="app-reference" />
        </label>
        <label className="field" data-fix-field="exportType">
          <span className="field-label">Export</span>
          <select value={v.exportType} onChange={(e) => set('exportType', e.target.value as ExportType)} data-testid="app-export-type">
            <option value="permanent">Permanent</option>
            <option value="temporary">Temporary (returns)</option>
          </select>
        </label>
        {v.exportType === 'temporary' && (
          <label className="field" data-fix-field="returnDate">
            <span className="field-label">Return date</span>
            <input type="date" value={v.returnDate} onChange={(e) => set('returnDate', e.target.value)} data-testid="app-return-date" />
          </label>
        )}
        <label className="field" data-fix-field="destination">
          <span className="field-label">Destination</span>
          <CountrySelect value={v.destination} onChange={(c) => set('destination', c)} emptyLabel="Choose a country" testId="app-destination" label="Destination" />
        </label>
        <label className="field" data-fix-field="currency">
          <span className="field-label">Currency</span>
          <input value={v.currency} onChange={(e) => set('currency', e.target.value)} maxLength={3} data-testid="app-currency" />
        </label>
      </div>
      <label className="field" data-fix-field="applicant">
        <span className="field-label">Applicant (Block 14)</span>
        <textarea rows={2} value={v.applicant} onChange={(e) => set('applicant', e.target.value)} data-testid="app-applicant" />
      </label>
      <label className="checkbox" data-fix-field="shipDirect">
        <input type="checkbox" checked={v.shipDirect} onChange={(e) => set('shipDirect', e.target.checked)} data-testid="app-ship-direct" />
        Shipped directly to the end user (no ultimate consignee)
      </label>
      <div className="toolbar">
        <button type="button" className="button primary" disabled={!dirty || busy} onClick={() => void save()} data-testid="app-save-blocks">
          Save
        </button>
        {dirty && <span className="muted">Unsaved changes</span>}
      </div>
    </section>
  );
}

function fromApp(a: Application) {
  return {
    type: a.type,
    exportType: a.exportType,
    returnDate: a.returnDate ?? '',
    reference: a.reference,
    applicant: a.applicant ?? '',
    destination: a.destination ?? '',
    shipDirect: a.shipDirect,
    currency: a.currency,
  };
}

/** Blocks 21 and 24, after the items as on the form: editable on a draft, read-only once filed. */
export function EndUseBlock({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [endUse, setEndUse] = useState(app.endUse ?? '');
  const [info, setInfo] = useState(app.additionalInfo ?? '');
  useEffect(() => {
    setEndUse(app.endUse ?? '');
    setInfo(app.additionalInfo ?? '');
  }, [app]);
  const editable = app.editable && app.status === 'draft';
  if (!editable) {
    return (
      <section className="panel" data-testid="app-end-use-view">
        <h3 className="panel-title">Specific end use (Block 21)</h3>
        <p className="prewrap">{app.endUse ?? '—'}</p>
        <h3 className="panel-title">Additional information (Block 24)</h3>
        <p className="prewrap">{app.additionalInfo ?? '—'}</p>
      </section>
    );
  }
  const dirty = endUse !== (app.endUse ?? '') || info !== (app.additionalInfo ?? '');
  return (
    <section className="panel" data-testid="app-end-use-block">
      <label className="field" data-fix-field="endUse">
        <span className="field-label">Specific end use (Block 21)</span>
        <textarea rows={3} value={endUse} onChange={(e) => setEndUse(e.target.value)} data-testid="app-end-use" />
      </label>
      <label className="field" data-fix-field="additionalInfo">
        <span className="field-label">Additional information (Block 24)</span>
        <textarea rows={2} value={info} onChange={(e) => setInfo(e.target.value)} data-testid="app-additional-info" />
      </label>
      <div className="toolbar">
        <button type="button" className="button primary" disabled={!dirty || busy} onClick={() => void write('applications.update', { id: app.id, endUse, additionalInfo: info })} data-testid="app-save-end-use">
          Save
        </button>
        {dirty && <span className="muted">Unsaved changes</span>}
      </div>
    </section>
  );
}
