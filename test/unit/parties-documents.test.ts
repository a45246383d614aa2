import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/core';
import { sniffMime } from '../../electron/core/documents/file-type';
import { createCore, type WriteHandler } from '../../electron/core/registry';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/accepted';
import { cleanupTemp, failed, fixedClock, ok, openTempWorkspace, tempDir } from './helpers';
import { attachmentFiles, createParty, partyCounts, partyFixture, upload } from './parties-helpers';

afterEach(cleanupTemp);
afterEach(() => vi.restoreAllMocks());

const AT = '2026-07-08T09:10:11.000Z';
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('attaching a document to a party', () => {
  it('stores the file under its SHA-256 and records name, type, size, hash, time and who uploaded it', async () => {
    const ws = openTempWorkspace({ clock: fixedClock(AT) });
    ok(await ws.core.call('settings.update', { userName: 'Dana Officer' }));
    const p = await createParty(ws.core);
    const file = partyFixture('end-user-statement.pdf');
    const bytes = fs.readFileSync(file);
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'end-user-statement', source: { path: file }, note: 'Signed by the CEO' }));
    expect(document).toEqual({
      id: 1,
      ownerType: 'party',
      ownerId: p.id,
      docType: 'end-user-statement',
      originalName: 'end-user-statement.pdf',
      mime: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      note: 'Signed by the CEO',
      uploadedAt: AT,
      uploadedBy: 'Dana Officer',
      missingOnDisk: false,
    });
    expect(attachmentFiles(ws.dir)).toEqual([sha256(bytes)]);
    expect(fs.readFileSync(path.join(ws.dir, 'attachments', sha256(bytes)))).toEqual(bytes);
    expect(ok(await ws.core.call('parties.documents', { partyId: p.id }))).toEqual([document]);
    expect(ok(await ws.core.call('parties.get', { id: p.id })).documentCount).toBe(1);
    const [row] = ok(await ws.core.call('parties.history', { partyId: p.id }));
    expect(row).toMatchObject({ action: 'parties.attachDocument', after: { documentId: 1, originalName: 'end-user-statement.pdf', sha256: sha256(bytes), size: bytes.length } });
  });

  it('accepts PDF, PNG, DOCX and ODT, checking the content as well as the name', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const cases: [string, string][] = [
      ['end-user-statement.pdf', 'application/pdf'],
      ['registration-extract.png', 'image/png'],
      ['letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['letter.odt', 'application/vnd.oasis.opendocument.text'],
    ];
    for (const [name, mime] of cases) {
      const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'other', source: { path: partyFixture(name) } }));
      expect(document.mime).toBe(mime);
    }
    // SOI and a baseline frame header of 640 × 480: the size is read from it (documents-hostile.test.ts).
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
    expect(ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: upload('scan.JPG', jpeg) })).document.mime).toBe('image/jpeg');
  });

  it('recognises each accepted type by its first bytes, whatever the name', () => {
    const cases: [string, Buffer, string | null][] = [
      ['PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
      ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
      ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg'],
      ['TIFF, little-endian', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8]), 'image/tiff'],
      ['TIFF, big-endian', Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0]), 'image/tiff'],
      ['GIF', Buffer.from('GIF89a\x01\x00'), 'image/gif'],
      ['WebP', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '), 'image/webp'],
      ['DOCX', fs.readFileSync(partyFixture('letter.docx')), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['ODT', fs.readFileSync(partyFixture('letter.odt')), 'application/vnd.oasis.opendocument.text'],
      ['a plain ZIP', fs.readFileSync(partyFixture('archive.zip')), null],
      ['a truncated ZIP', fs.readFileSync(partyFixture('letter.docx')).subarray(0, 60), null],
      ['a Windows program', Buffer.from('MZ\x90\x00'), null],
      ['text', Buffer.from('hello'), null],
    ];
    for (const [what, bytes, mime] of cases) expect([what, sniffMime(bytes)]).toEqual([what, mime]);
  });

  it('never uses the uploaded name as a path: folders in it are dropped and the file lands under its hash', async () => {
    const ws = openTempWorkspace();
    const bytes = fs.readFileSync(partyFixture('end-user-statement.pdf'));
    for (const name of ['../../../etc/passwd.pdf', '..\\..\\windows\\evil.pdf']) {
      const other = await createParty(ws.core, { legalName: `Party for ${name}`, country: 'FR' });
      const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: other.id, docType: 'letter', source: upload(name, bytes) }));
      expect(document.originalName).toBe(path.basename(name.replace(/\\/g, '/')));
    }
    expect(attachmentFiles(ws.dir)).toEqual([sha256(bytes)]);
    expect(fs.existsSync(path.join(ws.dir, '..', 'etc'))).toBe(false);
  });

  it('keeps one stored copy of a file attached to two parties, and refuses the same file twice on one party', async () => {
    const ws = openTempWorkspace();
    const a = await createParty(ws.core);
    const b = await createParty(ws.core, { legalName: 'Kestrel Logistics Ltd', country: 'GB' });
    const source = { path: partyFixture('letter.docx') };
    ok(await ws.core.call('parties.attachDocument', { partyId: a.id, docType: 'letter', source }));
    ok(await ws.core.call('parties.attachDocument', { partyId: b.id, docType: 'letter', source }));
    expect(attachmentFiles(ws.dir)).toHaveLength(1);
    const before = partyCounts(ws.db);
    const e = failed(await ws.core.call('parties.attachDocument', { partyId: a.id, docType: 'other', source }));
    expect(e).toMatchObject({ code: 'DUPLICATE', file: 'letter.docx' });
    expect(e.message).toContain('already attached to this party');
    expect(partyCounts(ws.db)).toEqual(before);
  });

  const pdf = () => fs.readFileSync(partyFixture('end-user-statement.pdf'));
  const zip = () => fs.readFileSync(partyFixture('archive.zip'));
  const BAD: { what: string; source: () => { name: string; base64: string } | { path: string }; code: string; says: string }[] = [
    { what: 'an empty file', source: () => upload('empty.pdf', Buffer.alloc(0)), code: 'BAD_FILE', says: 'empty.pdf: the file is empty' },
    { what: 'an executable', source: () => upload('tool.exe', Buffer.from('MZ\x90\x00')), code: 'BAD_FILE', says: '.exe files are not accepted as documents' },
    { what: 'a text file', source: () => upload('notes.txt', 'hello'), code: 'BAD_FILE', says: '.txt files are not accepted' },
    { what: 'a file without an extension', source: () => upload('statement', pdf()), code: 'BAD_FILE', says: 'a file without an extension is not accepted' },
    { what: 'a ZIP archive named .docx', source: () => upload('letter.docx', zip()), code: 'BAD_FILE', says: 'the name says Word document (DOCX) but the content is a ZIP archive' },
    { what: 'a program named .pdf', source: () => upload('invoice.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')), code: 'BAD_FILE', says: 'the content is a Windows program' },
    { what: 'a PDF named .png', source: () => upload('photo.png', pdf()), code: 'BAD_FILE', says: 'the name says PNG image but the content is a PDF' },
    { what: 'a DOCX named .odt', source: () => ({ path: renamed('letter.docx', 'letter.odt') }), code: 'BAD_FILE', says: 'the name says OpenDocument text (ODT)' },
    { what: 'a missing file', source: () => ({ path: '/no/such/statement.pdf' }), code: 'NOT_FOUND', says: 'no such file' },
  ];
  for (const c of BAD) {
    it(`refuses ${c.what}, storing nothing`, async () => {
      const ws = openTempWorkspace();
      const p = await createParty(ws.core);
      const before = partyCounts(ws.db);
      const e = failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: c.source() }));
      expect(e.code).toBe(c.code);
      expect(e.message).toContain(c.says);
      expect(partyCounts(ws.db)).toEqual(before);
      expect(attachmentFiles(ws.dir)).toEqual([]);
    });
  }

  it(`refuses a file over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit, by path and by upload, storing nothing`, async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
    pdf().copy(big);
    const file = path.join(tempDir(), 'huge.pdf');
    fs.writeFileSync(file, big);
    for (const source of [{ path: file }, upload('huge.pdf', big)]) {
      const e = failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source }));
      expect(e).toMatchObject({ code: 'FILE_TOO_LARGE', file: 'huge.pdf' });
      expect(e.message).toContain('over the 25.0 MB limit for documents');
    }
    expect(attachmentFiles(ws.dir)).toEqual([]);
  });

  it('refuses a document for a party that does not exist, and an unknown document type', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    expect(failed(await ws.core.call('parties.attachDocument', { partyId: 77, docType: 'letter', source: upload('a.pdf', pdf()) })).code).toBe('NOT_FOUND');
    expect(failed(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'invoice' as 'letter', source: upload('a.pdf', pdf()) }))).toMatchObject({ code: 'INVALID_INPUT', field: 'docType' });
    expect(attachmentFiles(ws.dir)).toEqual([]);
  });
});

