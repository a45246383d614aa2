/**
 * Every kind of bad file a user can pick gets an error naming the file and where in it the fault is
 * (line, entry or field), and the workspace is left exactly as it was: the row counts of every
 * table and the current-snapshot pointers are compared before and after each failed import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import { DEFAULT_MAX_IMPORT_BYTES } from '../../electron/core/files/read-source';
import { cleanupTemp, countRows, currentPointers, failed, fixture, importFile, ok, openTempWorkspace, tempDir, type TempWorkspace } from './helpers';

afterEach(cleanupTemp);

/** A workspace with something in it, so "left as it was" means more than "still empty". */
async function populatedWorkspace(): Promise<TempWorkspace> {
  const ws = openTempWorkspace();
  ok(await ws.core.call('settings.update', { userName: 'Ada Lovelace' }));
  await importFile(ws.core, fixture('ccl-2026-01-15.json'));
  await importFile(ws.core, fixture('eu-annex-i-2025-01-01.json'));
  return ws;
}

interface BadCase {
  /** Why the case exists. */
  what: string;
  /** A fixture name, or a function writing the file into a temporary folder and returning its path. */
  file: string | ((dir: string) => string | Promise<string>);
  format?: 'ccl-json' | 'eu-annex-json' | 'exchange-json' | 'csv';
  code: ErrorCode;
  line?: number;
  field?: string;
  /** Text the message must contain besides the file name. */
  says: (string | RegExp)[];
}

