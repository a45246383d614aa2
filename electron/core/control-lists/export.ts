import type { Database } from 'better-sqlite3';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeFile } from './importers/exchange-json';
import { getSnapshot, loadEntryRows, loadParagraphRows } from './queries';

/**
 * A snapshot in the exchange format. Deterministic (no export time inside), so the same snapshot
 * always exports to the same bytes and an office can compare hashes with a field laptop.
 */
export function exportSnapshot(db: Database, snapshotId: number): { fileName: string; content: string } {
  const s = getSnapshot(db, snapshotId);
  const list = db.prepare('SELECT id, name, kind FROM control_lists WHERE id = ?').get(s.listId) as ExchangeFile['list'];
  const paras = new Map<number, ExchangeFile['entries'][number]['paragraphs']>();
  for (const p of loadParagraphRows(db, snapshotId)) {
    const arr = paras.get(p.entryId) ?? [];
    arr.push({ code: p.code, label: p.label, kind: p.kind, depth: p.depth, text: p.text });
    paras.set(p.entryId, arr);
  }
  const file: ExchangeFile = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_VERSION,
    list,
    snapshot: {
      versionLabel: s.versionLabel,
      effectiveDate: s.effectiveDate,
      sourceUrl: s.sourceUrl,
      sourceFileName: s.sourceFileName,
      sourceSha256: s.sha256,
      retrievedAt: s.retrievedAt,
      attribution: s.attribution,
      citation: s.citation,
    },
    entries: loadEntryRows(db, snapshotId).map((e) => ({
      code: e.code,
      category: e.category,
      productGroup: e.product_group,
      heading: e.heading,
      reasonsText: e.reasons_text,
      reasons: JSON.parse(e.reasons_json),
      chartRows: JSON.parse(e.chart_rows_json),
      licenseExceptions: JSON.parse(e.license_exceptions_json),
      relatedControls: e.related_controls,
      paragraphs: paras.get(e.id) ?? [],
    })),
    documents: db
      .prepare('SELECT kind, key, title, text FROM snapshot_documents WHERE snapshot_id = ? ORDER BY id')
      .all(snapshotId) as ExchangeFile['documents'],
  };
  const safe = `${s.listId}-${s.versionLabel}`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { fileName: `${safe}.exportdesk.json`, content: `${JSON.stringify(file, null, 1)}\n` };
}
