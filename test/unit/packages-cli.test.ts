/**
 * `exportdesk package …` in-process on a temporary workspace: an application's package by
 * reference, a classification request, the encryption report with its CSV attached, verify with its
 * exit codes, list, and the demo workspace's application ready to package.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { NOW } from './applications-helpers';
import { REPO_ROOT, cleanupTemp, fixedClock, ok, tempDir } from './helpers';
import { HAS_POPPLER, packagingFixture, pdfText, plain, rawText } from './packages-helpers';
import { sha256Hex } from '../../electron/core/store/hash';
import { SUPP8_HEADER } from '../../shared/classification/encryption-report';
import { giveSubmitter } from './report-submitter';

afterEach(cleanupTemp);

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join(''), err: err.join('') };
}

/** The packaging fixture, closed, so the command line opens its folder as a user would. */
async function workspace(): Promise<{ w: string[]; dir: string; out: string }> {
  const f = await packagingFixture(fixedClock(NOW));
  giveSubmitter(f.ws.db);
  // The report package quotes the report's own audit rows: make the report once, as a user would.
  ok(await f.core.call('reports.encryption', { year: 2026 }));
  f.ws.close();
  return { w: ['--workspace', f.ws.dir], dir: f.ws.dir, out: tempDir('exportdesk-pkg-out-') };
}

