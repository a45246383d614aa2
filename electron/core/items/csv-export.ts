import type { Database } from 'better-sqlite3';
import { ITEM_CSV_COLUMNS, ITEM_CSV_EXPORT_ONLY_COLUMNS, type ItemCsvColumn } from '../../../shared/items/csv-columns';
import { formatParameterCell } from '../../../shared/items/parameter-cell';
import type { ItemParameter } from '../../../shared/items/types';
import { csvLine } from '../files/csv-cells';

const CHUNK = 500;

interface ExportRow {
  id: number;
  name: string;
  model_number: string | null;
  manufacturer: string | null;
  description: string | null;
  item_type: string;
  origin_country: string | null;
  notes: string | null;
  ccats_number: string | null;
  encryption_component: string | null;
  non_us_components: string | null;
  non_us_manufacturing_locations: string | null;
  us_label: string | null;
  us_status: string | null;
  eu_label: string | null;
  eu_status: string | null;
  needs_review: number;
}

/**
 * Items as a CSV in the import format, so a catalogue can go to a spreadsheet and come back; the
 * classifications in force follow for the reader (the import skips them). Starts with a byte-order
 * mark so spreadsheet programs read it as UTF-8; lines end in CRLF (RFC 4180).
 */
export function itemsCsv(db: Database, ids: number[]): string {
  const lines = [[...ITEM_CSV_COLUMNS, ...ITEM_CSV_EXPORT_ONLY_COLUMNS].join(',')];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const marks = chunk.map(() => '?').join(',');
    const items = new Map(
      (
        db
          .prepare(
            `SELECT id, name, model_number, manufacturer, description, item_type, origin_country, notes, ccats_number, encryption_component, non_us_components,
               non_us_manufacturing_locations, us_label, us_status, eu_label, eu_status, needs_review
             FROM items WHERE id IN (${marks})`,
          )
          .all(...chunk) as ExportRow[]
      ).map((r) => [r.id, r]),
    );
    const params = new Map<number, ItemParameter[]>();
    for (const p of db.prepare(`SELECT item_id, name, value, unit FROM item_parameters WHERE item_id IN (${marks}) ORDER BY item_id, ordinal`).all(...chunk) as (ItemParameter & {
      item_id: number;
    })[]) {
      const list = params.get(p.item_id) ?? [];
      list.push({ name: p.name, value: p.value, unit: p.unit });
      params.set(p.item_id, list);
    }
    for (const id of chunk) {
      const r = items.get(id);
      if (!r) continue;
      const cells: Record<ItemCsvColumn, string | null> = {
        name: r.name,
        model_number: r.model_number,
        manufacturer: r.manufacturer,
        item_type: r.item_type,
        origin_country: r.origin_country,
        description: r.description,
        parameters: formatParameterCell(params.get(id) ?? []),
        notes: r.notes,
        ccats_number: r.ccats_number,
        encryption_component: r.encryption_component,
        non_us_components: r.non_us_components,
        non_us_manufacturing_locations: r.non_us_manufacturing_locations,
      };
      const state = (label: string | null, status: string | null) => (label ? `${label}${status === 'draft' ? ' (draft)' : ''}` : '');
      lines.push(csvLine([...ITEM_CSV_COLUMNS.map((c) => cells[c]), state(r.us_label, r.us_status), state(r.eu_label, r.eu_status), r.needs_review ? 'yes' : '']));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
