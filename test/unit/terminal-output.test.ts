/**
 * Nothing read from a workspace reaches the terminal raw: a name stored before the text-field check
 * existed, or a row of a publisher's list, may hold an escape sequence or a bidi override. The CLI
 * shows them as \u{..}; a list file with such a character is still imported (it is the publisher's
 * data, not something the user typed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cli-helpers';
import { cleanupTemp, openTempWorkspace, tempDir } from './helpers';

afterEach(cleanupTemp);

// Raw bytes a terminal would act on, and the bidi controls that reorder a line.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u2028\u2029]/;

async function workspaceWithOldName(name: string): Promise<string> {
  const { dir, core, db, close } = openTempWorkspace();
  const r = await core.call('parties.create', { legalName: 'Placeholder GmbH', kind: 'commercial', country: 'DE' });
  if (!r.ok) throw new Error(r.error.message);
  // As an older ExportDesk (or a hand-edited database) could have stored it.
  db.prepare('UPDATE parties SET legal_name = ? WHERE id = ?').run(name, r.value.party.id);
  close();
  return dir;
}

describe('the CLI never prints a stored control character raw', () => {
  it('parties list shows an escape sequence and an override as \\u{..}', async () => {
    const ws = await workspaceWithOldName('Evil\u001b[2J\u001b]0;pwned\u0007 Corp \u202egnp.exe');
    const run = await cli(['--workspace', ws, 'parties', 'list']);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW);
    expect(run.out).toContain('Evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7} Corp \\u{202e}gnp.exe');
  });

  it('--json output escapes them too and still parses to the stored name', async () => {
    const name = 'Evil\u009b2J Corp \u202egnp.exe\u2028';
    const ws = await workspaceWithOldName(name);
    const run = await cli(['--workspace', ws, '--json', 'parties', 'list']);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW);
    expect(JSON.parse(run.out).rows[0].legalName).toBe(name);
  });

  it('an error message quoting what was typed is escaped as well', async () => {
    const ws = path.join(tempDir(), 'ws');
    const run = await cli(['--workspace', ws, 'controls', 'import', path.join(ws, 'missing\u001b[31m.json')]);
    expect(run.code).not.toBe(0);
    expect(run.err.join('\n')).not.toMatch(RAW);
  });

  it('a screening list row with a control character is imported, and shown escaped', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'watch.csv');
    fs.writeFileSync(file, 'id,name,aliases,type,country\nW-1,Bad\u001b[2J Actor\u202e,,entity,DE\nW-2,Plain Name,,entity,FR\n');
    const ws = path.join(dir, 'ws');
    const imported = await cli(['--workspace', ws, 'lists', 'import', file, '--format', 'custom-csv']);
    expect(imported.err).toEqual([]);
    expect(imported.code).toBe(0);
    const run = await cli(['--workspace', ws, 'screen', '--name', 'Bad Actor']);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW);
    expect(run.out).toContain('\\u{1b}');
  });
});
