import path from 'node:path';
import type { PathPurpose } from '../../../shared/contract/host';
import { openDemoCore } from '../demo/open';
import { openCore, type Core } from '../index';
import type { HostServices } from '../registry';

export interface WorkspaceHostOptions {
  kind: HostServices['kind'];
  demoDir: string;
  demoResourcesDir: string;
  /** Where "Leave the demo" goes when the host starts on the demo (the desktop app's own workspace). */
  previousWorkspace?: string | null;
  showInFolder?(absolutePath: string): void;
  choosePath?(purpose: PathPurpose, defaultPath?: string): Promise<string | null>;
}

/** The one core a host serves at a time, and the services that let the core switch it. */
export interface WorkspaceHost {
  host: HostServices;
  /** The core serving now: ask on every call, a switch replaces it. */
  current(): Core;
  /** Opens the first workspace: a folder, or the demo. */
  start(what: { dir: string } | { demo: true }): Promise<Core>;
}

/**
 * What the desktop app and the bridge share: switching the served workspace (the demo, a restored
 * backup, back from the demo). The next core is opened before the current one is closed, so a
 * workspace that cannot be opened leaves the app where it was; the workspace open before the demo
 * is remembered so that the demo can be left.
 */
export function createWorkspaceHost(opts: WorkspaceHostOptions): WorkspaceHost {
  const demoDir = path.resolve(opts.demoDir);
  let core: Core | undefined;
  let previous = opts.previousWorkspace ? path.resolve(opts.previousWorkspace) : null;

  function serve(next: Core): { path: string } {
    const old = core;
    core = next;
    if (old && old !== next) {
      if (old.ws.dir !== demoDir) previous = old.ws.dir;
      old.ws.close();
    }
    return { path: next.ws.dir };
  }

  const openDemo = () => openDemoCore(demoDir, { resourcesDir: opts.demoResourcesDir, host });

  const host: HostServices = {
    kind: opts.kind,
    async openDemo() {
      if (core?.ws.dir === demoDir) return { path: demoDir };
      return serve(await openDemo());
    },
    async switchWorkspace(dir) {
      const abs = path.resolve(dir);
      if (core?.ws.dir === abs) return { path: abs };
      return serve(abs === demoDir ? await openDemo() : openCore(abs, { host }));
    },
    previousWorkspace: () => previous,
    ...(opts.showInFolder ? { showInFolder: opts.showInFolder } : {}),
    ...(opts.choosePath ? { choosePath: opts.choosePath } : {}),
  };

  return {
    host,
    current() {
      if (!core) throw new Error('no workspace is open yet');
      return core;
    },
    async start(what) {
      serve('demo' in what ? await openDemo() : openCore(what.dir, { host }));
      return core!;
    },
  };
}