function renamed(fixture: string, as: string): string {
  const target = path.join(tempDir(), as);
  fs.copyFileSync(partyFixture(fixture), target);
  return target;
}

describe('a failed attach', () => {
  it('removes the file it wrote when the transaction rolls back', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const original = handlers['parties.attachDocument'] as WriteHandler<'parties.attachDocument', unknown>;
    const failing: WriteHandler<'parties.attachDocument', unknown> = {
      prepare: original.prepare,
      commit(tx, input, prepared) {
        original.commit(tx, input, prepared);
        expect(attachmentFiles(ws.dir)).toHaveLength(1);
        throw new Error('disk full while writing the row');
      },
    };
    const core = createCore(ws.core.ws, { ...handlers, 'parties.attachDocument': failing });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = partyCounts(ws.db);
    expect(failed(await core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { path: partyFixture('letter.odt') } })).code).toBe('INTERNAL');
    expect(attachmentFiles(ws.dir)).toEqual([]);
    expect(partyCounts(ws.db)).toEqual(before);
  });

  it('keeps a file that another document already refers to', async () => {
    const ws = openTempWorkspace();
    const a = await createParty(ws.core);
    const b = await createParty(ws.core, { legalName: 'Kestrel Logistics Ltd', country: 'GB' });
    const source = { path: partyFixture('letter.odt') };
    ok(await ws.core.call('parties.attachDocument', { partyId: a.id, docType: 'letter', source }));
    const original = handlers['parties.attachDocument'] as WriteHandler<'parties.attachDocument', unknown>;
    const core = createCore(ws.core.ws, {
      ...handlers,
      'parties.attachDocument': {
        prepare: original.prepare,
        commit(tx, input, prepared) {
          original.commit(tx, input, prepared);
          throw new Error('power cut');
        },
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failed(await core.call('parties.attachDocument', { partyId: b.id, docType: 'letter', source }));
    expect(attachmentFiles(ws.dir)).toHaveLength(1);
    expect(ok(await ws.core.call('documents.read', { documentId: 1 })).document.missingOnDisk).toBe(false);
  });
});

describe('reading documents back', () => {
  it('returns the bytes, which hash to the recorded SHA-256', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const bytes = fs.readFileSync(partyFixture('registration-extract.png'));
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'registration-extract', source: { path: partyFixture('registration-extract.png') } }));
    const read = ok(await ws.core.call('documents.read', { documentId: document.id }));
    expect(Buffer.from(read.base64, 'base64')).toEqual(bytes);
    expect(sha256(Buffer.from(read.base64, 'base64'))).toBe(document.sha256);
  });

  it('reports a file missing from the attachments folder instead of failing the list, and says so when it is opened', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { path: partyFixture('letter.docx') } }));
    fs.rmSync(path.join(ws.dir, 'attachments', document.sha256));
    expect(ok(await ws.core.call('parties.documents', { partyId: p.id }))).toEqual([{ ...document, missingOnDisk: true }]);
    const e = failed(await ws.core.call('documents.read', { documentId: document.id }));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('is missing from the workspace attachments folder');
    expect(ok(await ws.core.call('parties.get', { id: p.id })).documentCount).toBe(1);
  });

  it('refuses to hand out a file changed on disk since it was attached', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    const { document } = ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { path: partyFixture('end-user-statement.pdf') } }));
    fs.appendFileSync(path.join(ws.dir, 'attachments', document.sha256), 'tampered');
    const e = failed(await ws.core.call('documents.read', { documentId: document.id }));
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toContain('no longer matches the SHA-256');
    expect(failed(await ws.core.call('documents.read', { documentId: 999 })).code).toBe('NOT_FOUND');
  });

  it('keeps stored documents as uploaded: the table refuses UPDATE and DELETE', async () => {
    const ws = openTempWorkspace();
    const p = await createParty(ws.core);
    ok(await ws.core.call('parties.attachDocument', { partyId: p.id, docType: 'letter', source: { path: partyFixture('letter.odt') } }));
    expect(() => ws.db.prepare(`UPDATE documents SET original_name = 'x'`).run()).toThrow(/kept as uploaded/);
    expect(() => ws.db.prepare('DELETE FROM documents').run()).toThrow(/kept as uploaded/);
  });
});
