import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { cli } from './cli-helpers';
import { CCL_V1, EU_V1, createItem } from './classification-helpers';
import { cleanupTemp, ok, tempDir } from './helpers';

afterEach(cleanupTemp);

async function workspace() {
  const ws = path.join(tempDir('exportdesk-cli-'), 'ws');
  const core = openCore(ws, { clock: () => new Date('2026-03-04T05:06:07.000Z') });
  ok(await core.call('controls.import', { source: { path: CCL_V1 } }));
  ok(await core.call('controls.import', { source: { path: EU_V1 } }));
  const item = await createItem(core, { name: 'Nightjar Implant Console', modelNumber: 'NJ-1' });
  core.ws.close();
  return { w: ['--workspace', ws], id: String(item.id) };
}

const IMPLANT = ['--questionnaire', 'intrusion-software', '--answer', 'form=commodity', '--answer', 'purpose=yes', '--answer', 'evades=yes', '--answer', 'performs=yes', '--answer', 'excluded=no'];
const NO_CRYPTO = ['--questionnaire', 'encryption', '--answer', 'form=commodity', '--answer', 'cryptanalysis=no', '--answer', 'extraction=no', '--answer', 'other-commodity=none', '--answer', 'crypto=no'];

describe('exportdesk items classify', () => {
  it('prints the next question with its citation and options until the questionnaire is complete', async () => {
    const { w, id } = await workspace();
    const r = await cli([...w, 'items', 'classify', id, '--questionnaire', 'intrusion-software', '--answer', 'form=commodity']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Next question (ECCN 4A005 and 4D004 (headings))');
    expect(r.out).toContain('--answer purpose=yes');
  });

  it('saves both candidates, then refuses a second questionnaire over them unless --replace-current is given', async () => {
    const { w, id } = await workspace();
    const first = await cli([...w, 'items', 'classify', id, ...IMPLANT, '--status', 'final']);
    expect(first).toMatchObject({ code: 0, err: [] });
    expect(first.out).toBe('Classified Nightjar Implant Console\nUS (EAR): 4A005, final\nEU (Regulation 2021/821): 4A005, final');

    const refused = await cli([...w, 'items', 'classify', id, ...NO_CRYPTO, '--status', 'final']);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      'exportdesk: error: Item Nightjar Implant Console is already classified 4A005 for US (EAR) (final) and 4A005 for EU (Regulation 2021/821) (final): nothing was saved; add --replace-current to replace it',
    ]);

    const replaced = await cli([...w, 'items', 'classify', id, ...NO_CRYPTO, '--jurisdiction', 'us-ear', '--replace-current']);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toBe('Classified Nightjar Implant Console\nUS (EAR): EAR99, draft, replacing 4A005');
    const listed = await cli([...w, '--json', 'items', 'list']);
    const row = (JSON.parse(listed.out) as { rows: { us: { label: string } | null; eu: { label: string } | null }[] }).rows[0]!;
    expect([row.us?.label, row.eu?.label]).toEqual(['EAR99', '4A005']);
  });

  it('asks for the report item type of an MMKT candidate before saving anything', async () => {
    const { w, id } = await workspace();
    const mm = ['--questionnaire', 'encryption', ...['form=commodity', 'cryptanalysis=no', 'extraction=no', 'other-commodity=none', 'crypto=yes', 'confidentiality=yes', 'algorithm=yes', 'activation=yes', 'function=comms', 'decontrol=none', 'mass-market=yes', 'mm-enc-paragraph=b1'].flatMap((a) => ['--answer', a])];
    const r = await cli([...w, 'items', 'classify', id, ...mm]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('give --report-item-type');
  });
});
