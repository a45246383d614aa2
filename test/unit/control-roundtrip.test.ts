/**
 * An office hands the exact list version it classifies against to a field laptop: export a
 * snapshot, import the file into a fresh workspace, and every entry and paragraph must come out
 * identical, under the same identity (the publisher file's SHA-256).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListSnapshot } from '../../shared/control-lists/types';
import { cleanupTemp, countRows, failed, fixture, importFile, ok, openTempWorkspace, type TempWorkspace } from './helpers';

afterEach(cleanupTemp);

/** Every stored row of a snapshot, without the row ids that differ between workspaces. */
function snapshotRows(db: Database, snapshotId: number) {
  return {
    entries: db
      .prepare(
        `SELECT code, category, product_group, heading, reasons_text, reasons_json, chart_rows_json, license_exceptions_json, related_controls
         FROM control_entries WHERE snapshot_id = ? ORDER BY code`,
      )
      .all(snapshotId),
    paragraphs: db
      .prepare(
        `SELECT e.code AS entry, p.ordinal, p.code, p.label, p.kind, p.depth, p.parent_ordinal, p.text
         FROM control_paragraphs p JOIN control_entries e ON e.id = p.entry_id WHERE e.snapshot_id = ? ORDER BY e.code, p.ordinal`,
      )
      .all(snapshotId),
    documents: db.prepare('SELECT kind, key, title, text FROM snapshot_documents WHERE snapshot_id = ? ORDER BY id').all(snapshotId),
    search: db
      .prepare('SELECT code, heading, body FROM control_fts WHERE snapshot_id = ? ORDER BY code, heading, body')
      .all(snapshotId),
  };
}

/** What the user sees of each entry (controls.show), without the snapshot id. */
async function shownEntries(ws: TempWorkspace, snapshotId: number) {
  const codes = (ws.db.prepare('SELECT code FROM control_entries WHERE snapshot_id = ? ORDER BY code').all(snapshotId) as { code: string }[]).map(
    (r) => r.code,
  );
  const out = [];
  for (const code of codes) {
    const { snapshotId: _id, ...e } = ok(await ws.core.call('controls.show', { code, snapshotId }));
    out.push(e);
  }
  return out;
}

async function exportTo(ws: TempWorkspace, snapshotId: number) {
  const out = ok(await ws.core.call('controls.export', { snapshotId }));
  const file = path.join(path.dirname(ws.dir), out.fileName);
  fs.writeFileSync(file, out.content);
  return { ...out, file };
}

const PROVENANCE: (keyof ListSnapshot)[] = [
  'listId',
  'listName',
  'listKind',
  'versionLabel',
  'effectiveDate',
  'sourceUrl',
  'sourceFileName',
  'retrievedAt',
  'sha256',
  'attribution',
  'citation',
  'entryCount',
  'paragraphCount',
];
const pick = (s: ListSnapshot) => Object.fromEntries(PROVENANCE.map((k) => [k, s[k]]));

const SOURCES: [string, string, Record<string, unknown>][] = [
  ['US CCL JSON', 'ccl-2026-01-15.json', {}],
  ['EU Annex I JSON (with notes and general export authorisations)', 'eu-annex-i-2025-01-01.json', {}],
  ['CSV custom list', 'custom-list.csv', { listId: 'acme-internal', listName: 'ACME internal list', effectiveDate: '2026-02-01' }],
];

describe('export → import into a fresh workspace', () => {
  for (const [what, name, options] of SOURCES) {
    it(`${what}: identical entries, paragraphs, documents and identity`, async () => {
      const office = openTempWorkspace();
      const original = await importFile(office.core, fixture(name), options);
      const exported = await exportTo(office, original.id);
      expect(exported.sha256).toBe(crypto.createHash('sha256').update(exported.content).digest('hex'));
      expect(exported.fileName).toMatch(/\.exportdesk\.json$/);

      const laptop = openTempWorkspace();
      const copy = await importFile(laptop.core, exported.file);
      expect(pick(copy)).toEqual(pick(original));
      expect(copy.format).toBe('exchange-json');
      expect(copy.fileSha256).toBe(exported.sha256);
      expect(copy.isCurrent).toBe(true);

      expect(snapshotRows(laptop.db, copy.id)).toEqual(snapshotRows(office.db, original.id));
      expect(await shownEntries(laptop, copy.id)).toEqual(await shownEntries(office, original.id));
      expect(ok(await laptop.core.call('controls.lists', {}))).toEqual(ok(await office.core.call('controls.lists', {})).map((l) => ({ ...l, currentSnapshotId: copy.id })));

      // Exporting the copy again gives the same bytes, so the office and the laptop can compare hashes.
      const again = await exportTo(laptop, copy.id);
      expect(again.sha256).toBe(exported.sha256);
      expect(again.content).toBe(exported.content);
    });
  }

  it('the export is deterministic: the same snapshot exports to the same bytes', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
    const a = ok(await ws.core.call('controls.export', { snapshotId: s.id }));
    const b = ok(await ws.core.call('controls.export', { snapshotId: s.id }));
    expect(b).toEqual(a);
  });

  it('importing the export into the same workspace is refused as a duplicate, and nothing is written', async () => {
    const ws = openTempWorkspace();
    const s = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
    const exported = await exportTo(ws, s.id);
    const before = countRows(ws.db);
    const e = failed(await ws.core.call('controls.import', { source: { path: exported.file } }));
    expect(e.code).toBe('DUPLICATE');
    expect(e.file).toBe(exported.fileName);
    expect(e.message).toContain(`already imported as snapshot #${s.id}`);
    expect(countRows(ws.db)).toEqual(before);
  });

  it('the original publisher file is refused in a workspace that holds its exported copy', async () => {
    const office = openTempWorkspace();
    const s = await importFile(office.core, fixture('ccl-2026-01-15.json'));
    const exported = await exportTo(office, s.id);
    const laptop = openTempWorkspace();
    const copy = await importFile(laptop.core, exported.file);
    const e = failed(await laptop.core.call('controls.import', { source: { path: fixture('ccl-2026-01-15.json') } }));
    expect(e.code).toBe('DUPLICATE');
    expect(e.message).toContain(`snapshot #${copy.id}`);
  });

  it('an unknown snapshot cannot be exported', async () => {
    const ws = openTempWorkspace();
    expect(failed(await ws.core.call('controls.export', { snapshotId: 42 }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