const write = (name: string, content: string | Buffer) => (dir: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

const CCL_HEAD = '{\n "citation": "15 C.F.R. Part 774, Supplement No. 1 (Commerce Control List)",\n "ecfrIssueDate": "2026-01-15",\n';

/** A valid exchange file made from a fixture, then edited by `edit`. */
async function exchangeFile(dir: string, name: string, edit: (f: Record<string, unknown>) => void): Promise<string> {
  const ws = openTempWorkspace();
  const s = await importFile(ws.core, fixture('ccl-2026-01-15.json'));
  const data = JSON.parse(ok(await ws.core.call('controls.export', { snapshotId: s.id })).content) as Record<string, unknown>;
  edit(data);
  const p = path.join(dir, name);
  fs.writeFileSync(p, `${JSON.stringify(data, null, 1)}\n`);
  return p;
}

const CASES: BadCase[] = [
  {
    what: 'malformed JSON (a missing comma)',
    file: 'malformed.json',
    code: 'BAD_FILE',
    line: 7,
    says: ['line 7', 'not valid JSON', 'comma expected'],
  },
  {
    what: 'malformed JSON (cut off mid-file)',
    file: write('truncated.json', `${CCL_HEAD} "entries": [\n  { "eccn": "5A002",\n`),
    code: 'BAD_FILE',
    line: 6,
    says: ['line 6', 'not valid JSON'],
  },
  {
    what: 'malformed CSV (a row with more columns than the header)',
    file: 'malformed.csv',
    code: 'BAD_FILE',
    line: 3,
    says: ['line 3', 'malformed CSV'],
  },
  {
    what: 'malformed CSV (a quote never closed)',
    file: write('unclosed-quote.csv', 'code,parent,title,text\n5A992,,Mass-market,"ok"\n5A992.a,5A992,,"Reserved.\n5A992.b,5A992,,Reserved.\n'),
    code: 'BAD_FILE',
    line: 3,
    says: ['line 3', 'malformed CSV', 'a quote opened on this line is never closed'],
  },
  {
    what: 'JSON of a shape ExportDesk does not know',
    file: 'wrong-shape.json',
    code: 'BAD_FILE',
    line: 1,
    says: ['unknown shape', 'US CCL JSON', 'EU Annex I JSON'],
  },
  {
    what: 'CCL JSON with a field of the wrong type',
    file: 'wrong-shape-ccl.json',
    code: 'BAD_FILE',
    line: 16,
    field: 'heading',
    says: ['line 16', 'entry 2 (5A002)', 'field "heading"', 'expected string', 'nothing was imported'],
  },
  {
    what: 'CCL JSON whose entries are not a list',
    file: write('entries-object.json', `${CCL_HEAD} "entries": {"5A002": {}}\n}\n`),
    code: 'BAD_FILE',
    line: 4,
    field: 'entries',
    says: ['line 4', 'field "entries"', 'expected array'],
  },
  {
    what: 'CSV without the required columns',
    file: 'wrong-header.csv',
    code: 'BAD_FILE',
    line: 1,
    field: 'code',
    says: ['line 1', 'missing columns code, parent, title, text'],
  },
  {
    what: 'exchange file of a future format version',
    file: (dir) => exchangeFile(dir, 'future.exportdesk.json', (f) => (f.formatVersion = 2)),
    code: 'BAD_FILE',
    line: 3,
    field: 'formatVersion',
    says: ['line 3', 'field "formatVersion"', 'only version 1 of the exchange format is known'],
  },
  {
    what: 'exchange file whose source hash is not a SHA-256',
    file: (dir) => exchangeFile(dir, 'bad-hash.exportdesk.json', (f) => ((f.snapshot as Record<string, unknown>).sourceSha256 = 'abc')),
    code: 'BAD_FILE',
    field: 'snapshot.sourceSha256',
    says: ['field "snapshot.sourceSha256"', 'must be a SHA-256 in hex'],
  },
  {
    what: 'CCL entry without an ECCN',
    file: 'entry-without-code.json',
    code: 'BAD_FILE',
    line: 12,
    field: 'eccn',
    says: ['line 12', 'entry 2', 'field "eccn"', 'is missing'],
  },
  {
    what: 'CCL entry with an empty ECCN',
    file: write('empty-eccn.json', `${CCL_HEAD} "entries": [\n  {"eccn": "4D004", "category": "4", "productGroup": "D", "heading": "Software"},\n  {"eccn": "  ", "category": "5", "productGroup": "A", "heading": "Information security"}\n ]\n}\n`),
    code: 'BAD_FILE',
    line: 6,
    field: 'eccn',
    says: ['line 6', 'entry 2', 'the ECCN is empty'],
  },
  {
    what: 'EU entry without an entry code',
    file: write(
      'eu-without-code.json',
      '{\n "corpus_version": "02021R0821-20250101",\n "celex": "02021R0821",\n "entries": [\n  {"entry_code": "4D004", "category": "4", "verbatim_text": "4D004 Software"},\n  {"category": "5", "verbatim_text": "5A001 Telecommunications systems"}\n ]\n}\n',
    ),
    code: 'BAD_FILE',
    line: 6,
    field: 'entry_code',
    says: ['line 6', 'entry 2', 'field "entry_code"', 'is missing'],
  },
  {
    what: 'CSV row without a code',
    file: 'entry-without-code.csv',
    code: 'BAD_FILE',
    line: 3,
    field: 'code',
    says: ['line 3', 'the code is empty'],
  },
  {
    what: 'CSV paragraph whose parent is not defined above it',
    file: write('orphan.csv', 'code,parent,title,text\n5A992,,Mass-market,Equipment\n5A992.c.1,5A992.c,,Routers\n'),
    code: 'BAD_FILE',
    line: 3,
    field: 'parent',
    says: ['line 3', 'parent 5A992.c of 5A992.c.1', 'not defined on an earlier line'],
  },
  {
    what: 'CSV paragraph of an unknown kind',
    file: write('bad-kind.csv', 'code,parent,title,text,kind\n5A992,,Mass-market,Equipment,\n5A992.a,5A992,,Reserved.,footnote\n'),
    code: 'BAD_FILE',
    line: 3,
    field: 'kind',
    says: ['line 3', 'kind "footnote" is not one of item, note, text'],
  },
  {
    what: 'duplicate codes in CCL JSON (differing only in case)',
    file: 'duplicate-codes.json',
    code: 'BAD_FILE',
    field: 'code',
    says: ['entry 3 (5A002)', 'duplicate code 5A002', 'also entry 1 (5A002)', 'nothing was imported'],
  },
  {
    what: 'duplicate codes in CSV',
    file: 'duplicate-codes.csv',
    code: 'BAD_FILE',
    line: 5,
    field: 'code',
    says: ['line 5', 'duplicate code 5A992.a', 'first on line 3'],
  },
  {
    what: 'duplicate codes in an exchange file',
    file: (dir) =>
      exchangeFile(dir, 'dup.exportdesk.json', (f) => {
        const entries = f.entries as { code: string }[];
        entries.push({ ...entries[0]! });
      }),
    code: 'BAD_FILE',
    field: 'code',
    says: ['entry 4 (0A501)', 'duplicate code 0A501', 'also entry 1 (0A501)'],
  },
  { what: 'an empty file (0 bytes)', file: 'empty.json', code: 'BAD_FILE', says: ['the file is empty'] },
  { what: 'a file of blank lines only', file: 'blank.csv', code: 'BAD_FILE', says: ['the file is empty'] },
  { what: 'a CSV with a header and no rows', file: 'header-only.csv', code: 'BAD_FILE', says: ['contains no entries', 'nothing was imported'] },
  { what: 'a CCL JSON with no entries', file: 'no-entries.json', code: 'BAD_FILE', says: ['contains no entries'] },
  {
    what: 'text that is not UTF-8 (a Latin-1 é on line 3 of a CSV)',
    file: write(
      'latin1.csv',
      Buffer.concat([Buffer.from('code,parent,title,text\n5A992,,Mass-market,Equipment\n5A992.a,5A992,,Caf'), Buffer.from([0xe9]), Buffer.from(' terminals\n')]),
    ),
    code: 'BAD_FILE',
    line: 3,
    says: ['line 3', 'not UTF-8', 'invalid byte 0xe9', 'Save it as UTF-8'],
  },
  {
    what: 'text that is not UTF-8 (a UTF-16 JSON file, as some editors save it)',
    file: write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${CCL_HEAD} "entries": []\n}\n`, 'utf16le')])),
    code: 'BAD_FILE',
    line: 1,
    says: ['line 1', 'not UTF-8', 'invalid byte 0xff'],
  },
  {
    what: 'a text file that is no control list at all',
    file: write('notes.txt', 'Call the freight forwarder on Monday.\nAsk about the end-user statement.\n'),
    code: 'BAD_FILE',
    line: 1,
    says: ['not a control-list file'],
  },
  {
    what: 'a file over the size limit',
    file: (dir) => {
      const p = path.join(dir, 'huge.json');
      // A sparse file: the size check reads the size, never the bytes, so this costs no disk.
      fs.writeFileSync(p, '');
      fs.truncateSync(p, DEFAULT_MAX_IMPORT_BYTES + 1024 * 1024);
      return p;
    },
    code: 'FILE_TOO_LARGE',
    says: ['65.0 MB', 'over the 64.0 MB limit'],
  },
  {
    what: 'a path that does not exist',
    file: (dir) => path.join(dir, 'no-such-list.json'),
    code: 'NOT_FOUND',
    says: ['no such file'],
  },
  {
    what: 'a folder instead of a file',
    file: (dir) => {
      const p = path.join(dir, 'a-folder.json');
      fs.mkdirSync(p);
      return p;
    },
    code: 'BAD_FILE',
    says: ['is not a file'],
  },
];

describe('bad control-list files', () => {
  for (const c of CASES) {
    it(`${c.what}: ${c.code}${c.line ? ` at line ${c.line}` : ''}${c.field ? ` (${c.field})` : ''}, workspace unchanged`, async () => {
      const ws = await populatedWorkspace();
      const dir = tempDir('exportdesk-bad-');
      const file = typeof c.file === 'string' ? fixture(c.file) : await c.file(dir);
      const name = path.basename(file);
      const before = countRows(ws.db);
      const pointers = currentPointers(ws.db);

      const e = failed(await ws.core.call('controls.import', { source: { path: file }, ...(c.format ? { format: c.format } : {}) }));

      expect(e.code).toBe(c.code);
      expect(e.file).toBe(name);
      expect(e.message).toContain(name);
      if (c.line !== undefined) expect(e.line).toBe(c.line);
      if (c.field !== undefined) expect(e.field).toBe(c.field);
      for (const s of c.says) {
        if (typeof s === 'string') expect(e.message).toContain(s);
        else expect(e.message).toMatch(s);
      }
      expect(e.message).not.toMatch(/\n|    at /); // one sentence, no stack trace
      expect(countRows(ws.db)).toEqual(before);
      expect(currentPointers(ws.db)).toEqual(pointers);
    });
  }

  it('the same bad file sent as bytes gets the same error', async () => {
    const ws = await populatedWorkspace();
    const before = countRows(ws.db);
    const base64 = fs.readFileSync(fixture('malformed.json')).toString('base64');
    const e = failed(await ws.core.call('controls.import', { source: { name: 'malformed.json', base64 } }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'malformed.json', line: 7 });
    expect(countRows(ws.db)).toEqual(before);
  });

  it('a good file imports after a bad one failed (nothing was left half-open)', async () => {
    const ws = await populatedWorkspace();
    failed(await ws.core.call('controls.import', { source: { path: fixture('duplicate-codes.json') } }));
    const s = await importFile(ws.core, fixture('ccl-2026-03-01.json'));
    expect(s.entryCount).toBe(3);
  });
});
