import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openCore } from '../../electron/core';
import type { ImportPreview, PartyPage } from '../../shared/parties/types';
import { cleanupTemp, tempDir } from './helpers';
import { partyCounts, partyFixture } from './parties-helpers';

afterEach(cleanupTemp);

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join(''), err: err.join('').split('\n').filter(Boolean) };
}

describe('exportdesk parties', () => {
  it('import, list with filters and --json, export to a file', async () => {
    const dir = tempDir('exportdesk-cli-');
    const w = ['--workspace', path.join(dir, 'ws')];

    const imported = await cli([...w, 'parties', 'import', partyFixture('customers.csv')]);
    expect(imported).toMatchObject({ code: 0, err: [] });
    expect(imported.out).toMatch(/^Imported 5 parties from customers\.csv\nSHA-256 [0-9a-f]{64}\nNot screened: No screening list is imported yet/);

    const listed = await cli([...w, 'parties', 'list', '--country', 'gb']);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n')[0]).toMatch(/^ID\s+LEGAL NAME\s+CC\s+KIND\s+RED FLAGS\s+SCREENING$/);
    expect(listed.out).toContain('Kestrel Freight Forwarding Ltd');
    expect(listed.out).not.toContain('Nordlicht');
    expect(listed.out.trim().split('\n').at(-1)).toBe('1-1 of 1');

    const json = JSON.parse((await cli([...w, '--json', 'parties', 'list', '--search', 'nord', '--kind', 'commercial'])).out) as PartyPage;
    expect(json.rows.map((r) => r.legalName)).toEqual(['Nordlicht Photonics GmbH']);
    expect(json.total).toBe(1);

    const file = path.join(dir, 'out.csv');
    const exported = await cli([...w, 'parties', 'export', '--out', file, '--kind', 'academic']);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain(`Wrote 1 parties to ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toContain('Université de Lyon');
  });

  it('import of a file with bad rows prints every row error, exits non-zero with one error line, and writes nothing', async () => {
    const dir = tempDir('exportdesk-cli-');
    const ws = path.join(dir, 'ws');
    const r = await cli(['--workspace', ws, 'parties', 'import', partyFixture('customers-with-errors.csv')]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'row 3, legal_name: the legal name cannot be empty',
      'row 4, country: "XX" is not an ISO 3166 country code (two letters, such as DE or US)',
      'row 5, kind: "reseller" is not a kind of party (government, commercial, academic, individual, other)',
      'row 6, legal_name: row 6 repeats row 2: the same legal name and country',
      'row 7, website: the website must be a web address such as https://example.com',
    ]);
    expect(r.err).toEqual(['exportdesk: error: nothing was imported: 5 of 6 rows have errors (listed above)']);

    const asJson = await cli(['--workspace', ws, '--json', 'parties', 'import', partyFixture('customers-with-errors.csv')]);
    expect(asJson.code).toBe(1);
    expect((JSON.parse(asJson.out) as ImportPreview).errorCount).toBe(5);

    const core = openCore(ws);
    try {
      expect(partyCounts(core.ws.db)).toMatchObject({ parties: 0, audit_log: 0 });
    } finally {
      core.ws.close();
    }
  });

  it('a malformed file or a bad option is one error line', async () => {
    const dir = tempDir('exportdesk-cli-');
    const w = ['--workspace', path.join(dir, 'ws')];
    const bad = await cli([...w, 'parties', 'import', partyFixture('malformed.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/^exportdesk: error: malformed\.csv, line 2: malformed CSV/)]);
    const kind = await cli([...w, 'parties', 'list', '--kind', 'reseller']);
    expect(kind.err).toEqual(['exportdesk: error: --kind must be one of government, commercial, academic, individual, other, not "reseller"']);
  });
});
