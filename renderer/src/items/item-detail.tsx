import { ENCRYPTION_COMPONENT_LABELS, ITEM_TYPE_LABELS, type Item } from '../../../shared/items/types';
import { ErrorBox } from '../components/error-box';
import { formatDateTime } from '../components/format';
import { KvRow } from '../components/kv-row';
import { TabBar } from '../components/tab-bar';
import { ClassificationPanel } from './classification-panel';
import { ItemDocuments } from './item-documents';
import { ItemHistory } from './item-history';
import { ReviewBadge } from './items-table';
import { useItems, type ItemTab } from './store';
import { RetentionLine } from '../retention/retention-line';
import { useApp } from '../app/app-store';
import { usePackages } from '../packages/store';

const TABS: { id: ItemTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'classification', label: 'Classification' },
  { id: 'documents', label: 'Documents' },
  { id: 'history', label: 'History' },
];

const none = <span className="muted">Not recorded</span>;

function ItemFields({ item }: { item: Item }) {
  return (
    <div className="item-fields">
      <dl className="kv" data-testid="item-fields">
        <KvRow label="Model / part no.">{item.modelNumber ?? none}</KvRow>
        <KvRow label="Manufacturer">{item.manufacturer ?? none}</KvRow>
        <KvRow label="Item type">{ITEM_TYPE_LABELS[item.itemType]}</KvRow>
        <KvRow label="Origin">{item.originCountry ? `${item.originCountryName} (${item.originCountry})` : none}</KvRow>
        <KvRow label="Description">{item.description ? <span className="pre">{item.description}</span> : none}</KvRow>
        <KvRow label="Notes">{item.notes ? <span className="pre">{item.notes}</span> : none}</KvRow>
        <KvRow label="CCATS number">{item.ccatsNumber ?? none}</KvRow>
        <KvRow label="Mass-market kind still reported">{item.encryptionComponent ? ENCRYPTION_COMPONENT_LABELS[item.encryptionComponent] : <span className="muted">None of these</span>}</KvRow>
        <KvRow label="Non-U.S. components">{item.nonUsComponents ?? <span className="muted">None recorded</span>}</KvRow>
        <KvRow label="Non-U.S. manufacturing locations">{item.nonUsManufacturingLocations ?? <span className="muted">None recorded</span>}</KvRow>
      </dl>
      <h3>Technical parameters</h3>
      {item.parameters.length === 0 ? (
        <p className="empty">No parameters recorded. Key lengths, algorithms, throughput and other datasheet values belong here.</p>
      ) : (
        <table className="data-table compact" data-testid="item-parameters">
          <thead>
            <tr>
              <th>Parameter</th>
              <th>Value</th>
              <th>Unit</th>
            </tr>
          </thead>
          <tbody>
            {item.parameters.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.value}</td>
                <td>{p.unit ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Badge({ label, c }: { label: string; c: Item['us'] }) {
  return (
    <span className={`class-chip large${c?.status === 'draft' ? ' draft' : ''}${c ? '' : ' none'}`} data-testid={`item-badge-${label.toLowerCase()}`}>
      <span className="class-chip-jur">{label}</span> {c ? `${c.label}${c.status === 'draft' ? ' (draft)' : ''}` : 'not classified'}
    </span>
  );
}

export function ItemDetail() {
  const { item, itemError, selectedId, tab, setTab, setPane } = useItems();

  if (selectedId === null) {
    return (
      <div className="item-placeholder" data-testid="item-placeholder">
        <p>Choose an item to see its details, classifications, documents and history.</p>
        <p className="muted">
          Each classification cites the exact paragraph of a specific version of the US Commerce Control List (15 CFR 774 Supp. No. 1) or the EU dual-use list (Annex I to
          Regulation (EU) 2021/821). When a newer version changes that text, the item is flagged for review.
        </p>
      </div>
    );
  }
  if (!item) return <div className="item-detail">{itemError ? <ErrorBox error={itemError} title="The item could not be loaded." /> : <p className="muted">Loading…</p>}</div>;

  return (
    <div className="item-detail" data-testid="item-detail" data-item-id={item.id}>
      <header className="item-detail-head">
        <div className="item-title">
          <h2 data-testid="item-title">{item.name}</h2>
          <div className="item-meta">
            <span>{ITEM_TYPE_LABELS[item.itemType]}</span>
            {item.modelNumber && <span>{item.modelNumber}</span>}
            {item.manufacturer && <span>{item.manufacturer}</span>}
            <span className="muted">#{item.id}</span>
          </div>
          <div className="item-badges">
            <Badge label="US" c={item.us} />
            <Badge label="EU" c={item.eu} />
            {item.needsReview && <ReviewBadge />}
          </div>
          <RetentionLine retention={item.retention} />
        </div>
        <div className="item-actions">
          <button type="button" className="button small primary" onClick={() => setPane('classify')} data-testid="classify-item">
            Classify
          </button>
          <button type="button" className="button small" onClick={() => setPane('edit')} data-testid="edit-item">
            Edit
          </button>
          <button
            type="button"
            className="button small"
            title="A PDF with the item, its parameters, the classification rationale and the quoted list text"
            onClick={() => {
              usePackages.getState().startNew({ kind: 'classification-request', itemId: item.id });
              useApp.getState().setArea('packages');
            }}
            data-testid="item-package"
          >
            Classification request…
          </button>
        </div>
      </header>
      <TabBar
        tabs={TABS}
        active={tab}
        onSelect={setTab}
        label="Item"
        className="item-tabs"
        testIdPrefix="item-tab-"
        badge={(id) =>
          id === 'classification' && item.openReviews > 0 ? (
            <span className="tab-count red">{item.openReviews}</span>
          ) : id === 'documents' && item.documentCount > 0 ? (
            <span className="tab-count">{item.documentCount}</span>
          ) : null
        }
      />
      <div className="item-tab-body">
        {tab === 'details' && <ItemFields item={item} />}
        {tab === 'classification' && <ClassificationPanel item={item} />}
        {tab === 'documents' && <ItemDocuments item={item} />}
        {tab === 'history' && <ItemHistory item={item} />}
      </div>
      <p className="item-footnote muted">
        Created {formatDateTime(item.createdAt)} by {item.createdBy} · last changed {formatDateTime(item.updatedAt)}
      </p>
    </div>
  );
}
