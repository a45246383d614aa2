import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import fs from 'node:fs';
import path from 'node:path';
import { auditRowHash } from '../../electron/core/audit';
import { AUDIT_HEAD_FILE, readAuditHead, writeAuditHead } from '../../electron/core/audit-head';
import { verifyAuditChain, verifyAuditChainInSteps } from '../../electron/core/audit-verify';
import { generateAuditLog } from '../bench/audit-data';
import { cleanupTemp, fixture, importFile, ok, openTempWorkspace } from './helpers';

afterEach(cleanupTemp);

/** A workspace with a few audit rows, its tamper guards removed as someone editing the file by hand would. */
async function tamperable() {
  const ws = openTempWorkspace();
  ok(await ws.core.call('settings.update', { userName: 'A. Officer' }));
  await importFile(ws.core, fixture('ccl-2026-01-15.json'));
  ok(await ws.core.call('settings.update', { userName: 'B. Officer' }));
  ws.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  return ws;
}

describe('audit verify: the hash chain detects any edit or deletion of history', () => {
  it('an untouched log is intact', async () => {
    const ws = await tamperable();
    expect(ok(await ws.core.call('audit.verify', {}))).toEqual({ ok: true, rowsChecked: 4, firstBroken: null });
  });

  it('an edited row is named', async () => {
    const ws = await tamperable();
    ws.db.prepare("UPDATE audit_log SET actor = 'Someone else' WHERE id = 2").run();
    expect(ok(await ws.core.call('audit.verify', {})).firstBroken).toEqual({ id: 2, reason: expect.stringMatching(/row 2 was changed after it was written/) });
  });

  it('a deleted row is named', async () => {
    const ws = await tamperable();
    ws.db.prepare('DELETE FROM audit_log WHERE id = 3').run();
    expect(ok(await ws.core.call('audit.verify', {})).firstBroken).toEqual({ id: 4, reason: expect.stringMatching(/row 3 is missing/) });
  });

  it('a row rewritten with a fresh hash still breaks the link to the next row', async () => {
    const ws = await tamperable();
    ws.db.prepare("UPDATE audit_log SET hash = ? WHERE id = 2").run('f'.repeat(64));
    const v = ok(await ws.core.call('audit.verify', {}));
    expect(v.firstBroken!.id).toBe(2);
  });

  it('the CLI exits non-zero naming the first broken row', async () => {
    const ws = await tamperable();
    ws.db.prepare("UPDATE audit_log SET after_json = '{}' WHERE id = 1").run();
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--workspace', ws.dir, 'audit', 'verify'], { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^exportdesk: error: the audit log is broken at row 1/)]);
  });
});

describe('the end of the log: rows cut or rewritten after the last write', () => {
  it('rows deleted from the end leave a valid shorter chain, which the recorded head shows was cut', async () => {
    const ws = await tamperable();
    expect(readAuditHead(ws.dir)).toMatchObject({ id: 4 });
    ws.db.prepare('DELETE FROM audit_log WHERE id >= 3').run();
    // The chain alone cannot tell: it is intact.
    expect(verifyAuditChain(ws.db)).toMatchObject({ ok: true, rowsChecked: 2 });
    expect(ok(await ws.core.call('audit.verify', {}))).toEqual({
      ok: false,
      rowsChecked: 2,
      firstBroken: { id: 3, reason: expect.stringMatching(/rows 3 to 4 were deleted from the end of the log: ExportDesk last recorded row 4/) },
    });
  });

  it('a last row replaced by one with a recomputed, well-linked hash is named', async () => {
    const ws = await tamperable();
    const last = ws.db.prepare('SELECT * FROM audit_log WHERE id = 4').get() as Parameters<typeof auditRowHash>[0] & { hash: string };
    const forged = { ...last, after_json: JSON.stringify({ userName: 'Somebody else' }) };
    ws.db.prepare('UPDATE audit_log SET after_json = ?, hash = ? WHERE id = 4').run(forged.after_json, auditRowHash(forged));
    expect(verifyAuditChain(ws.db).ok).toBe(true);
    expect(ok(await ws.core.call('audit.verify', {})).firstBroken).toEqual({ id: 4, reason: expect.stringMatching(/row 4 is not the row ExportDesk wrote there/) });
  });

  it('moves forward with every write and never back, so a head another process left behind still verifies', async () => {
    const ws = await tamperable();
    const head = readAuditHead(ws.dir)!;
    ok(await ws.core.call('settings.update', { userName: 'C. Officer' }));
    expect(readAuditHead(ws.dir)).toMatchObject({ id: head.id + 1 });
    writeAuditHead(ws.dir, head);
    expect(ok(await ws.core.call('audit.verify', {}))).toMatchObject({ ok: true, rowsChecked: head.id + 1 });
  });

  it('a new workspace starts with the head of its empty log, so its head file is never missing once rows exist', async () => {
    const ws = openTempWorkspace();
    expect(readAuditHead(ws.dir)).toEqual({ id: 0, hash: '0'.repeat(64) });
    expect(ok(await ws.core.call('audit.verify', {}))).toEqual({ ok: true, rowsChecked: 0, firstBroken: null });
    ok(await ws.core.call('settings.update', { userName: 'A. Officer' }));
    expect(readAuditHead(ws.dir)).toMatchObject({ id: 1 });
    expect(ok(await ws.core.call('audit.verify', {}))).toMatchObject({ ok: true, rowsChecked: 1 });
  });
});

