import { useEffect, useState } from 'react';
import type { Application, ApplicationLine, StoredDetermination } from '../../../shared/applications/types';
import type { ItemSummary } from '../../../shared/items/types';
import { call } from '../api/client';
import { useApp } from '../app/app-store';
import { ErrorBox } from '../components/error-box';
import { useItems } from '../items/store';
import { useApplications } from './store';
import { overallLabel } from '../../../shared/determination/labels';
import { ImportHintText } from '../imports/import-hint-text';

function openItem(id: number) {
  useApp.getState().setArea('items');
  void useItems.getState().select(id, 'classification');
}

/** Block 22: the item lines with ECCN, quantity, unit price and total, and each line's determination. */
export function LinesBlock({ app }: { app: Application }) {
  const editable = app.editable && app.status === 'draft';
  return (
    <section className="panel" data-fix-field="lines" data-testid="app-lines">
      <h3 className="panel-title">Items (Block 22)</h3>
      <div data-fix-field="determination">
        {app.lines.length === 0 ? (
          <p className="muted small">No item yet.</p>
        ) : (
          <table className="data-table app-lines-table">
            <thead>
              <tr>
                <th>#</th>
                <th>Item</th>
                <th>ECCN</th>
                <th className="num">Quantity</th>
                <th className="num">Unit price</th>
                <th className="num">Total</th>
                <th>Determination</th>
                {editable && <th />}
              </tr>
            </thead>
            <tbody>
              {app.lines.map((l) => (
                <LineRow key={l.id} app={app} line={l} det={app.determinations.find((d) => d.lineId === l.id) ?? null} editable={editable} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={5} className="num strong">
                  Total
                </td>
                <td className="num strong" data-testid="app-total">
                  {app.currency} {app.total}
                </td>
                <td colSpan={editable ? 2 : 1} />
              </tr>
            </tfoot>
          </table>
        )}
      </div>
      {editable && <ItemPicker app={app} />}
    </section>
  );
}

function LineRow({ app, line: l, det, editable }: { app: Application; line: ApplicationLine; det: StoredDetermination | null; editable: boolean }) {
  const { write, busy } = useApplications();
  const [editing, setEditing] = useState(false);
  const [quantity, setQuantity] = useState(l.quantity);
  const [unit, setUnit] = useState(l.unit);
  const [unitPrice, setUnitPrice] = useState(l.unitPrice);
  const [total, setTotal] = useState(l.total);
  useEffect(() => {
    setQuantity(l.quantity);
    setUnit(l.unit);
    setUnitPrice(l.unitPrice);
    setTotal(l.total);
  }, [l]);

  async function save() {
    const changed = {
      ...(quantity !== l.quantity ? { quantity } : {}),
      ...(unit !== l.unit ? { unit } : {}),
      ...(unitPrice !== l.unitPrice ? { unitPrice } : {}),
      ...(total !== l.total ? { total } : {}),
    };
    if (await write('applications.updateItem', { id: app.id, lineId: l.id, ...changed })) setEditing(false);
  }

  return (
    <tr data-fix-line={l.id} data-testid="app-line" data-line={l.lineNo} data-item-id={l.itemId}>
      <td>{l.lineNo}</td>
      <td>
        <button type="button" className="link-button" onClick={() => openItem(l.itemId)} title="Open the item record">
          {l.itemName}
        </button>
        {l.modelNumber && <div className="sub">{l.modelNumber}</div>}
      </td>
      <td className="mono" data-label="ECCN" data-testid="app-line-eccn">
        {l.classificationLabel ?? <span className="bad-text">not classified</span>}
      </td>
      {editing ? (
        <>
          <td className="num" data-label="Quantity">
            <input className="num-input" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-label="Quantity" data-testid="app-line-quantity" />
            <input className="unit-input" value={unit} onChange={(e) => setUnit(e.target.value)} aria-label="Unit" data-testid="app-line-unit" />
          </td>
          <td className="num" data-label="Unit price">
            <input className="num-input" value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} aria-label="Unit price" data-testid="app-line-unit-price" />
          </td>
          <td className="num" data-label="Total" data-fix-field="total">
            <input className="num-input" value={total} onChange={(e) => setTotal(e.target.value)} aria-label="Total" data-testid="app-line-total" />
          </td>
        </>
      ) : (
        <>
          <td className="num" data-label="Quantity">
            {l.quantity} {l.unit}
          </td>
          <td className="num" data-label="Unit price">
            {l.currency} {l.unitPrice}
          </td>
          <td className="num" data-label="Total" data-testid="app-line-total-view">
            {l.currency} {l.total}
          </td>
        </>
      )}
      <td data-label="Determination" data-testid="app-line-determination" data-outcome={det?.outcome ?? ''}>
        {det ? (
          <>
            <span className={`badge outcome outcome-${det.outcome}`}>{det.outcome === 'error' ? 'no determination' : overallLabel(det.outcome)}</span>
            <div className="sub" title={det.summary}>
              {det.error !== null ? <ImportHintText text={det.error} /> : det.summary}
            </div>
          </>
        ) : (
          <span className="muted">none yet</span>
        )}
      </td>
      {editable && (
        <td className="actions-col">
          {editing ? (
            <>
              <button type="button" className="link-button" disabled={busy} onClick={() => void save()} data-testid="app-line-save">
                Save
              </button>{' '}
              <button type="button" className="link-button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)} data-testid="app-line-edit">
                Edit
              </button>{' '}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                title="Take the item's classification in force now"
                onClick={() => void write('applications.updateItem', { id: app.id, lineId: l.id, refreshClassification: true })}
                data-testid="app-line-refresh"
              >
                Refresh ECCN
              </button>{' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => void write('applications.removeItem', { id: app.id, lineId: l.id })} data-testid="app-line-remove">
                Remove
              </button>
            </>
          )}
        </td>
      )}
    </tr>
  );
}

/** Adds an item record as a line: quantity, unit, unit price and (optionally) the total as quoted. */
function ItemPicker({ app }: { app: Application }) {
  const { write, busy } = useApplications();
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<ItemSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [itemId, setItemId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unit, setUnit] = useState('units');
  const [unitPrice, setUnitPrice] = useState('');
  const [total, setTotal] = useState('');

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      call('items.list', { ...(search.trim() ? { search: search.trim() } : {}), limit: 200 })
        .then((page) => {
          if (!live) return;
          setRows(page.rows);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e));
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [search]);

  async function add() {
    if (!itemId) return;
    const ok = await write('applications.addItem', { id: app.id, itemId: Number(itemId), quantity, unit, unitPrice, ...(total.trim() ? { total } : {}) });
    if (ok) {
      setItemId('');
      setQuantity('');
      setUnitPrice('');
      setTotal('');
    }
  }

  return (
    <div className="picker" data-testid="app-item-picker">
      <h4>Add an item</h4>
      <ErrorBox error={error} title="The items could not be loaded." />
      <div className="inline-form">
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search items" aria-label="Search items" data-testid="app-item-search" />
        <select value={itemId} onChange={(e) => setItemId(e.target.value)} aria-label="Item" data-testid="app-item-select">
          <option value="">{rows.length ? 'Choose an item' : 'No item found'}</option>
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.modelNumber ? ` ${r.modelNumber}` : ''} — {r.us ? `${r.us.label}${r.us.status === 'draft' ? ' (draft)' : ''}` : 'not classified'}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form">
        <input className="num-input" value={quantity} onChange={(e) => setQuantity(e.target.value)} placeholder="Quantity" aria-label="Quantity" data-testid="app-item-quantity" />
        <input className="unit-input" value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="Unit" aria-label="Unit" data-testid="app-item-unit" />
        <input className="num-input" value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} placeholder={`Unit price (${app.currency})`} aria-label="Unit price" data-testid="app-item-unit-price" />
        <input className="num-input" value={total} onChange={(e) => setTotal(e.target.value)} placeholder="Total (optional)" aria-label="Total" data-testid="app-item-total" />
        <button type="button" className="button" disabled={!itemId || busy} onClick={() => void add()} data-testid="app-item-add">
          Add item
        </button>
      </div>
    </div>
  );
}
