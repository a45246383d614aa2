import type { Database } from 'better-sqlite3';
import { countryName } from '../../../shared/countries';
import { AppError } from '../../../shared/errors';
import type { EncryptionComponent, Item, ItemFields, ItemParameter, ItemType } from '../../../shared/items/types';
import { nameKey } from '../../../shared/parties/name-key';
import { recordRetention } from '../retention/list';

export interface ItemRow {
  id: number;
  name: string;
  name_key: string;
  identity_key: string;
  model_number: string | null;
  manufacturer: string | null;
  description: string | null;
  item_type: ItemType;
  origin_country: string | null;
  notes: string | null;
  ccats_number: string | null;
  encryption_component: EncryptionComponent | null;
  non_us_components: string | null;
  non_us_manufacturing_locations: string | null;
  us_class: string;
  us_label: string | null;
  us_status: 'draft' | 'final' | null;
  eu_class: string;
  eu_label: string | null;
  eu_status: 'draft' | 'final' | null;
  needs_review: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

/**
 * The same item entered twice: name, model or part number and manufacturer folded alike. Two
 * models of one product line, or one name from two manufacturers, are different items.
 */
export function identityKey(f: Pick<ItemFields, 'name' | 'modelNumber' | 'manufacturer'>): string {
  return [f.name, f.modelNumber ?? '', f.manufacturer ?? ''].map(nameKey).join('|');
}

/** Prepared once per database: an import writes thousands of items through these. */
function prepareStatements(db: Database) {
  return {
    insert: db.prepare(
      `INSERT INTO items (name, name_key, identity_key, model_number, manufacturer, description, item_type, origin_country, notes,
         ccats_number, encryption_component, non_us_components, non_us_manufacturing_locations, created_at, created_by, updated_at)
       VALUES (@name, @nameKey, @identityKey, @modelNumber, @manufacturer, @description, @itemType, @originCountry, @notes,
         @ccatsNumber, @encryptionComponent, @nonUsComponents, @nonUsManufacturingLocations, @at, @actor, @at)`,
    ),
    update: db.prepare(
      `UPDATE items SET name = @name, name_key = @nameKey, identity_key = @identityKey, model_number = @modelNumber,
         manufacturer = @manufacturer, description = @description, item_type = @itemType, origin_country = @originCountry,
         notes = @notes, ccats_number = @ccatsNumber, encryption_component = @encryptionComponent, non_us_components = @nonUsComponents,
         non_us_manufacturing_locations = @nonUsManufacturingLocations, updated_at = @at WHERE id = @id`,
    ),
    row: db.prepare('SELECT * FROM items WHERE id = ?'),
    byIdentity: db.prepare('SELECT id, name FROM items WHERE identity_key = ?'),
    parameters: db.prepare('SELECT name, value, unit FROM item_parameters WHERE item_id = ? ORDER BY ordinal'),
    deleteParameters: db.prepare('DELETE FROM item_parameters WHERE item_id = ?'),
    insertParameter: db.prepare('INSERT INTO item_parameters (item_id, ordinal, name, value, unit) VALUES (?, ?, ?, ?, ?)'),
    deleteSearch: db.prepare('DELETE FROM item_search WHERE rowid = ?'),
    insertSearch: db.prepare('INSERT INTO item_search (rowid, name, model, manufacturer) VALUES (?, ?, ?, ?)'),
    documentCount: db.prepare(`SELECT count(*) AS n FROM documents WHERE owner_type = 'item' AND owner_id = ?`),
    openReviews: db.prepare('SELECT count(*) AS n FROM classification_reviews WHERE item_id = ? AND resolved_at IS NULL'),
    inForce: db.prepare('SELECT id, jurisdiction FROM classifications WHERE item_id = ? AND superseded_at IS NULL'),
  };
}

const cache = new WeakMap<Database, ReturnType<typeof prepareStatements>>();

function statements(db: Database): ReturnType<typeof prepareStatements> {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepareStatements(db)));
  return s;
}

export function getItemRow(db: Database, id: number): ItemRow {
  const row = statements(db).row.get(id) as ItemRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no item #${id} in this workspace`, { field: 'itemId' });
  return row;
}

