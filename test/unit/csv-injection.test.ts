/**
 * CSV injection (OWASP): a cell a spreadsheet program reads as a formula must never leave an
 * export live. Every payload class is tried in the parties, items and audit exports; each export is
 * read back as a spreadsheet would read it, and the audit export's hashes are recomputed from the
 * file alone, by the rule docs/formats.md states.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { auditRowHash } from '../../electron/core/audit';
import { csvCell, uncsvCell } from '../../electron/core/files/csv-cells';
import { createItem } from './classification-helpers';
import { cleanupTemp, ok, openTempWorkspace } from './helpers';
import { createParty } from './parties-helpers';

afterEach(cleanupTemp);

/** One of each class: each starts a formula in Excel, LibreOffice Calc or Google Sheets. */
const PAYLOADS: [string, string][] = [
  ['equals', '=1+1'],
  ['equals calling a command', `=cmd|' /C calc'!A0`],
  ['plus before a digit', '+1+HYPERLINK("http://evil.example","Click")'],
  ['minus before a digit', `-2+3+cmd|' /C calc'!A0`],
  ['plus before a letter', '+cmd'],
  ['at', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
  ['line feed', '\n=1+1'],
  ['spaces before equals', '  =1+1'],
  ['full-width equals', '＝1+1'],
  ['full-width plus', '＋1+1'],
  ['full-width minus', '－1+1'],
  ['full-width at', '＠SUM(1)'],
  ['a phone number', '+44 20 7946 0000'],
  ['a negative figure', '-12.5'],
];

/** Names folded apart, so the parties' names do not repeat one another once punctuation is set aside. */
const TREES = ['Alder', 'Birch', 'Cedar', 'Elm', 'Fir', 'Hazel', 'Larch', 'Maple', 'Oak', 'Pine', 'Rowan', 'Spruce', 'Willow', 'Yew'];

/** What a spreadsheet program would run: a cell whose text starts a formula (leading blanks skipped). */
const LIVE = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

const readCsv = (content: string) => parse(content, { bom: true, relax_column_count: false }) as string[][];

describe('csvCell defuses every formula class and uncsvCell takes exactly that back', () => {
  for (const [what, v] of PAYLOADS) {
    it(what, () => {
      const [[cell]] = readCsv(`${csvCell(v)}\n`) as [[string]];
      expect(cell.startsWith("'")).toBe(true);
      expect(LIVE.test(cell)).toBe(false);
      expect(uncsvCell(cell)).toBe(v);
    });
  }

  it('leaves ordinary text alone, and keeps a value that itself starts with an apostrophe as it is', () => {
    for (const v of ['Plain', "O'Brien", "'quoted'", "'=already escaped by hand", "''+1", 'a=b', '12', '']) {
      const [[cell]] = readCsv(`${csvCell(v) || '""'}\n`) as [[string]];
      expect([v, uncsvCell(cell)]).toEqual([v, v]);
      expect(LIVE.test(cell)).toBe(false);
    }
    expect(csvCell('Plain')).toBe('Plain');
  });
});

describe('no export leaves a formula live', () => {
  it('parties: names, phone numbers and notes', async () => {
    const ws = openTempWorkspace();
    for (const [i, [, v]] of PAYLOADS.filter(([w]) => !/tab|carriage|line feed/.test(w)).entries()) {
      await createParty(ws.core, { legalName: `${v} Ltd ${TREES[i]}`, country: 'GB', notes: v, contacts: [{ name: 'Desk', phone: v }], confirmDuplicate: true });
    }
    const out = ok(await ws.core.call('parties.export', {}));
    const rows = readCsv(out.content);
    const live = rows.slice(1).flat().filter((c) => LIVE.test(c));
    expect(live).toEqual([]);
    // Imported again, every cell is as typed.
    const other = openTempWorkspace();
    ok(await other.core.call('parties.import', { source: { name: 'parties.csv', base64: Buffer.from(out.content).toString('base64') } }));
    const names = (core: typeof ws.core) => core.call('parties.list', { limit: 100 }).then((r) => ok(r).rows.map((p) => p.legalName).sort());
    expect(await names(other.core)).toEqual(await names(ws.core));
    const phones = (other.db.prepare('SELECT phone FROM party_contacts').pluck().all() as string[]).sort();
    // The import trims cells, as it does any spreadsheet's.
    expect(phones).toEqual(PAYLOADS.filter(([w]) => !/tab|carriage|line feed/.test(w)).map(([, v]) => v.trim()).sort());
    expect(rows.slice(1).some((r) => r.some((c) => c.startsWith(`'-2+3+cmd|' /C calc'!A0 Ltd`)))).toBe(true);
    expect(rows.slice(1).some((r) => r.includes(`'+44 20 7946 0000`))).toBe(true);
  });

  it('items: names, descriptions and notes', async () => {
    const ws = openTempWorkspace();
    for (const [i, [, v]] of PAYLOADS.filter(([w]) => !/tab|carriage|line feed/.test(w)).entries()) {
      await createItem(ws.core, { name: `${v} Box`, modelNumber: `M-${i}`, description: v, notes: v });
    }
    const rows = readCsv(ok(await ws.core.call('items.export', {})).content);
    expect(rows.slice(1).flat().filter((c) => LIVE.test(c))).toEqual([]);
    expect(rows.slice(1).some((r) => r.includes(`'+1+HYPERLINK("http://evil.example","Click") Box`))).toBe(true);
  });

  it('audit: a user name that is a formula, and every hash still recomputed from the file alone', async () => {
    const ws = openTempWorkspace();
    for (const [, v] of PAYLOADS.filter(([w]) => !/tab|carriage|line feed/.test(w))) {
      ok(await ws.core.call('settings.update', { userName: v }));
      await createParty(ws.core, { legalName: `Party of ${v}`, country: 'DE', confirmDuplicate: true });
    }
    ok(await ws.core.call('settings.update', { userName: "'=typed with an apostrophe" }));
    await createParty(ws.core, { legalName: 'Last Party GmbH', country: 'DE' });
    const rows = readCsv(ok(await ws.core.call('audit.exportCsv', {})).content);
    const [header, ...body] = rows;
    expect(body.flat().filter((c) => LIVE.test(c))).toEqual([]);
    expect(body.some((r) => r.includes(`'-2+3+cmd|' /C calc'!A0`))).toBe(true);

    // docs/formats.md, "Audit export": a cell that starts with an apostrophe followed by what would
    // start a formula (after any further apostrophes) had one apostrophe added; every other cell is
    // the stored text, an empty before/after cell standing for none.
    const stored = (cell: string) => (/^''*(?:\s*[=+\-@＝＋－＠]|[\t\r\n])/.test(cell) ? cell.slice(1) : cell);
    const col = Object.fromEntries(header!.map((h, i) => [h, i])) as Record<string, number>;
    let prev = '0'.repeat(64);
    const actors: string[] = [];
    for (const r of body) {
      const cell = (name: string) => stored(r[col[name]!]!);
      expect(cell('prev_hash')).toBe(prev);
      const hash = auditRowHash({
        id: Number(cell('id')),
        at: cell('at'),
        actor: cell('actor'),
        action: cell('action'),
        record_type: cell('record_type'),
        record_id: cell('record_id'),
        before_json: cell('before') === '' ? null : cell('before'),
        after_json: cell('after') === '' ? null : cell('after'),
        prev_hash: cell('prev_hash'),
      });
      expect([cell('id'), hash]).toEqual([cell('id'), cell('hash')]);
      prev = hash;
      actors.push(cell('actor'));
    }
    expect(actors).toContain(`-2+3+cmd|' /C calc'!A0`);
    expect(actors).toContain("'=typed with an apostrophe");
    expect(body.length).toBe(ok(await ws.core.call('audit.count', {})).total - 1);
  });
});
