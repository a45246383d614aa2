import { useState, type FormEvent } from 'react';
import { SUPP8_ITEM_TYPES } from '../../../shared/classification/supp8-item-types';
import { AUTHORIZATION_LABELS, AUTHORIZATIONS, JURISDICTION_LABELS, JURISDICTIONS, classificationLabel, type Authorization, type ClassificationKind, type Jurisdiction } from '../../../shared/classification/types';
import type { Item } from '../../../shared/items/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { ReplaceConfirm, classificationsInForce, type InForce } from './replace-confirm';

/**
 * A classification made without a questionnaire: an entry and paragraph of the current list
 * version (the core quotes its text), EAR99, or not listed, with the reasons written out.
 */
export function ManualClassification({ item, onDone, onCancel }: { item: Item; onDone(): Promise<void>; onCancel(): void }) {
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('us-ear');
  const [kind, setKind] = useState<ClassificationKind>('entry');
  const [code, setCode] = useState('');
  const [rationale, setRationale] = useState('');
  const [status, setStatus] = useState<'draft' | 'final'>('draft');
  const [authorization, setAuthorization] = useState<Authorization | ''>('');
  const [reportItemType, setReportItemType] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** The classification in force this save would replace, shown for the user to confirm; null: not asked yet. */
  const [replacing, setReplacing] = useState<InForce[] | null>(null);
  const kinds: { value: ClassificationKind; label: string }[] =
    jurisdiction === 'us-ear'
      ? [
          { value: 'entry', label: 'An ECCN of the Commerce Control List' },
          { value: 'ear99', label: 'EAR99 (subject to the EAR, on no ECCN)' },
        ]
      : [
          { value: 'entry', label: 'An entry of Annex I' },
          { value: 'not-listed', label: 'Not listed in Annex I' },
        ];

  async function save(e: FormEvent) {
    e.preventDefault();
    await submit(false);
  }

  /** Saving onto an item classified already asks first; `confirmed` is the user's answer to that. */
  async function submit(confirmed: boolean) {
    setBusy(true);
    setError(null);
    try {
      const current = jurisdiction === 'us-ear' ? item.us : item.eu;
      if (!confirmed && current) {
        setReplacing(await classificationsInForce(item, [{ jurisdiction, label: kind === 'entry' ? code.trim().toUpperCase() || code : classificationLabel(kind, null, null), status }]));
        return;
      }
      setReplacing(null);
      await call('classifications.save', {
        itemId: item.id,
        jurisdiction,
        kind,
        ...(kind === 'entry' ? { entryCode: code } : {}),
        rationale,
        status,
        ...(authorization ? { authorization, reportItemType: reportItemType as never } : {}),
        expectedCurrentId: current?.classificationId ?? null,
        ...(confirmed && current ? { replaceCurrent: true } : {}),
      });
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel manual-classification" onSubmit={save} data-testid="manual-classification">
      <div className="item-form-grid">
        <label className="field">
          <span className="field-label">Jurisdiction</span>
          <select
            value={jurisdiction}
            onChange={(e) => {
              setJurisdiction(e.target.value as Jurisdiction);
              setReplacing(null);
              setKind('entry');
              setAuthorization('');
            }}
            data-testid="manual-jurisdiction"
          >
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {JURISDICTION_LABELS[j]}
              </option>
            ))}
          </select>
        </label>
        <label className="field span-2">
          <span className="field-label">Classification</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ClassificationKind)} data-testid="manual-kind">
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        {kind === 'entry' && (
          <label className="field">
            <span className="field-label">Entry and paragraph</span>
            <input type="text" placeholder="e.g. 5A992.c" value={code} required onChange={(e) => setCode(e.target.value)} data-testid="manual-code" />
            <span className="field-help">Quoted from the current version of the list.</span>
          </label>
        )}
        <label className="field">
          <span className="field-label">Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as 'draft' | 'final')} data-testid="manual-status">
            <option value="draft">Draft</option>
            <option value="final">Final</option>
          </select>
        </label>
        {jurisdiction === 'us-ear' && kind === 'entry' && (
          <label className="field span-2">
            <span className="field-label">Self-classification (§ 740.17(b)(1))</span>
            <select value={authorization} onChange={(e) => setAuthorization(e.target.value as Authorization | '')} data-testid="manual-authorization">
              <option value="">None</option>
              {AUTHORIZATIONS.map((a) => (
                <option key={a} value={a}>
                  {AUTHORIZATION_LABELS[a]}
                </option>
              ))}
            </select>
          </label>
        )}
        {authorization && (
          <label className="field span-2">
            <span className="field-label">Report item type (Supp. No. 8 to Part 742, (a)(6))</span>
            <select value={reportItemType} required onChange={(e) => setReportItemType(e.target.value)} data-testid="manual-report-item-type">
              <option value="">Choose…</option>
              {SUPP8_ITEM_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field span-4">
          <span className="field-label">Rationale</span>
          <textarea rows={3} value={rationale} required onChange={(e) => setRationale(e.target.value)} data-testid="manual-rationale" />
        </label>
      </div>
      <ErrorBox error={error} title="The classification was not saved." testId="manual-error" />
      <ReplaceConfirm inForce={replacing ?? []} busy={busy} onReplace={() => void submit(true)} onKeep={() => setReplacing(null)} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy} data-testid="manual-save">
          Save classification
        </button>
      </div>
    </form>
  );
}
