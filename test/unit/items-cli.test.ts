import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cli-helpers';
import { openCore } from '../../electron/core';
import type { ItemPage } from '../../shared/items/types';
import { REPO_ROOT, cleanupTemp, ok, tempDir } from './helpers';
import { CCL_V1, classifyMassMarket } from './classification-helpers';
import { SUPP8_HEADER } from '../../shared/classification/encryption-report';
import { giveSubmitter } from './report-submitter';

afterEach(cleanupTemp);

const items = (name: string) => path.join(REPO_ROOT, 'test/fixtures/items', name);

describe('exportdesk items', () => {
  it('import, list with filters and --json, export to a file', async () => {
    const dir = tempDir('exportdesk-cli-');
    const w = ['--workspace', path.join(dir, 'ws')];
    const imported = await cli([...w, 'items', 'import', items('items.csv')]);
    expect(imported).toMatchObject({ code: 0, err: [] });
    expect(imported.out).toMatch(/^Imported 4 items from items\.csv\nSHA-256 [0-9a-f]{64}$/);

    const listed = await cli([...w, 'items', 'list', '--type', 'software']);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n')[0]).toMatch(/^ID\s+NAME\s+MODEL\s+TYPE\s+US\s+EU\s+REVIEW$/);
    expect(listed.out).toContain('VaultSync');
    expect(listed.out.trim().split('\n').at(-1)).toBe('1-1 of 1');

    const json = JSON.parse((await cli([...w, '--json', 'items', 'list', '--search', 'securelink', '--us', 'unclassified'])).out) as ItemPage;
    expect(json.rows.map((r) => r.name)).toEqual(['SecureLink VPN Gateway']);

    const file = path.join(dir, 'out.csv');
    const exported = await cli([...w, 'items', 'export', '--out', file, '--type', 'technology']);
    expect(exported.out).toContain(`Wrote 1 items to ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toContain('Exploit Development Course');
  });

  it('prints every row error of a bad file, exits non-zero with one error line, and writes nothing', async () => {
    const dir = tempDir('exportdesk-cli-');
    const ws = path.join(dir, 'ws');
    const r = await cli(['--workspace', ws, 'items', 'import', items('items-with-errors.csv')]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('row 3, name: the name is empty');
    expect(r.out.split('\n')).toHaveLength(5);
    expect(r.err).toEqual(['exportdesk: error: nothing was imported: 5 of 7 rows have errors (listed above)']);
    const asJson = JSON.parse((await cli(['--workspace', ws, '--json', 'items', 'import', items('items-with-errors.csv')])).out);
    expect(asJson.errorCount).toBe(5);
    const core = openCore(ws);
    expect(ok(await core.call('items.list', {})).total).toBe(0);
    core.ws.close();
  });

  it('refuses an unknown item type and an invalid classification filter in one line', async () => {
    const ws = path.join(tempDir('exportdesk-cli-'), 'ws');
    expect((await cli(['--workspace', ws, 'items', 'list', '--type', 'gadget'])).err).toEqual(['exportdesk: error: --type must be one of commodity, software, technology, not "gadget"']);
    expect((await cli(['--workspace', ws, 'items', 'list', '--us', 'five-a'])).err[0]).toMatch(/^exportdesk: error: the classification filter must be/);
  });
});

describe('exportdesk report encryption', () => {
  it('writes the year\'s Supp. No. 8 CSV to a file, or prints it; --json gives the rows', async () => {
    const dir = tempDir('exportdesk-cli-');
    const ws = path.join(dir, 'ws');
    const core = openCore(ws, { clock: () => new Date('2026-03-04T05:06:07.000Z') });
    ok(await core.call('controls.import', { source: { path: CCL_V1 } }));
    // A mass-market chipset: still reported under § 740.17(b)(1) since the 2021 rule.
    const { item } = ok(await core.call('items.create', { name: 'Home Router Chipset', modelNumber: 'HR-1', manufacturer: 'Acme', itemType: 'commodity', encryptionComponent: 'chip' }));
    await classifyMassMarket(core, item.id);
    giveSubmitter(core.ws.db);
    core.ws.close();

    const file = path.join(dir, 'report.csv');
    const r = await cli(['--workspace', ws, 'report', 'encryption', '--year', '2026', '--out', file]);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toMatch(/^Wrote 1 products \(2026-01-01 to 2026-12-31\) to .*report\.csv\nSHA-256 [0-9a-f]{64}$/);
    expect(parse(fs.readFileSync(file, 'utf8'))).toEqual([
      [...SUPP8_HEADER],
      ['Home Router Chipset', 'HR-1', 'Acme', '5A992', 'MMKT', 'router', 'Dana Officer', '+1 202 555 0100', 'export@example.com', '1 Main Street Suite 4 Springfield VA 22150 USA', 'NONE', 'NONE'],
    ]);

    const printed = await cli(['--workspace', ws, 'report', 'encryption', '--from', '2026-03-01', '--to', '2026-03-31']);
    expect(printed.out).toBe(
      `${SUPP8_HEADER.join(',')}\r\nHome Router Chipset,HR-1,Acme,5A992,MMKT,router,Dana Officer,+1 202 555 0100,export@example.com,1 Main Street Suite 4 Springfield VA 22150 USA,NONE,NONE`,
    );
    const json = JSON.parse((await cli(['--workspace', ws, '--json', 'report', 'encryption', '--year', '2025'])).out);
    expect(json).toMatchObject({ rowCount: 0, from: '2025-01-01', to: '2025-12-31', rows: [] });

    expect((await cli(['--workspace', ws, 'report', 'encryption'])).err).toEqual(['exportdesk: error: give either --year or both --from and --to']);
    expect((await cli(['--workspace', ws, 'report', 'encryption', '--from', '2026-01-01'])).err).toEqual(['exportdesk: error: give both --from and --to']);
  });
});
