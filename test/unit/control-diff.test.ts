import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryChange, ListSnapshot, SnapshotDiff } from '../../shared/control-lists/types';
import { wordDiff } from '../../electron/core/control-lists/diff';
import { cleanupTemp, failed, fixture, importFile, ok, openTempWorkspace, type TempWorkspace } from './helpers';

let ws: TempWorkspace;
let january: ListSnapshot;
let march: ListSnapshot;
let eu: ListSnapshot;
let diff: SnapshotDiff;

beforeAll(async () => {
  ws = openTempWorkspace();
  january = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
  march = await importFile(ws.core, fixture('ccl-2026-03-01.json'));
  eu = await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
  diff = ok(await ws.core.call('controls.diff', { fromSnapshotId: january.id, toSnapshotId: march.id }));
});
afterAll(cleanupTemp);

const entry = (code: string): EntryChange => {
  const e = diff.entries.find((x) => x.code === code);
  if (!e) throw new Error(`${code} is not in the diff`);
  return e;
};

// The March fixture differs from January by: 0A501 removed, 5A004 added, 5A002 changed (heading,
// reasons, paragraph a.2 reworded, a.4.b removed, b added); 4D004 is identical.
describe('controls.diff between two editions of the CCL', () => {
  it('counts entries added, removed and changed, in code order, leaving identical entries out', () => {
    expect(diff.from.id).toBe(january.id);
    expect(diff.to.id).toBe(march.id);
    expect([diff.added, diff.removed, diff.changed]).toEqual([1, 1, 1]);
    expect(diff.entries.map((e) => [e.code, e.change])).toEqual([
      ['0A501', 'removed'],
      ['5A002', 'changed'],
      ['5A004', 'added'],
    ]);
  });

  it('an added entry carries its heading and every paragraph as added', () => {
    const e = entry('5A004');
    expect(e.headingBefore).toBeNull();
    expect(e.headingAfter).toMatch(/^“Systems,” “equipment” and “components” for defeating/);
    expect(e.headingWords).toEqual([{ value: e.headingAfter, added: true }]);
    expect(e.paragraphs.map((p) => [p.code, p.change])).toEqual([
      ['5A004.a', 'added'],
      ['5A004.b', 'added'],
      ['5A004.b.1', 'added'],
    ]);
    expect(e.paragraphs.every((p) => p.before === null && p.words.length === 1 && p.words[0]!.added)).toBe(true);
  });

  it('a removed entry carries its heading and every paragraph as removed', () => {
    const e = entry('0A501');
    expect(e.headingAfter).toBeNull();
    expect(e.headingWords).toEqual([{ value: e.headingBefore, removed: true }]);
    expect(e.paragraphs.map((p) => [p.code, p.change, p.after])).toEqual([
      ['0A501.a', 'removed', null],
      ['0A501.b', 'removed', null],
    ]);
  });

  it('a changed entry names what changed and diffs the heading word by word', () => {
    const e = entry('5A002');
    expect(e.fields).toEqual(['heading', 'reasons', 'paragraphs']);
    expect(e.headingWords).toEqual([
      { value: '“Information security” systems, equipment and “components,” as ' },
      { value: 'follows', removed: true },
      { value: 'listed below', added: true },
      { value: ' (see List of Items Controlled).' },
    ]);
  });

  it('paragraphs are matched by code: one reworded, one added, one removed, the rest untouched', () => {
    const e = entry('5A002');
    expect(e.paragraphs.map((p) => [p.code, p.change])).toEqual([
      ['5A002.a.2', 'changed'],
      ['5A002.b', 'added'],
      ['5A002.a.4.b', 'removed'],
    ]);
    const reworded = e.paragraphs[0]!;
    expect(reworded.before).toBe('Digital communication or networking systems, equipment or components, not specified in paragraph 5A002.a.1;');
    expect(reworded.after).toBe('Digital communication or networking systems, equipment or components, not specified in paragraph 5A002.a.1 or 5A002.a.3;');
    expect(reworded.words.filter((w) => w.added).map((w) => w.value)).toEqual(['or 5A002.a.3']);
    expect(reworded.words.filter((w) => w.removed)).toEqual([]);
    // Joining the unchanged and added parts gives the new text; unchanged and removed, the old one
    // (spacing aside: a word diff takes the spacing of unchanged runs from the new text).
    const squash = (t: string) => t.replace(/\s+/g, '');
    expect(reworded.words.filter((w) => !w.removed).map((w) => w.value).join('')).toBe(reworded.after);
    expect(squash(reworded.words.filter((w) => !w.added).map((w) => w.value).join(''))).toBe(squash(reworded.before!));
  });

  it('the reverse diff swaps added and removed', async () => {
    const back = ok(await ws.core.call('controls.diff', { fromSnapshotId: march.id, toSnapshotId: january.id }));
    expect(back.entries.map((e) => [e.code, e.change])).toEqual([
      ['0A501', 'added'],
      ['5A002', 'changed'],
      ['5A004', 'removed'],
    ]);
    expect(back.entries[1]!.paragraphs.map((p) => [p.code, p.change])).toEqual([
      ['5A002.a.2', 'changed'],
      ['5A002.a.4.b', 'added'],
      ['5A002.b', 'removed'],
    ]);
  });

  it('a snapshot compared with itself has no changes', async () => {
    const same = ok(await ws.core.call('controls.diff', { fromSnapshotId: march.id, toSnapshotId: march.id }));
    expect([same.added, same.removed, same.changed, same.entries.length]).toEqual([0, 0, 0, 0]);
  });

  it('snapshots of different lists are refused', async () => {
    const e = failed(await ws.core.call('controls.diff', { fromSnapshotId: january.id, toSnapshotId: eu.id }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('are of different lists');
    expect(e.message).toContain('US Commerce Control List');
    expect(e.message).toContain('EU Dual-Use List (Annex I)');
  });

  it('an unknown snapshot is NOT_FOUND', async () => {
    const e = failed(await ws.core.call('controls.diff', { fromSnapshotId: january.id, toSnapshotId: 999 }));
    expect(e).toMatchObject({ code: 'NOT_FOUND', field: 'snapshotId' });
  });
});

describe('wordDiff', () => {
  it('marks whole words and numbers, not characters, and joins back into the new text', () => {
    const after = 'Specially designed to operate below 200 K (-73 °C); or';
    const parts = wordDiff('Specially designed to operate below 218 K (-55 °C); or', after);
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['218', '55']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['200', '73']);
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(after);
  });

  it('an identical text is one unchanged part', () => {
    expect(wordDiff('Reserved.', 'Reserved.')).toEqual([{ value: 'Reserved.' }]);
  });
});