describe('exportdesk package', () => {
  it("writes an application's package by reference, refuses to overwrite without --force, and lists the packages", async () => {
    const { w, out } = await workspace();
    const file = path.join(out, 'EXP-2026-PKG.pdf');
    const made = await cli([...w, 'package', 'EXP-2026-PKG', '--out', file]);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const sha = sha256Hex(fs.readFileSync(file));
    expect(made.out).toMatch(/^Package #1: Filing package: application EXP-2026-PKG\n\d+ pages, \d+ bytes, generated 20\d\d-.+ by A\. Officer\n/);
    expect(made.out).toContain(`SHA-256 ${sha}`);
    expect(made.out).toContain(`Wrote ${file} (kept in the workspace as packages/EXP-2026-PKG-application-1.pdf)`);

    const again = await cli([...w, 'package', 'EXP-2026-PKG', '--out', file]);
    expect(again).toMatchObject({ code: 1, out: '' });
    expect(again.err).toBe(`exportdesk: error: ${file} already exists: choose another name or add --force to replace it`);
    expect(sha256Hex(fs.readFileSync(file))).toBe(sha);

    const byId = await cli([...w, '--json', 'package', 'application', '1', '--out', file, '--force']);
    expect(byId.code).toBe(0);
    const json = JSON.parse(byId.out) as { package: { id: number; sha256: string }; file: string };
    expect(json).toMatchObject({ package: { id: 2 }, file });
    expect(sha256Hex(fs.readFileSync(file))).toBe(json.package.sha256);

    const list = await cli([...w, '--json', 'package', 'list']);
    expect((JSON.parse(list.out) as { id: number }[]).map((p) => p.id)).toEqual([2, 1]);
    expect((await cli([...w, 'package', 'list'])).out).toMatch(/^ID +KIND +REFERENCE +GENERATED/);
    const shown = await cli([...w, 'package', 'show', '2']);
    expect(shown.out).toContain('SECTION');
    expect(shown.out).toContain('commercial-invoice.pdf');

    expect((await cli([...w, 'package', 'NO-SUCH-REF', '--out', path.join(out, 'x.pdf')])).err).toBe(
      'exportdesk: error: no live application has the reference "NO-SUCH-REF" (see exportdesk applications list)',
    );
    expect(fs.existsSync(path.join(out, 'x.pdf'))).toBe(false);
    const nowhere = path.join(out, 'no-such-folder', 'p.pdf');
    expect((await cli([...w, 'package', 'EXP-2026-PKG', '--out', nowhere])).err).toBe(
      `exportdesk: error: the folder ${path.dirname(nowhere)} does not exist: create it first or write the package elsewhere`,
    );
    // Refused before anything was made.
    expect((JSON.parse((await cli([...w, '--json', 'package', 'list'])).out) as unknown[]).length).toBe(2);
  });

  it('verifies a package: exit 0 when it matches a record, 1 when it matches none or is not a PDF', async () => {
    const { w, out } = await workspace();
    const file = path.join(out, 'p.pdf');
    expect((await cli([...w, 'package', 'EXP-2026-PKG', '--out', file])).code).toBe(0);
    const good = await cli([...w, 'package', 'verify', file]);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/^p\.pdf is package #1, Filing package: application EXP-2026-PKG, generated .+: unchanged \(SHA-256 [0-9a-f]{64}\)\.$/);

    const bytes = fs.readFileSync(file);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = bytes[at]! ^ 0x20;
    const changed = path.join(out, 'changed.pdf');
    fs.writeFileSync(changed, bytes);
    const bad = await cli([...w, 'package', 'verify', changed]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('changed.pdf matches no package in this workspace');
    expect(bad.err).toBe('exportdesk: error: the file matches no package record');
    const asJson = await cli([...w, '--json', 'package', 'verify', changed]);
    expect(JSON.parse(asJson.out)).toMatchObject({ match: null });

    const text = path.join(out, 'readme.txt');
    fs.writeFileSync(text, 'not a package');
    const refused = await cli([...w, 'package', 'verify', text]);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toBe('exportdesk: error: readme.txt is not a PDF: it looks like a text file. Give the package PDF that ExportDesk generated.');
  });

  it('writes a classification request package for an item by model number', async () => {
    const { w, out } = await workspace();
    const file = path.join(out, 'sec-1.pdf');
    const r = await cli([...w, 'package', 'classification', 'SEC-1', '--out', file]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Package #1: Classification request package: SecureLink VPN Gateway/);
    if (!HAS_POPPLER) return;
    const text = plain(pdfText(file));
    expect(text).toContain('Classification request package');
    expect(text).toContain('Ref. ITEM-1-SEC-1');
    expect(text).toContain('Block 5 — Type of application Classification request');
    expect(text).toContain('Block 22 (a) — ECCN 5A002.a.1 (self-classification, final; BIS is asked to confirm it)');
    expect(text).toContain('Key length 256 bit');
    expect(text).toMatch(/Quoted text \(US Commerce Control List, eCFR 2026-01-15/);
    expect(text).toContain('EU (Regulation 2021/821): 5A002.a.2 (final)');
    expect(text).toContain('© European Union');
    expect(text).toContain('classifications.save');
  });

  it('writes the encryption report as a PDF cover with the CSV attached', async () => {
    const { w, dir, out } = await workspace();
    const file = path.join(out, 'enc-2026.pdf');
    const r = await cli([...w, 'package', 'encryption-report', '2026', '--out', file]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Package #1: Encryption self-classification report 2026/);
    const csv = await cli([...w, 'report', 'encryption', '--year', '2026', '--out', path.join(out, 'report.csv')]);
    expect(csv.code).toBe(0);
    const expected = fs.readFileSync(path.join(out, 'report.csv'), 'utf8');
    // The fixture's one self-classification is a mass-market end product: not reported since 86 FR
    // 16482 (§ 740.17(b)(1)), so the file is the twelve-column header alone and the package says why.
    expect(expected).toBe(`${SUPP8_HEADER.join(',')}\r\n`);
    if (!HAS_POPPLER) return;
    const text = plain(pdfText(file));
    expect(text).toContain('Encryption self-classification report');
    expect(text).toContain('Calendar year 2026 — 15 CFR 740.17(b)(1) and (e)(3); Supp. No. 8 to Part 742');
    expect(text).toContain('Products 0 reported; 1 self-classified in the year but not reported');
    expect(text).toContain('Submitter Dana Officer, +1 202 555 0100, export@example.com');
    expect(text).toContain('PacketLens Traffic Analyzer');
    expect(text).toContain('no longer reported since 86 FR 16482');
    expect(text).toContain('Due by 1 February 2027');
    expect(rawText(file)).toContain(SUPP8_HEADER.join(','));
    const detach = spawnSync('pdfdetach', ['-list', file], { encoding: 'utf8' });
    if (detach.status === 0) {
      expect(detach.stdout).toContain('encryption-self-classification-2026.csv');
      const saved = path.join(out, 'attached.csv');
      expect(spawnSync('pdfdetach', ['-save', '1', '-o', saved, file]).status).toBe(0);
      expect(fs.readFileSync(saved, 'utf8')).toBe(expected);
    }
    expect(fs.readdirSync(path.join(dir, 'packages'))).toEqual(['ENC-REPORT-2026-encryption-report-1.pdf']);
  });

  it("packages the demo workspace's application ready to file", async () => {
    const dir = path.join(tempDir('exportdesk-demo-'), 'demo');
    expect((await cli(['demo', '--workspace', dir])).code).toBe(0);
    const file = path.join(tempDir(), 'demo.pdf');
    const r = await cli(['--workspace', dir, 'package', 'DEMO-2026-003', '--out', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(['--workspace', dir, 'package', 'verify', file])).code).toBe(0);
    if (!HAS_POPPLER) return;
    const text = plain(pdfText(file));
    expect(text).toContain('Ref. DEMO-2026-003');
    expect(text).toContain('Nordlicht Photonics GmbH');
    expect(text).toContain('ILLUSTRATIVE — NOT AUTHORITATIVE');
    expect(text).toContain('End-user statement (FICTIONAL - ExportDesk demo workspace)');
  });
});

// The bin script runs the same command line through tsx, as `npx exportdesk` does.
it('runs from bin/exportdesk.mjs', () => {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/exportdesk.mjs'), 'package', '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('verify');
  expect(r.stdout).toContain('encryption-report');
});
