import { useEffect, useState } from 'react';
import type { ApplicationParty, License } from '../../../shared/applications/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { useApplications } from '../applications/store';
import { today } from '../applications/status-actions';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { KvRow } from '../components/kv-row';
import { LicenseStatusBadge } from './licenses-page';
import { useLicenses } from './store';
import { RetentionLine } from '../retention/retention-line';

export function LicenseDetail() {
  const { selectedId, license: lic, licenseError, shipments } = useLicenses();
  if (selectedId === null) return <p className="empty detail-empty">Choose a license, or issue one on an approved application.</p>;
  if (licenseError) return <ErrorBox error={licenseError} title="The license could not be loaded." testId="license-error" />;
  if (!lic) return <p className="muted detail-empty">Loading…</p>;
  return (
    <div className="app-detail" data-testid="license-detail" data-id={lic.id} data-status={lic.status}>
      <header className="app-detail-header">
        <h2>
          <span data-testid="license-number">{lic.number}</span> <LicenseStatusBadge status={lic.status} />
        </h2>
        <dl className="kv">
          <KvRow label="Application">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                useApp.getState().setArea('applications');
                void useApplications.getState().select(lic.applicationId);
              }}
            >
              {lic.applicationReference}
            </button>
          </KvRow>
          <KvRow label="Destination">{lic.destination ?? '—'}</KvRow>
          <KvRow label="Valid">
            {lic.validFrom} to {lic.validTo} <span className="sub">({lic.daysLeft >= 0 ? `${lic.daysLeft} days left` : `expired ${-lic.daysLeft} days ago`})</span>
          </KvRow>
          <KvRow label="Conditions">{lic.conditions ?? '—'}</KvRow>
          <KvRow label="Issued">
            {formatDateTime(lic.issuedAt)} by {lic.issuedBy}
          </KvRow>
        </dl>
        <RetentionLine retention={lic.retention} />
      </header>
      <div className="app-blocks">
        <section className="panel" data-testid="license-items">
          <h3 className="panel-title">Authorized items</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th>#</th>
                <th>Item</th>
                <th>ECCN</th>
                <th className="num">Authorized</th>
                <th className="num">Shipped</th>
                <th className="num">Remaining</th>
              </tr>
            </thead>
            <tbody>
              {lic.items.map((i) => (
                <tr key={i.id} data-testid="license-item" data-line={i.lineNo} data-exhausted={i.exhausted ? 'true' : 'false'}>
                  <td>{i.lineNo}</td>
                  <td>{i.itemName}</td>
                  <td className="mono">{i.classificationLabel}</td>
                  <td className="num">
                    {i.authorizedQuantity} {i.unit} · {lic.currency} {i.authorizedValue}
                  </td>
                  <td className="num">
                    {i.shippedQuantity} {i.unit} · {lic.currency} {i.shippedValue}
                  </td>
                  <td className="num" data-testid="license-item-remaining">
                    {i.remainingQuantity} {i.unit} · {lic.currency} {i.remainingValue}
                    {i.exhausted && <span className="badge"> used up</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <ShipmentForm lic={lic} />
        <section className="panel" data-testid="license-shipments">
          <h3 className="panel-title">Shipments</h3>
          {shipments.length === 0 ? (
            <p className="muted small">No shipment recorded.</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Lines</th>
                  <th>Consignee</th>
                  <th>Reference</th>
                  <th>Recorded</th>
                </tr>
              </thead>
              <tbody>
                {shipments.map((s) => (
                  <tr key={s.id} data-testid="shipment-row">
                    <td>{s.shippedOn}</td>
                    <td>
                      {s.lines.map((l) => (
                        <div key={l.id}>
                          line {l.lineNo}: {l.quantity} · {s.currency} {l.value}
                        </div>
                      ))}
                    </td>
                    <td>{s.consigneeName ?? '—'}</td>
                    <td>{s.reference ?? '—'}</td>
                    <td className="sub">
                      {formatDateTime(s.recordedAt)} by {s.recordedBy}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}

/** Records a shipment against the license; the core's refusal reasons are shown as they come. */
function ShipmentForm({ lic }: { lic: License }) {
  const { reload, loadList } = useLicenses();
  const [date, setDate] = useState(today());
  const [line, setLine] = useState(String(lic.items[0]?.lineNo ?? 1));
  const [quantity, setQuantity] = useState('');
  const [value, setValue] = useState('');
  const [consignee, setConsignee] = useState('');
  const [reference, setReference] = useState('');
  const [parties, setParties] = useState<ApplicationParty[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('applications.get', { id: lic.applicationId })
      .then((a) => setParties(a.parties))
      .catch(() => setParties([]));
  }, [lic.applicationId]);

  async function record() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { shipment } = await call('shipments.add', {
        licenseId: lic.id,
        shippedOn: date,
        lines: [{ line: Number(line), quantity, value }],
        ...(consignee ? { consigneePartyId: Number(consignee) } : {}),
        reference: reference || null,
      });
      setDone(`Recorded shipment #${shipment.id} of ${shipment.shippedOn}.`);
      setQuantity('');
      setValue('');
      setReference('');
      await Promise.all([reload(), loadList()]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" data-testid="shipment-form">
      <h3 className="panel-title">Record a shipment</h3>
      <ErrorBox error={error} title="The shipment was refused; nothing was recorded." testId="shipment-error" onDismiss={() => setError(null)} />
      {done && (
        <p className="notice ok-text" data-testid="shipment-result">
          {done}
        </p>
      )}
      <div className="inline-form">
        <label className="field">
          <span className="field-label">Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="shipment-date" />
        </label>
        <label className="field">
          <span className="field-label">Line</span>
          <select value={line} onChange={(e) => setLine(e.target.value)} data-testid="shipment-line">
            {lic.items.map((i) => (
              <option key={i.id} value={i.lineNo}>
                {i.lineNo}: {i.itemName}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Quantity</span>
          <input className="num-input" value={quantity} onChange={(e) => setQuantity(e.target.value)} data-testid="shipment-quantity" />
        </label>
        <label className="field">
          <span className="field-label">Value ({lic.currency})</span>
          <input className="num-input" value={value} onChange={(e) => setValue(e.target.value)} data-testid="shipment-value" />
        </label>
      </div>
      <div className="inline-form">
        <label className="field">
          <span className="field-label">Consignee</span>
          <select value={consignee} onChange={(e) => setConsignee(e.target.value)} data-testid="shipment-consignee">
            <option value="">—</option>
            {parties.map((p) => (
              <option key={p.id} value={p.partyId}>
                {p.legalName}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Reference</span>
          <input value={reference} onChange={(e) => setReference(e.target.value)} data-testid="shipment-reference" />
        </label>
        <button type="button" className="button primary" disabled={busy} onClick={() => void record()} data-testid="shipment-submit">
          Record shipment
        </button>
      </div>
    </section>
  );
}
