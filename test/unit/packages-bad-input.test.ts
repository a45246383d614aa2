/**
 * Packaging refused: a supporting document gone from disk or changed since it was stored, records
 * changed while the package was being made. Each time the message names the document and where it
 * was expected, and nothing is written: no package record, no file, no audit row, and an earlier
 * package stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { NOW } from './applications-helpers';
import { cleanupTemp, failed, fixedClock, ok } from './helpers';
import { packagingFixture, type PackagingFixture } from './packages-helpers';

afterEach(cleanupTemp);

function state(f: PackagingFixture) {
  const db: Database = f.ws.db;
  const dir = path.join(f.ws.dir, 'packages');
  return {
    packages: (db.prepare('SELECT count(*) AS n FROM packages').get() as { n: number }).n,
    audit: (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    files: fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [],
  };
}

const invoicePath = (f: PackagingFixture) => path.join(f.ws.dir, 'attachments', f.attached[0]!.sha256);

describe('packaging refused', () => {
  it('when a supporting document is missing from disk: names it and its expected path, writes nothing, keeps the earlier package', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const first = ok(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId })).package;
    const firstBytes = fs.readFileSync(path.join(f.ws.dir, first.relativePath));
    const before = state(f);
    fs.rmSync(invoicePath(f));

    const e = failed(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'documents', file: 'commercial-invoice.pdf' });
    expect(e.message).toContain(`document #2 "commercial-invoice.pdf" (Letter — application EXP-2026-PKG) is missing: expected at ${invoicePath(f)}`);
    expect(e.message).toContain('Restore the file from a backup, or remove the document from the record, then package again.');
    expect(state(f)).toEqual(before);
    expect(fs.readFileSync(path.join(f.ws.dir, first.relativePath))).toEqual(firstBytes);
    expect(ok(await f.core.call('packages.verify', { path: path.join(f.ws.dir, first.relativePath) })).match?.id).toBe(first.id);
    // Regenerating the earlier package is refused the same way.
    expect(failed(await f.core.call('packages.regenerate', { id: first.id })).message).toContain('is missing: expected at');
    expect(state(f)).toEqual(before);
  });

  it('when a supporting document no longer has the bytes it was stored with', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const before = state(f);
    fs.appendFileSync(invoicePath(f), 'tampered');
    const e = failed(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId }));
    expect(e.message).toContain(`document #2 "commercial-invoice.pdf" (Letter — application EXP-2026-PKG) at ${invoicePath(f)} no longer matches its SHA-256 ${f.attached[0]!.sha256}: the file has been changed`);
    expect(state(f)).toEqual(before);
  });

  it('when every problem at once: all are named', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    fs.rmSync(invoicePath(f));
    fs.rmSync(path.join(f.ws.dir, 'attachments', f.attached[1]!.sha256));
    const e = failed(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId }));
    expect(e.message).toMatch(/^The package was not made: 2 supporting documents are unusable: /);
    expect(e.message).toContain('"commercial-invoice.pdf"');
    expect(e.message).toContain('"site-photo.png"');
  });

  it('when the records change while the package is being made: no record, no file, nothing half-written', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const before = state(f);
    // The generation reads and renders first; once it reports the package ready, and before it is
    // recorded, another call changes the application.
    const phases: string[] = [];
    let update: ReturnType<typeof f.core.call<'applications.update'>> | undefined;
    const generating = f.core.call(
      'packages.generate',
      { kind: 'application', applicationId: f.appId, jobId: 'job-1' },
      {
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.phase === 'Package ready') update ??= f.core.call('applications.update', { id: f.appId, endUse: 'Protecting the links of a hospital network' });
        },
      },
    );
    const e = failed(await generating);
    ok(await update!);
    expect(phases[0]).toBe('Reading the records');
    expect(e).toMatchObject({ code: 'CONFLICT', message: 'The records changed while the package was being made: make the package again so it shows them as they are now.' });
    const after = state(f);
    expect(after.packages).toBe(before.packages);
    expect(after.audit).toBe(before.audit + 1); // the update's row only
    expect(after.files).toEqual([]);
  });

  it('for records that do not exist', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    expect(failed(await f.core.call('packages.generate', { kind: 'application', applicationId: 99 }))).toMatchObject({ code: 'NOT_FOUND', message: 'There is no application #99 in this workspace' });
    expect(failed(await f.core.call('packages.generate', { kind: 'classification-request', itemId: 99 }))).toMatchObject({ code: 'NOT_FOUND', message: 'There is no item #99 in this workspace' });
    expect(failed(await f.core.call('packages.generate', { kind: 'encryption-report', year: 1999 })).message).toContain('the report year must be 2000 or later');
    expect(failed(await f.core.call('packages.regenerate', { id: 5 }))).toMatchObject({ code: 'NOT_FOUND', message: 'There is no package #5 in this workspace' });
    expect(state(f).files).toEqual([]);
  });

  it('leaves no temporary file behind, and clears one an interrupted run left over an hour ago', async () => {
    const f = await packagingFixture(fixedClock(NOW));
    const dir = path.join(f.ws.dir, 'packages');
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, '.pending-1-1-1.pdf.part');
    const recent = path.join(dir, '.pending-2-2-2.pdf.part');
    fs.writeFileSync(stale, 'half a package');
    fs.writeFileSync(recent, 'another run, still going');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
    const p = ok(await f.core.call('packages.generate', { kind: 'application', applicationId: f.appId })).package;
    expect(fs.readdirSync(dir).sort()).toEqual(['.pending-2-2-2.pdf.part', path.basename(p.relativePath)]);
  });
});
