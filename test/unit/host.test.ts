/** Host actions: checked by the core, carried out by the desktop app or the bridge, refused on the CLI. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDemoCore } from '../../electron/core/demo/open';
import type { Core } from '../../electron/core';
import type { HostServices } from '../../electron/core/registry';
import { REPO_ROOT, cleanupTemp, failed, ok, openTempWorkspace, tempDir } from './helpers';

const RESOURCES = path.join(REPO_ROOT, 'resources/demo');
const opened: Core[] = [];

afterEach(() => {
  for (const c of opened.splice(0)) if (c.ws.db.open) c.ws.close();
  cleanupTemp();
});

describe('host actions', () => {
  it('on the command line there is no host: the demo and "show in folder" are refused with what to do instead', async () => {
    const { core } = openTempWorkspace();
    opened.push(core);
    expect(ok(await core.call('host.capabilities', {}))).toEqual({
      host: 'cli',
      canOpenDemo: false,
      canShowInFolder: false,
      canSwitchWorkspace: false,
      canChoosePaths: false,
      previousWorkspace: null,
    });
    expect(failed(await core.call('host.openDemo', {})).message).toMatch(/exportdesk demo --workspace DIR/);
    expect(failed(await core.call('host.showInFolder', { relativePath: 'exportdesk.sqlite' })).message).toMatch(/desktop app/);
  });

  it('shows only files inside the workspace folder, and says so when one is missing', async () => {
    const shown: string[] = [];
    const host: HostServices = { kind: 'desktop', showInFolder: (p) => shown.push(p) };
    const { core, dir } = openTempWorkspace({ host });
    opened.push(core);
    expect(ok(await core.call('host.capabilities', {}))).toMatchObject({ host: 'desktop', canShowInFolder: true, canOpenDemo: false });

    const outside = failed(await core.call('host.showInFolder', { relativePath: '../../etc/passwd' }));
    expect(outside).toMatchObject({ code: 'INVALID_INPUT', field: 'relativePath' });
    expect(outside.message).toMatch(/outside the workspace folder/);
    expect(failed(await core.call('host.showInFolder', { relativePath: 'packages/none.pdf' })).message).toMatch(/packages\/none.pdf is not in the workspace folder/);
    expect(shown).toEqual([]);

    ok(await core.call('host.showInFolder', { relativePath: 'exportdesk.sqlite' }));
    expect(shown).toEqual([path.join(path.resolve(dir), 'exportdesk.sqlite')]);
  });

  it('builds the demo workspace once in its own folder and reopens it afterwards, with the host given to it', async () => {
    const dir = path.join(tempDir('exportdesk-host-demo-'), 'demo');
    const host: HostServices = { kind: 'bridge', openDemo: async () => ({ path: dir }) };
    const first = await openDemoCore(dir, { resourcesDir: RESOURCES, host });
    opened.push(first);
    expect(ok(await first.call('workspace.info', {})).isDemo).toBe(true);
    expect(ok(await first.call('host.capabilities', {})).host).toBe('bridge');
    const parties = ok(await first.call('parties.list', {})).total;
    expect(parties).toBeGreaterThan(0);
    first.ws.close();

    const again = await openDemoCore(dir, { resourcesDir: RESOURCES, host });
    opened.push(again);
    // Reopened, not rebuilt: the same records, no second copy.
    expect(ok(await again.call('parties.list', {})).total).toBe(parties);
  });
});