describe('the head file itself: missing or unreadable once the log has rows is a finding', () => {
  it('the head file deleted together with the last rows is named', async () => {
    const ws = await tamperable();
    ws.db.prepare('DELETE FROM audit_log WHERE id >= 3').run();
    fs.rmSync(path.join(ws.dir, AUDIT_HEAD_FILE));
    expect(verifyAuditChain(ws.db)).toMatchObject({ ok: true, rowsChecked: 2 });
    expect(ok(await ws.core.call('audit.verify', {}))).toEqual({
      ok: false,
      rowsChecked: 2,
      firstBroken: { id: 2, reason: expect.stringMatching(/^audit-head\.json, where ExportDesk records the newest row after every write, is missing from the workspace folder, so rows cut from the end of the log cannot be ruled out/) },
    });
  });

  it.each([
    ['not JSON', '{"id": 4, "hash": ', 'it is not JSON'],
    ['JSON without a head', '{"id": "four"}', 'it does not hold a row id and a SHA-256'],
    ['a hash that is not a SHA-256', '{"id": 4, "hash": "abc"}', 'it does not hold a row id and a SHA-256'],
    ['a folder', null, 'it is a folder'],
  ])('a corrupt head file (%s) is named, not ignored', async (_what, text, why) => {
    const ws = await tamperable();
    const file = path.join(ws.dir, AUDIT_HEAD_FILE);
    if (text === null) {
      fs.rmSync(file);
      fs.mkdirSync(file);
    } else fs.writeFileSync(file, text);
    expect(ok(await ws.core.call('audit.verify', {}))).toEqual({
      ok: false,
      rowsChecked: 4,
      firstBroken: { id: 4, reason: expect.stringContaining(`audit-head.json, where ExportDesk records the newest row after every write, is unreadable (${why})`) },
    });
  });

  it.each([
    ['deleted', (file: string) => fs.rmSync(file), 'missing'],
    ['corrupted', (file: string) => fs.writeFileSync(file, 'garbage'), 'unreadable'],
  ])('a head file %s stays a finding after later writes, which record the head again from there', async (_what, spoil, reason) => {
    const ws = await tamperable();
    ws.db.prepare('DELETE FROM audit_log WHERE id >= 4').run();
    spoil(path.join(ws.dir, AUDIT_HEAD_FILE));
    ok(await ws.core.call('settings.update', { userName: 'D. Officer' }));
    ok(await ws.core.call('settings.update', { userName: 'E. Officer' }));
    expect(readAuditHead(ws.dir)).toMatchObject({ id: 5 });
    const v = ok(await ws.core.call('audit.verify', {}));
    expect(v).toMatchObject({ ok: false, rowsChecked: 5 });
    expect(v.firstBroken).toEqual({ id: 4, reason: expect.stringMatching(new RegExp(`^audit-head\\.json was found ${reason} when row 4 was written \\(\\d{4}-\\d\\d-\\d\\d\\), so rows cut from the end of the log before then cannot be ruled out`)) });
    // A cut after that is still seen as a cut.
    ws.db.prepare('DELETE FROM audit_log WHERE id = 5').run();
    expect(ok(await ws.core.call('audit.verify', {})).firstBroken).toEqual({ id: 5, reason: expect.stringMatching(/^rows 5 to 5 were deleted from the end of the log/) });
  });
});

