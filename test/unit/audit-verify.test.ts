import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
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
