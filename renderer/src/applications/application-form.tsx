import { useState, type FormEvent } from 'react';
import { APPLICATION_TYPES, APPLICATION_TYPE_LABELS, type ApplicationType, type ExportType } from '../../../shared/applications/types';
import { ErrorBox } from '../components/error-box';
import { CountrySelect } from '../parties/country-select';
import { useApplications } from './store';

/** The form that starts a draft application. */
export function ApplicationForm() {
  const { write, actionError, busy, setPane, clearActionError } = useApplications();
  const [type, setType] = useState<ApplicationType>('license');
  const [exportType, setExportType] = useState<ExportType>('permanent');
  const [returnDate, setReturnDate] = useState('');
  const [reference, setReference] = useState('');
  const [applicant, setApplicant] = useState('');
  const [destination, setDestination] = useState('');
  const [endUse, setEndUse] = useState('');
  const [additionalInfo, setAdditionalInfo] = useState('');
  const [shipDirect, setShipDirect] = useState(false);
  const [currency, setCurrency] = useState('USD');

  async function submit(e: FormEvent) {
    e.preventDefault();
    await write('applications.create', {
      type,
      exportType,
      returnDate: exportType === 'temporary' && returnDate ? returnDate : null,
      reference,
      applicant,
      destination: destination || null,
      endUse,
      additionalInfo,
      shipDirect,
      currency,
    });
  }

  return (
    <form className="app-form panel-body" onSubmit={(e) => void submit(e)} data-testid="application-form">
      <h2>New application</h2>
      <ErrorBox error={actionError} testId="application-form-error" onDismiss={clearActionError} />
      <div className="form-grid">
        <label className="field">
          <span className="field-label">Type (Block 5)</span>
          <select value={type} onChange={(e) => setType(e.target.value as ApplicationType)} data-testid="app-create-type">
            {APPLICATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {APPLICATION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Your reference</span>
          <input value={reference} onChange={(e) => setReference(e.target.value)} required data-testid="app-create-reference" />
        </label>
        <label className="field">
          <span className="field-label">Export</span>
          <select value={exportType} onChange={(e) => setExportType(e.target.value as ExportType)} data-testid="app-create-export-type">
            <option value="permanent">Permanent</option>
            <option value="temporary">Temporary (returns)</option>
          </select>
        </label>
        {exportType === 'temporary' && (
          <label className="field">
            <span className="field-label">Return date</span>
            <input type="date" value={returnDate} onChange={(e) => setReturnDate(e.target.value)} data-testid="app-create-return-date" />
          </label>
        )}
        <label className="field">
          <span className="field-label">Destination</span>
          <CountrySelect value={destination} onChange={setDestination} emptyLabel="Choose a country" testId="app-create-destination" label="Destination" />
        </label>
        <label className="field">
          <span className="field-label">Currency</span>
          <input value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} data-testid="app-create-currency" />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Applicant (Block 14)</span>
        <textarea rows={2} value={applicant} onChange={(e) => setApplicant(e.target.value)} data-testid="app-create-applicant" />
      </label>
      <label className="field">
        <span className="field-label">Specific end use (Block 21)</span>
        <textarea rows={3} value={endUse} onChange={(e) => setEndUse(e.target.value)} data-testid="app-create-end-use" />
      </label>
      <label className="field">
        <span className="field-label">Additional information (Block 24)</span>
        <textarea rows={2} value={additionalInfo} onChange={(e) => setAdditionalInfo(e.target.value)} data-testid="app-create-additional-info" />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={shipDirect} onChange={(e) => setShipDirect(e.target.checked)} data-testid="app-create-ship-direct" />
        Shipped directly to the end user (no ultimate consignee)
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setPane('view')}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy} data-testid="app-create-submit">
          Create draft
        </button>
      </div>
    </form>
  );
}