/** The item already in the workspace under the same name, model and manufacturer, if any. */
export function findSameItem(db: Database, f: Pick<ItemFields, 'name' | 'modelNumber' | 'manufacturer'>): { id: number; name: string } | undefined {
  return statements(db).byIdentity.get(identityKey(f)) as { id: number; name: string } | undefined;
}

export function refuseSameItem(db: Database, f: ItemFields, exceptId?: number): void {
  const same = findSameItem(db, f);
  if (same && same.id !== exceptId) {
    const what = [f.modelNumber && `model ${f.modelNumber}`, f.manufacturer && `by ${f.manufacturer}`].filter(Boolean).join(' ');
    throw new AppError('DUPLICATE', `Item #${same.id} ${same.name}${what ? ` (${what})` : ''} is already in the catalogue: the same name, model and manufacturer.`, {
      field: 'name',
    });
  }
}

/** The editable fields of a stored item: what audit rows record before and after a change. */
export function getItemFields(db: Database, id: number): ItemFields {
  const row = getItemRow(db, id);
  return fieldsOf(row, statements(db).parameters.all(id) as ItemParameter[]);
}

function fieldsOf(row: ItemRow, parameters: ItemParameter[]): ItemFields {
  return {
    name: row.name,
    modelNumber: row.model_number,
    manufacturer: row.manufacturer,
    description: row.description,
    itemType: row.item_type,
    originCountry: row.origin_country,
    notes: row.notes,
    parameters,
    ccatsNumber: row.ccats_number,
    encryptionComponent: row.encryption_component,
    nonUsComponents: row.non_us_components,
    nonUsManufacturingLocations: row.non_us_manufacturing_locations,
  };
}

export function getItem(db: Database, id: number): Item {
  const s = statements(db);
  const row = getItemRow(db, id);
  const inForce = new Map((s.inForce.all(id) as { id: number; jurisdiction: string }[]).map((c) => [c.jurisdiction, c.id]));
  const badge = (label: string | null, status: 'draft' | 'final' | null, jurisdiction: string) =>
    label && status ? { classificationId: inForce.get(jurisdiction)!, label, status } : null;
  return {
    id,
    ...fieldsOf(row, s.parameters.all(id) as ItemParameter[]),
    originCountryName: row.origin_country ? (countryName(row.origin_country) ?? row.origin_country) : null,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    us: badge(row.us_label, row.us_status, 'us-ear'),
    eu: badge(row.eu_label, row.eu_status, 'eu'),
    needsReview: row.needs_review === 1,
    openReviews: (s.openReviews.get(id) as { n: number }).n,
    documentCount: (s.documentCount.get(id) as { n: number }).n,
    retention: recordRetention(db, 'item', id),
  };
}

function writeChildren(db: Database, id: number, f: ItemFields): void {
  const s = statements(db);
  s.deleteParameters.run(id);
  f.parameters.forEach((p, i) => s.insertParameter.run(id, i, p.name, p.value, p.unit));
  s.deleteSearch.run(id);
  s.insertSearch.run(id, f.name, f.modelNumber ?? '', f.manufacturer ?? '');
}

function params(f: ItemFields, at: string) {
  return {
    name: f.name,
    nameKey: nameKey(f.name),
    identityKey: identityKey(f),
    modelNumber: f.modelNumber,
    manufacturer: f.manufacturer,
    description: f.description,
    itemType: f.itemType,
    originCountry: f.originCountry,
    notes: f.notes,
    ccatsNumber: f.ccatsNumber,
    encryptionComponent: f.encryptionComponent,
    nonUsComponents: f.nonUsComponents,
    nonUsManufacturingLocations: f.nonUsManufacturingLocations,
    at,
  };
}

export function insertItem(db: Database, f: ItemFields, at: string, actor: string): number {
  const id = Number(statements(db).insert.run({ ...params(f, at), actor }).lastInsertRowid);
  writeChildren(db, id, f);
  return id;
}

export function updateItem(db: Database, id: number, f: ItemFields, at: string): void {
  statements(db).update.run({ ...params(f, at), id });
  writeChildren(db, id, f);
}
