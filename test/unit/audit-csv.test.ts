import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { auditRowHash } from '../../electron/core/audit';
import { runCli } from '../../electron/cli/main';
import { uncsvCell } from '../../electron/core/files/csv-cells';
import { sha256Hex } from '../../electron/core/store/hash';
import { generateAuditLog, GENERATED_ACTORS } from '../bench/audit-data';
import { auditScenario, OS_USER } from './audit-helpers';
import { cleanupTemp, ok, openTempWorkspace, tempDir } from './helpers';
import { createParty } from './parties-helpers';

afterEach(cleanupTemp);

const HEADER = ['id', 'at', 'actor', 'action', 'record_type', 'record_id', 'before', 'after', 'hash', 'prev_hash'] as const;
type CsvRow = Record<(typeof HEADER)[number], string>;

/** The file as a spreadsheet program reads it: a header and one record per row. */
function records(content: string): CsvRow[] {
  const rows = parse(content, { bom: true, relax_column_count: false }) as string[][];
  expect(rows[0]).toEqual(HEADER);
  return rows.slice(1).map((cells) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i]!])) as CsvRow);
}

describe('audit.exportCsv', () => {
  it('writes every row oldest first, with before/after as stored, so each hash can be recomputed from the file', async () => {
    const ws = await auditScenario();
    const out = ok(await ws.core.call('audit.exportCsv', {}));
    expect(out.content.startsWith('\ufeffid,at,actor,action,record_type,record_id,before,after,hash,prev_hash\r\n')).toBe(true);
    expect(out.content.endsWith('\r\n')).toBe(true);
    expect(out).toMatchObject({ fileName: 'audit-log-2026-03-04.csv', rowCount: 7, sha256: sha256Hex(out.content) });
    const rows = records(out.content);
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows[0]).toMatchObject({ at: '2026-03-01T09:00:00.000Z', actor: OS_USER, action: 'settings.update', record_type: 'settings', record_id: 'userName' });
    expect(JSON.parse(rows[2]!.after)).toEqual({ notes: 'End use confirmed by phone' });
    // No "before" on a creation: an empty cell, not the text "null".
    expect(rows[1]!.before).toBe('');
    let prev = '0'.repeat(64);
    for (const r of rows) {
      expect(r.prev_hash).toBe(prev);
      const recomputed = auditRowHash({
        id: Number(r.id),
        at: r.at,
        actor: r.actor,
        action: r.action,
        record_type: r.record_type,
        record_id: r.record_id,
        before_json: r.before === '' ? null : r.before,
        after_json: r.after === '' ? null : r.after,
        prev_hash: r.prev_hash,
      });
      expect(recomputed).toBe(r.hash);
      prev = r.hash;
    }
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as a formula', async () => {
    const ws = openTempWorkspace();
    ok(await ws.core.call('settings.update', { userName: 'O\'Brien, "Bob"' }));
    await createParty(ws.core, { legalName: 'Comma, Quote "Q" Ltd', notes: 'line one\nline two' });
    ok(await ws.core.call('settings.update', { userName: '=HYPERLINK("http://x")' }));
    await createParty(ws.core, { legalName: 'Second Party GmbH' });
    const out = ok(await ws.core.call('audit.exportCsv', {}));
    expect(out.content).toContain('"O\'Brien, ""Bob"""');
    const rows = records(out.content);
    expect(rows[1]!.actor).toBe('O\'Brien, "Bob"');
    expect(JSON.parse(rows[1]!.after)).toMatchObject({ legalName: 'Comma, Quote "Q" Ltd', notes: 'line one\nline two' });
    expect(JSON.parse(rows[2]!.after)).toEqual({ userName: '=HYPERLINK("http://x")' });
    expect(rows[3]!.actor).toBe(`'=HYPERLINK("http://x")`);
    expect(uncsvCell(rows[3]!.actor)).toBe('=HYPERLINK("http://x")');
  });

  it('exports only the rows the filters select, and records the export with its filters in the log', async () => {
    const ws = await auditScenario();
    ws.setClock('2026-03-05T10:00:00.000Z');
    const out = ok(await ws.core.call('audit.exportCsv', { actor: 'Grace', actionPrefix: 'parties.', from: '2026-03-01' }));
    expect(records(out.content).map((r) => [r.id, r.action])).toEqual([
      ['5', 'parties.create'],
      ['7', 'parties.update'],
    ]);
    expect(out.rowCount).toBe(2);
    const [row] = ok(await ws.core.call('audit.list', { limit: 1 }));
    expect(row).toMatchObject({
      id: 8,
      actor: 'Grace',
      action: 'audit.exportCsv',
      recordType: 'audit_export',
      recordId: 'audit-log-2026-03-05.csv',
      after: {
        fileName: 'audit-log-2026-03-05.csv',
        rowCount: 2,
        throughRow: 7,
        sha256: out.sha256,
        filters: { actor: 'Grace', actionPrefix: 'parties.', from: '2026-03-01T00:00:00.000Z' },
      },
    });
    expect(ok(await ws.core.call('audit.verify', {})).ok).toBe(true);
  });

  it('writes only the header when nothing matches', async () => {
    const ws = await auditScenario();
    const out = ok(await ws.core.call('audit.exportCsv', { from: '2030-01-01' }));
    expect(out.content).toBe(`\ufeff${HEADER.join(',')}\r\n`);
    expect(out.rowCount).toBe(0);
  });

  it('reads a long log in steps without losing or repeating a row at a step boundary', async () => {
    const ws = openTempWorkspace();
    generateAuditLog(ws.db, 12_345);
    const all = records(ok(await ws.core.call('audit.exportCsv', {})).content);
    expect(all).toHaveLength(12_345);
    expect(all.every((r, i) => Number(r.id) === i + 1)).toBe(true);
    const actor = GENERATED_ACTORS[1]!;
    const mine = records(ok(await ws.core.call('audit.exportCsv', { actor })).content);
    expect(mine.length).toBe(ok(await ws.core.call('audit.count', { actor })).total);
    expect(mine.length).toBeGreaterThan(2000);
    expect(mine.every((r) => r.actor === actor)).toBe(true);
    expect(mine.map((r) => Number(r.id))).toEqual(all.filter((r) => r.actor === actor).map((r) => Number(r.id)));
  });
});

describe('exportdesk audit export', () => {
  it('writes the filtered CSV to the file given', async () => {
    const ws = await auditScenario();
    const target = path.join(tempDir(), 'audit.csv');
    const out: string[] = [];
    const code = await runCli(['--workspace', ws.dir, 'audit', 'export', '--user', 'Ada', '--out', target], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^Wrote 3 audit rows to .*audit\.csv\nSHA-256 [0-9a-f]{64}$/);
    expect(records(fs.readFileSync(target, 'utf8')).map((r) => [r.id, r.actor])).toEqual([
      ['2', 'Ada'],
      ['3', 'Ada'],
      ['4', 'Ada'],
    ]);
  });
});
