/**
 * Package records: the same records render byte-identical PDFs (in this process and in another),
 * a stored package verifies and one flipped byte does not, foreign and broken files are answered
 * plainly, and regenerate, list, get and preview work on the stored records.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, degrees } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../shared/packages/types';
import { renderPackage, requestOf } from '../../electron/core/packages/render-package';
import { NOW } from './applications-helpers';
import { REPO_ROOT, cleanupTemp, failed, fixedClock, ok, tempDir } from './helpers';
import { HAS_POPPLER, makePdf, makePng, packagingFixture, pageTexts, type PackagingFixture } from './packages-helpers';

describe('package records', () => {
  let f: PackagingFixture;
  let record: PackageRecord;
  let file: string;
  let bytes: Buffer;

  beforeAll(async () => {
    f = await packagingFixture(fixedClock(NOW));
    record = ok(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId })).package;
    file = path.join(f.ws.dir, record.relativePath);
    bytes = fs.readFileSync(file);
  });
  afterAll(cleanupTemp);

  it('stores the PDF in the workspace with its SHA-256, and the SHA-256 in the audit log', () => {
    expect(record).toMatchObject({ kind: 'application', applicationId: f.appId, reference: f.reference, generatedAt: NOW, generatedBy: 'A. Officer', supersedesId: null, bytes: bytes.length });
    expect(record.relativePath).toBe(`packages/EXP-2026-PKG-application-${record.id}.pdf`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audit = f.ws.db.prepare("SELECT action, record_type, record_id, after_json FROM audit_log WHERE record_type = 'package'").all() as { action: string; record_id: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'packages.generate', record_id: String(record.id) });
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ sha256: record.sha256, applicationId: f.appId, pages: record.pages, relativePath: record.relativePath });
    expect(fs.readdirSync(path.join(f.ws.dir, 'packages'))).toEqual([path.basename(file)]);
  });

  it('renders the same records to the same bytes: again in this process, and in a fresh one', async () => {
    const again = await renderPackage(f.ws.db, f.ws.core.ws.attachmentsDir, requestOf(record), { generatedAt: record.generatedAt, generatedBy: record.generatedBy, auditHead: record.auditHead });
    expect(again.sha256).toBe(record.sha256);
    expect(Buffer.compare(again.bytes, bytes)).toBe(0);
    const fresh = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'test/unit/packages-render-again.ts'), f.ws.dir, String(record.id)], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(fresh.stderr).toBe('');
    expect(fresh.stdout.trim()).toBe(record.sha256);
    // The package's date is the only date in it: another date gives other bytes.
    const later = await renderPackage(f.ws.db, f.ws.core.ws.attachmentsDir, requestOf(record), { generatedAt: '2026-03-11T09:00:00.000Z', generatedBy: record.generatedBy });
    expect(later.sha256).not.toBe(record.sha256);
  });

  it('verifies the stored file, by path or by its bytes', async () => {
    const byPath = ok(await f.core.call('packages.verify', { path: file }));
    expect(byPath).toMatchObject({ sha256: record.sha256, bytes: bytes.length, match: { id: record.id, sha256: record.sha256 } });
    expect(byPath.message).toBe(`${path.basename(file)} is package #${record.id}, ${record.title}, generated 2026-03-10 09:00 UTC by A. Officer: unchanged (SHA-256 ${record.sha256}).`);
    const byBytes = ok(await f.core.call('packages.verify', { base64: bytes.toString('base64'), fileName: 'sent-to-bis.pdf' }));
    expect(byBytes.match?.id).toBe(record.id);
    expect(byBytes.message).toMatch(/^sent-to-bis\.pdf is package #/);
  });

  it('matches no record when one byte is flipped, and says so', async () => {
    const flipped = Buffer.from(bytes);
    const at = Math.floor(flipped.length / 2);
    flipped[at] = flipped[at]! ^ 0x01;
    const copy = path.join(tempDir(), 'flipped.pdf');
    fs.writeFileSync(copy, flipped);
    const v = ok(await f.core.call('packages.verify', { path: copy }));
    expect(v.match).toBeNull();
    expect(v.sha256).not.toBe(record.sha256);
    expect(v.message).toContain(`flipped.pdf matches no package in this workspace (SHA-256 ${v.sha256})`);
  });

  it('names the package an altered copy claims to be', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    doc.setTitle('Edited');
    const copy = path.join(tempDir(), 'edited.pdf');
    fs.writeFileSync(copy, await doc.save());
    const v = ok(await f.core.call('packages.verify', { path: copy }));
    expect(v.match).toBeNull();
    expect(v.message).toContain(`It names itself package #${record.id}`);
    expect(v.message).toContain('this copy has been changed since it was generated');
  });

  it('answers a foreign PDF with no match, and refuses what is not a PDF or is cut short, naming the file', async () => {
    const dir = tempDir();
    const foreign = path.join(dir, 'other.pdf');
    fs.writeFileSync(foreign, await makePdf(1, 'Someone else'));
    const v = ok(await f.core.call('packages.verify', { path: foreign }));
    expect(v.match).toBeNull();
    expect(v.message).toContain('other.pdf matches no package in this workspace');
    expect(v.message).toContain('it was not generated by this workspace, or it has been changed');

    const png = path.join(dir, 'photo.pdf');
    fs.writeFileSync(png, makePng());
    expect(failed(await f.core.call('packages.verify', { path: png }))).toMatchObject({
      code: 'BAD_FILE',
      file: 'photo.pdf',
      message: 'photo.pdf is not a PDF: it looks like a PNG image file. Give the package PDF that ExportDesk generated.',
    });
    const text = path.join(dir, 'notes.pdf');
    fs.writeFileSync(text, 'Package sent to BIS on 3 March.\n');
    expect(failed(await f.core.call('packages.verify', { path: text })).message).toBe('notes.pdf is not a PDF: it looks like a text file. Give the package PDF that ExportDesk generated.');

    const cut = path.join(dir, 'cut.pdf');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = failed(await f.core.call('packages.verify', { path: cut }));
    expect(e).toMatchObject({ code: 'BAD_FILE', file: 'cut.pdf' });
    expect(e.message).toMatch(/^cut\.pdf is truncated or damaged: a PDF ends with an end-of-file marker \(%%EOF\)/);

    const empty = path.join(dir, 'empty.pdf');
    fs.writeFileSync(empty, '');
    expect(failed(await f.core.call('packages.verify', { path: empty })).message).toBe('empty.pdf is empty: it is not a package.');
    expect(failed(await f.core.call('packages.verify', { path: path.join(dir, 'absent.pdf') }))).toMatchObject({ code: 'NOT_FOUND', file: 'absent.pdf' });
    expect(failed(await f.core.call('packages.verify', {})).message).toContain('give the file path or its bytes');
  });

  it('lists and gets packages, previews the first pages, and regenerates as a new record that supersedes the old one', async () => {
    expect(ok(await f.core.call('packages.get', { id: record.id }))).toEqual(record);
    const preview = ok(await f.core.call('packages.preview', { id: record.id, pages: 2 }));
    expect(preview).toMatchObject({ pages: 2, totalPages: record.pages });
    expect((await PDFDocument.load(Buffer.from(preview.pdfBase64, 'base64'))).getPageCount()).toBe(2);

    ok(await f.core.call('applications.update', { id: f.appId, additionalInfo: 'Spare units are kept at the end user.' }));
    const next = ok(await f.core.call('packages.regenerate', { id: record.id })).package;
    expect(next).toMatchObject({ supersedesId: record.id, applicationId: f.appId, kind: 'application' });
    expect(next.id).not.toBe(record.id);
    expect(next.sha256).not.toBe(record.sha256);
    expect(fs.readFileSync(file)).toEqual(bytes); // the earlier package is kept as it was
    expect(ok(await f.core.call('packages.verify', { path: path.join(f.ws.dir, next.relativePath) })).match?.id).toBe(next.id);
    expect(ok(await f.core.call('packages.list', { applicationId: f.appId })).map((p) => p.id)).toEqual([next.id, record.id]);
    expect(ok(await f.core.call('packages.list', { kind: 'encryption-report' }))).toEqual([]);
    const audit = f.ws.db.prepare("SELECT action FROM audit_log WHERE record_type = 'package' ORDER BY id").all();
    expect(audit).toEqual([{ action: 'packages.generate' }, { action: 'packages.regenerate' }]);
    expect(failed(await f.core.call('packages.get', { id: 999 }))).toMatchObject({ code: 'NOT_FOUND', message: 'There is no package #999 in this workspace' });
  });

  it('keeps package records as they were generated (the database refuses a change)', () => {
    expect(() => f.ws.db.prepare('UPDATE packages SET sha256 = ? WHERE id = ?').run('0'.repeat(64), record.id)).toThrow(/kept as generated/);
    expect(() => f.ws.db.prepare('DELETE FROM packages WHERE id = ?').run(record.id)).toThrow(/kept as records/);
  });

  it('refuses a preview when the stored file has been changed', async () => {
    const p = ok(await f.core.call('packages.generate', { kind: 'classification-request', itemId: f.item })).package;
    const stored = path.join(f.ws.dir, p.relativePath);
    fs.appendFileSync(stored, ' ');
    const e = failed(await f.core.call('packages.preview', { id: p.id }));
    expect(e).toMatchObject({ code: 'CONFLICT' });
    expect(e.message).toContain(`The file of package #${p.id} at ${stored} has been changed since it was generated`);
    fs.rmSync(stored);
    expect(failed(await f.core.call('packages.preview', { id: p.id })).message).toContain(`The file of package #${p.id} is missing from the workspace: expected at ${stored}`);
  });
});

describe('appended pages of any size and rotation', () => {
  afterAll(cleanupTemp);

  it('carry the running header and "page X of Y" upright, as the page is shown', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const doc = await PDFDocument.create();
    doc.addPage([842, 595]).drawText('Landscape datasheet', { x: 60, y: 500, size: 14 });
    const turned = doc.addPage([595, 842]);
    turned.setRotation(degrees(90));
    turned.drawText('Scanned sideways', { x: 60, y: 700, size: 14 });
    doc.addPage([300, 400]).drawText('Small slip', { x: 20, y: 300, size: 10 });
    const file = path.join(tempDir(), 'datasheet.pdf');
    fs.writeFileSync(file, await doc.save());
    ok(await f.core.call('items.attachDocument', { itemId: f.item, source: { path: file } }));
    const p = ok(await f.core.call('packages.generate', { kind: 'classification-request', itemId: f.item })).package;
    expect(p.documents).toEqual([expect.objectContaining({ fileName: 'datasheet.pdf', firstPage: p.pages - 2, lastPage: p.pages })]);
    if (!HAS_POPPLER) return;
    const pages = pageTexts(path.join(f.ws.dir, p.relativePath));
    for (let i = p.pages - 3; i < p.pages; i++) {
      // Upright text reads as one line; a stamp turned with the page would come out letter by letter.
      expect(pages[i]).toContain(`page ${i + 1} of ${p.pages}`);
      expect(pages[i]).toContain(`Ref. ITEM-${f.item}-SEC-1`);
    }
  });
});

describe('a draft with almost nothing in it', () => {
  afterAll(cleanupTemp);

  it('still packages, every missing fact stated as unknown', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const bare = ok(await f.core.call('applications.create', { reference: 'BARE-1' })).application;
    const p = ok(await f.core.call('packages.generate', { kind: 'application', applicationId: bare.id })).package;
    expect(p).toMatchObject({ reference: 'BARE-1', documents: [], snapshots: [] });
    if (!HAS_POPPLER) return;
    const text = pageTexts(path.join(f.ws.dir, p.relativePath)).join(' ');
    expect(text).toContain('Block 14 — Applicant unknown');
    expect(text).toContain('Block 21 — Specific end use unknown');
    expect(text).toContain('The application has no item lines.');
    expect(text).toContain('The application names no parties.');
    expect(text).toContain('No determination is stored: the application names no destination.');
    expect(text).toContain('Ultimate consignee unknown');
    expect(text).toContain('No supporting documents are attached.');
    expect(text).toContain(`page ${p.pages} of ${p.pages}`);
  });
});
