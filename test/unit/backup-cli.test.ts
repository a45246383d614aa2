import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, type CliRun } from './cli-helpers';
import type { BackupResult, BackupVerification, RestoreResult } from '../../shared/backup/types';
import type { RetentionList } from '../../shared/retention/types';
import { closeBackupCores, entrySpans, filesIn, flipByte, recordsWorkspace } from './backup-helpers';
import { cleanupTemp, tempDir } from './helpers';

afterEach(() => {
  closeBackupCores();
  cleanupTemp();
});

function expectOneErrorLine(r: CliRun, says: string) {
  expect(r.code).not.toBe(0);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^exportdesk: error: /);
  expect(r.err[0]).toContain(says);
}

/** A workspace on disk with records, closed so the CLI opens it as another process would. */
async function closedWorkspace(clock?: () => Date): Promise<string> {
  const { dir } = await recordsWorkspace(clock);
  closeBackupCores();
  return dir;
}

describe('exportdesk backup and restore', () => {
  it('backup --out, backup verify, restore --workspace: the same files round the loop', async () => {
    const ws = await closedWorkspace();
    const out = path.join(tempDir(), 'office.edbackup');

    const made = await cli(['backup', '--out', out, '--workspace', ws]);
    expect(made.err).toEqual([]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(new RegExp(`^Backed up the workspace to ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\n  3 files \\(the database, 1 attachment, 1 package\\), [\\d,]+ bytes, SHA-256 [0-9a-f]{64}\n`));

    expectOneErrorLine(await cli(['backup', '--out', out, '--workspace', ws]), `${out} already exists: choose another name, or replace it on purpose (--force).`);
    const forced = await cli(['--json', 'backup', '--out', out, '--force', '--workspace', ws]);
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.out) as BackupResult).file).toBe(out);

    const verified = await cli(['backup', 'verify', out]);
    expect(verified.code).toBe(0);
    expect(verified.out.split('\n')[0]).toBe(`The backup ${out} is whole.`);
    // verify reports what restore reports: the same checks, the audit chain included.
    expect(verified.out).toContain("the database's schema is ExportDesk's own and it passes PRAGMA integrity_check.");
    expect(verified.out).toMatch(/The audit log verifies: \d+ rows/);
    expect((JSON.parse((await cli(['--json', 'backup', 'verify', out])).out) as BackupVerification).integrity).toBe('ok');

    const target = path.join(tempDir(), 'restored');
    const restored = await cli(['restore', out, '--workspace', target]);
    expect(restored.err).toEqual([]);
    expect(restored.out).toContain(`Restored ${out} into ${target}`);
    expect(restored.out).toMatch(/The audit log verifies: \d+ rows/);
    const info = await cli(['--workspace', target, '--json', 'parties', 'list']);
    expect(JSON.parse(info.out).total).toBe(4);

    // A second restore into the now full folder is refused and changes nothing there.
    const before = filesIn(target);
    expectOneErrorLine(await cli(['restore', out, '--workspace', target]), `${target} is not empty (it holds attachments and`);
    expect(filesIn(target)).toEqual(before);
  });

  it('refuses a damaged backup with the reason, on one line, and writes nothing', async () => {
    const ws = await closedWorkspace();
    const out = path.join(tempDir(), 'damaged.edbackup');
    expect((await cli(['backup', '--out', out, '--workspace', ws])).code).toBe(0);
    const att = (await entrySpans(out)).find((e) => e.path.startsWith('attachments/'))!;
    flipByte(out, att.contentAt + 1);

    expectOneErrorLine(await cli(['backup', 'verify', out]), `The backup ${out} is damaged: ${att.path} does not match its SHA-256 in the manifest.`);
    const parent = tempDir();
    const r = await cli(['restore', out, '--workspace', path.join(parent, 'restored')]);
    expectOneErrorLine(r, `${att.path} does not match its SHA-256 in the manifest. Nothing was written to ${path.join(parent, 'restored')}.`);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('restore needs --workspace named explicitly; backup needs --out', async () => {
    expectOneErrorLine(await cli(['restore', 'x.edbackup']), 'give the new folder to restore into with --workspace DIR');
    expectOneErrorLine(await cli(['backup', '--workspace', tempDir()]), 'give the backup file to write with --out FILE.edbackup');
  });

  it('backup keep and backup list', async () => {
    const ws = await closedWorkspace();
    expect((await cli(['--workspace', ws, 'backup', 'keep', '3'])).out).toBe('The app keeps the last 3 automatic backups.');
    expect((await cli(['--workspace', ws, 'backup', 'keep', '0'])).out).toBe('Automatic backups are off.');
    const listed = await cli(['--workspace', ws, 'backup', 'list']);
    expect(listed.out).toContain('No backups in the workspace yet.');
    expect(listed.out).toContain('(automatic backups are off)');
  });
});

describe('exportdesk retention list', () => {
  it('lists records past retention (15 CFR 762.6) and says nothing is deleted', async () => {
    // Records made in 2019: the approved application's license expired in 2019, so by now its five years are over.
    const ws = await closedWorkspace(() => new Date('2019-06-01T10:00:00Z'));
    const past = await cli(['--workspace', ws, 'retention', 'list', '--past', '--as-of', '2026-11-21']);
    expect(past.code).toBe(0);
    const lines = past.out.split('\n');
    expect(lines[0]).toMatch(/^KIND\s+ID\s+RECORD\s+RETAIN UNTIL\s+BECAUSE$/);
    expect(past.out).toMatch(/License\s+1\s+License DEMO-D000014\s+2024-06-26 \(past\)\s+five years after license DEMO-D000014 expires on 2019-06-26/);
    expect(lines.at(-1)).toMatch(/^\d+ records past retention on 2026-11-21 \(15 CFR 762\.6\)\. Nothing is deleted automatically: review them and decide\.$/);

    const json = JSON.parse((await cli(['--workspace', ws, '--json', 'retention', 'list', '--past', '--kind', 'license', '--as-of', '2026-11-21'])).out) as RetentionList;
    expect(json.rows.map((r) => [r.kind, r.label, r.past])).toEqual([['license', 'License DEMO-D000014', true]]);

    expectOneErrorLine(await cli(['--workspace', ws, 'retention', 'list', '--kind', 'invoice']), '--kind must be one of application, license, shipment, party, item, screening, not "invoice"');
    const none = await cli(['--workspace', ws, 'retention', 'list', '--past', '--as-of', '2020-01-01']);
    expect(none.out.split('\n')[0]).toBe('No record is past its retention on 2020-01-01.');
  });

  it('restore --json gives the whole result', async () => {
    const ws = await closedWorkspace();
    const out = path.join(tempDir(), 'j.edbackup');
    await cli(['backup', '--out', out, '--workspace', ws]);
    const target = path.join(tempDir(), 'restored');
    const r = JSON.parse((await cli(['--json', 'restore', out, '--workspace', target])).out) as RestoreResult;
    expect(r).toMatchObject({ workspace: target, restoredFrom: ws, integrity: 'ok', auditChain: { ok: true } });
  });
});
