import { useState, type FormEvent } from 'react';
import { allCountries } from '../../../shared/countries';
import { ENCRYPTION_COMPONENT_LABELS, ENCRYPTION_COMPONENTS, ITEM_TYPE_LABELS, ITEM_TYPES, type EncryptionComponent, type Item, type ItemParameter, type ItemType } from '../../../shared/items/types';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { useItems } from './store';

const COUNTRIES = allCountries();

interface Draft {
  name: string;
  modelNumber: string;
  manufacturer: string;
  description: string;
  itemType: ItemType;
  originCountry: string;
  notes: string;
  parameters: { name: string; value: string; unit: string }[];
  ccatsNumber: string;
  encryptionComponent: EncryptionComponent | '';
  nonUsComponents: string;
  nonUsManufacturingLocations: string;
}

const EMPTY: Draft = {
  name: '',
  modelNumber: '',
  manufacturer: '',
  description: '',
  itemType: 'commodity',
  originCountry: '',
  notes: '',
  parameters: [],
  ccatsNumber: '',
  encryptionComponent: '',
  nonUsComponents: '',
  nonUsManufacturingLocations: '',
};

function draftOf(i: Item): Draft {
  return {
    name: i.name,
    modelNumber: i.modelNumber ?? '',
    manufacturer: i.manufacturer ?? '',
    description: i.description ?? '',
    itemType: i.itemType,
    originCountry: i.originCountry ?? '',
    notes: i.notes ?? '',
    parameters: i.parameters.map((p) => ({ name: p.name, value: p.value, unit: p.unit ?? '' })),
    ccatsNumber: i.ccatsNumber ?? '',
    encryptionComponent: i.encryptionComponent ?? '',
    nonUsComponents: i.nonUsComponents ?? '',
    nonUsManufacturingLocations: i.nonUsManufacturingLocations ?? '',
  };
}