describe('audit verify in steps: the start-up check of a long log', () => {
  /** 7,000 generated rows after the three written through the core, checked 1,000 rows a step. */
  async function longLog() {
    const ws = await tamperable();
    generateAuditLog(ws.db, 6996);
    return ws;
  }
  const STEP = 1000;

  it('an untouched long log is intact, every row checked', async () => {
    const ws = await longLog();
    expect(await verifyAuditChainInSteps(ws.db, STEP)).toEqual({ ok: true, rowsChecked: 7000, firstBroken: null });
  });

  // Rows 3000 and 3001 end and begin a step: the chain must hold across the boundary too.
  const tampers: { what: string; sql: string; id: number; reason: RegExp }[] = [
    { what: 'an edited row in the middle of a step', sql: "UPDATE audit_log SET actor = 'Mallory' WHERE id = 4500", id: 4500, reason: /^row 4500 was changed after it was written/ },
    { what: 'an edited before/after', sql: 'UPDATE audit_log SET after_json = \'{"notes":"nothing to see"}\' WHERE id = 6999', id: 6999, reason: /^row 6999 was changed/ },
    { what: 'the last row of a step deleted', sql: 'DELETE FROM audit_log WHERE id = 3000', id: 3001, reason: /^row 3000 is missing \(the next row is 3001\)/ },
    { what: 'the first row of a step deleted', sql: 'DELETE FROM audit_log WHERE id = 3001', id: 3002, reason: /^row 3001 is missing \(the next row is 3002\)/ },
    { what: 'a range deleted', sql: 'DELETE FROM audit_log WHERE id BETWEEN 2500 AND 5500', id: 5501, reason: /^row 2500 is missing \(the next row is 5501\)/ },
    { what: 'the very first row deleted', sql: 'DELETE FROM audit_log WHERE id = 1', id: 2, reason: /^row 1 is missing/ },
    { what: 'a row re-hashed to hide an edit', sql: "UPDATE audit_log SET hash = '" + 'f'.repeat(64) + "' WHERE id = 5000", id: 5000, reason: /^row 5000 was changed/ },
    { what: 'two edits: the first is named', sql: "UPDATE audit_log SET actor = 'Mallory' WHERE id IN (1200, 6100)", id: 1200, reason: /^row 1200 was changed/ },
  ];
  it.each(tampers)('names the first broken row: $what', async ({ sql, id, reason }) => {
    const ws = await longLog();
    ws.db.exec(sql);
    const stepped = await verifyAuditChainInSteps(ws.db, STEP);
    expect(stepped.ok).toBe(false);
    expect(stepped.firstBroken).toEqual({ id, reason: expect.stringMatching(reason) });
    // The one-go walk of the CLI and backups agrees.
    expect(verifyAuditChain(ws.db)).toEqual(stepped);
  });

  it('lets a call made while it runs finish first, instead of holding the core until the end', async () => {
    const ws = await longLog();
    generateAuditLog(ws.db, 13_000);
    const finished: string[] = [];
    const verifying = ws.core.call('audit.verify', {}).then((r) => finished.push(`verify ${ok(r).rowsChecked}`));
    const reading = ws.core.call('audit.list', { limit: 1 }).then((r) => finished.push(`list ${ok(r)[0]!.id}`));
    await Promise.all([verifying, reading]);
    expect(finished).toEqual(['list 20000', 'verify 20000']);
  });

  it('checks rows appended while it walks', async () => {
    const ws = await longLog();
    const verifying = ws.core.call('audit.verify', {});
    ok(await ws.core.call('settings.update', { userName: 'Written meanwhile' }));
    expect(ok(await verifying)).toEqual({ ok: true, rowsChecked: 7001, firstBroken: null });
  });
});
