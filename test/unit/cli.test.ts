import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListSnapshot, SearchHit, SnapshotDiff } from '../../shared/control-lists/types';
import { runCli } from '../../electron/cli/main';
import { openCore } from '../../electron/core';
import { cleanupTemp, fixture, REPO_ROOT, tempDir } from './helpers';

afterEach(cleanupTemp);

interface Run {
  code: number;
  out: string;
  err: string[];
}

/** Runs the CLI in-process, capturing what it prints. `env` is the whole environment it sees. */
async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join(''), err: err.join('').split('\n').filter((l) => l !== '') };
}

function workspace() {
  return path.join(tempDir('exportdesk-cli-'), 'workspace');
}

/** Exactly one line on stderr, in the one form every failure takes. */
function expectOneErrorLine(r: Run, says: string) {
  expect(r.code).not.toBe(0);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^exportdesk: error: /);
  expect(r.err[0]).toContain(says);
}

describe('exportdesk controls (in-process, on a temporary workspace)', () => {
  it('import, snapshots --json, search, show, diff --json, export: the same core as the app', async () => {
    const ws = workspace();
    const w = ['--workspace', ws];

    const imported = await cli([...w, 'controls', 'import', fixture('ccl-2026-01-15.json')]);
    expect(imported.code).toBe(0);
    expect(imported.err).toEqual([]);
    expect(imported.out).toMatch(/^Imported US Commerce Control List eCFR 2026-01-15 as snapshot #1: 3 entries, 18 paragraphs \(current\)\nSHA-256 [0-9a-f]{64}$/);
    expect((await cli([...w, 'controls', 'import', fixture('ccl-2026-03-01.json'), '--label', 'March edition'])).code).toBe(0);

    const listed = await cli([...w, '--json', 'controls', 'snapshots']);
    expect(listed.code).toBe(0);
    const snaps = JSON.parse(listed.out) as ListSnapshot[];
    expect(snaps.map((s) => [s.id, s.versionLabel, s.isCurrent])).toEqual([
      [2, 'March edition', true],
      [1, 'eCFR 2026-01-15', false],
    ]);

    const table = await cli([...w, 'controls', 'snapshots']);
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+CUR\s+LIST\s+VERSION\s+EFFECTIVE\s+ENTRIES\s+IMPORTED\s+FILE$/);
    expect(table.out).toContain('March edition');

    const found = await cli([...w, 'controls', 'search', 'intrusion', 'software', '--snapshot', '1']);
    expect(found.code).toBe(0);
    // Highlights show as »...« in a terminal, never as control characters.
    expect(found.out).toMatch(/^4D004 {2}.*»Intrusion software«.*\[#1\]$/m);
    expect(found.out).not.toMatch(/[\u0001\u0002]/);
    const foundJson = JSON.parse((await cli([...w, '--json', 'controls', 'search', '5A00'])).out) as SearchHit[];
    expect(foundJson[0]).toMatchObject({ code: '5A002', matchedOn: 'code', snapshotId: 2 });

    const shown = await cli([...w, 'controls', 'show', '4D004']);
    expect(shown.code).toBe(0);
    const lines = shown.out.split('\n');
    expect(lines[0]).toBe('4D004  “Software” “specially designed” or modified for the generation, command and control, or delivery of “intrusion software.”');
    expect(lines[1]).toBe('US Commerce Control List · March edition');
    expect(shown.out).toContain('Reasons for control: NS, AT');
    expect(shown.out).toContain('  ACE: Yes, except to Country Group E:1 or E:2.');
    expect(shown.out).toContain('public domain');

    const diffed = await cli([...w, '--json', 'controls', 'diff', '1', '2']);
    expect(diffed.code).toBe(0);
    const d = JSON.parse(diffed.out) as SnapshotDiff;
    expect([d.added, d.removed, d.changed]).toEqual([1, 1, 1]);
    expect(d.entries.map((e) => e.code)).toEqual(['0A501', '5A002', '5A004']);
    const diffText = await cli([...w, 'controls', 'diff', '1', '2']);
    expect(diffText.out).toContain('1 added, 1 removed, 1 changed');
    expect(diffText.out).toContain('{+or 5A002.a.3+}');

    const outFile = path.join(tempDir(), 'march.exportdesk.json');
    const exported = await cli([...w, 'controls', 'export', '2', '--out', outFile]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(new RegExp(`^Wrote ${outFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(SHA-256 [0-9a-f]{64}\\)$`));
    const content = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    expect(content).toMatchObject({ format: 'exportdesk-control-list', formatVersion: 1, snapshot: { versionLabel: 'March edition' } });
    expect(content.entries).toHaveLength(3);

    // Every write went through the audited core.
    const audit = JSON.parse((await cli([...w, '--json', 'audit', 'list'])).out) as { action: string }[];
    expect(audit.map((r) => r.action)).toEqual(['controls.export', 'controls.setCurrent', 'controls.import', 'controls.setCurrent', 'controls.import']);
  });

  it('a failed import exits non-zero with one line on stderr naming the file and line, and writes nothing', async () => {
    const ws = workspace();
    const r = await cli(['--workspace', ws, 'controls', 'import', fixture('malformed.json')]);
    expectOneErrorLine(r, 'malformed.json, line 7, column 4: not valid JSON');
    expect(r.out).toBe('');
    const core = openCore(ws);
    try {
      expect(core.ws.db.prepare('SELECT count(*) AS n FROM list_snapshots').get()).toEqual({ n: 0 });
      expect(core.ws.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    } finally {
      core.ws.close();
    }
  });

  it('other failures take the same one-line form', async () => {
    const ws = workspace();
    // A reading command needs a workspace to read (it no longer creates one).
    expect((await cli(['--workspace', ws, 'settings', 'set-user', 'Tester'])).code).toBe(0);
    expectOneErrorLine(await cli(['--workspace', ws, 'controls', 'show', '4D004']), '4D004 is not an entry in any current control-list snapshot');
    expectOneErrorLine(await cli(['--workspace', ws, 'controls', 'diff', '1', 'two']), 'to must be a whole number, not "two"');
    expectOneErrorLine(await cli(['--workspace', ws, 'controls', 'import']), "missing required argument 'file'");
    expectOneErrorLine(await cli(['--workspace', ws, 'controls', 'export', '1']), "required option '--out <file>' not specified");
    expectOneErrorLine(await cli(['--workspace', ws, 'contrls']), "unknown command 'contrls'");
  });

  it('honours EXPORTDESK_WORKSPACE when --workspace is not given', async () => {
    const ws = workspace();
    const r = await cli(['controls', 'import', fixture('eu-annex-i-2025-01-01.json')], { EXPORTDESK_WORKSPACE: ws });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(ws, 'exportdesk.sqlite'))).toBe(true);
    const info = await cli(['info'], { EXPORTDESK_WORKSPACE: ws });
    expect(info.out).toContain(`Workspace: ${ws}`);
    expect(info.out).toContain('EU Dual-Use List (Annex I): 02021R0821-20250101 (snapshot #1)');
    // --workspace wins over the environment.
    const other = workspace();
    const listed = await cli(['--workspace', other, '--json', 'controls', 'snapshots'], { EXPORTDESK_WORKSPACE: ws });
    expect(listed.err).toEqual([expect.stringContaining(`There is no ExportDesk workspace in ${other}`)]);
  });

  it('settings set-user changes the name recorded in the audit log', async () => {
    const ws = workspace();
    expect((await cli(['--workspace', ws, 'settings', 'set-user', 'Ada Lovelace'])).out).toBe('User name set to Ada Lovelace');
    await cli(['--workspace', ws, 'controls', 'import', fixture('custom-list.csv')]);
    const audit = JSON.parse((await cli(['--workspace', ws, '--json', 'audit', 'list', '--limit', '1'])).out) as { actor: string }[];
    expect(audit[0]!.actor).toBe('Ada Lovelace');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: exportdesk');
  });
});

describe('the exportdesk bin', () => {
  it('runs under plain node and lists the controls command in --help', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin/exportdesk.mjs'), '--help'], {
      cwd: REPO_ROOT,
      env: { ...process.env, EXPORTDESK_WORKSPACE: workspace() },
    });
    // execFile rejects on a non-zero exit, so reaching here means exit code 0.
    expect(stdout).toContain('Usage: exportdesk');
    expect(stdout).toMatch(/^\s+controls\s+Control-list snapshots/m);
    expect(stderr).toBe('');
  });
});