/** Create or edit an item: its identity, what it is, where it comes from, and its technical parameters. */
export function ItemForm({ item }: { item: Item | null }) {
  const { select, refresh, setPane } = useItems();
  const [draft, setDraft] = useState<Draft>(item ? draftOf(item) : EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setParam = (i: number, change: Partial<Draft['parameters'][number]>) => set({ parameters: draft.parameters.map((p, j) => (j === i ? { ...p, ...change } : p)) });

  async function save(e: FormEvent) {
    e.preventDefault();
    if (item && JSON.stringify(draft) === JSON.stringify(draftOf(item))) return setPane('view');
    setSaving(true);
    setError(null);
    const parameters: ItemParameter[] = draft.parameters.filter((p) => p.name.trim() || p.value.trim()).map((p) => ({ name: p.name, value: p.value, unit: p.unit.trim() || null }));
    const fields = {
      name: draft.name,
      modelNumber: draft.modelNumber,
      manufacturer: draft.manufacturer,
      description: draft.description,
      itemType: draft.itemType,
      originCountry: draft.originCountry || null,
      notes: draft.notes,
      parameters,
      ccatsNumber: draft.ccatsNumber,
      encryptionComponent: draft.encryptionComponent || null,
      nonUsComponents: draft.nonUsComponents,
      nonUsManufacturingLocations: draft.nonUsManufacturingLocations,
    };
    try {
      const r = item ? await call('items.update', { id: item.id, ...fields }) : await call('items.create', fields);
      await select(r.item.id, 'details');
      await refresh();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="item-form" onSubmit={save} data-testid="item-form">
      <h2>{item ? `Edit ${item.name}` : 'New item'}</h2>
      <div className="item-form-grid">
        <label className="field span-2">
          <span className="field-label">Name</span>
          <input type="text" value={draft.name} required maxLength={300} onChange={(e) => set({ name: e.target.value })} data-testid="item-name" />
        </label>
        <label className="field">
          <span className="field-label">Model or part number</span>
          <input type="text" value={draft.modelNumber} maxLength={200} onChange={(e) => set({ modelNumber: e.target.value })} data-testid="item-model" />
        </label>
        <label className="field">
          <span className="field-label">Manufacturer</span>
          <input type="text" value={draft.manufacturer} maxLength={300} onChange={(e) => set({ manufacturer: e.target.value })} data-testid="item-manufacturer" />
        </label>
        <label className="field">
          <span className="field-label">Item type</span>
          <select value={draft.itemType} onChange={(e) => set({ itemType: e.target.value as ItemType })} data-testid="item-type">
            {ITEM_TYPES.map((t) => (
              <option key={t} value={t}>
                {ITEM_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <span className="field-help">As the EAR defines them (15 CFR 772.1).</span>
        </label>
        <label className="field">
          <span className="field-label">Country of origin</span>
          <select value={draft.originCountry} onChange={(e) => set({ originCountry: e.target.value })} data-testid="item-origin">
            <option value="">Not recorded</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>
        <label className="field span-2">
          <span className="field-label">Description</span>
          <textarea value={draft.description} rows={3} maxLength={10_000} onChange={(e) => set({ description: e.target.value })} data-testid="item-description" />
        </label>
      </div>
      <fieldset className="param-editor">
        <legend className="field-label">Technical parameters</legend>
        {draft.parameters.map((p, i) => (
          <div key={i} className="param-row" data-testid="param-row">
            <input type="text" placeholder="Parameter (e.g. Key length)" aria-label="Parameter name" value={p.name} onChange={(e) => setParam(i, { name: e.target.value })} data-testid="param-name" />
            <input type="text" placeholder="Value" aria-label="Value" value={p.value} onChange={(e) => setParam(i, { value: e.target.value })} data-testid="param-value" />
            <input type="text" placeholder="Unit" aria-label="Unit" className="param-unit" value={p.unit} onChange={(e) => setParam(i, { unit: e.target.value })} data-testid="param-unit" />
            <button type="button" className="link-button" onClick={() => set({ parameters: draft.parameters.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="link-button add-link" onClick={() => set({ parameters: [...draft.parameters, { name: '', value: '', unit: '' }] })} data-testid="add-param">
          Add a parameter
        </button>
      </fieldset>
      <fieldset className="param-editor" data-testid="item-encryption-report">
        <legend className="field-label">Encryption self-classification report</legend>
        <span className="field-help">What the annual report (Supp. No. 8 to Part 742) reads from this item besides its name, model and manufacturer.</span>
        <label className="field">
          <span className="field-label">CCATS number</span>
          <input type="text" value={draft.ccatsNumber} maxLength={50} onChange={(e) => set({ ccatsNumber: e.target.value })} data-testid="item-ccats" />
          <span className="field-help">Of a classification BIS has issued for this item. An item BIS has classified is not listed in the self-classification report.</span>
        </label>
        <label className="field">
          <span className="field-label">Mass-market kind still reported</span>
          <select value={draft.encryptionComponent} onChange={(e) => set({ encryptionComponent: e.target.value as EncryptionComponent | '' })} data-testid="item-encryption-component">
            <option value="">None of these</option>
            {ENCRYPTION_COMPONENTS.map((k) => (
              <option key={k} value={k}>
                {ENCRYPTION_COMPONENT_LABELS[k]}
              </option>
            ))}
          </select>
          <span className="field-help">Since March 2021 a mass-market (MMKT) item is reported only if it is one of these (15 CFR 740.17(b)(1)).</span>
        </label>
        <label className="field">
          <span className="field-label">Non-U.S. components</span>
          <input type="text" value={draft.nonUsComponents} maxLength={1000} onChange={(e) => set({ nonUsComponents: e.target.value })} data-testid="item-non-us-components" />
          <span className="field-help">Non-U.S. encryption components the item incorporates; left empty, the report says NONE.</span>
        </label>
        <label className="field">
          <span className="field-label">Non-U.S. manufacturing locations</span>
          <input type="text" value={draft.nonUsManufacturingLocations} maxLength={1000} onChange={(e) => set({ nonUsManufacturingLocations: e.target.value })} data-testid="item-non-us-locations" />
          <span className="field-help">Where outside the United States the item is made; left empty, the report says NONE.</span>
        </label>
      </fieldset>
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea value={draft.notes} rows={2} maxLength={10_000} onChange={(e) => set({ notes: e.target.value })} data-testid="item-notes" />
      </label>
      <ErrorBox error={error} title="The item was not saved." testId="item-form-error" />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setPane('view')}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving} data-testid="item-save">
          {saving ? 'Saving…' : item ? 'Save changes' : 'Add item'}
        </button>
      </div>
    </form>
  );
}
